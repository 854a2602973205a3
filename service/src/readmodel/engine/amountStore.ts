import type { FactEvent } from '@kroniek/events';
import { Growable, Interner } from './growable.js';
import type { Amount, AmountSeriesName, GroupBy } from './amounts.js';
import { measureOf, seriesReadsMoney, seriesReadsQuantity } from '../chartSeries.js';

const MONEY = 0;
const QUANTITY = 1;

/**
 * The amounts of the facts that carry money or quantities, kept as numbers and interned
 * strings (plus each such fact's id and title for chart points), so a read model holds no
 * event objects for its charts. A fact's amounts are expanded into chart amounts per
 * series and grouping only when a chart's rows are built.
 */
export class AmountStore {
  private readonly ids: string[] = [];
  private readonly titles: string[] = [];
  private readonly itemStart = new Growable(Int32Array);
  private readonly groupStart = new Growable(Int32Array);
  private readonly groups = new Growable(Int32Array);
  private readonly kind = new Growable(Uint8Array);
  private readonly line = new Growable(Int32Array);
  private readonly low = new Growable(Float64Array);
  private readonly high = new Growable(Float64Array);
  private readonly approximate = new Growable(Uint8Array);
  private readonly wording = new Growable(Int32Array);
  private readonly names = new Interner();
  private readonly wordings = new Interner();
  /** a currency, or a unit and item joined by '|' (neither holds a '|' that matters: both are split once) */
  private readonly lines = new Interner();
  private readonly units: { unit: string; item: string }[] = [];

  /**
   * Starts the amounts of a fact (its groups and items follow, see FactSink in factFields.ts);
   * returns its ordinal.
   */
  begin(id: string, title: string): number {
    const ordinal = this.ids.length;
    this.ids.push(id);
    this.titles.push(title);
    this.itemStart.push(this.kind.length);
    this.groupStart.push(this.groups.length);
    return ordinal;
  }

  /** A group the current fact's amounts go to when charts group by actor. */
  group(name: string): void {
    this.groups.push(this.names.id(name));
  }

  money(currency: string, low: number, high: number, approximate: boolean, wording: string): void {
    this.item(MONEY, this.lines.id(currency), low, high, approximate, wording);
  }

  quantity(unit: string, item: string, value: number, wording: string): void {
    const id = this.lines.id(`${unit}|${item}`);
    this.units[id] ??= { unit, item };
    this.item(QUANTITY, id, value, value, false, wording);
  }

  private item(kind: number, line: number, low: number, high: number, approx: boolean, w: string) {
    this.kind.push(kind);
    this.line.push(line);
    this.low.push(low);
    this.high.push(high);
    this.approximate.push(approx ? 1 : 0);
    this.wording.push(this.wordings.id(w));
  }

  id(ordinal: number): string {
    return this.ids[ordinal]!;
  }

  title(ordinal: number): string {
    return this.titles[ordinal]!;
  }

  private end(col: Growable<Int32Array>, ordinal: number, total: number): number {
    return ordinal + 1 < this.ids.length ? col.data[ordinal + 1]! : total;
  }

  /**
   * Appends the amounts of one fact for a chart's rows: the same amounts as `amounts`, but
   * each line object is made once per (group, line) and kept in `shared` (group: the
   * category's interned id when grouping by category, else the store's actor group id), so
   * building rows makes no string or line object per amount.
   */
  appendAmounts(
    ordinal: number,
    type: FactEvent['type'],
    categoryId: number,
    category: string,
    name: AmountSeriesName,
    groupBy: GroupBy,
    shared: (Amount['line'] | undefined)[][],
    out: Amount[],
  ): void {
    const want = measureOf(name) === 'money' ? MONEY : QUANTITY;
    if (want === MONEY && !seriesReadsMoney(name, type)) return;
    const i0 = this.itemStart.data[ordinal]!;
    const i1 = this.end(this.itemStart, ordinal, this.kind.length);
    const g0 = groupBy === 'actor' ? this.groupStart.data[ordinal]! : 0;
    const g1 = groupBy === 'actor' ? this.end(this.groupStart, ordinal, this.groups.length) : 1;
    for (let i = i0; i < i1; i++) {
      if (this.kind.data[i] !== want) continue;
      const l = this.line.data[i]!;
      if (want === QUANTITY && !seriesReadsQuantity(name, type, this.units[l]!.unit)) continue;
      for (let gi = g0; gi < g1; gi++) {
        const gid = groupBy === 'actor' ? this.groups.data[gi]! : categoryId;
        const byLine = (shared[gid] ??= []);
        let line = byLine[l];
        if (line === undefined) {
          const g = groupBy === 'actor' ? this.names.values[gid]! : category;
          line =
            want === MONEY
              ? { key: `${g}|${this.lines.values[l]}`, group: g, currency: this.lines.values[l]! }
              : {
                  key: `${g}|${this.lines.values[l]}`,
                  group: g,
                  unit: this.units[l]!.unit,
                  item: this.units[l]!.item,
                };
          byLine[l] = line;
        }
        out.push({
          line,
          low: this.low.data[i]!,
          high: this.high.data[i]!,
          approximate: this.approximate.data[i] === 1,
          wording: this.wordings.values[this.wording.data[i]!]!,
        });
      }
    }
  }
}
