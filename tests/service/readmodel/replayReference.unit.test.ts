import { describe, expect, it } from 'vitest';
import { dayBounds, moneyBounds } from '@kroniek/events';
import type { CorrectableFields, FuzzyDate, KnownAt, KroniekEvent } from '@kroniek/events';
import { createReadModel } from '@kroniek/service';
import type { ChartSeries, ReadModel } from '@kroniek/service';
import { day, idOf, knownOn, makeEvent } from '../../support/projectionEvents.js';
import { entryAt } from '../../support/projectionSpec.js';
import { isoDay, randomDates, seeded } from './randomLog.js';

/**
 * The optimised replay (month checkpoints, slot resolution, amount checkpoints) against a
 * straightforward reference written from docs/REPLAY.md: fold every fact with the amendments
 * known by knownBy, in log order, and count, order and sum the result directly.
 */

const TODAY = '2026-03-01';
const FIRST = Date.UTC(2019, 0, 1) / 86_400_000;
const SPAN = 4 * 365;
const CATEGORIES = ['a', 'b', 'c'];
const ACTORS = ['nl', 'ua', 'de'];
const ITEMS = ['drones', 'granaten'];

/**
 * A random log with money, quantities, actors in several roles, every occurred precision,
 * knownAt out of log order, and corrections of everything a chart reads (money, quantities,
 * category, actors, occurred, knownAt, title) and retractions, some recorded before their target.
 */
