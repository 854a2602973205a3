type NumericArray = Int32Array | Float64Array | Uint8Array;
type Ctor<T extends NumericArray> = new (length: number) => T;

/**
 * A typed array that grows by doubling, for columns filled one event at a time. `data` is
 * valid up to `length`; read it directly in hot loops.
 */
export class Growable<T extends NumericArray> {
  data: T;
  length = 0;
  constructor(
    private readonly ctor: Ctor<T>,
    capacity = 1024,
  ) {
    this.data = new ctor(capacity);
  }

  push(value: number): number {
    if (this.length === this.data.length) this.reserve(this.length * 2);
    this.data[this.length] = value;
    return this.length++;
  }

  reserve(capacity: number): void {
    if (capacity <= this.data.length) return;
    const next = new this.ctor(capacity);
    next.set(this.data);
    this.data = next;
  }

  /** A view of the filled part (no copy). */
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

/** Strings to dense ids and back; a read model keeps ids in typed arrays. */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }

  /** The id of a string already seen, or -1. */
  find(value: string): number {
    return this.ids.get(value) ?? -1;
  }

  get size(): number {
    return this.values.length;
  }
}
