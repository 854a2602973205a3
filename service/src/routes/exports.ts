import { Hono } from 'hono';
import { timelineCsv } from '../exports/csv.js';
import { timelineCalendar } from '../exports/ics.js';
import { timelineNdjson } from '../exports/ndjson.js';
import { allTimelineItems } from '../exports/timelineItems.js';
import type { RouteDeps } from '../http/deps.js';
import { defined, ExportQueryParams, ReplayQueryParams } from '../http/queries.js';
import { validate } from '../http/validate.js';
import type { TimelineQuery } from '../readmodel/readModel.js';

/** Exports of the current view: the timeline as CSV and NDJSON, and a calendar feed. */
export function exportRoutes(deps: RouteDeps) {
  const { readModel } = deps;
  const items = (q: object) =>
    allTimelineItems(readModel, defined(q as Record<string, unknown>) as TimelineQuery);
  return new Hono()
    .get('/timeline.csv', validate('query', ExportQueryParams), (c) =>
      c.body(timelineCsv(items(c.req.valid('query'))), 200, {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': 'attachment; filename="kroniek-timeline.csv"',
      }),
    )
    .get('/timeline.ndjson', validate('query', ExportQueryParams), (c) =>
      c.body(timelineNdjson(items(c.req.valid('query'))), 200, {
        'Content-Type': 'application/x-ndjson; charset=utf-8',
        'Content-Disposition': 'attachment; filename="kroniek-timeline.ndjson"',
      }),
    )
    .get('/calendar.ics', validate('query', ReplayQueryParams), (c) => {
      const q = defined(c.req.valid('query'));
      const all = items(q);
      // Deadlines are stamped with the log's latest recording, so the feed depends on the log alone.
      const latest = all.reduce((m, i) => (i.recordedAt > m ? i.recordedAt : m), '');
      const ics = timelineCalendar({
        items: all,
        commitments: readModel.subjects(q).filter((s) => s.kind === 'commitment' && s.due),
        stamp: latest ? new Date(latest) : deps.clock(),
      });
      return c.body(ics, 200, {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': 'inline; filename="kroniek.ics"',
      });
    });
}
