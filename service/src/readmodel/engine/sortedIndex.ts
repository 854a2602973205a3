import { buildColumns, composeInserted, extendColumns } from './sortedColumns.js';
import type { FactColumns, SortedColumns } from './sortedColumns.js';

/** Most facts added since the last build that the sorted index is extended by, not rebuilt. */
const MAX_EXTEND = (n: number) => Math.max(4096, n >> 4);
/** Extension steps remembered, for structures derived from older columns (see since). */
const MAX_STEPS = 64;

/**
 * The occurred-sorted index of every fact, kept in generations. After appends of a few facts
 * (no amendment or corroboration since the last build) the previous index is extended by a
 * merge (extendColumns: O(n) copies, no sort), else it is built again; each extension is
 * remembered as a step, so structures derived from older columns can follow (since).
 */
export class SortedIndex {
  private columns: SortedColumns | null = null;
  /** facts and slotted changes the columns were built from; stale when either moved */
  private facts = 0;
  private changes = 0;
  /** bumps whenever the columns change; steps[g - stepsBase - 1] took generation g - 1 to g */
  private gen = 0;
  private stepsBase = 0;
  private readonly steps: Int32Array[] = [];

  /** The columns for `facts` facts and `changes` slotted changes, from `read()` when stale. */
  current(facts: number, changes: number, read: () => FactColumns): SortedColumns {
    if (this.columns && this.facts === facts && this.changes === changes) return this.columns;
    const added = facts - this.facts;
    const extended =
      this.columns && this.changes === changes && added <= MAX_EXTEND(facts)
        ? extendColumns(this.columns, read(), this.facts)
        : null;
    if (extended) {
      this.columns = extended.columns;
      this.steps.push(extended.inserted);
      if (this.steps.length > MAX_STEPS) {
        this.steps.shift();
        this.stepsBase++;
      }
    } else {
      this.columns = buildColumns(read());
      this.steps.length = 0;
      this.stepsBase = this.gen + 1;
    }
    this.gen++;
    this.facts = facts;
    this.changes = changes;
    return this.columns;
  }

  /** The generation of the current columns (call after current()). */
  generation(): number {
    return this.gen;
  }

  /**
   * How the columns of generation `gen` became the current ones: the positions (in the
   * current columns, ascending) of the entries added since, every other entry keeping its
   * relative order. Null when the columns were rebuilt since (or the steps are forgotten):
   * structures derived from them are then rebuilt too. Call after current().
   */
  since(gen: number): Int32Array | null {
    if (!this.columns || gen < 1) return null;
    if (gen === this.gen) return new Int32Array(0);
    if (gen < this.stepsBase || gen > this.gen) return null;
    let inserted = this.steps[gen - this.stepsBase]!;
    for (let g = gen + 1; g < this.gen; g++)
      inserted = composeInserted(inserted, this.steps[g - this.stepsBase]!);
    return inserted;
  }

  /** Forgets the columns (a restored state builds them again on the next read). */
  reset(): void {
    this.columns = null;
    this.facts = 0;
    this.changes = 0;
  }
}
