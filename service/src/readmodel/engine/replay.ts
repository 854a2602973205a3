import type { LogIndex } from './logIndex.js';
import type { ReplayContext } from '../resolve.js';
import { applyCorroboration } from '../corroborations.js';
import { windowStatus } from '../../temporal/status.js';

/**
 * Amended facts (about 1% of a log) resolved under one replay context with integers only:
 * which of their amendments apply, whether they are visible and retracted, and which
 * occurred variant is in force. Indexed by slot (see logIndex). O(amendments).
 */
export interface SlotReplay {
  ctx: ReplayContext;
  /** certainly known by knownBy (the latest bound of knownAt in force) and recorded */
  visible: Uint8Array;
  /** recorded by recordedAsOf (the fact; its amendments are tested one by one) */
  recorded: Uint8Array;
  /** the knownAt window in force: earliest and latest day */
  knownFrom: Int32Array;
  knownOn: Int32Array;
  retracted: Uint8Array;
  variant: Int32Array;
  /** the entry (index into the sorted columns) in force, -1 when none */
  entry: Int32Array;
  /** that entry's kind code and occurred window, side by side with the slots (0 when none) */
  entryType: Uint8Array;
  entryEarliest: Int32Array;
  entryLatest: Int32Array;
  /** bit k set when amendment k applies (first 31 amendments); keys the resolved-object cache */
  mask: Int32Array;
}

/**
 * The amendments of every slot as flat columns, read by each replay instead of the objects:
 * amendments of slot s are [start[s], start[s + 1]), in log order. Built once per log version
 * (keyed by its sorted columns, which are rebuilt on the first read after an apply).
 */
interface SlotAmendments {
  /** the kind and occurred window of each entry of c.slotEntry, side by side with it */
  variantType: Uint8Array;
  variantEarliest: Int32Array;
  variantLatest: Int32Array;
  /** each slot's fact's own knownAt window and recordedMs, side by side with the slots */
  factKnownOn: Int32Array;
  factKnownFrom: Int32Array;
  factRecordedMs: Float64Array;
  start: Int32Array;
  knownOn: Int32Array;
  recordedMs: Float64Array;
  /** 1 retracts, 2 changes occurred, 4 changes knownAt */
  effect: Uint8Array;
  knownOnChange: Int32Array;
  knownFromChange: Int32Array;
}

/** The flat amendments of an engine, by the sorted columns they were built for (one per engine). */
export type SlotAmendmentsCache = WeakMap<object, SlotAmendments>;

export const createSlotAmendmentsCache = (): SlotAmendmentsCache => new WeakMap();

function flatAmendments(
  index: LogIndex,
  columns: ReturnType<LogIndex['getColumns']>,
  flatCache: SlotAmendmentsCache,
): SlotAmendments {
  let flat = flatCache.get(columns);
  if (flat) return flat;
  const n = index.amendedFacts.length;
  const start = new Int32Array(n + 1);
  for (let s = 0; s < n; s++) start[s + 1] = start[s]! + index.amendmentsOf[s]!.length;
  const m = start[n]!;
  const facts = index.columnsOfFacts();
  const factKnownOn = new Int32Array(n);
  const factKnownFrom = new Int32Array(n);
  const factRecordedMs = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    const f = index.amendedFacts[s]!;
    factKnownOn[s] = facts.knownOn[f]!;
    factKnownFrom[s] = facts.knownFrom[f]!;
    factRecordedMs[s] = facts.recordedMs[f]!;
  }
  const v = columns.slotEntry.length;
  const variantType = new Uint8Array(v);
  const variantEarliest = new Int32Array(v);
  const variantLatest = new Int32Array(v);
  for (let j = 0; j < v; j++) {
    const i = columns.slotEntry[j]!;
    variantType[j] = columns.type[i]!;
    variantEarliest[j] = columns.earliest[i]!;
    variantLatest[j] = columns.latest[i]!;
  }
  flat = {
    variantType,
    variantEarliest,
    variantLatest,
    factKnownOn,
    factKnownFrom,
    factRecordedMs,
    start,
    knownOn: new Int32Array(m),
    recordedMs: new Float64Array(m),
    effect: new Uint8Array(m),
    knownOnChange: new Int32Array(m),
    knownFromChange: new Int32Array(m),
  };
  for (let s = 0; s < n; s++) {
    const list = index.amendmentsOf[s]!;
    for (let k = 0; k < list.length; k++) {
      const a = list[k]!;
      const at = start[s]! + k;
      flat.knownOn[at] = a.knownOnDay;
      flat.recordedMs[at] = a.recordedMs;
      flat.effect[at] = (a.retracts ? 1 : 0) | (a.occ ? 2 : 0) | (a.knownOnChange !== null ? 4 : 0);
      flat.knownOnChange[at] = a.knownOnChange ?? 0;
      flat.knownFromChange[at] = a.knownFromChange ?? 0;
    }
  }
  flatCache.set(columns, flat);
  return flat;
}

