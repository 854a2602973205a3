// The body codec of a read-model snapshot (see snapshot.ts): the state's typed arrays and long
// string arrays are taken out of the v8-serialised skeleton and stored as raw bytes, which
// decode as views of the file's buffer without a copy.

/** Why a snapshot was not used. */
export class SnapshotRejected extends Error {
  override name = 'SnapshotRejected';
}

/** Marks a detached array in the serialised skeleton: [type, offset, length] or a string list. */
const ARRAY = '\u0000kroniek-array';
const STRINGS = '\u0000kroniek-strings';
/** String arrays at least this long are stored as one text and the lengths of its parts. */
export const MIN_STRING_LIST = 1024;

const ARRAY_TYPES = { Int32Array, Float64Array, Uint8Array } as const;
type ArrayTypeName = keyof typeof ARRAY_TYPES;
type NumericArray = Int32Array | Float64Array | Uint8Array;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/**
 * The state with its typed arrays replaced by `{ [ARRAY]: [type, offset, length] }` (their
 * bytes appended to `arrays`, each aligned to 8) and long arrays of strings by
 * `{ [STRINGS]: { text, lengths } }`. Containers on the way are copied; the rest is shared.
 */
export function detach(
  v: unknown,
  arrays: Buffer[],
  at: { bytes: number; minStringList: number },
): unknown {
  if (ArrayBuffer.isView(v)) {
    const type = v.constructor.name;
    if (!(type in ARRAY_TYPES)) return v;
    // A copy: the file is written after the event loop moved on, and applies change columns
    // in place (an amended fact's slot, the id table's hash slots).
    const bytes = Buffer.from(v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength));
    const offset = at.bytes;
    arrays.push(bytes);
    at.bytes += bytes.length;
    const pad = (8 - (at.bytes % 8)) % 8;
    if (pad > 0) {
      arrays.push(Buffer.alloc(pad));
      at.bytes += pad;
    }
    return { [ARRAY]: [type, offset, (v as NumericArray).length] };
  }
  if (Array.isArray(v)) {
    if (v.length >= at.minStringList && v.every((x) => typeof x === 'string')) {
      const lengths = Int32Array.from(v as string[], (x) => x.length);
      return { [STRINGS]: { text: v.join(''), lengths: detach(lengths, arrays, at) } };
    }
    let out: unknown[] | null = null;
    for (let i = 0; i < v.length; i++) {
      const d = detach(v[i], arrays, at);
      if (d !== v[i]) (out ??= [...v])[i] = d;
    }
    return out ?? v;
  }
  if (isPlainObject(v)) {
    let out: Record<string, unknown> | null = null;
    for (const [k, x] of Object.entries(v)) {
      const d = detach(x, arrays, at);
      if (d !== x) (out ??= { ...v })[k] = d;
    }
    return out ?? v;
  }
  return v;
}

/** The inverse of detach: arrays become views of `arrays` (no copy), string lists slices of their text. */
export function attach(v: unknown, arrays: Buffer): unknown {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (typeof x === 'object' && x !== null) v[i] = attach(x, arrays);
    }
    return v;
  }
  if (!isPlainObject(v)) return v;
  if (ARRAY in v) {
    const [type, offset, length] = v[ARRAY] as [string, number, number];
    const Ctor = ARRAY_TYPES[type as ArrayTypeName];
    if (!Ctor || !Number.isSafeInteger(offset) || !Number.isSafeInteger(length))
      throw new SnapshotRejected('an array of the snapshot is malformed');
    const byteLength = length * Ctor.BYTES_PER_ELEMENT;
    if (offset < 0 || length < 0 || offset % 8 !== 0 || offset + byteLength > arrays.length)
      throw new SnapshotRejected('an array of the snapshot lies outside it');
    return new Ctor(arrays.buffer as ArrayBuffer, arrays.byteOffset + offset, length);
  }
  if (STRINGS in v) {
    const { text, lengths } = v[STRINGS] as { text: unknown; lengths: unknown };
    const parts = attach(lengths, arrays);
    if (typeof text !== 'string' || !(parts instanceof Int32Array))
      throw new SnapshotRejected('a string list of the snapshot is malformed');
    const out = new Array<string>(parts.length);
    let from = 0;
    for (let i = 0; i < parts.length; i++) {
      const to = from + parts[i]!;
      out[i] = text.slice(from, to);
      from = to;
    }
    if (from !== text.length)
      throw new SnapshotRejected('a string list of the snapshot is malformed');
    return out;
  }
  for (const k of Object.keys(v)) {
    const x = v[k];
    if (typeof x === 'object' && x !== null) v[k] = attach(x, arrays);
  }
  return v;
}