function referenceLog(seed: number, size: number): KroniekEvent[] {
  const rnd = seeded(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const { someDay, fuzzy } = randomDates(int, 4);
  // A publication window on a third of the facts (a month, "onlangs", a span, a year...).
  const knownAt = (): KnownAt =>
    int(3) === 0 ? { date: fuzzy(), basis: 'source-publication' } : knownOn(someDay());
  const money = (n: number) => [
    int(2) === 0
      ? {
          currency: int(3) === 0 ? 'USD' : 'EUR',
          amount: { kind: 'range' as const, low: n, high: 3 * n },
          approximate: true,
          wording: ['honderden miljoenen', 'enkele miljoenen'][int(2)]!,
        }
      : {
          currency: 'EUR',
          amount: { kind: 'exact' as const, value: n },
          approximate: int(2) === 0,
          wording: `circa ${n % 17}`,
        },
  ];
  const quantities = (n: number) => [
    { value: 1 + (n % 9), unit: 'items', item: ITEMS[int(2)]!, wording: `${1 + (n % 9)} stuks` },
  ];
  const actors = () => [
    {
      id: ACTORS[int(3)]!,
      name: 'Actor',
      role: int(3) === 0 ? ('promisor' as const) : ('donor' as const),
    },
    ...(int(2) === 0 ? [{ id: ACTORS[int(3)]!, name: 'Actor', role: 'announcer' as const }] : []),
  ];
  const facts: string[] = [];
  const corroborations: string[] = [];
  const log: KroniekEvent[] = [];
  for (let n = 1; n <= size; n++) {
    const key = `r${seed}-${n}`;
    const roll = int(12);
    const fact = facts.length > 0 ? facts[int(facts.length)]! : null;
    // Amendments are aimed at a corroboration now and then (a citation corrected or withdrawn).
    const target =
      corroborations.length > 0 && int(5) === 0
        ? corroborations[int(corroborations.length)]!
        : fact;
    if (roll === 2 && fact) {
      log.push(
        makeEvent('EventCorroborated', key, {
          subject: `s${int(5)}`,
          corroborates: fact,
          knownAt: knownOn(someDay()),
          occurred: fuzzy(),
          ...(int(3) === 0 ? { money: money(n) } : {}),
        }),
      );
      corroborations.push(idOf(key));
      continue;
    }
    if (roll === 0 && target) {
      const options: CorrectableFields[] = [
        { title: `Corrected ${n}` },
        { occurred: fuzzy() },
        { knownAt: knownAt() },
        { category: CATEGORIES[int(3)]!, occurred: day(someDay()) },
        { money: money(n) },
        { quantities: quantities(n), title: `Counted ${n}` },
        { actors: actors() },
        { money: money(n), knownAt: knownAt() },
      ];
      log.push(
        makeEvent('EventCorrected', key, {
          subject: `s${int(5)}`,
          corrects: target,
          changes: options[int(options.length)]!,
          reason: 'a later letter says otherwise',
          knownAt: knownOn(someDay()),
        }),
      );
      continue;
    }
    if (roll === 1 && target) {
      log.push(
        makeEvent('EventRetracted', key, {
          subject: `s${int(5)}`,
          retracts: target,
          reason: 'withdrawn',
          knownAt: knownOn(someDay()),
        }),
      );
      continue;
    }
    const common = {
      subject: `s${int(5)}`,
      occurred: fuzzy(),
      knownAt: knownAt(),
      category: CATEGORIES[int(3)]!,
      actors: actors(),
      ...(int(3) === 0 ? { money: money(n) } : {}),
      ...(int(5) === 0 ? { quantities: quantities(n) } : {}),
    };
    const event =
      int(5) === 0
        ? makeEvent('SupportDelivered', key, { ...common, stage: 'partial' })
        : int(3) === 0
          ? makeEvent('MeetingHeld', key, { ...common, meeting: { name: `Meeting ${n}` } })
          : makeEvent('SupportCommitted', key, common);
    facts.push(idOf(key));
    log.push(event);
  }
  // A few amendments recorded before their targets: they wait for them.
  for (let k = 0; k < 3; k++) {
    const at = log.findIndex((e, i) => i > 5 && e.type !== 'SupportCommitted' && 'corrects' in e);
    if (at > 0) log.unshift(...log.splice(at, 1));
  }
  // ... and a corroboration recorded before the fact it states.
  const early = log.findIndex((e, i) => i > 5 && e.type === 'EventCorroborated');
  if (early > 0) log.unshift(...log.splice(early, 1));
  return log;
}

interface RefFact {
  event: KroniekEvent;
  position: number;
  key: string;
  earliest: string | null;
  latest: string | null;
  retracted: boolean;
  /** the first day any source stating it (its own, or a corroboration) was public */
  knownOn: string;
  /** knownAt against knownBy, written from the rule in docs/REPLAY.md */
  knownStatus: 'known' | 'possibly-known' | 'not-yet-known';
}

/** The three-valued rule for a window of days (null: open) against a day, as plain strings. */
function windowStatus<S extends string>(
  earliest: string | null,
  latest: string | null,
  d: string,
  names: readonly [S, S, S],
): S {
  if (latest !== null && latest <= d) return names[0];
  if (earliest === null || earliest <= d) return names[1];
  return names[2];
}
const OCC = ['happened', 'possibly-happened', 'later'] as const;
const KNOWN = ['known', 'possibly-known', 'not-yet-known'] as const;
const occurredStatusOf = (f: RefFact, asOf: string) =>
  windowStatus(f.earliest, f.latest, asOf, OCC);

const keyOf = (d: FuzzyDate) => {
  const b = dayBounds(d);
  return { key: (b.earliest ?? b.latest)!, earliest: b.earliest ?? null, latest: b.latest ?? null };
};
const knownOnOf = (e: KroniekEvent) => {
  const b = dayBounds(e.knownAt.date);
  return (b.latest ?? b.earliest)!;
};

/**
 * Every fact as the record shows it on `knownBy`, with its knownAt status: amendments
 * certainly known by then (latest bound of their knownAt) apply, in log order. Retracted facts
 * are left out; not-yet-known ones are kept (they are counted as hidden). A fact is known when
 * any source stating it was public by then: its own, or a corroboration (as corrected by then)
 * not retracted by then; it is known from the first of those days.
 */
function refold(log: KroniekEvent[], knownBy: string): RefFact[] {
  const out: RefFact[] = [];
  const byId = new Map<string, { event: KroniekEvent; position: number; retracted: boolean }>();
  log.forEach((e, i) => {
    const notFact =
      e.type === 'EventCorrected' || e.type === 'EventRetracted' || e.type === 'EventCorroborated';
    if (!notFact && !byId.has(e.id))
      byId.set(e.id, { event: e, position: i + 1, retracted: false });
  });
  const cited = new Map<string, { event: KroniekEvent; position: number; retracted: boolean }>();
  log.forEach((e, i) => {
    if (e.type === 'EventCorroborated')
      cited.set(e.id, { event: e, position: i + 1, retracted: false });
  });
  for (const a of log) {
    if (a.type !== 'EventCorrected' && a.type !== 'EventRetracted') continue;
    if (knownOnOf(a) > knownBy) continue;
    const c = cited.get(a.type === 'EventCorrected' ? a.corrects : a.retracts);
    if (!c) continue;
    if (a.type === 'EventRetracted') c.retracted = true;
    else c.event = { ...c.event, ...a.changes } as KroniekEvent;
  }
  const sourcesOf = new Map<string, string[]>();
  for (const c of cited.values()) {
    if (c.retracted || c.event.type !== 'EventCorroborated') continue;
    const days = sourcesOf.get(c.event.corroborates) ?? [];
    days.push(knownOnOf(c.event));
    sourcesOf.set(c.event.corroborates, days);
  }
  for (const a of log) {
    if (a.type !== 'EventCorrected' && a.type !== 'EventRetracted') continue;
    if (knownOnOf(a) > knownBy) continue;
    const f = byId.get(a.type === 'EventCorrected' ? a.corrects : a.retracts);
    if (!f) continue;
    if (a.type === 'EventRetracted') f.retracted = true;
    else f.event = { ...f.event, ...a.changes } as KroniekEvent;
  }
  for (const f of byId.values()) {
    if (f.retracted) continue;
    const k = dayBounds(f.event.knownAt.date);
    // A knownAt with only a start reads as public from that start (docs/REPLAY.md).
    const knownLatest = k.latest ?? k.earliest;
    const own = knownOnOf(f.event);
    const cited = (sourcesOf.get(f.event.id) ?? []).filter((d) => d <= knownBy).sort();
    // A corroboration public by then makes the fact known, from the earlier of the two days.
    const first = cited[0];
    out.push({
      ...f,
      knownOn: first !== undefined && first < own ? first : own,
      ...keyOf((f.event as { occurred: FuzzyDate }).occurred),
      knownStatus:
        first !== undefined ? 'known' : windowStatus(k.earliest, knownLatest, knownBy, KNOWN),
    });
  }
  return out;
}

/** Timeline order: key day, then latest bound (an open end last), then log position. */
function timelineOrder(a: RefFact, b: RefFact): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  const la = a.latest ?? '9999-99-99';
  const lb = b.latest ?? '9999-99-99';
  if (la !== lb) return la < lb ? -1 : 1;
  return a.position - b.position;
}