export function replaySlots(
  index: LogIndex,
  ctx: ReplayContext,
  cache: SlotAmendmentsCache,
): SlotReplay {
  const c = index.getColumns();
  const n = index.amendedFacts.length;
  const flat = flatAmendments(index, c, cache);
  // The twelve columns share one buffer: one allocation outside the heap per replay, not
  // twelve (see scratch.ts for why their number matters). Int32 columns first, then the bytes.
  const buf = new ArrayBuffer(n * (7 * 4 + 4));
  const i32 = (k: number) => new Int32Array(buf, k * n * 4, n);
  const u8 = (k: number) => new Uint8Array(buf, 7 * n * 4 + k * n, n);
  const r: SlotReplay = {
    ctx,
    knownFrom: i32(0),
    knownOn: i32(1),
    variant: i32(2),
    entry: i32(3),
    entryEarliest: i32(4),
    entryLatest: i32(5),
    mask: i32(6),
    visible: u8(0),
    recorded: u8(1),
    retracted: u8(2),
    entryType: u8(3),
  };
  const { knownBy, recordedMs } = ctx;
  // Locals for the hot loop (about 1 % of a log's facts are slotted).
  const corroborationsOf = index.corroborationsOf;
  const { start, effect: effects, knownOnChange, knownFromChange } = flat;
  const { factKnownOn, factKnownFrom, factRecordedMs } = flat;
  const aKnownOn = flat.knownOn;
  const aRecordedMs = flat.recordedMs;
  const { slotStart, slotVariant, slotEntry } = c;
  for (let s = 0; s < n; s++) {
    let known = factKnownOn[s]!;
    let from = factKnownFrom[s]!;
    let variant = 0;
    let retracted = 0;
    let mask = 0;
    const a0 = start[s]!;
    const a1 = start[s + 1]!;
    for (let at = a0; at < a1; at++) {
      if (aKnownOn[at]! > knownBy || aRecordedMs[at]! > recordedMs) continue;
      const k = at - a0;
      if (k < 31) mask |= 1 << k;
      const effect = effects[at]!;
      if ((effect & 1) !== 0) {
        retracted = 1;
        continue;
      }
      if ((effect & 2) !== 0) variant = k + 1;
      if ((effect & 4) !== 0) {
        known = knownOnChange[at]!;
        from = knownFromChange[at]!;
      }
    }
    // Known from the earliest source: corroborations (few) are resolved as objects. One counts
    // once its source is certainly public; the possible start never lies after that day.
    const cited = corroborationsOf[s]!;
    for (let k = 0; k < cited.length; k++) {
      const applied = applyCorroboration(cited[k]!, ctx);
      if (applied && applied.knownOnDay < known) known = applied.knownOnDay;
    }
    if (known < from) from = known;
    const recorded = factRecordedMs[s]! <= recordedMs ? 1 : 0;
    r.visible[s] = known <= knownBy && recorded === 1 ? 1 : 0;
    r.recorded[s] = recorded;
    r.knownFrom[s] = from;
    r.knownOn[s] = known;
    r.retracted[s] = retracted;
    r.variant[s] = variant;
    r.mask[s] = mask;
    let entry = -1;
    for (let j = slotStart[s]!; j < slotStart[s + 1]!; j++)
      if (slotVariant[j] === variant) {
        entry = slotEntry[j]!;
        r.entryType[s] = flat.variantType[j]!;
        r.entryEarliest[s] = flat.variantEarliest[j]!;
        r.entryLatest[s] = flat.variantLatest[j]!;
      }
    r.entry[s] = entry;
  }
  return r;
}

/**
 * The replay status of slot s's entry in force (r.entry[s]) as one code, as entryStatus gives
 * it for that entry, or -1 when there is none; read from the slot's own fields only (no column
 * of a million entries is touched: the hot loops over every slot use it).
 */
export function slotStatus(r: SlotReplay, s: number, includeRetracted: boolean): number {
  if (r.entry[s]! < 0 || r.recorded[s] !== 1) return -1;
  if (!includeRetracted && r.retracted[s] === 1) return -1;
  const { asOf, knownBy } = r.ctx;
  return (
    windowStatus(r.entryEarliest[s]!, r.entryLatest[s]!, asOf) * 3 +
    windowStatus(r.knownFrom[s]!, r.knownOn[s]!, knownBy)
  );
}

/**
 * The replay status of entry i as one code, occurred * 3 + known (temporal/status.ts), or -1
 * when the replay does not hold it at all: not recorded by recordedAsOf, not the variant in
 * force, or retracted (unless asked for). Not-yet-known entries get a code (they are counted,
 * as hidden); whether they are listed is the filter's business.
 */
export function entryStatus(
  c: ReturnType<LogIndex['getColumns']>,
  r: SlotReplay,
  i: number,
  includeRetracted: boolean,
): number {
  const s = c.slot[i]!;
  const { asOf, knownBy } = r.ctx;
  const occ = windowStatus(c.earliest[i]!, c.latest[i]!, asOf);
  if (s < 0) {
    if (c.recordedMs[i]! > r.ctx.recordedMs) return -1;
    return occ * 3 + windowStatus(c.knownFrom[i]!, c.knownOn[i]!, knownBy);
  }
  if (r.recorded[s] !== 1 || r.entry[s] !== i) return -1;
  if (!includeRetracted && r.retracted[s] === 1) return -1;
  return occ * 3 + windowStatus(r.knownFrom[s]!, r.knownOn[s]!, knownBy);
}
