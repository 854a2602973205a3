import { answer, errors, type pathParam } from './parts.js';

/** The drafts API: draft a held source, accept a draft. */
export function draftPaths(sourceId: ReturnType<typeof pathParam>) {
  return {
    '/api/sources/{id}/drafts': {
      post: {
        operationId: 'draftSource',
        tags: ['sources'],
        summary: 'draft the events a held source reports, for review',
        description:
          'Deterministic and offline (docs/DRAFTS.md). Each draft carries every value with the span it was read from, the rule and a confidence, a proposed corroboration when it reports a recorded event again, and the event it proposes. Nothing is appended.',
        security: [{ bearer: [] }],
        parameters: [sourceId],
        responses: {
          '200': answer('the drafts', 'DraftList'),
          ...errors('400', '401', '404', '429', '500', '503'),
        },
      },
    },
    '/api/sources/{id}/drafts/accept': {
      post: {
        operationId: 'acceptDraft',
        tags: ['sources'],
        summary: 'accept a draft, as drafted or edited',
        description:
          'The event must be one the drafter proposes for this source (by its id). Its quotation is checked against the source text; its provenance is set by the service: drafted (rule, drafter version, confidence, cue) and accepted (when, the fields edited). Accepting again appends nothing (200). A rejected draft is never posted.',
        security: [{ bearer: [] }],
        parameters: [sourceId],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/AcceptDraftBody' } },
          },
        },
        responses: {
          '201': answer('appended', 'AcceptDraftResult'),
          '200': answer('stored already: nothing appended', 'AcceptDraftResult'),
          ...errors('400', '401', '404', '409', '413', '415', '429', '500', '503', '507'),
        },
      },
    },
  };
}
