import type { SourceWithText as SourceWithTextType } from '@kroniek/events';
import type { z } from 'zod';
import type * as T from '../readmodel/readModelTypes.js';
import type * as S from './responses.js';
import type * as V from './viewResponses.js';
import type * as C from './commitmentResponses.js';

// Compile-time only: each response schema must describe exactly the type the route answers with,
// so a field added to (or renamed in) the read model fails `tsc -b` until the document follows.

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Out<X extends z.ZodType> = z.output<X>;
/** A compile error on the very line whose schema and type differ. */
type Assert<T extends true> = T;

export type ResponseTypeChecks = [
  Assert<Same<Out<typeof S.TimelineItem>, T.TimelineItem>>,
  Assert<Same<Out<typeof S.TimelinePage>, T.TimelinePage>>,
  Assert<Same<Out<typeof S.AmendmentRecord>, T.AmendmentRecord>>,
  Assert<Same<Out<typeof S.EventDetail>, T.EventDetail>>,
  Assert<Same<Out<typeof S.SubjectSummary>, T.SubjectSummary>>,
  Assert<Same<Out<typeof S.SubjectDetail>, T.SubjectDetail>>,
  Assert<Same<Out<typeof V.ActorSummary>, T.ActorSummary>>,
  Assert<Same<Out<typeof V.ActorDetail>, T.ActorDetail>>,
  Assert<Same<Out<typeof V.ChartSeries>, T.ChartSeries>>,
  Assert<Same<Out<typeof V.ChangeItem>, T.ChangeItem>>,
  Assert<Same<Out<typeof C.CommitmentRegister>, T.CommitmentRegister>>,
  Assert<Same<Out<typeof S.SourceRecord>, SourceWithTextType>>,
];
