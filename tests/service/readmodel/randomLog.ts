import type { CorrectableFields, FuzzyDate, KroniekEvent } from '@kroniek/events';
import { day, idOf, knownOn, makeEvent } from '../../support/projectionEvents.js';

/** mulberry32: a small seeded generator, so a failing log can be made again from its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const FIRST = Date.UTC(2019, 0, 1) / 86_400_000;
export const isoDay = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

/**
 * Random days within `years` years from 2019, and random occurred dates of every precision
 * around them (months, seasons, open "onlangs" spans, day ranges, years, days), drawn with `int`.
 */
export function randomDates(int: (n: number) => number, years: number) {
  const someDay = () => isoDay(FIRST + int(years * 365));
  const fuzzy = (): FuzzyDate => {
    const d = someDay();
    switch (int(6)) {
      case 0:
        return { precision: 'month', month: d.slice(0, 7) };
      case 1:
        return {
          precision: 'season',
          season: 'autumn',
          year: 2019 + int(years),
          wording: 'najaar',
        };
      case 2:
        return { precision: 'between', latest: d, wording: 'onlangs' };
      case 3:
        return {
          precision: 'days',
          from: d,
          to: isoDay(Date.parse(d) / 86_400_000 + 1 + int(400)),
        };
      case 4:
        return { precision: 'year', year: 2019 + int(years) };
      default:
        return day(d);
    }
  };
  return { someDay, fuzzy };
}

/**
 * A random but valid log over 2019–2023: every precision of occurred date, knownAt dates
 * out of log order, money on some events, and corrections (of title, occurred, knownAt,
 * category, money) and retractions of earlier events, some of them recorded before their
 * target, and corroborations of facts (other sources, public on other days), themselves now and
 * then corrected or retracted. Deterministic for a seed.
 */
export function randomLog(seed: number, size: number): KroniekEvent[] {
  const rnd = seeded(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const { someDay, fuzzy } = randomDates(int, 5);
  const facts: string[] = [];
  const corroborations: string[] = [];
  const log: KroniekEvent[] = [];
  for (let n = 0; n < size; n++) {
    const key = `e${n}`;
    const subject = `s${int(9)}`;
    const roll = int(20);
    const fact = facts.length > 0 ? facts[int(facts.length)]! : null;
    const target =
      roll <= 1 && corroborations.length > 0 && int(4) === 0
        ? corroborations[int(corroborations.length)]!
        : fact;
    if (roll === 2 && fact) {
      log.push(
        makeEvent('EventCorroborated', key, {
          subject,
          corroborates: fact,
          occurred: fuzzy(),
          knownAt: knownOn(someDay()),
          quote: `Oekraïne steun bevestigd ${n}`,
        }),
      );
      corroborations.push(idOf(key));
      continue;
    }
    if (roll === 0 && target) {
      const options: CorrectableFields[] = [
        { title: `Corrected ${n}` },
        { occurred: fuzzy() },
        { knownAt: knownOn(someDay()) },
        { category: 'corrected', occurred: day(someDay()) },
        {
          money: [
            {
              currency: 'EUR',
              amount: { kind: 'exact', value: n },
              approximate: false,
              wording: `${n}`,
            },
          ],
        },
      ];
      const changes = options[int(options.length)]!;
      log.push(
        makeEvent('EventCorrected', key, {
          subject,
          corrects: target,
          changes,
          reason: 'a later letter says otherwise',
          knownAt: knownOn(someDay()),
        }),
      );
      continue;
    }
    if (roll === 1 && target) {
      log.push(
        makeEvent('EventRetracted', key, {
          subject,
          retracts: target,
          reason: 'withdrawn',
          knownAt: knownOn(someDay()),
        }),
      );
      continue;
    }
    const common = {
      subject,
      occurred: fuzzy(),
      knownAt: knownOn(someDay()),
      category: ['a', 'b', 'c'][int(3)]!,
      actors: [{ id: ['nl', 'ua', 'de'][int(3)]!, name: 'Actor', role: 'donor' as const }],
      quote: `Oekraïne steun ${['luchtverdediging', 'munitie', 'drones'][int(3)]} ${n}`,
    };
    const money =
      int(3) === 0
        ? {
            money: [
              {
                currency: int(4) === 0 ? 'USD' : 'EUR',
                amount: { kind: 'range' as const, low: n, high: 2 * n },
                approximate: true,
                wording: int(2) === 0 ? 'honderden miljoenen' : `circa ${n}`,
              },
            ],
          }
        : {};
    const event =
      int(4) === 0
        ? makeEvent('SupportDelivered', key, { ...common, ...money, stage: 'partial' })
        : int(3) === 0
          ? makeEvent('MeetingHeld', key, { ...common, meeting: { name: `Meeting ${n}` } })
          : makeEvent('SupportCommitted', key, { ...common, ...money });
    facts.push(idOf(key));
    log.push(event);
  }
  // An amendment recorded before its target: it waits for it.
  const early = log.findIndex((e, i) => i > 0 && e.type === 'EventCorrected');
  if (early > 0) log.unshift(...log.splice(early, 1));
  return log;
}
