/**
 * Recognises JSON text that is already in its RFC 8785 canonical form, in one pass over the
 * characters and without building the value, so that a bulk import can hand the store the
 * line's own text and the store can still guarantee that what it stores is the canonical JSON
 * of the event. It is deliberately narrower than RFC 8785: it answers true only for text that
 * `canonicalize(JSON.parse(text))` reproduces byte for byte (checked by a property test), and
 * false for anything it does not recognise (whitespace, unsorted or escaped keys, a surrogate,
 * a non-shortest number, deep nesting ...), which the caller then parses and canonicalises the
 * slow way. A false answer never means the text is invalid.
 */

/** Objects and arrays nested deeper than this take the slow path (as in `isSortedPlainJson`). */
const MAX_DEPTH = 64;

/**
 * True when `text` is exactly the RFC 8785 canonical serialisation of the JSON value it holds:
 * no whitespace, object keys without escapes in strictly ascending UTF-16 code-unit order,
 * strings escaped the way `JSON.stringify` escapes them and free of surrogates, numbers in their
 * shortest ECMAScript form. False says only "not recognised": see the module comment.
 */
export function isCanonicalJsonText(text: string): boolean {
  return scanValue(text, 0, 0) === text.length;
}

/** True when the canonical text is a JSON object (what metadata must be). */
export function isCanonicalJsonObjectText(text: string): boolean {
  return text.charCodeAt(0) === 0x7b && isCanonicalJsonText(text);
}

// Each scanner gets the index of its value's first character and answers the index just after
// the value, or -1 when the text is not recognised as canonical there.

function scanValue(t: string, i: number, depth: number): number {
  switch (t.charCodeAt(i)) {
    case 0x7b: // {
      return scanObject(t, i, depth);
    case 0x5b: // [
      return scanArray(t, i, depth);
    case 0x22: // "
      return scanString(t, i);
    case 0x74: // t
      return t.startsWith('true', i) ? i + 4 : -1;
    case 0x66: // f
      return t.startsWith('false', i) ? i + 5 : -1;
    case 0x6e: // n
      return t.startsWith('null', i) ? i + 4 : -1;
    default:
      return scanNumber(t, i);
  }
}

function scanObject(t: string, start: number, depth: number): number {
  if (depth >= MAX_DEPTH) return -1;
  let i = start + 1;
  if (t.charCodeAt(i) === 0x7d) return i + 1; // {}
  let previousStart = -1;
  let previousEnd = -1;
  for (;;) {
    if (t.charCodeAt(i) !== 0x22) return -1;
    const keyStart = i + 1;
    const keyEnd = scanPlainKey(t, keyStart);
    if (keyEnd < 0) return -1;
    if (previousStart >= 0 && !codeUnitsLess(t, previousStart, previousEnd, keyStart, keyEnd))
      return -1;
    previousStart = keyStart;
    previousEnd = keyEnd;
    i = keyEnd + 1;
    if (t.charCodeAt(i) !== 0x3a) return -1; // :
    i = scanValue(t, i + 1, depth + 1);
    if (i < 0) return -1;
    const next = t.charCodeAt(i);
    if (next === 0x7d) return i + 1; // }
    if (next !== 0x2c) return -1; // ,
    i += 1;
  }
}

function scanArray(t: string, start: number, depth: number): number {
  if (depth >= MAX_DEPTH) return -1;
  let i = start + 1;
  if (t.charCodeAt(i) === 0x5d) return i + 1; // []
  for (;;) {
    i = scanValue(t, i, depth + 1);
    if (i < 0) return -1;
    const next = t.charCodeAt(i);
    if (next === 0x5d) return i + 1; // ]
    if (next !== 0x2c) return -1; // ,
    i += 1;
  }
}

/**
 * A key's characters from `i` (just after its opening quote): the index of its closing quote.
 * Keys with an escape are not recognised, because escaped text does not sort like the key.
 */
function scanPlainKey(t: string, i: number): number {
  for (let j = i; j < t.length; j++) {
    const c = t.charCodeAt(j);
    if (c === 0x22) return j;
    if (c === 0x5c || c < 0x20 || (c >= 0xd800 && c <= 0xdfff)) return -1;
  }
  return -1;
}

/** True when t[aStart, aEnd) sorts strictly before t[bStart, bEnd) by UTF-16 code units. */
function codeUnitsLess(
  t: string,
  aStart: number,
  aEnd: number,
  bStart: number,
  bEnd: number,
): boolean {
  const aLength = aEnd - aStart;
  const bLength = bEnd - bStart;
  const n = aLength < bLength ? aLength : bLength;
  for (let k = 0; k < n; k++) {
    const a = t.charCodeAt(aStart + k);
    const b = t.charCodeAt(bStart + k);
    if (a !== b) return a < b;
  }
  return aLength < bLength;
}

/** A string as `JSON.stringify` writes it, without surrogates (a pair goes the slow way too). */
function scanString(t: string, start: number): number {
  for (let j = start + 1; j < t.length; j++) {
    const c = t.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20 || (c >= 0xd800 && c <= 0xdfff)) return -1;
    if (c !== 0x5c) continue;
    const e = t.charCodeAt(j + 1);
    // The short escapes JSON.stringify uses: \" \\ \b \f \n \r \t (never \/).
    if (
      e === 0x22 ||
      e === 0x5c ||
      e === 0x62 ||
      e === 0x66 ||
      e === 0x6e ||
      e === 0x72 ||
      e === 0x74
    ) {
      j += 1;
      continue;
    }
    // Any other control character as \u00xx, lower-case hex.
    if (e !== 0x75 || t.charCodeAt(j + 2) !== 0x30 || t.charCodeAt(j + 3) !== 0x30) return -1;
    const high = t.charCodeAt(j + 4);
    const low = hexDigit(t.charCodeAt(j + 5));
    if ((high !== 0x30 && high !== 0x31) || low < 0) return -1;
    const code = (high - 0x30) * 16 + low;
    if (code === 0x08 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d)
      return -1;
    j += 5;
  }
  return -1;
}

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  return -1;
}

/**
 * A number in its shortest ECMAScript form (what JSON.stringify and RFC 8785 write): safe
 * integers are recognised from their digits, anything else is converted and compared.
 */
function scanNumber(t: string, start: number): number {
  let j = start;
  let digitsOnly = true;
  for (; j < t.length; j++) {
    const c = t.charCodeAt(j);
    if (c >= 0x30 && c <= 0x39) continue;
    if (c === 0x2d && j === start) continue; // a leading minus
    if (c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === 0x2d) {
      digitsOnly = false;
      continue;
    }
    break;
  }
  const negative = t.charCodeAt(start) === 0x2d;
  const first = negative ? start + 1 : start;
  const digits = j - first;
  if (digits <= 0) return -1;
  if (digitsOnly && digits <= 15) {
    // 0, or no leading zero; never -0 (which is written 0)
    if (t.charCodeAt(first) === 0x30) return digits === 1 && !negative ? j : -1;
    return j;
  }
  const token = t.slice(start, j);
  const value = Number(token);
  return Number.isFinite(value) && String(value) === token ? j : -1;
}
