import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../../dashboard/src/lib/kinds.js';
import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
} from '../../dashboard/src/lib/commitmentFilter.js';
import {
  DEFAULT_STATE,
  parseViewState,
  replayParams,
  serializeViewState,
  TABS,
  timelineParams,
  type ViewState,
} from '../../dashboard/src/lib/urlState.js';

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const day = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2100-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const viewState: fc.Arbitrary<ViewState> = fc.record({
  tab: fc.constantFrom(...TABS),
  asOf: fc.option(day, { nil: null }),
  knownThen: fc.boolean(),
  recordedAsOf: fc.option(day, { nil: null }),
  kinds: fc.uniqueArray(fc.constantFrom(...EVENT_KINDS), { maxLength: 4 }),
  actors: fc.uniqueArray(slug, { maxLength: 3 }),
  subjects: fc.uniqueArray(slug, { maxLength: 3 }),
  q: fc.string({ maxLength: 40 }).map((s) => s.trim()),
  includeRetracted: fc.boolean(),
  event: fc.option(fc.uuid(), { nil: null }),
  changesFrom: fc.option(day, { nil: null }),
  changesTo: fc.option(day, { nil: null }),
  groupBy: fc.constantFrom('category' as const, 'actor' as const),
  commitments: fc.record({
    status: fc.option(fc.constantFrom(...COMMITMENT_STATUSES), { nil: null }),
    kind: fc.option(fc.constantFrom(...COMMITMENT_KINDS), { nil: null }),
    actor: fc.option(slug, { nil: null }),
  }),
  lang: fc.constantFrom(null, 'en' as const, 'nl' as const),
  page: fc.option(
    fc.record({ kind: fc.constantFrom('subject' as const, 'actor' as const), id: slug }),
    { nil: null },
  ),
  source: fc.option(slug, { nil: null }),
});

describe('view state in the URL', () => {
  it('reads back exactly what it wrote, for any state', () => {
    fc.assert(
      fc.property(viewState, (s) => {
        expect(parseViewState(serializeViewState(s))).toEqual(s);
      }),
    );
  });

  it('opens a subject or an actor page, and keeps the language, from the URL', () => {
    expect(parseViewState('?subject=nato-ct25&lang=nl')).toMatchObject({
      page: { kind: 'subject', id: 'nato-ct25' },
      lang: 'nl',
    });
    expect(parseViewState('?actor=rp-brekelmans').page).toEqual({
      kind: 'actor',
      id: 'rp-brekelmans',
    });
    expect(parseViewState('?actor=Not%20a%20slug&lang=fr')).toMatchObject({
      page: null,
      lang: null,
    });
  });

  it('writes nothing for the default view', () => {
    expect(serializeViewState(DEFAULT_STATE)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_STATE);
  });

  it('writes a readable query string', () => {
    const s: ViewState = {
      ...DEFAULT_STATE,
      tab: 'charts',
      asOf: '2025-06-04',
      knownThen: true,
      kinds: ['DocumentAdopted', 'AgreementSigned'],
      q: 'CT25',
    };
    expect(serializeViewState(s)).toBe(
      '?tab=charts&asOf=2025-06-04&known=then&kinds=DocumentAdopted%2CAgreementSigned&q=CT25',
    );
  });

  it('falls back to defaults for what it does not understand', () => {
    const s = parseViewState(
      '?tab=nope&asOf=2025-02-30&kinds=Bogus,MeetingHeld&actors=NOT%20A%20SLUG,nato&event=<script>',
    );
    expect(s.tab).toBe('timeline');
    expect(s.asOf).toBeNull();
    expect(s.kinds).toEqual(['MeetingHeld']);
    expect(s.actors).toEqual(['nato']);
    expect(s.event).toBeNull();
  });

  it('asks the API for knownBy only when "as known then" is on', () => {
    const base = { ...DEFAULT_STATE, asOf: '2025-06-04' };
    expect(replayParams(base)).toEqual({ asOf: '2025-06-04' });
    expect(replayParams({ ...base, knownThen: true })).toEqual({
      asOf: '2025-06-04',
      knownBy: '2025-06-04',
    });
    expect(replayParams({ ...DEFAULT_STATE, knownThen: true })).toEqual({});
    // "As recorded on" (the advanced panel) is the API's recordedAsOf, with or without asOf.
    expect(replayParams({ ...DEFAULT_STATE, recordedAsOf: '2025-06-30' })).toEqual({
      recordedAsOf: '2025-06-30',
    });
    expect(parseViewState('?recordedAsOf=2025-06-30').recordedAsOf).toBe('2025-06-30');
    expect(parseViewState('?recordedAsOf=yesterday').recordedAsOf).toBeNull();
  });

  it('turns filters into the timeline query', () => {
    const s = {
      ...DEFAULT_STATE,
      kinds: ['DocumentAdopted' as const],
      subjects: ['nato-ct25'],
      q: '  drones ',
    };
    expect(timelineParams(s)).toEqual({
      kinds: 'DocumentAdopted',
      subjects: 'nato-ct25',
      q: 'drones',
    });
  });
});
