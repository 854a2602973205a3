import {
  ActorRef,
  FuzzyDate,
  KnownAt,
  KroniekEvent,
  Money,
  Quantity,
  SourceRef,
} from '@kroniek/events';
import { z } from 'zod';
import { AcceptDraftBody } from '../routes/drafts.js';
import { CorrectionBody, RetractionBody } from '../routes/events.js';
import * as D from './draftResponses.js';
import { SourceCorrectionBody, SourceTextBody } from '../routes/sources.js';
import { AppendRequest, NewEvent } from './requests.js';
import * as R from './responses.js';
import * as V from './viewResponses.js';
import * as C from './commitmentResponses.js';

export type JsonSchema = Record<string, unknown>;

const ref = (id: string) => `#/components/schemas/${id}`;

/** Named schemas shared by requests and answers: each becomes one component, referenced by $ref. */
const shared = { Event: KroniekEvent, FuzzyDate, KnownAt, SourceRef, ActorRef, Money, Quantity };

const answers = {
  FactEvent: R.FactEvent,
  DayRange: R.DayRange,
  SourcesSummary: R.SourcesSummary,
  FieldAgreement: R.FieldAgreement,
  CitationRecord: R.CitationRecord,
  TimelineItem: R.TimelineItem,
  TimelinePage: R.TimelinePage,
  AmendmentRecord: R.AmendmentRecord,
  EventDetail: R.EventDetail,
  SubjectSummary: R.SubjectSummary,
  SubjectDetail: R.SubjectDetail,
  SubjectList: R.SubjectList,
  ActorSummary: V.ActorSummary,
  ActorList: V.ActorList,
  ActorDetail: V.ActorDetail,
  ChartPoint: V.ChartPoint,
  ChartLine: V.ChartLine,
  MonthBucket: V.MonthBucket,
  ChartSeries: V.ChartSeries,
  ChangeItem: V.ChangeItem,
  ChangeList: V.ChangeList,
  CommitmentLink: C.CommitmentLink,
  CommitmentItem: C.CommitmentItem,
  CommitmentRegister: C.CommitmentRegister,
  ReplayDays: V.ReplayDays,
  LogRecord: R.LogRecord,
  LogPage: R.LogPage,
  SourceSummary: R.SourceSummary,
  SourceList: R.SourceList,
  SourceWithText: R.SourceWithText,
  SourceCitation: R.SourceCitation,
  SourceAdded: R.SourceAdded,
  SourceCorrectionResult: R.SourceCorrectionResult,
  AppendResult: R.AppendResult,
  LogHead: R.LogHead,
  Health: R.Health,
  Readiness: R.Readiness,
  Draft: D.Draft,
  DraftList: D.DraftList,
  AcceptDraftResult: D.AcceptDraftResult,
};

const bodies = {
  NewEvent,
  AppendBody: AppendRequest,
  CorrectionBody,
  RetractionBody,
  AcceptDraftBody,
  SourceTextBody,
  SourceCorrectionBody,
};

/**
 * JSON Schemas (2020-12, the dialect of OpenAPI 3.1) of one direction: answers as the service
 * writes them (`output`), bodies as a client sends them (`input`: before defaults and transforms).
 */
function convert(named: Record<string, z.ZodType>, io: 'input' | 'output') {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries({ ...shared, ...named })) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    uri: ref,
  });
  // Each would name itself as a separate document; inside one OpenAPI document they are parts.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, s]) => {
      const { $schema, $id, ...rest } = s as JsonSchema;
      void $schema;
      void $id;
      return [id, rest];
    }),
  );
}

/** Problem details (RFC 9457), the body of every 4xx and 5xx answer. */
const Problem: JsonSchema = {
  type: 'object',
  description: 'RFC 9457 problem details; extension members (such as `issues`) may follow',
  required: ['type', 'title', 'status', 'detail', 'instance'],
  properties: {
    type: { type: 'string', description: 'a URI naming the kind of problem' },
    title: { type: 'string', description: 'a short summary of the kind of problem' },
    status: { type: 'integer', minimum: 400, maximum: 599, description: 'the HTTP status' },
    detail: { type: 'string', description: 'what went wrong with this request' },
    instance: { type: 'string', description: 'the path of the request' },
    issues: {
      type: 'array',
      description: 'the fields at fault (400)',
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: {
          path: { type: 'string', description: 'dotted path into the input' },
          message: { type: 'string' },
        },
      },
    },
  },
  additionalProperties: true,
};

/**
 * Every schema of the document. A schema both directions name (an event, a date) must come out
 * the same either way, or one component would describe two shapes.
 */
export function componentSchemas(): Record<string, JsonSchema> {
  const out = convert(answers, 'output');
  const input = convert(bodies, 'input');
  for (const id of Object.keys(shared)) {
    if (JSON.stringify(out[id]) !== JSON.stringify(input[id]))
      throw new Error(`schema ${id} differs between requests and answers`);
  }
  return { ...out, ...input, Problem };
}
