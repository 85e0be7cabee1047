import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_NESTING,
  findJsonError,
  parseJson,
  type JsonReading,
} from '../../../src/lib/content/json-errors.ts';

/** What reading a JSON file meant before the engine went first: locate, then parse. */
function locateThenParse(source: string): JsonReading {
  const error = findJsonError(source);
  return error ? { ok: false, error } : { ok: true, value: JSON.parse(source) as unknown };
}

function agrees(source: string): void {
  expect(parseJson(source)).toEqual(locateThenParse(source));
}

const nested = (levels: number, inner: string) => '['.repeat(levels) + inner + ']'.repeat(levels);

describe('reading a JSON file with the engine first', () => {
  it('gives the value of every valid text', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.nat(4), (value, indent) => {
        agrees(JSON.stringify(value, null, indent));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same line, column and reason for every broken text', () => {
    // Valid texts with one character left out, doubled or put in: the mistakes editors make.
    const pieces = ['{', '}', '[', ']', ',', ':', '"', '\\', 'u', '0', '1', '-', '.', 'e', ' '];
    const broken = fc
      .tuple(fc.jsonValue({ maxDepth: 4 }), fc.nat(), fc.constantFrom(...pieces), fc.nat(2))
      .map(([value, at, piece, how]) => {
        const text = JSON.stringify(value, null, 1);
        const i = at % (text.length + 1);
        if (how === 0) return text.slice(0, i) + text.slice(i + 1);
        if (how === 1) return text.slice(0, i) + text.slice(i, i + 1) + text.slice(i);
        return text.slice(0, i) + piece + text.slice(i);
      });
    fc.assert(fc.property(broken, agrees), { numRuns: 3000 });
  });

  it('agrees on texts made of JSON pieces in any order', () => {
    const pieces = ['{', '}', '[', ']', ',', ':', '"a"', '"\\u00e9"', '1', '-0.5e3', 'true', ' '];
    const text = fc
      .array(fc.constantFrom(...pieces), { maxLength: 30 })
      .map((parts) => parts.join(''));
    fc.assert(fc.property(text, agrees), { numRuns: 3000 });
  });

  it('refuses nesting deeper than the limit even though the engine reads it', () => {
    for (let levels = MAX_NESTING - 1; levels <= MAX_NESTING + 2; levels += 1) {
      for (const inner of ['', '1', '[]', '{}', '{"a":1}']) agrees(nested(levels, inner));
    }
    expect(parseJson(nested(MAX_NESTING + 1, '1')).ok).toBe(false);
    // Many brackets in texts, or side by side, are no nesting.
    agrees(`{"a":"${'['.repeat(40)}"}`);
    agrees(`[${'[],'.repeat(40)}[]]`);
  });

  it('agrees on numbers of every length up to and past what is read as one number', () => {
    for (const digits of [131, 132, 133, 134, 396, 397, 398, 399, 400, 401, 402]) {
      for (const number of [
        '1'.repeat(digits),
        `-${'1'.repeat(digits)}`,
        `0.${'5'.repeat(digits)}`,
        `-1.${'2'.repeat(Math.max(1, digits - 136))}e+${'1'.repeat(133)}`,
        `${'9'.repeat(Math.floor(digits / 3))}.${'9'.repeat(Math.floor(digits / 3))}E-${'0'.repeat(Math.ceil(digits / 3))}`,
      ])
        agrees(`{"n": ${number}}`);
    }
    expect(parseJson(`[${'1'.repeat(401)}]`).ok).toBe(false);
  });
});