interface RefPoint {
  events: number;
  low: number;
  high: number;
  approximate: boolean;
  ids: Set<string>;
  titles: Set<string>;
  wordings: Set<string>;
}

const COMMITTING_KINDS = new Set<string>([
  'SupportCommitted',
  'AnnouncementMade',
  'AgreementSigned',
]);

/** Money or quantities per line and month of the key day, for the facts that happened by asOf. */
function refAmounts(
  facts: RefFact[],
  asOf: string,
  series: 'money-cumulative' | 'quantities',
  groupBy: 'category' | 'actor',
): Map<string, Map<string, RefPoint>> {
  const lines = new Map<string, Map<string, RefPoint>>();
  for (const f of facts) {
    const e = f.event as Extract<KroniekEvent, { type: 'SupportCommitted' }>;
    // Only kinds that commit money or things add to these lines (issue 14): not a delivery, not
    // the money a meeting or a statement mentions.
    if (f.key > asOf || !COMMITTING_KINDS.has(e.type)) continue;
    let groups = [e.category];
    if (groupBy === 'actor') {
      const role = ['donor', 'promisor', 'announcer'].find((r) =>
        e.actors.some((a) => a.role === r),
      );
      groups = role
        ? [...new Set(e.actors.filter((a) => a.role === role).map((a) => a.id))]
        : ['unattributed'];
    }
    const amounts =
      series === 'money-cumulative'
        ? (e.money ?? []).map((m) => ({
            line: m.currency,
            ...moneyBounds(m),
            approximate: m.approximate,
            wording: m.wording,
          }))
        : (e.quantities ?? []).map((q) => ({
            line: `${q.unit}|${q.item}`,
            low: q.value,
            high: q.value,
            approximate: false,
            wording: q.wording,
          }));
    for (const g of groups) {
      for (const a of amounts) {
        const lineKey = `${g}|${a.line}`;
        let months = lines.get(lineKey);
        if (!months) lines.set(lineKey, (months = new Map()));
        const month = f.key.slice(0, 7);
        let p = months.get(month);
        if (!p) {
          p = {
            events: 0,
            low: 0,
            high: 0,
            approximate: false,
            ids: new Set(),
            titles: new Set(),
            wordings: new Set(),
          };
          months.set(month, p);
        }
        p.events++;
        p.low += a.low;
        p.high += a.high;
        p.approximate ||= a.approximate;
        p.ids.add(e.id);
        p.titles.add(e.title);
        p.wordings.add(a.wording);
      }
    }
  }
  return lines;
}

