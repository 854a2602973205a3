// Generated from the service's OpenAPI document (service/src/routes/openapi.ts) by
// `npx -y pnpm@10.34.8 gen:api`. Do not edit: change the service and run it again.

export interface paths {
  '/api/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * the timeline, a page at a time
     * @description Events in occurred order with every filter and the three time axes: `asOf` replays the world at the end of a day, `knownBy` keeps what was public by then, `recordedAsOf` what kroniek had stored.
     */
    get: operations['getTimeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/timeline.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** the whole filtered timeline as CSV */
    get: operations['exportTimelineCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/timeline.ndjson': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** the whole filtered timeline as NDJSON, one TimelineItem per line */
    get: operations['exportTimelineNdjson'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** events and commitment deadlines as iCalendar */
    get: operations['exportCalendar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** not allowed: events are immutable */
    put: operations['putEventsRefused'];
    post?: never;
    /** not allowed: events are immutable */
    delete: operations['deleteEventsRefused'];
    options?: never;
    head?: never;
    /** not allowed: events are immutable */
    patch: operations['patchEventsRefused'];
    trace?: never;
  };
  '/api/events/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** one event with its corrections, retraction and related events */
    get: operations['getEvent'];
    /** not allowed: events are immutable */
    put: operations['putEventRefused'];
    post?: never;
    /** not allowed: events are immutable */
    delete: operations['deleteEventRefused'];
    options?: never;
    head?: never;
    /** not allowed: events are immutable */
    patch: operations['patchEventRefused'];
    trace?: never;
  };
  '/api/events/{id}/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * correct an event
     * @description Appends an EventCorrected to the stream of the fact: `changes` holds the new values, `reason` says why, `source` cites where the correction comes from.
     */
    post: operations['correctEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/events/{id}/retractions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * retract an event
     * @description Appends an EventRetracted: the fact stays in the log and is left out of views from then on (`includeRetracted` lists it again).
     */
    post: operations['retractEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/subjects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** subjects and their lifecycle status */
    get: operations['listSubjects'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/subjects/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** one subject: its lifecycle and events */
    get: operations['getSubject'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/subjects/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * append one event or a batch to a subject
     * @description Each event is validated with the event schemas and its quotation checked against its source text. A batch is written atomically. Posting the same ids again appends nothing (200).
     */
    post: operations['appendEvents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/actors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** actors: who did what */
    get: operations['listActors'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/actors/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** one actor: its events by role, with their amounts */
    get: operations['getActor'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/charts/{series}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** a chart series */
    get: operations['getChart'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/commitments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * the commitments register: promises to parliament and pledges, with their status
     * @description Every commitment made by asOf (and known by knownBy, recorded by recordedAsOf): open, fulfilled or overdue (due date certainly past); pledges announced, delivering or delivered. Filters narrow the items; counts.byStatus counts before them.
     */
    get: operations['listCommitments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * what the record learned between two days
     * @description Events, corrections and retractions whose knownAt falls in (from, to].
     */
    get: operations['listChanges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/replay/days': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * the days a replay can change on
     * @description Every finite bound of every event’s occurred and knownAt windows, ascending: the play control steps from one to the next.
     */
    get: operations['listReplayDays'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** the raw log by position, for replication and audit */
    get: operations['readLog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/log/head': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * the log's head, to record elsewhere
     * @description Position, chain hash and recordedAt of the last event. Record it somewhere else; `kroniek verify --expect-head POSITION:HASH` later checks that the store still holds it.
     */
    get: operations['getLogHead'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/log/{position}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** one entry of the log */
    get: operations['getLogEntry'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sources': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** the source documents, without their text */
    get: operations['listSources'];
    put?: never;
    /**
     * add a source document
     * @description Registers a document as a source: plain text, Markdown, HTML (its main text) or PDF (its text layer), at most 2 MiB. The text is extracted and stored in the log with its SHA-256 and that of the original bytes; the language is detected when not given. The same bytes again store nothing (200, `created: false`). Refused with a problem naming the field: an unsupported type (415), a file over the limit (413), text that is not UTF-8, an empty or image-only PDF, missing title or date (400), an id taken by another document (409).
     */
    post: operations['addSource'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sources/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** one source: its text, every quotation events rest on, and what no event cites */
    get: operations['getSource'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sources/{id}/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * correct a source's metadata
     * @description Appends a `SourceCorrected` event: the changed metadata fields and why. The text is never changed. Only fields that differ from the source as it stands count; a correction that changes nothing is refused (400). The same correction twice stores one event (200).
     */
    post: operations['correctSource'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sources/{id}/drafts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * draft the events a held source reports, for review
     * @description Deterministic and offline (docs/DRAFTS.md). Each draft carries every value with the span it was read from, the rule and a confidence, a proposed corroboration when it reports a recorded event again, and the event it proposes. Nothing is appended.
     */
    post: operations['draftSource'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sources/{id}/drafts/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * accept a draft, as drafted or edited
     * @description The event must be one the drafter proposes for this source (by its id). Its quotation is checked against the source text; its provenance is set by the service: drafted (rule, drafter version, confidence, cue) and accepted (when, the fields edited). Accepting again appends nothing (200). A rejected draft is never posted.
     */
    post: operations['acceptDraft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Server-Sent Events: each appended event, id = its log position
     * @description Events: `ready` first, then `appended` per event (id = its log position). A catch-up from `after` is read a page at a time as the client reads. A client that falls more than the queue limit behind gets `overflow` (its id, and `resumeAfter`, is the last position sent) and the stream ends: reconnect with that Last-Event-ID. Streams are capped per client address (429) and in all (503), both with Retry-After.
     */
    get: operations['streamLive'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openapi.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** this document */
    get: operations['getOpenApiDocument'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/docs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** the API reference page, rendered from this document */
    get: operations['getApiReference'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** the process is alive */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/readyz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** the store is open and the projections caught up */
    get: operations['getReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Event:
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'MeetingHeld';
          meeting: {
            name: string;
            place?: string;
            /** @description content may not be reported; none is recorded */
            classified?: boolean;
          };
        }
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'MeetingScheduled';
          meeting: {
            name: string;
            place?: string;
          };
        }
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'AnnouncementMade';
        }
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'DocumentAdopted';
          document: {
            name: string;
            replaces?: string;
          };
        }
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'AgreementSigned';
          agreement: {
            name: string;
            /** @enum {string} */
            form: 'agreement' | 'mou' | 'treaty' | 'contract' | 'other';
          };
        }
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'ProposalTabled';
          proposal: {
            name: string;
          };
        }
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'SupportCommitted';
        }
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'SupportDelivered';
          /** @enum {string} */
          stage: 'started' | 'partial' | 'completed';
        }
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'ParliamentaryCommitmentMade';
          commitment: {
            description: string;
            /** @description when it is to be fulfilled, as precisely as promised */
            due?: components['schemas']['FuzzyDate'];
          };
        }
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'ParliamentaryCommitmentFulfilled';
          /**
           * Format: uuid
           * @description the id of the ParliamentaryCommitmentMade event
           */
          fulfils?: string;
        }
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'InitiativeLaunched';
        }
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'StatementMade';
        }
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'EventCorrected';
          /** Format: uuid */
          corrects: string;
          changes: {
            title?: string;
            summary?: string;
            category?: string;
            occurred?: components['schemas']['FuzzyDate'];
            knownAt?: components['schemas']['KnownAt'];
            actors?: components['schemas']['ActorRef'][];
            money?: components['schemas']['Money'][];
            quantities?: components['schemas']['Quantity'][];
          };
          reason: string;
        }
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'EventRetracted';
          /** Format: uuid */
          retracts: string;
          reason: string;
        }
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'EventCorroborated';
          /**
           * Format: uuid
           * @description the id of the fact this source also states
           */
          corroborates: string;
        };
    FuzzyDate:
      | {
          /** @constant */
          precision: 'day';
          /** Format: date */
          date: string;
          /** @description the source's own words for this date, e.g. 'najaar', 'onlangs', '24 en 25 juni' */
          wording?: string;
        }
      | {
          /** @constant */
          precision: 'days';
          /** Format: date */
          from: string;
          /** Format: date */
          to: string;
          /** @description the source's own words for this date, e.g. 'najaar', 'onlangs', '24 en 25 juni' */
          wording?: string;
        }
      | {
          /** @constant */
          precision: 'month';
          month: string;
          /** @description the source's own words for this date, e.g. 'najaar', 'onlangs', '24 en 25 juni' */
          wording?: string;
        }
      | {
          /** @constant */
          precision: 'season';
          /** @enum {string} */
          season: 'spring' | 'summer' | 'autumn' | 'winter';
          year: number;
          /** @description the source's own words for this date, e.g. 'najaar', 'onlangs', '24 en 25 juni' */
          wording?: string;
        }
      | {
          /** @constant */
          precision: 'year';
          year: number;
          /** @description the source's own words for this date, e.g. 'najaar', 'onlangs', '24 en 25 juni' */
          wording?: string;
        }
      | {
          /** @constant */
          precision: 'between';
          /** Format: date */
          earliest?: string;
          /** Format: date */
          latest?: string;
          /** @description the source's own words for this date, e.g. 'najaar', 'onlangs', '24 en 25 juni' */
          wording?: string;
        };
    KnownAt: {
      date: components['schemas']['FuzzyDate'];
      /**
       * @description source-publication: the date its source was published; public-at-occurrence: public the moment it happened (e.g. announced at a public meeting); stated: a date given elsewhere
       * @enum {string}
       */
      basis: 'source-publication' | 'public-at-occurrence' | 'stated';
      note?: string;
    };
    SourceRef: {
      documentId: string;
      location: {
        /** @description the heading the quotation stands under, e.g. 'UDCG' */
        section: string;
        /** @description character offset of the quotation in the text */
        start: number;
        end: number;
      };
      /** @description an exact substring of the document text */
      quotation: string;
    };
    ActorRef: {
      id: string;
      name: string;
      /** @enum {string} */
      role:
        | 'participant'
        | 'chair'
        | 'host'
        | 'announcer'
        | 'adopter'
        | 'proposer'
        | 'signatory'
        | 'donor'
        | 'recipient'
        | 'promisor'
        | 'promisee'
        | 'launcher'
        | 'speaker'
        | 'addressee'
        | 'buyer'
        | 'seller';
    };
    Money: {
      currency: string;
      amount:
        | {
            /** @constant */
            kind: 'exact';
            value: number;
          }
        | {
            /** @constant */
            kind: 'range';
            low: number;
            high: number;
          };
      approximate: boolean;
      /** @description the source's exact words for the amount */
      wording: string;
      /** @description how the words were read into numbers */
      note?: string;
    };
    Quantity: {
      value: number;
      /** @description 'items', 'percent', ... */
      unit: string;
      item: string;
      wording: string;
    };
    FactEvent:
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'MeetingHeld';
          meeting: {
            name: string;
            place?: string;
            /** @description content may not be reported; none is recorded */
            classified?: boolean;
          };
        }
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'MeetingScheduled';
          meeting: {
            name: string;
            place?: string;
          };
        }
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'AnnouncementMade';
        }
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'DocumentAdopted';
          document: {
            name: string;
            replaces?: string;
          };
        }
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'AgreementSigned';
          agreement: {
            name: string;
            /** @enum {string} */
            form: 'agreement' | 'mou' | 'treaty' | 'contract' | 'other';
          };
        }
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'ProposalTabled';
          proposal: {
            name: string;
          };
        }
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'SupportCommitted';
        }
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'SupportDelivered';
          /** @enum {string} */
          stage: 'started' | 'partial' | 'completed';
        }
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'ParliamentaryCommitmentMade';
          commitment: {
            description: string;
            /** @description when it is to be fulfilled, as precisely as promised */
            due?: components['schemas']['FuzzyDate'];
          };
        }
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'ParliamentaryCommitmentFulfilled';
          /**
           * Format: uuid
           * @description the id of the ParliamentaryCommitmentMade event
           */
          fulfils?: string;
        }
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'InitiativeLaunched';
        }
      | {
          /** Format: uuid */
          id: string;
          /** @constant */
          schemaVersion: 1;
          /** @description the thing the event is about; also its stream */
          subject: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'StatementMade';
        };
    DayRange: {
      /** @description earliest day the date can mean; null when open */
      earliest: string | null;
      /** @description latest day the date can mean; null when open */
      latest: string | null;
    };
    SourcesSummary: {
      /** @description sources stating the fact in this view (public by knownBy, recorded by recordedAsOf): its own and its corroborations */
      count: number;
      /** @description their documents, the fact's own first, each once */
      documentIds: string[];
      /** @description fields on which some corroboration states another value than the record */
      disagreements: string[];
    };
    FieldAgreement: {
      /** @enum {string} */
      field: 'occurred' | 'money' | 'quantities' | 'actors';
      /**
       * @description 'compatible': not the same but not contradicting (a vaguer date, an overlapping range, fewer actors); 'differs': another value
       * @enum {string}
       */
      agreement: 'same' | 'compatible' | 'differs';
      /** @description the record's current value of the field */
      record: unknown;
      /** @description what this source states */
      stated: unknown;
    };
    CitationRecord: {
      /**
       * Format: uuid
       * @description the citing event: the fact itself, or the EventCorroborated
       */
      id: string;
      /** @enum {string} */
      role: 'own' | 'corroboration';
      position: number;
      source: components['schemas']['SourceRef'];
      knownAt: components['schemas']['KnownAt'];
      /** @description the latest bound of this source's knownAt */
      knownOn: string;
      /** @description an ISO 8601 timestamp */
      recordedAt: string;
      /** @description public by knownBy */
      public: boolean;
      /** @description the source the fact is known from */
      earliest: boolean;
      title: string;
      stated: {
        occurred: components['schemas']['FuzzyDate'];
        actors: components['schemas']['ActorRef'][];
        money?: components['schemas']['Money'][];
        quantities?: components['schemas']['Quantity'][];
      };
      corrections: number;
      /** @description each stated field against the record */
      agreement: components['schemas']['FieldAgreement'][];
      disagrees: string[];
    };
    TimelineItem: {
      /** Format: uuid */
      id: string;
      /** @description log position of the event */
      position: number;
      /** @enum {string} */
      type:
        | 'MeetingHeld'
        | 'MeetingScheduled'
        | 'AnnouncementMade'
        | 'DocumentAdopted'
        | 'AgreementSigned'
        | 'ProposalTabled'
        | 'SupportCommitted'
        | 'SupportDelivered'
        | 'ParliamentaryCommitmentMade'
        | 'ParliamentaryCommitmentFulfilled'
        | 'InitiativeLaunched'
        | 'StatementMade'
        | 'EventCorrected'
        | 'EventRetracted'
        | 'EventCorroborated';
      subject: string;
      title: string;
      summary?: string;
      category: string;
      occurred: components['schemas']['FuzzyDate'];
      occurredBounds: components['schemas']['DayRange'];
      /** @description the occurred date as a reader would say it */
      occurredLabel: string;
      knownAt: components['schemas']['KnownAt'];
      /** @description the day by which it was certainly public: the latest bound of knownAt */
      knownOn: string | null;
      /** @description the knownAt window as a reader would say it */
      knownLabel: string;
      /** @description an ISO 8601 timestamp */
      recordedAt: string;
      actors: components['schemas']['ActorRef'][];
      money?: components['schemas']['Money'][];
      quantities?: components['schemas']['Quantity'][];
      relatedSubjects?: string[];
      source: components['schemas']['SourceRef'];
      /**
       * @description the same as occurredStatus (kept for older clients)
       * @enum {string}
       */
      status: 'happened' | 'possibly-happened' | 'later';
      /**
       * @description occurred against asOf: happened (latest bound ≤ asOf), possibly-happened (the window straddles asOf), later (earliest bound > asOf)
       * @enum {string}
       */
      occurredStatus: 'happened' | 'possibly-happened' | 'later';
      /**
       * @description knownAt against knownBy: known (latest bound ≤ knownBy), possibly-known (the window straddles knownBy), not-yet-known
       * @enum {string}
       */
      knownStatus: 'known' | 'possibly-known' | 'not-yet-known';
      retracted: boolean;
      /** @description number of corrections applied in this view */
      corrections: number;
      sources: components['schemas']['SourcesSummary'];
      /** @description with a free-text query: the fields of this event that hold one of its words */
      match?: {
        /** @description the folded words of the query */
        terms: string[];
        fields: ('title' | 'summary' | 'quotation' | 'actors' | 'subject')[];
      };
    };
    TimelinePage: {
      items: components['schemas']['TimelineItem'][];
      /** @description pass as `cursor` for the next page; null at the end */
      nextCursor: string | null;
      /** @description items in the listing over all pages */
      total: number;
      /** @description retracted events left out; occurred statuses count what knownStatus lists, knownAt statuses what occurredStatus lists */
      counts: {
        happened: number;
        possiblyHappened: number;
        later: number;
        known: number;
        possiblyKnown: number;
        /** @description events the replay hides because they were not yet public by knownBy */
        notYetKnown: number;
        /** @description listed events that happened or possibly happened, per type */
        byType: {
          [key: string]: number;
        };
      };
    };
    AmendmentRecord: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      type: 'EventCorrected' | 'EventRetracted';
      position: number;
      reason: string;
      changes?: {
        title?: string;
        summary?: string;
        category?: string;
        occurred?: components['schemas']['FuzzyDate'];
        knownAt?: components['schemas']['KnownAt'];
        actors?: components['schemas']['ActorRef'][];
        money?: components['schemas']['Money'][];
        quantities?: components['schemas']['Quantity'][];
      };
      changedFields: string[];
      source: components['schemas']['SourceRef'];
      knownAt: components['schemas']['KnownAt'];
      knownOn: string | null;
      /** @description an ISO 8601 timestamp */
      recordedAt: string;
      /** @description part of the view asked for (known by knownBy, recorded by recordedAsOf) */
      applied: boolean;
    };
    EventDetail: {
      /** @description the current view: the original with every applicable correction */
      item: components['schemas']['TimelineItem'];
      current: components['schemas']['FactEvent'];
      original: components['schemas']['FactEvent'];
      /** @description every correction and retraction, in log order */
      history: components['schemas']['AmendmentRecord'][];
      retraction: components['schemas']['AmendmentRecord'] | null;
      related: components['schemas']['TimelineItem'][];
      /** @description every source stating the fact: its own first, then corroborations in log order */
      citations: components['schemas']['CitationRecord'][];
      /**
       * Format: uuid
       * @description set when the id asked for was that of a corroboration of this event
       */
      viaCorroboration?: string;
      /**
       * Format: uuid
       * @description set when the id asked for was that of a correction or retraction of this event
       */
      viaAmendment?: string;
      /** @description that correction or retraction itself, when the id asked for was one */
      amendment?: {
        /** Format: uuid */
        id: string;
        /** @enum {string} */
        type: 'EventCorrected' | 'EventRetracted';
        position: number;
        reason: string;
        changes?: {
          title?: string;
          summary?: string;
          category?: string;
          occurred?: components['schemas']['FuzzyDate'];
          knownAt?: components['schemas']['KnownAt'];
          actors?: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
        };
        changedFields: string[];
        source: components['schemas']['SourceRef'];
        knownAt: components['schemas']['KnownAt'];
        knownOn: string | null;
        /** @description an ISO 8601 timestamp */
        recordedAt: string;
        /** @description part of the view asked for (known by knownBy, recorded by recordedAsOf) */
        applied: boolean;
        event:
          | {
              /** Format: uuid */
              id: string;
              /** @constant */
              schemaVersion: 1;
              /** @description the thing the event is about; also its stream */
              subject: string;
              title: string;
              summary?: string;
              /** @description a broad theme for charts, e.g. 'ukraine-support' */
              category: string;
              occurred: components['schemas']['FuzzyDate'];
              knownAt: components['schemas']['KnownAt'];
              source: components['schemas']['SourceRef'];
              actors: components['schemas']['ActorRef'][];
              money?: components['schemas']['Money'][];
              quantities?: components['schemas']['Quantity'][];
              relatedSubjects?: string[];
              provenance?: {
                drafted: {
                  rule: {
                    /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                    id: string;
                    version: number;
                  };
                  /** @description the drafter version (service/src/draft/version.ts) */
                  drafter: string;
                  confidence: number;
                  /** @description the words the rule fired on */
                  cue: string;
                };
                accepted: {
                  /**
                   * Format: date-time
                   * @description when the reviewer accepted it (server clock)
                   */
                  at: string;
                  /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
                  edited: string[];
                  /**
                   * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
                   * @constant
                   */
                  via?: 'import';
                };
              };
              /** @constant */
              type: 'EventCorrected';
              /** Format: uuid */
              corrects: string;
              changes: {
                title?: string;
                summary?: string;
                category?: string;
                occurred?: components['schemas']['FuzzyDate'];
                knownAt?: components['schemas']['KnownAt'];
                actors?: components['schemas']['ActorRef'][];
                money?: components['schemas']['Money'][];
                quantities?: components['schemas']['Quantity'][];
              };
              reason: string;
            }
          | {
              /** Format: uuid */
              id: string;
              /** @constant */
              schemaVersion: 1;
              /** @description the thing the event is about; also its stream */
              subject: string;
              title: string;
              summary?: string;
              /** @description a broad theme for charts, e.g. 'ukraine-support' */
              category: string;
              occurred: components['schemas']['FuzzyDate'];
              knownAt: components['schemas']['KnownAt'];
              source: components['schemas']['SourceRef'];
              actors: components['schemas']['ActorRef'][];
              money?: components['schemas']['Money'][];
              quantities?: components['schemas']['Quantity'][];
              relatedSubjects?: string[];
              provenance?: {
                drafted: {
                  rule: {
                    /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                    id: string;
                    version: number;
                  };
                  /** @description the drafter version (service/src/draft/version.ts) */
                  drafter: string;
                  confidence: number;
                  /** @description the words the rule fired on */
                  cue: string;
                };
                accepted: {
                  /**
                   * Format: date-time
                   * @description when the reviewer accepted it (server clock)
                   */
                  at: string;
                  /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
                  edited: string[];
                  /**
                   * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
                   * @constant
                   */
                  via?: 'import';
                };
              };
              /** @constant */
              type: 'EventRetracted';
              /** Format: uuid */
              retracts: string;
              reason: string;
            };
      };
    };
    SubjectSummary: {
      id: string;
      /** @enum {string} */
      kind:
        | 'proposal'
        | 'document'
        | 'support'
        | 'agreement'
        | 'commitment'
        | 'meeting'
        | 'initiative'
        | 'announcement'
        | 'statement';
      /** @enum {string} */
      status:
        | 'upcoming'
        | 'proposed'
        | 'adopted'
        | 'announced'
        | 'delivering'
        | 'delivered'
        | 'signed'
        | 'open'
        | 'fulfilled'
        | 'overdue'
        | 'scheduled'
        | 'held'
        | 'launched'
        | 'stated';
      title: string;
      categories: string[];
      /** @description events that happened by asOf */
      events: number;
      /** @description events after asOf */
      later: number;
      first: {
        occurredLabel: string;
        occurredBounds: components['schemas']['DayRange'];
      } | null;
      last: {
        occurredLabel: string;
        occurredBounds: components['schemas']['DayRange'];
      } | null;
      next: {
        occurredLabel: string;
        occurredBounds: components['schemas']['DayRange'];
      } | null;
      due?: components['schemas']['FuzzyDate'];
      dueLabel?: string;
      /** @description the due date's day bounds: a season or a month is a window */
      dueBounds?: components['schemas']['DayRange'];
      actors: string[];
    };
    SubjectDetail: {
      id: string;
      /** @enum {string} */
      kind:
        | 'proposal'
        | 'document'
        | 'support'
        | 'agreement'
        | 'commitment'
        | 'meeting'
        | 'initiative'
        | 'announcement'
        | 'statement';
      /** @enum {string} */
      status:
        | 'upcoming'
        | 'proposed'
        | 'adopted'
        | 'announced'
        | 'delivering'
        | 'delivered'
        | 'signed'
        | 'open'
        | 'fulfilled'
        | 'overdue'
        | 'scheduled'
        | 'held'
        | 'launched'
        | 'stated';
      title: string;
      categories: string[];
      /** @description events that happened by asOf */
      events: number;
      /** @description events after asOf */
      later: number;
      first: {
        occurredLabel: string;
        occurredBounds: components['schemas']['DayRange'];
      } | null;
      last: {
        occurredLabel: string;
        occurredBounds: components['schemas']['DayRange'];
      } | null;
      next: {
        occurredLabel: string;
        occurredBounds: components['schemas']['DayRange'];
      } | null;
      due?: components['schemas']['FuzzyDate'];
      dueLabel?: string;
      /** @description the due date's day bounds: a season or a month is a window */
      dueBounds?: components['schemas']['DayRange'];
      actors: string[];
      lifecycle: {
        /** @enum {string} */
        status:
          | 'upcoming'
          | 'proposed'
          | 'adopted'
          | 'announced'
          | 'delivering'
          | 'delivered'
          | 'signed'
          | 'open'
          | 'fulfilled'
          | 'overdue'
          | 'scheduled'
          | 'held'
          | 'launched'
          | 'stated';
        /** Format: uuid */
        eventId: string;
        /** @enum {string} */
        type:
          | 'MeetingHeld'
          | 'MeetingScheduled'
          | 'AnnouncementMade'
          | 'DocumentAdopted'
          | 'AgreementSigned'
          | 'ProposalTabled'
          | 'SupportCommitted'
          | 'SupportDelivered'
          | 'ParliamentaryCommitmentMade'
          | 'ParliamentaryCommitmentFulfilled'
          | 'InitiativeLaunched'
          | 'StatementMade'
          | 'EventCorrected'
          | 'EventRetracted'
          | 'EventCorroborated';
        occurredLabel: string;
        occurredBounds: components['schemas']['DayRange'];
      }[];
      items: components['schemas']['TimelineItem'][];
      relatedSubjects: string[];
    };
    SubjectList: {
      subjects: components['schemas']['SubjectSummary'][];
    };
    ActorSummary: {
      id: string;
      name: string;
      /** @description events that happened by asOf in which the actor took part */
      events: number;
      byRole: {
        [key: string]: number;
      };
      byType: {
        [key: string]: number;
      };
      subjects: string[];
    };
    ActorList: {
      actors: components['schemas']['ActorSummary'][];
    };
    ActorDetail: {
      id: string;
      name: string;
      /** @description events that happened by asOf in which the actor took part */
      events: number;
      byRole: {
        [key: string]: number;
      };
      byType: {
        [key: string]: number;
      };
      subjects: string[];
      /** @description events after asOf in which the actor takes part */
      later: number;
      /** @description happened and later events, retracted ones left out */
      total: number;
      /** @description in timeline order, the first 500; amounts stay on their events, never summed */
      items: {
        /** Format: uuid */
        id: string;
        /** @description log position of the event */
        position: number;
        /** @enum {string} */
        type:
          | 'MeetingHeld'
          | 'MeetingScheduled'
          | 'AnnouncementMade'
          | 'DocumentAdopted'
          | 'AgreementSigned'
          | 'ProposalTabled'
          | 'SupportCommitted'
          | 'SupportDelivered'
          | 'ParliamentaryCommitmentMade'
          | 'ParliamentaryCommitmentFulfilled'
          | 'InitiativeLaunched'
          | 'StatementMade'
          | 'EventCorrected'
          | 'EventRetracted'
          | 'EventCorroborated';
        subject: string;
        title: string;
        summary?: string;
        category: string;
        occurred: components['schemas']['FuzzyDate'];
        occurredBounds: components['schemas']['DayRange'];
        /** @description the occurred date as a reader would say it */
        occurredLabel: string;
        knownAt: components['schemas']['KnownAt'];
        /** @description the day by which it was certainly public: the latest bound of knownAt */
        knownOn: string | null;
        /** @description the knownAt window as a reader would say it */
        knownLabel: string;
        /** @description an ISO 8601 timestamp */
        recordedAt: string;
        actors: components['schemas']['ActorRef'][];
        money?: components['schemas']['Money'][];
        quantities?: components['schemas']['Quantity'][];
        relatedSubjects?: string[];
        source: components['schemas']['SourceRef'];
        /**
         * @description the same as occurredStatus (kept for older clients)
         * @enum {string}
         */
        status: 'happened' | 'possibly-happened' | 'later';
        /**
         * @description occurred against asOf: happened (latest bound ≤ asOf), possibly-happened (the window straddles asOf), later (earliest bound > asOf)
         * @enum {string}
         */
        occurredStatus: 'happened' | 'possibly-happened' | 'later';
        /**
         * @description knownAt against knownBy: known (latest bound ≤ knownBy), possibly-known (the window straddles knownBy), not-yet-known
         * @enum {string}
         */
        knownStatus: 'known' | 'possibly-known' | 'not-yet-known';
        retracted: boolean;
        /** @description number of corrections applied in this view */
        corrections: number;
        sources: components['schemas']['SourcesSummary'];
        /** @description with a free-text query: the fields of this event that hold one of its words */
        match?: {
          /** @description the folded words of the query */
          terms: string[];
          fields: ('title' | 'summary' | 'quotation' | 'actors' | 'subject')[];
        };
        /** @description the actor's roles in this event */
        roles: (
          | 'participant'
          | 'chair'
          | 'host'
          | 'announcer'
          | 'adopter'
          | 'proposer'
          | 'signatory'
          | 'donor'
          | 'recipient'
          | 'promisor'
          | 'promisee'
          | 'launcher'
          | 'speaker'
          | 'addressee'
          | 'buyer'
          | 'seller'
        )[];
      }[];
    };
    ChartPoint: {
      /** @description where the point is placed: the earliest bound, or the latest when open */
      day: string;
      occurredLabel: string;
      occurredBounds: components['schemas']['DayRange'];
      /** Format: uuid */
      eventId: string;
      title: string;
      /** @description events in this point (same line, same occurred bounds) */
      events: number;
      /** @description the first ids of them */
      eventIds: string[];
      low: number;
      high: number;
      /** @description running total of what possibly happened by this point (the top of the band) */
      cumulativeLow: number;
      cumulativeHigh: number;
      /** @description running total of what surely happened by this point (latest bound at or before its day and asOf): the line; for markers, its own amounts that surely happened */
      certainLow: number;
      certainHigh: number;
      approximate: boolean;
      /** @description the distinct wordings of the point's events, joined by '; ' */
      wording: string;
      /** @description other amounts sources state for the point's listed events: the point keeps the record's value, these are listed beside it, never summed */
      disputed?: {
        /** Format: uuid */
        eventId: string;
        title: string;
        /** @description the event's amounts as the record holds them */
        record: {
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
        };
        /**
         * Format: uuid
         * @description the EventCorroborated that states it
         */
        citationId: string;
        documentId: string;
        money?: components['schemas']['Money'][];
        quantities?: components['schemas']['Quantity'][];
      }[];
    };
    ChartLine: {
      key: string;
      group: string;
      /** @description money lines: one per currency, never summed across */
      currency?: string;
      unit?: string;
      item?: string;
      points: components['schemas']['ChartPoint'][];
      /** @description what surely happened by asOf: the certain total at the replay day */
      certainLow: number;
      certainHigh: number;
    };
    MonthBucket: {
      /** @description YYYY-MM */
      month: string;
      /** @description events that certainly happened and are certainly known (the line) */
      total: number;
      /** @description events that possibly happened or are possibly known (the band above) */
      possible: number;
      byType: {
        [key: string]: number;
      };
    };
    ChartSeries:
      | {
          /** @enum {string} */
          name: 'money-cumulative' | 'money-mentions' | 'quantities' | 'targets';
          /** @enum {string} */
          groupBy: 'actor' | 'category';
          /** @constant */
          placement: 'key-day';
          /** @enum {string} */
          resolution: 'event' | 'month';
          lines: components['schemas']['ChartLine'][];
        }
      | {
          /** @enum {string} */
          name: 'events-per-month';
          /** @constant */
          placement: 'key-day';
          buckets: components['schemas']['MonthBucket'][];
        };
    ChangeItem: {
      /** @enum {string} */
      kind: 'known' | 'corrected' | 'retracted';
      /**
       * Format: uuid
       * @description the event that carries the news (the fact, or the amendment)
       */
      id: string;
      /**
       * Format: uuid
       * @description the fact it is about
       */
      targetId: string;
      position: number;
      /** @enum {string} */
      type:
        | 'MeetingHeld'
        | 'MeetingScheduled'
        | 'AnnouncementMade'
        | 'DocumentAdopted'
        | 'AgreementSigned'
        | 'ProposalTabled'
        | 'SupportCommitted'
        | 'SupportDelivered'
        | 'ParliamentaryCommitmentMade'
        | 'ParliamentaryCommitmentFulfilled'
        | 'InitiativeLaunched'
        | 'StatementMade'
        | 'EventCorrected'
        | 'EventRetracted'
        | 'EventCorroborated';
      subject: string | null;
      title: string;
      reason?: string;
      changedFields?: string[];
      knownAt: components['schemas']['KnownAt'];
      /** @description a calendar day, YYYY-MM-DD */
      knownOn: string;
      /** @description an ISO 8601 timestamp */
      recordedAt: string;
      source: components['schemas']['SourceRef'];
      /**
       * @description the fact's occurred window (as the replay resolves it) against asOf
       * @enum {string}
       */
      occurredStatus: 'happened' | 'possibly-happened' | 'later';
      /**
       * @description this change's knownAt window against knownBy
       * @enum {string}
       */
      knownStatus: 'known' | 'possibly-known' | 'not-yet-known';
      /** @description the fact's occurred date as the replay resolves it (absent while the fact is not in the log) */
      occurred?: components['schemas']['FuzzyDate'];
    };
    ChangeList: {
      /** @description a calendar day, YYYY-MM-DD */
      from: string;
      /** @description a calendar day, YYYY-MM-DD */
      to: string;
      /** @description the listed changes counted by status, three ways on each axis */
      counts: {
        happened: number;
        possiblyHappened: number;
        later: number;
        known: number;
        possiblyKnown: number;
        notYetKnown: number;
      };
      changes: components['schemas']['ChangeItem'][];
    };
    CommitmentLink: {
      /** Format: uuid */
      eventId: string;
      /** @enum {string} */
      type:
        | 'MeetingHeld'
        | 'MeetingScheduled'
        | 'AnnouncementMade'
        | 'DocumentAdopted'
        | 'AgreementSigned'
        | 'ProposalTabled'
        | 'SupportCommitted'
        | 'SupportDelivered'
        | 'ParliamentaryCommitmentMade'
        | 'ParliamentaryCommitmentFulfilled'
        | 'InitiativeLaunched'
        | 'StatementMade'
        | 'EventCorrected'
        | 'EventRetracted'
        | 'EventCorroborated';
      title: string;
      occurredLabel: string;
      occurredBounds: components['schemas']['DayRange'];
      /**
       * @description 'later': dated after asOf, does not count
       * @enum {string}
       */
      status: 'happened' | 'later';
      source: components['schemas']['SourceRef'];
    };
    CommitmentItem: {
      /**
       * Format: uuid
       * @description the event that made the commitment
       */
      id: string;
      /** @enum {string} */
      kind: 'parliamentary' | 'pledge';
      /** @enum {string} */
      type:
        | 'MeetingHeld'
        | 'MeetingScheduled'
        | 'AnnouncementMade'
        | 'DocumentAdopted'
        | 'AgreementSigned'
        | 'ProposalTabled'
        | 'SupportCommitted'
        | 'SupportDelivered'
        | 'ParliamentaryCommitmentMade'
        | 'ParliamentaryCommitmentFulfilled'
        | 'InitiativeLaunched'
        | 'StatementMade'
        | 'EventCorrected'
        | 'EventRetracted'
        | 'EventCorroborated';
      /**
       * @description on asOf: open/fulfilled/overdue, or announced/delivering/delivered
       * @enum {string}
       */
      status: 'open' | 'fulfilled' | 'overdue' | 'announced' | 'delivering' | 'delivered';
      subject: string;
      title: string;
      description?: string;
      category: string;
      madeOn: {
        occurredLabel: string;
        occurredBounds: components['schemas']['DayRange'];
      };
      /** @description a calendar day, YYYY-MM-DD */
      knownOn: string;
      due?: {
        date: components['schemas']['FuzzyDate'];
        label: string;
        /** @enum {string} */
        precision: 'day' | 'days' | 'month' | 'season' | 'year' | 'between';
        bounds: components['schemas']['DayRange'];
        /** @description the promise's own words for when */
        wording?: string;
      };
      by: components['schemas']['ActorRef'][];
      to: components['schemas']['ActorRef'][];
      /** @description what fulfilled or delivered it by asOf */
      settledBy: components['schemas']['CommitmentLink'] | null;
      steps: components['schemas']['CommitmentLink'][];
      money?: components['schemas']['Money'][];
      quantities?: components['schemas']['Quantity'][];
      source: components['schemas']['SourceRef'];
    };
    CommitmentRegister: {
      items: components['schemas']['CommitmentItem'][];
      counts: {
        listed: number;
        /** @description commitments made by asOf, before the filters */
        made: number;
        byStatus: {
          [key: string]: number;
        };
        byKind: {
          [key: string]: number;
        };
        /** @description commitments made after asOf (not listed) */
        later: number;
      };
    };
    ReplayDays: {
      /** @description every day on which a replay status can change (bounds of occurred and knownAt), ascending */
      days: string[];
    };
    LogRecord: {
      /** @description 1-based, contiguous */
      position: number;
      stream: string;
      /** @description 0-based revision within its stream */
      revision: number;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      type:
        | 'MeetingHeld'
        | 'MeetingScheduled'
        | 'AnnouncementMade'
        | 'DocumentAdopted'
        | 'AgreementSigned'
        | 'ProposalTabled'
        | 'SupportCommitted'
        | 'SupportDelivered'
        | 'ParliamentaryCommitmentMade'
        | 'ParliamentaryCommitmentFulfilled'
        | 'InitiativeLaunched'
        | 'StatementMade'
        | 'EventCorrected'
        | 'EventRetracted'
        | 'EventCorroborated'
        | 'SourceRegistered'
        | 'SourceCorrected';
      /** @description the event (or source record), lifted to the current schema version */
      data:
        | {
            /** Format: uuid */
            id: string;
            /** @constant */
            schemaVersion: 1;
            /** @description the thing the event is about; also its stream */
            subject: string;
            title: string;
            summary?: string;
            /** @description a broad theme for charts, e.g. 'ukraine-support' */
            category: string;
            occurred: components['schemas']['FuzzyDate'];
            knownAt: components['schemas']['KnownAt'];
            source: components['schemas']['SourceRef'];
            actors: components['schemas']['ActorRef'][];
            money?: components['schemas']['Money'][];
            quantities?: components['schemas']['Quantity'][];
            relatedSubjects?: string[];
            provenance?: {
              drafted: {
                rule: {
                  /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                  id: string;
                  version: number;
                };
                /** @description the drafter version (service/src/draft/version.ts) */
                drafter: string;
                confidence: number;
                /** @description the words the rule fired on */
                cue: string;
              };
              accepted: {
                /**
                 * Format: date-time
                 * @description when the reviewer accepted it (server clock)
                 */
                at: string;
                /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
                edited: string[];
                /**
                 * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
                 * @constant
                 */
                via?: 'import';
              };
            };
            /** @constant */
            type: 'MeetingHeld';
            meeting: {
              name: string;
              place?: string;
              /** @description content may not be reported; none is recorded */
              classified?: boolean;
            };
          }
        | {
            /** Format: uuid */
            id: string;
            /** @constant */
            schemaVersion: 1;
            /** @description the thing the event is about; also its stream */
            subject: string;
            title: string;
            summary?: string;
            /** @description a broad theme for charts, e.g. 'ukraine-support' */
            category: string;
            occurred: components['schemas']['FuzzyDate'];
            knownAt: components['schemas']['KnownAt'];
            source: components['schemas']['SourceRef'];
            actors: components['schemas']['ActorRef'][];
            money?: components['schemas']['Money'][];
            quantities?: components['schemas']['Quantity'][];
            relatedSubjects?: string[];
            provenance?: {
              drafted: {
                rule: {
                  /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                  id: string;
                  version: number;
                };
                /** @description the drafter version (service/src/draft/version.ts) */
                drafter: string;
                confidence: number;
                /** @description the words the rule fired on */
                cue: string;
              };
              accepted: {
                /**
                 * Format: date-time
                 * @description when the reviewer accepted it (server clock)
                 */
                at: string;
                /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
                edited: string[];
                /**
                 * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
                 * @constant
                 */
                via?: 'import';
              };
            };
            /** @constant */
            type: 'MeetingScheduled';
            meeting: {
              name: string;
              place?: string;
            };
          }
        | {
            /** Format: uuid */
            id: string;
            /** @constant */
            schemaVersion: 1;
            /** @description the thing the event is about; also its stream */
            subject: string;
            title: string;
            summary?: string;
            /** @description a broad theme for charts, e.g. 'ukraine-support' */
            category: string;
            occurred: components['schemas']['FuzzyDate'];
            knownAt: components['schemas']['KnownAt'];
            source: components['schemas']['SourceRef'];
            actors: components['schemas']['ActorRef'][];
            money?: components['schemas']['Money'][];
            quantities?: components['schemas']['Quantity'][];
            relatedSubjects?: string[];
            provenance?: {
              drafted: {
                rule: {
                  /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                  id: string;
                  version: number;
                };
                /** @description the drafter version (service/src/draft/version.ts) */
                drafter: string;
                confidence: number;
                /** @description the words the rule fired on */
                cue: string;
              };
              accepted: {
                /**
                 * Format: date-time
                 * @description when the reviewer accepted it (server clock)
                 */
                at: string;
                /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
                edited: string[];
                /**
                 * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
                 * @constant
                 */
                via?: 'import';
              };
            };
            /** @constant */
            type: 'AnnouncementMade';
          }
        | {
            /** Format: uuid */
            id: string;
            /** @constant */
            schemaVersion: 1;
            /** @description the thing the event is about; also its stream */
            subject: string;
            title: string;
            summary?: string;
            /** @description a broad theme for charts, e.g. 'ukraine-support' */
            category: string;
            occurred: components['schemas']['FuzzyDate'];
            knownAt: components['schemas']['KnownAt'];
            source: components['schemas']['SourceRef'];
            actors: components['schemas']['ActorRef'][];
            money?: components['schemas']['Money'][];
            quantities?: components['schemas']['Quantity'][];
            relatedSubjects?: string[];
            provenance?: {
              drafted: {
                rule: {
                  /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                  id: string;
                  version: number;
                };
                /** @description the drafter version (service/src/draft/version.ts) */
                drafter: string;
                confidence: number;
                /** @description the words the rule fired on */
                cue: string;
              };
              accepted: {
                /**
                 * Format: date-time
                 * @description when the reviewer accepted it (server clock)
                 */
                at: string;
                /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
                edited: string[];
                /**
                 * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
                 * @constant
                 */
                via?: 'import';
              };
            };
            /** @constant */
            type: 'DocumentAdopted';
            document: {
              name: string;
              replaces?: string;
            };
          }
        | {
            /** Format: uuid */
            id: string;
            /** @constant */
            schemaVersion: 1;
            /** @description the thing the event is about; also its stream */
            subject: string;
            title: string;
            summary?: string;
            /** @description a broad theme for charts, e.g. 'ukraine-support' */
            category: string;
            occurred: components['schemas']['FuzzyDate'];
            knownAt: components['schemas']['KnownAt'];
            source: components['schemas']['SourceRef'];
            actors: components['schemas']['ActorRef'][];
            money?: components['schemas']['Money'][];
            quantities?: components['schemas']['Quantity'][];
            relatedSubjects?: string[];
            provenance?: {
              drafted: {
                rule: {
                  /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                  id: string;
                  version: number;
                };
                /** @description the drafter version (service/src/draft/version.ts) */
                drafter: string;
                confidence: number;
                /** @description the words the rule fired on */
                cue: string;
              };
              accepted: {
                /**
                 * Format: date-time
                 * @description when the reviewer accepted it (server clock)
                 */
                at: string;
                /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
                edited: string[];
                /**
                 * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
                 * @constant
                 */
                via?: 'import';
              };
            };
            /** @constant */
            type: 'AgreementSigned';
            agreement: {
              name: string;
              /** @enum {string} */
              form: 'agreement' | 'mou' | 'treaty' | 'contract' | 'other';
            };
          }
        | {
            /** Format: uuid */
            id: string;
            /** @constant */
            schemaVersion: 1;
            /** @description the thing the event is about; also its stream */
            subject: string;
            title: string;
            summary?: string;
            /** @description a broad theme for charts, e.g. 'ukraine-support' */
            category: string;
            occurred: components['schemas']['FuzzyDate'];
            knownAt: components['schemas']['KnownAt'];
            source: components['schemas']['SourceRef'];
            actors: components['schemas']['ActorRef'][];
            money?: components['schemas']['Money'][];
            quantities?: components['schemas']['Quantity'][];
            relatedSubjects?: string[];
            provenance?: {
              drafted: {
                rule: {
                  /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                  id: string;
                  version: number;
                };
                /** @description the drafter version (service/src/draft/version.ts) */
                drafter: string;
                confidence: number;
                /** @description the words the rule fired on */
                cue: string;
              };
              accepted: {
                /**
                 * Format: date-time
                 * @description when the reviewer accepted it (server clock)
                 */
                at: string;
                /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
                edited: string[];
                /**
                 * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
                 * @constant
                 */
                via?: 'import';
              };
            };
            /** @constant */
            type: 'ProposalTabled';
            proposal: {
              name: string;
            };
          }
        | {
            /** Format: uuid */
            id: string;
            /** @constant */
            schemaVersion: 1;
            /** @description the thing the event is about; also its stream */
            subject: string;
            title: string;
            summary?: string;
            /** @description a broad theme for charts, e.g. 'ukraine-support' */
            category: string;
            occurred: components['schemas']['FuzzyDate'];
            knownAt: components['schemas']['KnownAt'];
            source: components['schemas']['SourceRef'];
            actors: components['schemas']['ActorRef'][];
            money?: components['schemas']['Money'][];
            quantities?: components['schemas']['Quantity'][];
            relatedSubjects?: string[];
            provenance?: {
              drafted: {
                rule: {
                  /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                  id: string;
                  version: number;
                };
                /** @description the drafter version (service/src/draft/version.ts) */
                drafter: string;
                confidence: number;
                /** @description the words the rule fired on */
                cue: string;
              };
              accepted: {
                /**
                 * Format: date-time
                 * @description when the reviewer accepted it (server clock)
                 */
                at: string;
                /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
                edited: string[];
                /**
                 * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
                 * @constant
                 */
                via?: 'import';
              };
            };
            /** @constant */
            type: 'SupportCommitted';
          }
        | {
            /** Format: uuid */
            id: string;
            /** @constant */
            schemaVersion: 1;
            /** @description the thing the event is about; also its stream */
            subject: string;
            title: string;
            summary?: string;
            /** @description a broad theme for charts, e.g. 'ukraine-support' */
            category: string;
            occurred: components['schemas']['FuzzyDate'];
            knownAt: components['schemas']['KnownAt'];
            source: components['schemas']['SourceRef'];
            actors: components['schemas']['ActorRef'][];
            money?: components['schemas']['Money'][];
            quantities?: components['schemas']['Quantity'][];
            relatedSubjects?: string[];
            provenance?: {
              drafted: {
                rule: {
                  /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                  id: string;
                  version: number;
                };
                /** @description the drafter version (service/src/draft/version.ts) */
                drafter: string;
                confidence: number;
                /** @description the words the rule fired on */
                cue: string;
              };
              accepted: {
                /**
                 * Format: date-time
                 * @description when the reviewer accepted it (server clock)
                 */
                at: string;
                /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
                edited: string[];
                /**
                 * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
                 * @constant
                 */
                via?: 'import';
              };
            };
            /** @constant */
            type: 'SupportDelivered';
            /** @enum {string} */
            stage: 'started' | 'partial' | 'completed';
          }
        | {
            /** Format: uuid */
            id: string;
            /** @constant */
            schemaVersion: 1;
            /** @description the thing the event is about; also its stream */
            subject: string;
            title: string;
            summary?: string;
            /** @description a broad theme for charts, e.g. 'ukraine-support' */
            category: string;
            occurred: components['schemas']['FuzzyDate'];
            knownAt: components['schemas']['KnownAt'];
            source: components['schemas']['SourceRef'];
            actors: components['schemas']['ActorRef'][];
            money?: components['schemas']['Money'][];
            quantities?: components['schemas']['Quantity'][];
            relatedSubjects?: string[];
            provenance?: {
              drafted: {
                rule: {
                  /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                  id: string;
                  version: number;
                };
                /** @description the drafter version (service/src/draft/version.ts) */
                drafter: string;
                confidence: number;
                /** @description the words the rule fired on */
                cue: string;
              };
              accepted: {
                /**
                 * Format: date-time
                 * @description when the reviewer accepted it (server clock)
                 */
                at: string;
                /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
                edited: string[];
                /**
                 * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
                 * @constant
                 */
                via?: 'import';
              };
            };
            /** @constant */
            type: 'ParliamentaryCommitmentMade';
            commitment: {
              description: string;
              /** @description when it is to be fulfilled, as precisely as promised */
              due?: components['schemas']['FuzzyDate'];
            };
          }
        | {
            /** Format: uuid */
            id: string;
            /** @constant */
            schemaVersion: 1;
            /** @description the thing the event is about; also its stream */
            subject: string;
            title: string;
            summary?: string;
            /** @description a broad theme for charts, e.g. 'ukraine-support' */
            category: string;
            occurred: components['schemas']['FuzzyDate'];
            knownAt: components['schemas']['KnownAt'];
            source: components['schemas']['SourceRef'];
            actors: components['schemas']['ActorRef'][];
            money?: components['schemas']['Money'][];
            quantities?: components['schemas']['Quantity'][];
            relatedSubjects?: string[];
            provenance?: {
              drafted: {
                rule: {
                  /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                  id: string;
                  version: number;
                };
                /** @description the drafter version (service/src/draft/version.ts) */
                drafter: string;
                confidence: number;
                /** @description the words the rule fired on */
                cue: string;
              };
              accepted: {
                /**
                 * Format: date-time
                 * @description when the reviewer accepted it (server clock)
                 */
                at: string;
                /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
                edited: string[];
                /**
                 * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
                 * @constant
                 */
                via?: 'import';
              };
            };
            /** @constant */
            type: 'ParliamentaryCommitmentFulfilled';
            /**
             * Format: uuid
             * @description the id of the ParliamentaryCommitmentMade event
             */
            fulfils?: string;
          }
        | {
            /** Format: uuid */
            id: string;
            /** @constant */
            schemaVersion: 1;
            /** @description the thing the event is about; also its stream */
            subject: string;
            title: string;
            summary?: string;
            /** @description a broad theme for charts, e.g. 'ukraine-support' */
            category: string;
            occurred: components['schemas']['FuzzyDate'];
            knownAt: components['schemas']['KnownAt'];
            source: components['schemas']['SourceRef'];
            actors: components['schemas']['ActorRef'][];
            money?: components['schemas']['Money'][];
            quantities?: components['schemas']['Quantity'][];
            relatedSubjects?: string[];
            provenance?: {
              drafted: {
                rule: {
                  /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                  id: string;
                  version: number;
                };
                /** @description the drafter version (service/src/draft/version.ts) */
                drafter: string;
                confidence: number;
                /** @description the words the rule fired on */
                cue: string;
              };
              accepted: {
                /**
                 * Format: date-time
                 * @description when the reviewer accepted it (server clock)
                 */
                at: string;
                /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
                edited: string[];
                /**
                 * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
                 * @constant
                 */
                via?: 'import';
              };
            };
            /** @constant */
            type: 'InitiativeLaunched';
          }
        | {
            /** Format: uuid */
            id: string;
            /** @constant */
            schemaVersion: 1;
            /** @description the thing the event is about; also its stream */
            subject: string;
            title: string;
            summary?: string;
            /** @description a broad theme for charts, e.g. 'ukraine-support' */
            category: string;
            occurred: components['schemas']['FuzzyDate'];
            knownAt: components['schemas']['KnownAt'];
            source: components['schemas']['SourceRef'];
            actors: components['schemas']['ActorRef'][];
            money?: components['schemas']['Money'][];
            quantities?: components['schemas']['Quantity'][];
            relatedSubjects?: string[];
            provenance?: {
              drafted: {
                rule: {
                  /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                  id: string;
                  version: number;
                };
                /** @description the drafter version (service/src/draft/version.ts) */
                drafter: string;
                confidence: number;
                /** @description the words the rule fired on */
                cue: string;
              };
              accepted: {
                /**
                 * Format: date-time
                 * @description when the reviewer accepted it (server clock)
                 */
                at: string;
                /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
                edited: string[];
                /**
                 * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
                 * @constant
                 */
                via?: 'import';
              };
            };
            /** @constant */
            type: 'StatementMade';
          }
        | {
            /** Format: uuid */
            id: string;
            /** @constant */
            schemaVersion: 1;
            /** @description the thing the event is about; also its stream */
            subject: string;
            title: string;
            summary?: string;
            /** @description a broad theme for charts, e.g. 'ukraine-support' */
            category: string;
            occurred: components['schemas']['FuzzyDate'];
            knownAt: components['schemas']['KnownAt'];
            source: components['schemas']['SourceRef'];
            actors: components['schemas']['ActorRef'][];
            money?: components['schemas']['Money'][];
            quantities?: components['schemas']['Quantity'][];
            relatedSubjects?: string[];
            provenance?: {
              drafted: {
                rule: {
                  /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                  id: string;
                  version: number;
                };
                /** @description the drafter version (service/src/draft/version.ts) */
                drafter: string;
                confidence: number;
                /** @description the words the rule fired on */
                cue: string;
              };
              accepted: {
                /**
                 * Format: date-time
                 * @description when the reviewer accepted it (server clock)
                 */
                at: string;
                /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
                edited: string[];
                /**
                 * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
                 * @constant
                 */
                via?: 'import';
              };
            };
            /** @constant */
            type: 'EventCorrected';
            /** Format: uuid */
            corrects: string;
            changes: {
              title?: string;
              summary?: string;
              category?: string;
              occurred?: components['schemas']['FuzzyDate'];
              knownAt?: components['schemas']['KnownAt'];
              actors?: components['schemas']['ActorRef'][];
              money?: components['schemas']['Money'][];
              quantities?: components['schemas']['Quantity'][];
            };
            reason: string;
          }
        | {
            /** Format: uuid */
            id: string;
            /** @constant */
            schemaVersion: 1;
            /** @description the thing the event is about; also its stream */
            subject: string;
            title: string;
            summary?: string;
            /** @description a broad theme for charts, e.g. 'ukraine-support' */
            category: string;
            occurred: components['schemas']['FuzzyDate'];
            knownAt: components['schemas']['KnownAt'];
            source: components['schemas']['SourceRef'];
            actors: components['schemas']['ActorRef'][];
            money?: components['schemas']['Money'][];
            quantities?: components['schemas']['Quantity'][];
            relatedSubjects?: string[];
            provenance?: {
              drafted: {
                rule: {
                  /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                  id: string;
                  version: number;
                };
                /** @description the drafter version (service/src/draft/version.ts) */
                drafter: string;
                confidence: number;
                /** @description the words the rule fired on */
                cue: string;
              };
              accepted: {
                /**
                 * Format: date-time
                 * @description when the reviewer accepted it (server clock)
                 */
                at: string;
                /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
                edited: string[];
                /**
                 * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
                 * @constant
                 */
                via?: 'import';
              };
            };
            /** @constant */
            type: 'EventRetracted';
            /** Format: uuid */
            retracts: string;
            reason: string;
          }
        | {
            /** Format: uuid */
            id: string;
            /** @constant */
            schemaVersion: 1;
            /** @description the thing the event is about; also its stream */
            subject: string;
            title: string;
            summary?: string;
            /** @description a broad theme for charts, e.g. 'ukraine-support' */
            category: string;
            occurred: components['schemas']['FuzzyDate'];
            knownAt: components['schemas']['KnownAt'];
            source: components['schemas']['SourceRef'];
            actors: components['schemas']['ActorRef'][];
            money?: components['schemas']['Money'][];
            quantities?: components['schemas']['Quantity'][];
            relatedSubjects?: string[];
            provenance?: {
              drafted: {
                rule: {
                  /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                  id: string;
                  version: number;
                };
                /** @description the drafter version (service/src/draft/version.ts) */
                drafter: string;
                confidence: number;
                /** @description the words the rule fired on */
                cue: string;
              };
              accepted: {
                /**
                 * Format: date-time
                 * @description when the reviewer accepted it (server clock)
                 */
                at: string;
                /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
                edited: string[];
                /**
                 * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
                 * @constant
                 */
                via?: 'import';
              };
            };
            /** @constant */
            type: 'EventCorroborated';
            /**
             * Format: uuid
             * @description the id of the fact this source also states
             */
            corroborates: string;
          }
        | {
            /** Format: uuid */
            id: string;
            /** @constant */
            schemaVersion: 1;
            /** @constant */
            type: 'SourceRegistered';
            /** @description the source's id, as events' `source.documentId` names it */
            documentId: string;
            title: string;
            /** @enum {string} */
            kind?: 'letter-to-parliament' | 'press-release' | 'communique' | 'report' | 'other';
            publisher?: string;
            author?: {
              name: string;
              role: string;
            };
            addressee?: string;
            published: {
              date: components['schemas']['FuzzyDate'];
              /** @description how the publication date was established (e.g. the window a letter falls in) */
              rule?: string;
            };
            language: string;
            location?: {
              /** Format: uri */
              url?: string;
              /** @description e.g. 'Kamerstuk 21 501-20, nr. 2217'; only when the document states it */
              parliamentaryNumber?: string;
            };
            /** @description the licence or terms the text is used under */
            licence?: string;
            cites?: {
              /** @enum {string} */
              kind: 'kamerstuk' | 'document' | 'url';
              reference: string;
              quotation: string;
            }[];
            /** @enum {string} */
            mediaType: 'text/plain' | 'text/markdown' | 'text/html' | 'application/pdf';
            /** @description the header block of the file the text came from, verbatim (source, licence) */
            header?: string;
            /** @description the extracted text */
            text: string;
            /** @description SHA-256 of the text (UTF-8) */
            textSha256: string;
            /** @description SHA-256 of the original bytes */
            originalSha256: string;
          }
        | {
            /** Format: uuid */
            id: string;
            /** @constant */
            schemaVersion: 1;
            /** @constant */
            type: 'SourceCorrected';
            documentId: string;
            changes: {
              title?: string;
              /** @enum {string} */
              kind?: 'letter-to-parliament' | 'press-release' | 'communique' | 'report' | 'other';
              publisher?: string;
              author?: {
                name: string;
                role: string;
              };
              addressee?: string;
              published?: {
                date: components['schemas']['FuzzyDate'];
                /** @description how the publication date was established (e.g. the window a letter falls in) */
                rule?: string;
              };
              language?: string;
              location?: {
                /** Format: uri */
                url?: string;
                /** @description e.g. 'Kamerstuk 21 501-20, nr. 2217'; only when the document states it */
                parliamentaryNumber?: string;
              };
              /** @description the licence or terms the text is used under */
              licence?: string;
              cites?: {
                /** @enum {string} */
                kind: 'kamerstuk' | 'document' | 'url';
                reference: string;
                quotation: string;
              }[];
            };
            reason: string;
          };
      metadata: {
        [key: string]: unknown;
      };
      /** @description an ISO 8601 timestamp */
      recordedAt: string;
      /** @description hex SHA-256 chaining this entry to the one before it */
      hash: string;
    };
    LogPage: {
      /** @description the position of the last entry in the log */
      head: number;
      after: number;
      events: components['schemas']['LogRecord'][];
      /** @description pass as `after` for the next page; null at the head */
      next: number | null;
    };
    SourceSummary: {
      title: string;
      /** @enum {string} */
      kind?: 'letter-to-parliament' | 'press-release' | 'communique' | 'report' | 'other';
      publisher?: string;
      author?: {
        name: string;
        role: string;
      };
      addressee?: string;
      published: {
        date: components['schemas']['FuzzyDate'];
        /** @description how the publication date was established (e.g. the window a letter falls in) */
        rule?: string;
      };
      language: string;
      location?: {
        /** Format: uri */
        url?: string;
        /** @description e.g. 'Kamerstuk 21 501-20, nr. 2217'; only when the document states it */
        parliamentaryNumber?: string;
      };
      /** @description the licence or terms the text is used under */
      licence?: string;
      cites?: {
        /** @enum {string} */
        kind: 'kamerstuk' | 'document' | 'url';
        reference: string;
        quotation: string;
      }[];
      id: string;
      /** @enum {string} */
      mediaType: 'text/plain' | 'text/markdown' | 'text/html' | 'application/pdf';
      /** @description SHA-256 of the text (UTF-8) */
      textSha256: string;
      /** @description SHA-256 of the original bytes */
      originalSha256: string;
      /** @description characters of the text */
      length: number;
      /** @description quotations of events that rest on it */
      quotations: number;
    };
    SourceList: {
      sources: components['schemas']['SourceSummary'][];
    };
    SourceWithText: {
      title: string;
      /** @enum {string} */
      kind?: 'letter-to-parliament' | 'press-release' | 'communique' | 'report' | 'other';
      publisher?: string;
      author?: {
        name: string;
        role: string;
      };
      addressee?: string;
      published: {
        date: components['schemas']['FuzzyDate'];
        /** @description how the publication date was established (e.g. the window a letter falls in) */
        rule?: string;
      };
      language: string;
      location?: {
        /** Format: uri */
        url?: string;
        /** @description e.g. 'Kamerstuk 21 501-20, nr. 2217'; only when the document states it */
        parliamentaryNumber?: string;
      };
      /** @description the licence or terms the text is used under */
      licence?: string;
      cites?: {
        /** @enum {string} */
        kind: 'kamerstuk' | 'document' | 'url';
        reference: string;
        quotation: string;
      }[];
      id: string;
      /** @enum {string} */
      mediaType: 'text/plain' | 'text/markdown' | 'text/html' | 'application/pdf';
      /** @description the header block of the file it came from, verbatim */
      header?: string;
      /** @description the text quotations are checked against */
      text: string;
      /** @description SHA-256 of the text (UTF-8) */
      textSha256: string;
      /** @description SHA-256 of the original bytes */
      originalSha256: string;
      length: number;
      /**
       * Format: uuid
       * @description the SourceRegistered event
       */
      registeredBy?: string;
      /** @description when the log stored it */
      registeredAt?: string;
      corrections: {
        /** Format: uuid */
        eventId: string;
        recordedAt: string;
        reason: string;
      }[];
      /** @description every quotation any event rests on, by place */
      citations: components['schemas']['SourceCitation'][];
      /** @description the stretches of text no event quotes (white space left out) */
      uncited: {
        start: number;
        end: number;
      }[];
    };
    SourceCitation: {
      /**
       * Format: uuid
       * @description the event that quotes the text
       */
      eventId: string;
      type: string;
      title: string;
      /**
       * Format: uuid
       * @description the fact it is about: itself, or the one it amends or corroborates
       */
      factId: string;
      section: string;
      start: number;
      end: number;
      quotation: string;
    };
    SourceAdded: {
      /** @description false: these bytes were registered already; nothing was stored */
      created: boolean;
      source: components['schemas']['SourceSummary'];
    };
    SourceCorrectionResult: {
      /**
       * Format: uuid
       * @description the SourceCorrected event
       */
      id: string;
      /** @description the source with the correction applied */
      source: components['schemas']['SourceSummary'];
    };
    AppendResult: {
      stream: string;
      /** @description the stream's revision after the append */
      revision: number;
      /** @description the log position of the last event written or found */
      position: number;
      /** @description 0 when every event was stored already (an idempotent retry) */
      appended: number;
      /**
       * @description a retraction of a fact retracted already: nothing appended, `events` names the retraction
       * @constant
       */
      alreadyRetracted?: true;
      /** @description why nothing was appended */
      detail?: string;
      events: {
        /** Format: uuid */
        id: string;
        /** @enum {string} */
        type:
          | 'MeetingHeld'
          | 'MeetingScheduled'
          | 'AnnouncementMade'
          | 'DocumentAdopted'
          | 'AgreementSigned'
          | 'ProposalTabled'
          | 'SupportCommitted'
          | 'SupportDelivered'
          | 'ParliamentaryCommitmentMade'
          | 'ParliamentaryCommitmentFulfilled'
          | 'InitiativeLaunched'
          | 'StatementMade'
          | 'EventCorrected'
          | 'EventRetracted'
          | 'EventCorroborated';
        position: number;
        revision: number;
      }[];
    };
    LogHead: {
      /** @description the log position of the head (0: an empty log) */
      position: number;
      /** @description the head event's chain hash (64 zeros when empty) */
      hash: string;
      /** @description when the head event was stored (null when empty) */
      recordedAt: string | null;
    };
    Health: {
      /** @constant */
      status: 'ok';
    };
    Readiness: {
      /** @description 'ready', or why not ('catching-up', 'unavailable', ...) */
      status: string;
      head?: number;
      position?: number;
      reason?: string;
    } & {
      [key: string]: unknown;
    };
    Draft: {
      /** @enum {string} */
      kind:
        | 'MeetingHeld'
        | 'MeetingScheduled'
        | 'AnnouncementMade'
        | 'DocumentAdopted'
        | 'AgreementSigned'
        | 'ProposalTabled'
        | 'SupportCommitted'
        | 'SupportDelivered'
        | 'ParliamentaryCommitmentMade'
        | 'ParliamentaryCommitmentFulfilled'
        | 'InitiativeLaunched'
        | 'StatementMade';
      title: string;
      occurred: components['schemas']['FuzzyDate'];
      /** @description absent: no date worded, an open window before the document */
      occurredSpan?: {
        /** @description offset in the source text */
        start: number;
        end: number;
        /** @description the text at those offsets */
        text: string;
      };
      due?: {
        value: components['schemas']['FuzzyDate'];
        span: {
          /** @description offset in the source text */
          start: number;
          end: number;
          /** @description the text at those offsets */
          text: string;
        };
      };
      knownAt: components['schemas']['KnownAt'];
      amounts: {
        /** @description null when the words state no currency */
        currency: string | null;
        low: number;
        high: number;
        exact: boolean;
        approximate: boolean;
        note?: string;
        currencySpan?: {
          /** @description offset in the source text */
          start: number;
          end: number;
          /** @description the text at those offsets */
          text: string;
        };
        span: {
          /** @description offset in the source text */
          start: number;
          end: number;
          /** @description the text at those offsets */
          text: string;
        };
        rule: {
          id: string;
          version: number;
        };
      }[];
      quantities: {
        value: number;
        /** @enum {string} */
        unit: 'items' | 'percent';
        item: string;
        span: {
          /** @description offset in the source text */
          start: number;
          end: number;
          /** @description the text at those offsets */
          text: string;
        };
        rule: {
          id: string;
          version: number;
        };
      }[];
      actors: {
        id: string;
        /** @enum {string} */
        role:
          | 'participant'
          | 'chair'
          | 'host'
          | 'announcer'
          | 'adopter'
          | 'proposer'
          | 'signatory'
          | 'donor'
          | 'recipient'
          | 'promisor'
          | 'promisee'
          | 'launcher'
          | 'speaker'
          | 'addressee'
          | 'buyer'
          | 'seller';
        span: {
          /** @description offset in the source text */
          start: number;
          end: number;
          /** @description the text at those offsets */
          text: string;
        };
        rule: {
          id: string;
          version: number;
        };
      }[];
      quotation: {
        /** @description offset in the source text */
        start: number;
        end: number;
        /** @description the text at those offsets */
        text: string;
      };
      section: string;
      /** @description the words the rule fired on */
      cue: {
        /** @description offset in the source text */
        start: number;
        end: number;
        /** @description the text at those offsets */
        text: string;
      };
      rule: {
        id: string;
        version: number;
      };
      confidence: number;
      /** @enum {string} */
      language: 'nl' | 'en' | 'sv';
      /** @description a recorded event this draft most likely reports again: a proposed corroboration */
      corroborates?: {
        /** Format: uuid */
        eventId: string;
        title: string;
        score: number;
        reasons: string[];
      };
      /** @description the event the draft proposes (an EventCorroborated when it reports a recorded fact again, else a new fact; every field of its kind, an id, the drafted half of `provenance`): edit it and post it to accept */
      event: {
        [key: string]: unknown;
      };
      /** @description the draft as a new fact, to accept instead of a proposed corroboration */
      fact: {
        [key: string]: unknown;
      };
    };
    DraftList: {
      documentId: string;
      /** @enum {string} */
      language: 'nl' | 'en' | 'sv';
      /** @description the drafter version */
      drafter: string;
      drafts: components['schemas']['Draft'][];
    };
    AcceptDraftResult: {
      stream: string;
      /** @description the stream's revision after the append */
      revision: number;
      /** @description the log position of the last event written or found */
      position: number;
      /** @description 0 when every event was stored already (an idempotent retry) */
      appended: number;
      /**
       * @description a retraction of a fact retracted already: nothing appended, `events` names the retraction
       * @constant
       */
      alreadyRetracted?: true;
      /** @description why nothing was appended */
      detail?: string;
      events: {
        /** Format: uuid */
        id: string;
        /** @enum {string} */
        type:
          | 'MeetingHeld'
          | 'MeetingScheduled'
          | 'AnnouncementMade'
          | 'DocumentAdopted'
          | 'AgreementSigned'
          | 'ProposalTabled'
          | 'SupportCommitted'
          | 'SupportDelivered'
          | 'ParliamentaryCommitmentMade'
          | 'ParliamentaryCommitmentFulfilled'
          | 'InitiativeLaunched'
          | 'StatementMade'
          | 'EventCorrected'
          | 'EventRetracted'
          | 'EventCorroborated';
        position: number;
        revision: number;
      }[];
      /** @description the fields the reviewer changed */
      edited: string[];
    };
    NewEvent:
      | {
          /**
           * Format: uuid
           * @description a UUID; one is made when absent (give one to retry safely)
           */
          id?: string;
          /**
           * @description the current version; set when absent
           * @constant
           */
          schemaVersion?: 1;
          /** @description must equal the subject of the path; taken from it when absent */
          subject?: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'MeetingHeld';
          meeting: {
            name: string;
            place?: string;
            /** @description content may not be reported; none is recorded */
            classified?: boolean;
          };
          /** @description single events only (a batch gives it beside `events`): the stream's revision expected, 'any', 'no_stream' (or -1) or 'stream_exists' */
          expectedRevision?: ('any' | 'no_stream' | 'stream_exists') | number;
        }
      | {
          /**
           * Format: uuid
           * @description a UUID; one is made when absent (give one to retry safely)
           */
          id?: string;
          /**
           * @description the current version; set when absent
           * @constant
           */
          schemaVersion?: 1;
          /** @description must equal the subject of the path; taken from it when absent */
          subject?: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'MeetingScheduled';
          meeting: {
            name: string;
            place?: string;
          };
          /** @description single events only (a batch gives it beside `events`): the stream's revision expected, 'any', 'no_stream' (or -1) or 'stream_exists' */
          expectedRevision?: ('any' | 'no_stream' | 'stream_exists') | number;
        }
      | {
          /**
           * Format: uuid
           * @description a UUID; one is made when absent (give one to retry safely)
           */
          id?: string;
          /**
           * @description the current version; set when absent
           * @constant
           */
          schemaVersion?: 1;
          /** @description must equal the subject of the path; taken from it when absent */
          subject?: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'AnnouncementMade';
          /** @description single events only (a batch gives it beside `events`): the stream's revision expected, 'any', 'no_stream' (or -1) or 'stream_exists' */
          expectedRevision?: ('any' | 'no_stream' | 'stream_exists') | number;
        }
      | {
          /**
           * Format: uuid
           * @description a UUID; one is made when absent (give one to retry safely)
           */
          id?: string;
          /**
           * @description the current version; set when absent
           * @constant
           */
          schemaVersion?: 1;
          /** @description must equal the subject of the path; taken from it when absent */
          subject?: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'DocumentAdopted';
          document: {
            name: string;
            replaces?: string;
          };
          /** @description single events only (a batch gives it beside `events`): the stream's revision expected, 'any', 'no_stream' (or -1) or 'stream_exists' */
          expectedRevision?: ('any' | 'no_stream' | 'stream_exists') | number;
        }
      | {
          /**
           * Format: uuid
           * @description a UUID; one is made when absent (give one to retry safely)
           */
          id?: string;
          /**
           * @description the current version; set when absent
           * @constant
           */
          schemaVersion?: 1;
          /** @description must equal the subject of the path; taken from it when absent */
          subject?: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'AgreementSigned';
          agreement: {
            name: string;
            /** @enum {string} */
            form: 'agreement' | 'mou' | 'treaty' | 'contract' | 'other';
          };
          /** @description single events only (a batch gives it beside `events`): the stream's revision expected, 'any', 'no_stream' (or -1) or 'stream_exists' */
          expectedRevision?: ('any' | 'no_stream' | 'stream_exists') | number;
        }
      | {
          /**
           * Format: uuid
           * @description a UUID; one is made when absent (give one to retry safely)
           */
          id?: string;
          /**
           * @description the current version; set when absent
           * @constant
           */
          schemaVersion?: 1;
          /** @description must equal the subject of the path; taken from it when absent */
          subject?: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'ProposalTabled';
          proposal: {
            name: string;
          };
          /** @description single events only (a batch gives it beside `events`): the stream's revision expected, 'any', 'no_stream' (or -1) or 'stream_exists' */
          expectedRevision?: ('any' | 'no_stream' | 'stream_exists') | number;
        }
      | {
          /**
           * Format: uuid
           * @description a UUID; one is made when absent (give one to retry safely)
           */
          id?: string;
          /**
           * @description the current version; set when absent
           * @constant
           */
          schemaVersion?: 1;
          /** @description must equal the subject of the path; taken from it when absent */
          subject?: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'SupportCommitted';
          /** @description single events only (a batch gives it beside `events`): the stream's revision expected, 'any', 'no_stream' (or -1) or 'stream_exists' */
          expectedRevision?: ('any' | 'no_stream' | 'stream_exists') | number;
        }
      | {
          /**
           * Format: uuid
           * @description a UUID; one is made when absent (give one to retry safely)
           */
          id?: string;
          /**
           * @description the current version; set when absent
           * @constant
           */
          schemaVersion?: 1;
          /** @description must equal the subject of the path; taken from it when absent */
          subject?: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'SupportDelivered';
          /** @enum {string} */
          stage: 'started' | 'partial' | 'completed';
          /** @description single events only (a batch gives it beside `events`): the stream's revision expected, 'any', 'no_stream' (or -1) or 'stream_exists' */
          expectedRevision?: ('any' | 'no_stream' | 'stream_exists') | number;
        }
      | {
          /**
           * Format: uuid
           * @description a UUID; one is made when absent (give one to retry safely)
           */
          id?: string;
          /**
           * @description the current version; set when absent
           * @constant
           */
          schemaVersion?: 1;
          /** @description must equal the subject of the path; taken from it when absent */
          subject?: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'ParliamentaryCommitmentMade';
          commitment: {
            description: string;
            /** @description when it is to be fulfilled, as precisely as promised */
            due?: components['schemas']['FuzzyDate'];
          };
          /** @description single events only (a batch gives it beside `events`): the stream's revision expected, 'any', 'no_stream' (or -1) or 'stream_exists' */
          expectedRevision?: ('any' | 'no_stream' | 'stream_exists') | number;
        }
      | {
          /**
           * Format: uuid
           * @description a UUID; one is made when absent (give one to retry safely)
           */
          id?: string;
          /**
           * @description the current version; set when absent
           * @constant
           */
          schemaVersion?: 1;
          /** @description must equal the subject of the path; taken from it when absent */
          subject?: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'ParliamentaryCommitmentFulfilled';
          /**
           * Format: uuid
           * @description the id of the ParliamentaryCommitmentMade event
           */
          fulfils?: string;
          /** @description single events only (a batch gives it beside `events`): the stream's revision expected, 'any', 'no_stream' (or -1) or 'stream_exists' */
          expectedRevision?: ('any' | 'no_stream' | 'stream_exists') | number;
        }
      | {
          /**
           * Format: uuid
           * @description a UUID; one is made when absent (give one to retry safely)
           */
          id?: string;
          /**
           * @description the current version; set when absent
           * @constant
           */
          schemaVersion?: 1;
          /** @description must equal the subject of the path; taken from it when absent */
          subject?: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'InitiativeLaunched';
          /** @description single events only (a batch gives it beside `events`): the stream's revision expected, 'any', 'no_stream' (or -1) or 'stream_exists' */
          expectedRevision?: ('any' | 'no_stream' | 'stream_exists') | number;
        }
      | {
          /**
           * Format: uuid
           * @description a UUID; one is made when absent (give one to retry safely)
           */
          id?: string;
          /**
           * @description the current version; set when absent
           * @constant
           */
          schemaVersion?: 1;
          /** @description must equal the subject of the path; taken from it when absent */
          subject?: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'StatementMade';
          /** @description single events only (a batch gives it beside `events`): the stream's revision expected, 'any', 'no_stream' (or -1) or 'stream_exists' */
          expectedRevision?: ('any' | 'no_stream' | 'stream_exists') | number;
        }
      | {
          /**
           * Format: uuid
           * @description a UUID; one is made when absent (give one to retry safely)
           */
          id?: string;
          /**
           * @description the current version; set when absent
           * @constant
           */
          schemaVersion?: 1;
          /** @description must equal the subject of the path; taken from it when absent */
          subject?: string;
          title: string;
          summary?: string;
          /** @description a broad theme for charts, e.g. 'ukraine-support' */
          category: string;
          occurred: components['schemas']['FuzzyDate'];
          knownAt: components['schemas']['KnownAt'];
          source: components['schemas']['SourceRef'];
          actors: components['schemas']['ActorRef'][];
          money?: components['schemas']['Money'][];
          quantities?: components['schemas']['Quantity'][];
          relatedSubjects?: string[];
          provenance?: {
            drafted: {
              rule: {
                /** @description the rule that fired, e.g. 'cue.signed' or 'cue.meeting+future' */
                id: string;
                version: number;
              };
              /** @description the drafter version (service/src/draft/version.ts) */
              drafter: string;
              confidence: number;
              /** @description the words the rule fired on */
              cue: string;
            };
            accepted: {
              /**
               * Format: date-time
               * @description when the reviewer accepted it (server clock)
               */
              at: string;
              /** @description the fields the reviewer changed before accepting; empty when accepted as drafted */
              edited: string[];
              /**
               * @description 'import': accepted by importing a reviewed `kroniek draft --yaml` file; absent: on the review screen or its API
               * @constant
               */
              via?: 'import';
            };
          };
          /** @constant */
          type: 'EventCorroborated';
          /**
           * Format: uuid
           * @description the id of the fact this source also states
           */
          corroborates: string;
          /** @description single events only (a batch gives it beside `events`): the stream's revision expected, 'any', 'no_stream' (or -1) or 'stream_exists' */
          expectedRevision?: ('any' | 'no_stream' | 'stream_exists') | number;
        };
    AppendBody:
      | components['schemas']['NewEvent']
      | {
          events: components['schemas']['NewEvent'][];
          /** @description the stream's revision expected before the batch */
          expectedRevision?: ('any' | 'no_stream' | 'stream_exists') | number;
        };
    CorrectionBody: {
      changes: {
        title?: string;
        summary?: string;
        category?: string;
        occurred?: components['schemas']['FuzzyDate'];
        knownAt?: components['schemas']['KnownAt'];
        actors?: components['schemas']['ActorRef'][];
        money?: components['schemas']['Money'][];
        quantities?: components['schemas']['Quantity'][];
      };
      reason: string;
      source: components['schemas']['SourceRef'];
      /** Format: uuid */
      id?: string;
      title?: string;
      summary?: string;
      occurred?: components['schemas']['FuzzyDate'];
      knownAt?: components['schemas']['KnownAt'];
      actors?: components['schemas']['ActorRef'][];
      expectedRevision?: ('any' | 'no_stream' | 'stream_exists') | number;
    };
    RetractionBody: {
      reason: string;
      source: components['schemas']['SourceRef'];
      /** Format: uuid */
      id?: string;
      title?: string;
      summary?: string;
      occurred?: components['schemas']['FuzzyDate'];
      knownAt?: components['schemas']['KnownAt'];
      actors?: components['schemas']['ActorRef'][];
      expectedRevision?: ('any' | 'no_stream' | 'stream_exists') | number;
    };
    AcceptDraftBody: {
      /** @description the proposed event, as drafted or edited */
      event: {
        [key: string]: unknown;
      };
    };
    SourceTextBody: {
      /** @description the document itself, as text */
      text: string;
      fileName?: string;
      /** @description default 'text/plain'; 'text/html' and 'text/markdown' are taken too */
      mediaType?: string;
      /** @description a slug; default: made of the title */
      id?: string;
      /** @description required unless the document gives one (HTML, PDF) */
      title?: string;
      publisher?: string;
      /** @description required: YYYY-MM-DD, YYYY-MM, YYYY or EARLIEST..LATEST */
      date?: string;
      /** @description how the date was established */
      dateRule?: string;
      url?: string;
      parliamentaryNumber?: string;
      /** @description two letters; detected from the text when not given */
      language?: string;
      licence?: string;
      kind?: string;
    };
    SourceCorrectionBody: {
      changes: {
        title?: string;
        /** @enum {string} */
        kind?: 'letter-to-parliament' | 'press-release' | 'communique' | 'report' | 'other';
        publisher?: string;
        author?: {
          name: string;
          role: string;
        };
        addressee?: string;
        published?: {
          date: components['schemas']['FuzzyDate'];
          /** @description how the publication date was established (e.g. the window a letter falls in) */
          rule?: string;
        };
        language?: string;
        location?: {
          /** Format: uri */
          url?: string;
          /** @description e.g. 'Kamerstuk 21 501-20, nr. 2217'; only when the document states it */
          parliamentaryNumber?: string;
        };
        /** @description the licence or terms the text is used under */
        licence?: string;
        cites?: {
          /** @enum {string} */
          kind: 'kamerstuk' | 'document' | 'url';
          reference: string;
          quotation: string;
        }[];
      };
      /** @description why the metadata was wrong */
      reason: string;
    };
    /** @description RFC 9457 problem details; extension members (such as `issues`) may follow */
    Problem: {
      /** @description a URI naming the kind of problem */
      type: string;
      /** @description a short summary of the kind of problem */
      title: string;
      /** @description the HTTP status */
      status: number;
      /** @description what went wrong with this request */
      detail: string;
      /** @description the path of the request */
      instance: string;
      /** @description the fields at fault (400) */
      issues?: {
        /** @description dotted path into the input */
        path: string;
        message: string;
      }[];
    } & {
      [key: string]: unknown;
    };
  };
  responses: {
    /** @description invalid input: `issues` names each field at fault */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description a valid bearer token is required */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description no such event, subject, source, position or route */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description events are immutable: record a correction or retraction instead */
    NotAllowed: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description the stream is not at the expected revision, or an id is reused */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description the request body is larger than 4 MiB */
    TooLarge: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description the body must be sent as Content-Type: application/json */
    UnsupportedMediaType: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description too many requests or connections: retry after a while */
    TooManyRequests: {
      headers: {
        /** @description seconds to wait before trying again */
        'Retry-After'?: number;
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description the server could not answer; the error is logged */
    InternalError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description the service is not ready, or at its limit: retry after a while */
    Unavailable: {
      headers: {
        /** @description seconds to wait before trying again */
        'Retry-After'?: number;
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description the disk is full: nothing was written; retry after a while */
    InsufficientStorage: {
      headers: {
        /** @description seconds to wait before trying again */
        'Retry-After'?: number;
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getTimeline: {
    parameters: {
      query?: {
        /** @description replay the world as it stood at the end of this day (occurred axis) */
        asOf?: string;
        /** @description only what was public by the end of this day (knownAt axis) */
        knownBy?: string;
        /** @description only what kroniek had stored by then (recordedAt axis): a day or an ISO timestamp */
        recordedAsOf?: string;
        /** @description event types: repeat the parameter or separate values with commas */
        kinds?: (
          | 'MeetingHeld'
          | 'MeetingScheduled'
          | 'AnnouncementMade'
          | 'DocumentAdopted'
          | 'AgreementSigned'
          | 'ProposalTabled'
          | 'SupportCommitted'
          | 'SupportDelivered'
          | 'ParliamentaryCommitmentMade'
          | 'ParliamentaryCommitmentFulfilled'
          | 'InitiativeLaunched'
          | 'StatementMade'
          | 'EventCorrected'
          | 'EventRetracted'
          | 'EventCorroborated'
        )[];
        /** @description actor ids: repeat the parameter or separate values with commas */
        actors?: string[];
        /** @description subject ids: repeat the parameter or separate values with commas */
        subjects?: string[];
        /** @description category slugs: repeat the parameter or separate values with commas */
        categories?: string[];
        /** @description free text */
        q?: string;
        /** @description occurred on or after this day */
        from?: string;
        /** @description occurred on or before this day */
        to?: string;
        /** @description list retracted events too (default false) */
        includeRetracted?: '0' | '1' | 'true' | 'false';
        /** @description list events after asOf with status later (default true) */
        includeLater?: '0' | '1' | 'true' | 'false';
        /** @description occurred statuses to list: happened, possibly-happened, later (default all): repeat the parameter or separate values with commas */
        occurredStatus?: ('happened' | 'possibly-happened' | 'later')[];
        /** @description knownAt statuses to list: known, possibly-known, not-yet-known (default known, possibly-known): repeat the parameter or separate values with commas */
        knownStatus?: ('known' | 'possibly-known' | 'not-yet-known')[];
        /** @description opaque cursor from nextCursor */
        cursor?: string;
        /** @description page size, default 50 */
        limit?: number;
      };
      header?: {
        /** @description an ETag from an earlier answer: 304 while the log and the day are unchanged */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the timeline, a page at a time */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TimelinePage'];
        };
      };
      /** @description not modified: the ETag given in If-None-Match still stands */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
    };
  };
  exportTimelineCsv: {
    parameters: {
      query?: {
        /** @description replay the world as it stood at the end of this day (occurred axis) */
        asOf?: string;
        /** @description only what was public by the end of this day (knownAt axis) */
        knownBy?: string;
        /** @description only what kroniek had stored by then (recordedAt axis): a day or an ISO timestamp */
        recordedAsOf?: string;
        /** @description event types: repeat the parameter or separate values with commas */
        kinds?: (
          | 'MeetingHeld'
          | 'MeetingScheduled'
          | 'AnnouncementMade'
          | 'DocumentAdopted'
          | 'AgreementSigned'
          | 'ProposalTabled'
          | 'SupportCommitted'
          | 'SupportDelivered'
          | 'ParliamentaryCommitmentMade'
          | 'ParliamentaryCommitmentFulfilled'
          | 'InitiativeLaunched'
          | 'StatementMade'
          | 'EventCorrected'
          | 'EventRetracted'
          | 'EventCorroborated'
        )[];
        /** @description actor ids: repeat the parameter or separate values with commas */
        actors?: string[];
        /** @description subject ids: repeat the parameter or separate values with commas */
        subjects?: string[];
        /** @description category slugs: repeat the parameter or separate values with commas */
        categories?: string[];
        /** @description free text */
        q?: string;
        /** @description occurred on or after this day */
        from?: string;
        /** @description occurred on or before this day */
        to?: string;
        /** @description list retracted events too (default false) */
        includeRetracted?: '0' | '1' | 'true' | 'false';
        /** @description list events after asOf with status later (default true) */
        includeLater?: '0' | '1' | 'true' | 'false';
        /** @description occurred statuses to list: happened, possibly-happened, later (default all): repeat the parameter or separate values with commas */
        occurredStatus?: ('happened' | 'possibly-happened' | 'later')[];
        /** @description knownAt statuses to list: known, possibly-known, not-yet-known (default known, possibly-known): repeat the parameter or separate values with commas */
        knownStatus?: ('known' | 'possibly-known' | 'not-yet-known')[];
      };
      header?: {
        /** @description an ETag from an earlier answer: 304 while the log and the day are unchanged */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the whole filtered timeline as CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description not modified: the ETag given in If-None-Match still stands */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
    };
  };
  exportTimelineNdjson: {
    parameters: {
      query?: {
        /** @description replay the world as it stood at the end of this day (occurred axis) */
        asOf?: string;
        /** @description only what was public by the end of this day (knownAt axis) */
        knownBy?: string;
        /** @description only what kroniek had stored by then (recordedAt axis): a day or an ISO timestamp */
        recordedAsOf?: string;
        /** @description event types: repeat the parameter or separate values with commas */
        kinds?: (
          | 'MeetingHeld'
          | 'MeetingScheduled'
          | 'AnnouncementMade'
          | 'DocumentAdopted'
          | 'AgreementSigned'
          | 'ProposalTabled'
          | 'SupportCommitted'
          | 'SupportDelivered'
          | 'ParliamentaryCommitmentMade'
          | 'ParliamentaryCommitmentFulfilled'
          | 'InitiativeLaunched'
          | 'StatementMade'
          | 'EventCorrected'
          | 'EventRetracted'
          | 'EventCorroborated'
        )[];
        /** @description actor ids: repeat the parameter or separate values with commas */
        actors?: string[];
        /** @description subject ids: repeat the parameter or separate values with commas */
        subjects?: string[];
        /** @description category slugs: repeat the parameter or separate values with commas */
        categories?: string[];
        /** @description free text */
        q?: string;
        /** @description occurred on or after this day */
        from?: string;
        /** @description occurred on or before this day */
        to?: string;
        /** @description list retracted events too (default false) */
        includeRetracted?: '0' | '1' | 'true' | 'false';
        /** @description list events after asOf with status later (default true) */
        includeLater?: '0' | '1' | 'true' | 'false';
        /** @description occurred statuses to list: happened, possibly-happened, later (default all): repeat the parameter or separate values with commas */
        occurredStatus?: ('happened' | 'possibly-happened' | 'later')[];
        /** @description knownAt statuses to list: known, possibly-known, not-yet-known (default known, possibly-known): repeat the parameter or separate values with commas */
        knownStatus?: ('known' | 'possibly-known' | 'not-yet-known')[];
      };
      header?: {
        /** @description an ETag from an earlier answer: 304 while the log and the day are unchanged */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the whole filtered timeline as NDJSON, one TimelineItem per line */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/x-ndjson': string;
        };
      };
      /** @description not modified: the ETag given in If-None-Match still stands */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
    };
  };
  exportCalendar: {
    parameters: {
      query?: {
        /** @description replay the world as it stood at the end of this day (occurred axis) */
        asOf?: string;
        /** @description only what was public by the end of this day (knownAt axis) */
        knownBy?: string;
        /** @description only what kroniek had stored by then (recordedAt axis): a day or an ISO timestamp */
        recordedAsOf?: string;
      };
      header?: {
        /** @description an ETag from an earlier answer: 304 while the log and the day are unchanged */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description events and commitment deadlines as iCalendar */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      /** @description not modified: the ETag given in If-None-Match still stands */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
    };
  };
  putEventsRefused: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      405: components['responses']['NotAllowed'];
    };
  };
  deleteEventsRefused: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      405: components['responses']['NotAllowed'];
    };
  };
  patchEventsRefused: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      405: components['responses']['NotAllowed'];
    };
  };
  getEvent: {
    parameters: {
      query?: {
        /** @description replay the world as it stood at the end of this day (occurred axis) */
        asOf?: string;
        /** @description only what was public by the end of this day (knownAt axis) */
        knownBy?: string;
        /** @description only what kroniek had stored by then (recordedAt axis): a day or an ISO timestamp */
        recordedAsOf?: string;
      };
      header?: {
        /** @description an ETag from an earlier answer: 304 while the log and the day are unchanged */
        'If-None-Match'?: string;
      };
      path: {
        /** @description the id of an event (a fact, or one of its amendments) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description one event with its corrections, retraction and related events */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventDetail'];
        };
      };
      /** @description not modified: the ETag given in If-None-Match still stands */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
    };
  };
  putEventRefused: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the id of an event (a fact, or one of its amendments) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      405: components['responses']['NotAllowed'];
    };
  };
  deleteEventRefused: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the id of an event (a fact, or one of its amendments) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      405: components['responses']['NotAllowed'];
    };
  };
  patchEventRefused: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the id of an event (a fact, or one of its amendments) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      405: components['responses']['NotAllowed'];
    };
  };
  correctEvent: {
    parameters: {
      query?: never;
      header?: {
        /** @description the stream revision expected, as "3" or *; must agree with expectedRevision in the body */
        'If-Match'?: string;
      };
      path: {
        /** @description the id of the fact to amend */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CorrectionBody'];
      };
    };
    responses: {
      /** @description stored already: nothing appended (an idempotent retry) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppendResult'];
        };
      };
      /** @description appended; Location names the (first) event */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppendResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['TooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
      507: components['responses']['InsufficientStorage'];
    };
  };
  retractEvent: {
    parameters: {
      query?: never;
      header?: {
        /** @description the stream revision expected, as "3" or *; must agree with expectedRevision in the body */
        'If-Match'?: string;
      };
      path: {
        /** @description the id of the fact to amend */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RetractionBody'];
      };
    };
    responses: {
      /** @description stored already: nothing appended (an idempotent retry) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppendResult'];
        };
      };
      /** @description appended; Location names the (first) event */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppendResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['TooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
      507: components['responses']['InsufficientStorage'];
    };
  };
  listSubjects: {
    parameters: {
      query?: {
        /** @description replay the world as it stood at the end of this day (occurred axis) */
        asOf?: string;
        /** @description only what was public by the end of this day (knownAt axis) */
        knownBy?: string;
        /** @description only what kroniek had stored by then (recordedAt axis): a day or an ISO timestamp */
        recordedAsOf?: string;
      };
      header?: {
        /** @description an ETag from an earlier answer: 304 while the log and the day are unchanged */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description subjects and their lifecycle status */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubjectList'];
        };
      };
      /** @description not modified: the ETag given in If-None-Match still stands */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
    };
  };
  getSubject: {
    parameters: {
      query?: {
        /** @description replay the world as it stood at the end of this day (occurred axis) */
        asOf?: string;
        /** @description only what was public by the end of this day (knownAt axis) */
        knownBy?: string;
        /** @description only what kroniek had stored by then (recordedAt axis): a day or an ISO timestamp */
        recordedAsOf?: string;
      };
      header?: {
        /** @description an ETag from an earlier answer: 304 while the log and the day are unchanged */
        'If-None-Match'?: string;
      };
      path: {
        /** @description the subject, a slug such as nato-ct25 */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description one subject: its lifecycle and events */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubjectDetail'];
        };
      };
      /** @description not modified: the ETag given in If-None-Match still stands */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
    };
  };
  appendEvents: {
    parameters: {
      query?: never;
      header?: {
        /** @description the stream revision expected, as "3" or *; must agree with expectedRevision in the body */
        'If-Match'?: string;
      };
      path: {
        /** @description the subject (stream) to append to */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AppendBody'];
      };
    };
    responses: {
      /** @description stored already: nothing appended (an idempotent retry) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppendResult'];
        };
      };
      /** @description appended; Location names the (first) event */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppendResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['TooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
      507: components['responses']['InsufficientStorage'];
    };
  };
  listActors: {
    parameters: {
      query?: {
        /** @description replay the world as it stood at the end of this day (occurred axis) */
        asOf?: string;
        /** @description only what was public by the end of this day (knownAt axis) */
        knownBy?: string;
        /** @description only what kroniek had stored by then (recordedAt axis): a day or an ISO timestamp */
        recordedAsOf?: string;
      };
      header?: {
        /** @description an ETag from an earlier answer: 304 while the log and the day are unchanged */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description actors: who did what */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActorList'];
        };
      };
      /** @description not modified: the ETag given in If-None-Match still stands */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
    };
  };
  getActor: {
    parameters: {
      query?: {
        /** @description replay the world as it stood at the end of this day (occurred axis) */
        asOf?: string;
        /** @description only what was public by the end of this day (knownAt axis) */
        knownBy?: string;
        /** @description only what kroniek had stored by then (recordedAt axis): a day or an ISO timestamp */
        recordedAsOf?: string;
      };
      header?: {
        /** @description an ETag from an earlier answer: 304 while the log and the day are unchanged */
        'If-None-Match'?: string;
      };
      path: {
        /** @description the actor, a slug such as rp-brekelmans */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description one actor: its events by role, with their amounts */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActorDetail'];
        };
      };
      /** @description not modified: the ETag given in If-None-Match still stands */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
    };
  };
  getChart: {
    parameters: {
      query?: {
        /** @description replay the world as it stood at the end of this day (occurred axis) */
        asOf?: string;
        /** @description only what was public by the end of this day (knownAt axis) */
        knownBy?: string;
        /** @description only what kroniek had stored by then (recordedAt axis): a day or an ISO timestamp */
        recordedAsOf?: string;
        /** @description one line per actor or per category (default 'category') */
        groupBy?: 'actor' | 'category';
        /** @description amount lines: a point per occurred date, per month, or 'auto' (month on large logs) */
        resolution?: 'auto' | 'event' | 'month';
      };
      header?: {
        /** @description an ETag from an earlier answer: 304 while the log and the day are unchanged */
        'If-None-Match'?: string;
      };
      path: {
        /** @description which series */
        series:
          'money-cumulative' | 'money-mentions' | 'quantities' | 'targets' | 'events-per-month';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description a chart series */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChartSeries'];
        };
      };
      /** @description not modified: the ETag given in If-None-Match still stands */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
    };
  };
  listCommitments: {
    parameters: {
      query?: {
        /** @description replay the world as it stood at the end of this day (occurred axis) */
        asOf?: string;
        /** @description only what was public by the end of this day (knownAt axis) */
        knownBy?: string;
        /** @description only what kroniek had stored by then (recordedAt axis): a day or an ISO timestamp */
        recordedAsOf?: string;
        /** @description statuses on asOf: repeat the parameter or separate values with commas */
        status?: ('open' | 'fulfilled' | 'overdue' | 'announced' | 'delivering' | 'delivered')[];
        /** @description parliamentary (promises to parliament) or pledge: repeat the parameter or separate values with commas */
        kind?: ('parliamentary' | 'pledge')[];
        /** @description actor ids: who made a commitment or received it: repeat the parameter or separate values with commas */
        actors?: string[];
      };
      header?: {
        /** @description an ETag from an earlier answer: 304 while the log and the day are unchanged */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the commitments register: promises to parliament and pledges, with their status */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommitmentRegister'];
        };
      };
      /** @description not modified: the ETag given in If-None-Match still stands */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
    };
  };
  listChanges: {
    parameters: {
      query: {
        /** @description a calendar day, YYYY-MM-DD */
        from: string;
        /** @description a calendar day, YYYY-MM-DD */
        to: string;
        /** @description replay the world as it stood at the end of this day (occurred axis) */
        asOf?: string;
        /** @description only what was public by the end of this day (knownAt axis) */
        knownBy?: string;
      };
      header?: {
        /** @description an ETag from an earlier answer: 304 while the log and the day are unchanged */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description what the record learned between two days */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangeList'];
        };
      };
      /** @description not modified: the ETag given in If-None-Match still stands */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
    };
  };
  listReplayDays: {
    parameters: {
      query?: never;
      header?: {
        /** @description an ETag from an earlier answer: 304 while the log and the day are unchanged */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the days a replay can change on */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReplayDays'];
        };
      };
      /** @description not modified: the ETag given in If-None-Match still stands */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
    };
  };
  readLog: {
    parameters: {
      query?: {
        /** @description read events with a position above this */
        after?: number;
        /** @description page size, default 100 */
        limit?: number;
      };
      header?: {
        /** @description an ETag from an earlier answer: 304 while the log and the day are unchanged */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the raw log by position, for replication and audit */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LogPage'];
        };
      };
      /** @description not modified: the ETag given in If-None-Match still stands */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
    };
  };
  getLogHead: {
    parameters: {
      query?: never;
      header?: {
        /** @description an ETag from an earlier answer: 304 while the log and the day are unchanged */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the log's head, to record elsewhere */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LogHead'];
        };
      };
      /** @description not modified: the ETag given in If-None-Match still stands */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
    };
  };
  getLogEntry: {
    parameters: {
      query?: never;
      header?: {
        /** @description an ETag from an earlier answer: 304 while the log and the day are unchanged */
        'If-None-Match'?: string;
      };
      path: {
        /** @description the log position, from 1 */
        position: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description one entry of the log */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LogRecord'];
        };
      };
      /** @description not modified: the ETag given in If-None-Match still stands */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
    };
  };
  listSources: {
    parameters: {
      query?: never;
      header?: {
        /** @description an ETag from an earlier answer: 304 while the log and the day are unchanged */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the source documents, without their text */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SourceList'];
        };
      };
      /** @description not modified: the ETag given in If-None-Match still stands */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
    };
  };
  addSource: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description the document
           */
          file: string;
          id?: string;
          title?: string;
          publisher?: string;
          date?: string;
          dateRule?: string;
          url?: string;
          parliamentaryNumber?: string;
          language?: string;
          licence?: string;
          kind?: string;
        };
        'application/json': components['schemas']['SourceTextBody'];
      };
    };
    responses: {
      /** @description these bytes were registered already: nothing stored */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SourceAdded'];
        };
      };
      /** @description registered */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SourceAdded'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      409: components['responses']['Conflict'];
      413: components['responses']['TooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
      507: components['responses']['InsufficientStorage'];
    };
  };
  getSource: {
    parameters: {
      query?: never;
      header?: {
        /** @description an ETag from an earlier answer: 304 while the log and the day are unchanged */
        'If-None-Match'?: string;
      };
      path: {
        /** @description the document id, a slug */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description one source: its text, every quotation events rest on, and what no event cites */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SourceWithText'];
        };
      };
      /** @description not modified: the ETag given in If-None-Match still stands */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
    };
  };
  correctSource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the document id, a slug */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SourceCorrectionBody'];
      };
    };
    responses: {
      /** @description the same correction was stored already */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SourceCorrectionResult'];
        };
      };
      /** @description corrected */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SourceCorrectionResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
      507: components['responses']['InsufficientStorage'];
    };
  };
  draftSource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the document id, a slug */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the drafts */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DraftList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
    };
  };
  acceptDraft: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the document id, a slug */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcceptDraftBody'];
      };
    };
    responses: {
      /** @description stored already: nothing appended */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcceptDraftResult'];
        };
      };
      /** @description appended */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcceptDraftResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['TooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
      507: components['responses']['InsufficientStorage'];
    };
  };
  streamLive: {
    parameters: {
      query?: {
        /** @description announce events after this position (default: from now on) */
        after?: number;
      };
      header?: {
        /** @description resume after this position (wins over `after`) */
        'Last-Event-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the stream */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
    };
  };
  getOpenApiDocument: {
    parameters: {
      query?: never;
      header?: {
        /** @description an ETag from an earlier answer: 304 while the log and the day are unchanged */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description this document */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description not modified: the ETag given in If-None-Match still stands */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
    };
  };
  getApiReference: {
    parameters: {
      query?: never;
      header?: {
        /** @description an ETag from an earlier answer: 304 while the log and the day are unchanged */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the API reference page, rendered from this document */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description not modified: the ETag given in If-None-Match still stands */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
    };
  };
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description alive */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
    };
  };
  getReadiness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ready */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Readiness'];
        };
      };
      /** @description not ready, and why */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Readiness'];
        };
      };
    };
  };
}
