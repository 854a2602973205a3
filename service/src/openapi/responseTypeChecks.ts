import type { SourceWithText as SourceWithTextType } from '@kroniek/events';
import type { z } from 'zod';
import type * as T from '../projections/readModelTypes.js';
import type * as S from './responses.js';

// Compile-time only: each response schema must describe exactly the type the route answers with,
// so a field added to (or renamed in) the read model fails `tsc -b` until the document follows.

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Out<X extends z.ZodType> = z.output<X>;

export type ResponseTypeChecks = [
  Same<Out<typeof S.TimelineItem>, T.TimelineItem>,
  Same<Out<typeof S.TimelinePage>, T.TimelinePage>,
  Same<Out<typeof S.AmendmentRecord>, T.AmendmentRecord>,
  Same<Out<typeof S.EventDetail>, T.EventDetail>,
  Same<Out<typeof S.SubjectSummary>, T.SubjectSummary>,
  Same<Out<typeof S.SubjectDetail>, T.SubjectDetail>,
  Same<Out<typeof S.ActorSummary>, T.ActorSummary>,
  Same<Out<typeof S.ChartSeries>, T.ChartSeries>,
  Same<Out<typeof S.ChangeItem>, T.ChangeItem>,
  Same<Out<typeof S.SourceWithText>, SourceWithTextType>,
];

/** Fails to compile unless every check above is `true`. */
export const responseTypesMatch: ResponseTypeChecks extends true[] ? true : never = true;