function compareAmounts(
  chart: ChartSeries,
  ref: Map<string, Map<string, RefPoint>>,
  label: string,
) {
  if (chart.name === 'events-per-month') throw new Error('not an amount chart');
  expect(chart.lines.map((l) => l.key).sort(), label).toEqual([...ref.keys()].sort());
  for (const line of chart.lines) {
    const months = ref.get(line.key)!;
    expect(
      line.points.map((p) => p.day.slice(0, 7)),
      `${label} ${line.key}`,
    ).toEqual([...months.keys()].sort());
    // One comparison per line (a failure names the first point that differs).
    let low = 0;
    let high = 0;
    const got: unknown[] = [];
    const want: unknown[] = [];
    for (const p of line.points) {
      const r = months.get(p.day.slice(0, 7))!;
      low += r.low;
      high += r.high;
      const words = p.wording.split('; ');
      got.push({
        day: p.day,
        sums: [p.events, p.low, p.high, p.approximate, p.cumulativeLow, p.cumulativeHigh],
        ids: p.eventIds.length,
        idsKnown: p.eventIds.every((id) => r.ids.has(id)) && p.eventId === p.eventIds[0],
        title: r.titles.has(p.title) ? 'one of its events' : p.title,
        wordings: r.wordings.size <= 12 ? new Set(words) : words.length,
      });
      want.push({
        day: p.day,
        sums: [r.events, r.low, r.high, r.approximate, low, high],
        ids: Math.min(20, r.events),
        idsKnown: true,
        title: 'one of its events',
        wordings: r.wordings.size <= 12 ? r.wordings : 13,
      });
    }
    expect(got, `${label} ${line.key}`).toEqual(want);
  }
}

function byTypeOf(facts: RefFact[]): Record<string, number> {
  const byType: Record<string, number> = {};
  for (const f of facts) byType[f.event.type] = (byType[f.event.type] ?? 0) + 1;
  return byType;
}

