import type { LogIndex } from './logIndex.js';
import type { ReplayContext } from './resolve.js';

/**
 * Amended facts (about 1% of a log) resolved under one replay context with integers only:
 * which of their amendments apply, whether they are visible and retracted, and which
 * occurred variant is in force. Indexed by slot (see logIndex). O(amendments).
 */
export interface SlotReplay {
  ctx: ReplayContext;
  visible: Uint8Array;
  retracted: Uint8Array;
  variant: Int32Array;
  /** the entry (index into the sorted columns) in force, -1 when none */
  entry: Int32Array;
  /** bit k set when amendment k applies (first 31 amendments); keys the resolved-object cache */
  mask: Int32Array;
}

export function replaySlots(index: LogIndex, ctx: ReplayContext): SlotReplay {
  const c = index.getColumns();
  const facts = index.columnsOfFacts();
  const n = index.amendedFacts.length;
  const r: SlotReplay = {
    ctx,
    visible: new Uint8Array(n),
    retracted: new Uint8Array(n),
    variant: new Int32Array(n),
    entry: new Int32Array(n),
    mask: new Int32Array(n),
  };
  for (let s = 0; s < n; s++) {
    const f = index.amendedFacts[s]!;
    let known = facts.knownOn[f]!;
    let variant = 0;
    let retracted = 0;
    let mask = 0;
    const list = index.amendmentsOf[s]!;
    for (let k = 0; k < list.length; k++) {
      const a = list[k]!;
      if (a.knownOnDay > ctx.knownBy || a.recordedMs > ctx.recordedMs) continue;
      if (k < 31) mask |= 1 << k;
      if (a.retracts) {
        retracted = 1;
        continue;
      }
      if (a.occ) variant = k + 1;
      if (a.knownOnChange !== null) known = a.knownOnChange;
    }
    r.visible[s] = known <= ctx.knownBy && facts.recordedMs[f]! <= ctx.recordedMs ? 1 : 0;
    r.retracted[s] = retracted;
    r.variant[s] = variant;
    r.mask[s] = mask;
    let entry = -1;
    for (let j = c.slotStart[s]!; j < c.slotStart[s + 1]!; j++)
      if (c.slotVariant[j] === variant) entry = c.slotEntry[j]!;
    r.entry[s] = entry;
  }
  return r;
}

/**
 * Whether entry i is shown by a replay (visible on knownBy and recordedAsOf, and the variant
 * in force), before any filter. Retracted entries are shown only when asked for.
 */
export function entryShown(
  c: ReturnType<LogIndex['getColumns']>,
  r: SlotReplay,
  i: number,
  includeRetracted: boolean,
): boolean {
  const s = c.slot[i]!;
  if (s < 0) return c.knownOn[i]! <= r.ctx.knownBy && c.recordedMs[i]! <= r.ctx.recordedMs;
  return r.visible[s] === 1 && r.entry[s] === i && (includeRetracted || r.retracted[s] === 0);
}
