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

  /** Replaces the content with a copy of `values` (room to grow included). */
  restore(values: ArrayLike<number>): void {
    this.data = new this.ctor(Math.max(1024, values.length + (values.length >> 3)));
    this.data.set(values);
    this.length = values.length;
  }
}

/** Interners up to this size look values up by comparing them, not through the map. */
const FEW = 16;

/** Strings to dense ids and back; a read model keeps ids in typed arrays. */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  id(value: string): number {
    // A few values (categories, actors, currencies): comparing is cheaper than hashing a
    // freshly parsed string for the map.
    const values = this.values;
    if (values.length <= FEW) {
      for (let i = 0; i < values.length; i++) if (values[i] === value) return i;
    }
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

  /** Replaces the content with `values` (ids are their indexes); they must be distinct strings. */
  restore(values: readonly unknown[]): void {
    this.ids.clear();
    this.values.length = 0;
    // One map operation per value (a snapshot's interners hold up to a million strings).
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (typeof v !== 'string') throw new StateShapeError('interned values must be strings');
      this.ids.set(v, i);
      if (this.ids.size !== i + 1)
        throw new StateShapeError('interned values must be distinct strings');
      this.values.push(v);
    }
  }
}

/** Thrown when a saved state does not fit the object it is restored into (see restoreFields). */
export class StateShapeError extends Error {
  override name = 'StateShapeError';
}

/** One field of an object as a snapshot keeps it (see saveFields). */
export type FieldState =
  | { kind: 'growable'; type: string; data: NumericArray }
  | { kind: 'interner'; values: string[] }
  | { kind: 'value'; value: unknown };

const typeName = (v: object) => v.constructor.name;

/**
 * Every own field of an object (columns, interners, plain values), for a snapshot: a
 * Growable as the filled part of its array (a view, no copy), an Interner as its values,
 * anything else as it is. Generic on purpose, so a column added to the object is saved
 * without further code; restoreFields refuses a state whose fields differ.
 */
export function saveFields(o: object): Record<string, FieldState> {
  const out: Record<string, FieldState> = {};
  for (const [name, v] of Object.entries(o)) {
    if (v instanceof Growable)
      out[name] = { kind: 'growable', type: typeName(v.data), data: v.view() };
    else if (v instanceof Interner) out[name] = { kind: 'interner', values: v.values };
    else if (typeof v === 'function') throw new StateShapeError(`field '${name}' is a function`);
    else out[name] = { kind: 'value', value: v };
  }
  return out;
}

function sameKind(target: unknown, value: unknown): boolean {
  if (ArrayBuffer.isView(target))
    return ArrayBuffer.isView(value) && typeName(value) === typeName(target);
  if (target instanceof Map) return value instanceof Map;
  if (Array.isArray(target)) return Array.isArray(value);
  if (target === null || value === null) return target === value;
  return typeof target === typeof value;
}

/**
 * Puts a state from saveFields back into an object of the same class: the same field names,
 * each of the same kind (a Growable of the same array type, an Interner, a value of the same
 * type), else a StateShapeError, and the object may then be half restored (throw it away).
 * Arrays are copied, so nothing keeps the buffer the state was decoded from alive.
 */
export function restoreFields(o: object, state: Record<string, FieldState>): void {
  const target = o as Record<string, unknown>;
  const names = Object.keys(target).sort();
  const saved = Object.keys(state).sort();
  if (names.join(',') !== saved.join(','))
    throw new StateShapeError(`fields [${saved.join(', ')}] do not match [${names.join(', ')}]`);
  for (const name of names) {
    const t = target[name];
    const s = state[name]!;
    if (t instanceof Growable) {
      if (s.kind !== 'growable' || s.type !== typeName(t.data) || !sameKind(t.data, s.data))
        throw new StateShapeError(`field '${name}' is not a ${typeName(t.data)} column`);
      t.restore(s.data);
    } else if (t instanceof Interner) {
      if (s.kind !== 'interner' || !Array.isArray(s.values))
        throw new StateShapeError(`field '${name}' is not an interner`);
      t.restore(s.values);
    } else {
      if (s.kind !== 'value' || !sameKind(t, s.value))
        throw new StateShapeError(`field '${name}' is not of the expected kind`);
      target[name] = ArrayBuffer.isView(s.value) ? (s.value as NumericArray).slice() : s.value;
    }
  }
}