describe('a replay against a straightforward refold of what was known', () => {
  it('gives the same counts, first page, events per month and amount charts for random pairs', () => {
    let points = 0;
    let amended = 0;
    let corroborated = 0;
    for (const seed of [3, 5, 8]) {
      const log = referenceLog(seed, 700);
      const model: ReadModel = createReadModel({ today: () => TODAY });
      log.forEach((e, i) => model.apply(entryAt(i + 1, e)));
      amended += log.filter((e) => e.type === 'EventCorrected').length;
      corroborated += log.filter((e) => e.type === 'EventCorroborated').length;
      const rnd = seeded(seed * 31);
      const pick = () => isoDay(FIRST - 60 + Math.floor(rnd() * (SPAN + 600)));
      for (let k = 0; k < 20; k++) {
        const asOf = pick();
        const knownBy = k % 7 === 0 ? '2999-12-31' : pick();
        const label = `seed ${seed} asOf ${asOf} knownBy ${knownBy}`;
        const all = refold(log, knownBy);
        const facts = all.filter((f) => f.knownStatus !== 'not-yet-known');
        const count = <T>(xs: T[], p: (x: T) => boolean) => xs.filter(p).length;
        const page = model.timeline({ asOf, knownBy, limit: 50 });
        expect(page.counts, label).toEqual({
          happened: count(facts, (f) => occurredStatusOf(f, asOf) === 'happened'),
          possiblyHappened: count(facts, (f) => occurredStatusOf(f, asOf) === 'possibly-happened'),
          later: count(facts, (f) => occurredStatusOf(f, asOf) === 'later'),
          known: count(all, (f) => f.knownStatus === 'known'),
          possiblyKnown: count(all, (f) => f.knownStatus === 'possibly-known'),
          notYetKnown: count(all, (f) => f.knownStatus === 'not-yet-known'),
          byType: byTypeOf(facts.filter((f) => occurredStatusOf(f, asOf) !== 'later')),
        });
        expect(page.total, label).toBe(facts.length);
        const ordered = [...facts].sort(timelineOrder).slice(0, 50);
        expect(
          page.items.map((i) => [i.id, i.title, i.occurredStatus, i.knownStatus]),
          label,
        ).toEqual(
          ordered.map((f) => [f.event.id, f.event.title, occurredStatusOf(f, asOf), f.knownStatus]),
        );
        // The status filters, counted from the checkpoints and by a scan (a category filter).
        for (const category of [undefined, 'a']) {
          const inCategory = all.filter((f) => !category || f.event.category === category);
          const wanted = inCategory
            .filter(
              (f) => occurredStatusOf(f, asOf) === 'possibly-happened' && f.knownStatus !== 'known',
            )
            .sort(timelineOrder);
          const filtered = model.timeline({
            asOf,
            knownBy,
            limit: 500,
            occurredStatus: ['possibly-happened'],
            knownStatus: ['possibly-known', 'not-yet-known'],
            ...(category ? { categories: [category] } : {}),
          });
          expect(filtered.total, `${label} filtered ${category}`).toBe(wanted.length);
          expect(
            filtered.items.map((i) => i.id),
            `${label} filtered ${category}`,
          ).toEqual(wanted.map((f) => f.event.id));
          expect(filtered.counts.notYetKnown, `${label} filtered ${category}`).toBe(
            count(
              inCategory,
              (f) =>
                f.knownStatus === 'not-yet-known' &&
                occurredStatusOf(f, asOf) === 'possibly-happened',
            ),
          );
        }
        expect(
          page.items.map((i) => i.knownOn),
          label,
        ).toEqual(ordered.map((f) => f.knownOn));

        const perMonth = model.chart('events-per-month', { asOf, knownBy });
        if (perMonth.name !== 'events-per-month') throw new Error('wrong series');
        const certain = new Map<string, number>();
        const possible = new Map<string, number>();
        for (const f of facts) {
          const occ = occurredStatusOf(f, asOf);
          if (occ === 'later') continue;
          const into = occ === 'happened' && f.knownStatus === 'known' ? certain : possible;
          into.set(f.key.slice(0, 7), (into.get(f.key.slice(0, 7)) ?? 0) + 1);
        }
        const nonZero = (pick: (b: { total: number; possible: number }) => number) =>
          new Map(perMonth.buckets.filter((b) => pick(b) > 0).map((b) => [b.month, pick(b)]));
        expect(
          nonZero((b) => b.total),
          label,
        ).toEqual(certain);
        expect(
          nonZero((b) => b.possible),
          label,
        ).toEqual(possible);

        // Amount lines still draw what is certainly known, placed by the key day.
        const known = facts.filter((f) => f.knownStatus === 'known');
        for (const series of ['money-cumulative', 'quantities'] as const) {
          for (const groupBy of ['category', 'actor'] as const) {
            const chart = model.chart(series, { asOf, knownBy, groupBy, resolution: 'month' });
            compareAmounts(
              chart,
              refAmounts(known, asOf, series, groupBy),
              `${label} ${series} ${groupBy}`,
            );
            if (chart.name !== 'events-per-month')
              points += chart.lines.reduce((n, l) => n + l.points.length, 0);
          }
        }
      }
    }
    // The comparison must have covered real points and real corrections.
    expect(points).toBeGreaterThan(1500);
    expect(amended).toBeGreaterThan(100);
    expect(corroborated).toBeGreaterThan(100);
  });
});
