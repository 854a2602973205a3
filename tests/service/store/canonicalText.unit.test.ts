import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCanonicalJsonText } from '../../../service/src/store/canonicalText.js';

/** What the store must hold for the text: RFC 8785 of its value (undefined when there is none). */
function reference(text: string): string | undefined {
  try {
    return canonicalize(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** Keys that the recogniser takes as they are: no escapes, no surrogates. */
function plainKeys(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(plainKeys);
  if (value === null || typeof value !== 'object') return true;
  return Object.entries(value).every(([k, v]) => ![...k].some(escapedOrSurrogate) && plainKeys(v));
}

function escapedOrSurrogate(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 0x20 || ch === '"' || ch === '\\' || (c >= 0xd800 && c <= 0xdfff) || ch.length > 1;
}

/** Texts near canonical ones: whitespace, reordered keys, other number forms, escapes, garbage. */
const mutated = fc
  .tuple(
    fc.jsonValue(),
    fc.nat(),
    fc.constantFrom(' ', '\n', ',', '}', ']', '"', '\\', '0', '-', '.', 'e', '1', 'u'),
  )
  .map(([value, at, insert]) => {
    const text = canonicalize(value) ?? 'null';
    const i = at % (text.length + 1);
    return text.slice(0, i) + insert + text.slice(i);
  });

describe('recognising canonical JSON text without parsing it', () => {
  it('says yes only to text that is exactly the RFC 8785 form of its value', () => {
    const texts = fc.oneof(
      fc.jsonValue().map((v) => canonicalize(v) ?? 'null'),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.jsonValue().map((v) => JSON.stringify(v, null, 1)),
      mutated,
      fc.string(),
    );
    fc.assert(
      fc.property(texts, (text) => {
        if (isCanonicalJsonText(text)) expect(text).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('recognises the canonical text of any value with plain keys and no surrogates', () => {
    const values = fc
      .jsonValue()
      .filter((v) => plainKeys(v) && !/[\uD800-\uDFFF]/.test(JSON.stringify(v)));
    fc.assert(
      fc.property(values, (value) => {
        expect(isCanonicalJsonText(canonicalize(value)!)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('takes integer-like keys in code-unit order and every short form JSON.stringify writes', () => {
    for (const text of [
      '{"10":1,"9":2}',
      '{"":0,"a":[],"b":{},"c":null,"d":true,"e":false}',
      '"\\u001f\\b\\t\\n\\f\\r\\"\\\\ \u007f é"',
      '[0,-1,1.5,-0.001,1e+21,1.5e-7,123456789012345680,999999999999999]',
      '9007199254740992',
    ]) {
      expect(reference(text), text).toBe(text);
      expect(isCanonicalJsonText(text), text).toBe(true);
    }
  });

  it('turns away what is not canonical, so that the store canonicalises it the slow way', () => {
    for (const text of [
      '{"a": 1}',
      ' 1',
      '{"b":1,"a":2}',
      '{"a":1,"a":2}',
      '1.0',
      '1e2',
      '1E+21',
      '-0',
      '01',
      '123456789012345678',
      '9007199254740993',
      '"\\/"',
      '"\\u0041"',
      '"\\u001F"',
      '"\\u000a"',
      '"\\ud83d\\ude00"',
      '"😀"',
      '{"\\u0000":1}',
      '{}x',
      '[1,]',
      '',
      'tru',
      'NaN',
      '"open',
    ]) {
      expect(isCanonicalJsonText(text), text).toBe(false);
    }
  });

  it('answers no, without overflowing, for nesting deeper than the store walks', () => {
    expect(isCanonicalJsonText(`${'['.repeat(10_000)}${']'.repeat(10_000)}`)).toBe(false);
    expect(isCanonicalJsonText(`${'['.repeat(60)}${']'.repeat(60)}`)).toBe(true);
  });
});
