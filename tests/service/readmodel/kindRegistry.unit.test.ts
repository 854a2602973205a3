import { describe, expect, it } from 'vitest';
import {
  chartRoleOf,
  FACT_KINDS,
  fulfilmentOf,
  KIND_RULES,
  SUBJECT_KINDS,
  SUBJECT_STATUSES,
  subjectStepOf,
} from '@kroniek/events';
import type { EventOf, FactEvent, FactType, Money, Quantity } from '@kroniek/events';
import type { ChartSeries } from '@kroniek/service';
import {
  AMOUNT_SERIES,
  CHART_SERIES,
  isAmountSeries,
} from '../../../service/src/readmodel/chartSeries.js';
import { openApiDocument } from '../../../service/src/routes/openapi.js';
import { ChartSeriesParam } from '../../../service/src/routes/views.js';
import { day, knownOn, makeEvent } from '../../support/projectionEvents.js';
import { given } from '../../support/projectionSpec.js';

// The registry of event kinds (events/src/kindRules.ts) and of chart series
// (service/src/readmodel/chartSeries.ts): complete, and the rules the read model follows.

// Facts only: amendments and corroborations act on facts and have no kind rules of their own.
const FACT_TYPES = FACT_KINDS.map((k) => k.shape.type.value) as FactType[];

const money: Money[] = [
  {
    currency: 'EUR',
    amount: { kind: 'exact', value: 10e6 },
    approximate: false,
    wording: '€10 mln',
  },
];
const quantities: Quantity[] = [{ value: 3, unit: 'items', item: 'boats', wording: 'three boats' }];

/** What each kind needs besides the common fields: a fact of every kind, to fold. */
const SPECIFIC: { [K in FactType]: Omit<EventOf<K>, keyof EventOf<'AnnouncementMade'>> } = {
  MeetingHeld: { meeting: { name: 'Summit' } },
  MeetingScheduled: { meeting: { name: 'Summit' } },
  AnnouncementMade: {},
  DocumentAdopted: { document: { name: 'Act' } },
  AgreementSigned: { agreement: { name: 'Accord', form: 'treaty' } },
  ProposalTabled: { proposal: { name: 'Bill' } },
  SupportCommitted: {},
  SupportDelivered: { stage: 'partial' },
  ParliamentaryCommitmentMade: { commitment: { description: 'do it' } },
  ParliamentaryCommitmentFulfilled: {},
  InitiativeLaunched: {},
  StatementMade: {},
};

/** One fact of every kind, each in a category named after its kind, carrying money and items. */
const everyKind: FactEvent[] = FACT_TYPES.map((type) =>
  makeEvent(type, `k-${type.toLowerCase()}`, {
    ...(SPECIFIC[type] as object),
    category: type.toLowerCase(),
    occurred: day('2025-06-04'),
    money,
    quantities,
  } as never),
);

/** A correction of each (the title only), so charts read them through the amended path. */
const corrections = everyKind.map((e) =>
  makeEvent('EventCorrected', `fix-${e.type.toLowerCase()}`, {
    subject: e.subject,
    corrects: e.id,
    changes: { title: `Corrected ${e.type}` },
    reason: 'typo',
    knownAt: knownOn('2025-06-06'),
  }),
);

const groups = (s: ChartSeries) => ('lines' in s ? s.lines.map((l) => l.group).sort() : []);
const categoriesOf = (types: FactType[]) => types.map((t) => t.toLowerCase()).sort();

describe('the registry of event kinds', () => {
  it('has the rules of every fact kind and of nothing else', () => {
    expect(Object.keys(KIND_RULES).sort()).toEqual([...FACT_TYPES].sort());
  });

  it('gives every kind a lifecycle step among the subject kinds and statuses', () => {
    for (const e of everyKind) {
      const step = subjectStepOf(e);
      expect(SUBJECT_KINDS).toContain(step.kind);
      expect(SUBJECT_STATUSES).toContain(step.status);
    }
  });

  it('says a delivery fulfils no commitment of the money lines: its chart role is delivery', () => {
    expect(chartRoleOf('SupportDelivered')).toBe('delivery');
    expect(chartRoleOf('SupportCommitted')).toBe('committed');
  });

  it('names the commitment a fulfilment fulfils', () => {
    const made = makeEvent('ParliamentaryCommitmentMade', 'promise', {
      commitment: { description: 'do it', due: day('2025-12-31') },
    });
    const kept = makeEvent('ParliamentaryCommitmentFulfilled', 'kept', { fulfils: made.id });
    expect(fulfilmentOf(kept)).toEqual({
      kind: 'ParliamentaryCommitmentMade',
      field: 'fulfils',
      id: made.id,
    });
    expect(fulfilmentOf(made)).toBeNull();
    expect(subjectStepOf(made).due).toEqual(day('2025-12-31'));
  });
});

describe('the amount charts follow the chart roles of the registry', () => {
  const committed = FACT_TYPES.filter((t) => chartRoleOf(t) === 'committed');

  it('draw the committed kinds and never a delivery, unamended', () => {
    given(...everyKind).then((m) => {
      for (const name of AMOUNT_SERIES) {
        const drawn = groups(m.chart(name, { asOf: '2025-12-31' }));
        expect(drawn).toEqual(categoriesOf(committed));
        expect(drawn).not.toContain('supportdelivered');
      }
    });
  });

  it('draw the same kinds when every fact has been corrected', () => {
    given(...everyKind, ...corrections).then((m) => {
      for (const name of AMOUNT_SERIES) {
        const drawn = groups(m.chart(name, { asOf: '2025-12-31' }));
        expect(drawn).toEqual(categoriesOf(committed));
        expect(drawn).not.toContain('supportdelivered');
      }
    });
  });

  it('still count a delivery among the events per month', () => {
    given(...everyKind).then((m) => {
      const s = m.chart('events-per-month', { asOf: '2025-12-31' });
      expect('buckets' in s && s.buckets[0]?.byType.SupportDelivered).toBe(1);
    });
  });
});

describe('the registry of chart series', () => {
  it('is the list the route accepts and the OpenAPI document names', () => {
    expect(ChartSeriesParam.shape.series.options).toEqual([...CHART_SERIES]);
    const op = openApiDocument().paths['/api/charts/{series}']?.get as {
      parameters: { name: string; schema: { enum?: string[] } }[];
    };
    expect(op.parameters.find((p) => p.name === 'series')?.schema.enum).toEqual([...CHART_SERIES]);
  });

  it('answers every series with the shape its entry names', () => {
    given(...everyKind).then((m) => {
      for (const name of CHART_SERIES) {
        const s = m.chart(name);
        expect(s.name).toBe(name);
        expect('lines' in s).toBe(isAmountSeries(name));
      }
    });
  });
});
