import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { checked, prepared, type IssueSink } from '../../../src/lib/content/schemas/checked.ts';
import { localizedSchema, monthOrDay } from '../../../src/lib/content/schemas/primitives.ts';

/** A check with something to say about many values: custom issues with and without a path, or none. */
function check(value: unknown, ctx: IssueSink): void {
  const text = JSON.stringify(value) ?? '';
  if (text.length % 3 === 0) ctx.addIssue({ code: 'custom', message: 'a third' });
  if (text.includes('a')) ctx.addIssue({ code: 'custom', path: ['a'], message: 'has a' });
  if (text.includes('1'))
    ctx.addIssue({ code: z.ZodIssueCode.invalid_type, expected: 'object', received: 'number' });
}

const inners = {
  text: () => z.string().trim().min(1).max(6),
  record: () => z.record(z.string(), z.string().max(4)),
  object: () => z.object({ a: z.number().optional(), b: z.string() }).strict(),
  anything: () => z.unknown(),
};

/** The same schema both ways, wrapped as a field of an object and made optional, as pilots use them. */
const both = (inner: () => z.ZodTypeAny) =>
  [checked(inner(), check), inner().superRefine(check)].map((schema) =>
    z.object({ field: schema.optional(), other: z.string() }),
  );

const outcome = (result: z.SafeParseReturnType<unknown, unknown>) =>
  result.success ? { data: result.data } : { issues: result.error.issues };

describe('a check on a schema', () => {
  for (const [name, inner] of Object.entries(inners)) {
    it(`gives the same value or the same issues as superRefine (${name})`, async () => {
      const [fast, slow] = both(inner);
      if (!fast || !slow) throw new Error('two schemas');
      await fc.assert(
        fc.asyncProperty(
          fc.record(
            { field: fc.jsonValue({ maxDepth: 2 }), other: fc.jsonValue({ maxDepth: 1 }) },
            {
              requiredKeys: [],
            },
          ),
          async (data) => {
            expect(outcome(fast.safeParse(data))).toEqual(outcome(slow.safeParse(data)));
            expect(outcome(await fast.safeParseAsync(data))).toEqual(
              outcome(await slow.safeParseAsync(data)),
            );
          },
        ),
        { numRuns: 500 },
      );
    });
  }
});

describe('a value prepared for a schema', () => {
  const prepare = (value: unknown) => (typeof value === 'number' ? String(value) : value);
  for (const [name, inner] of Object.entries(inners)) {
    it(`gives the same value or the same issues as z.preprocess (${name})`, async () => {
      const [fast, slow] = [prepared(prepare, inner()), z.preprocess(prepare, inner())].map(
        (schema) => z.object({ field: schema.optional(), other: z.string() }),
      );
      if (!fast || !slow) throw new Error('two schemas');
      await fc.assert(
        fc.asyncProperty(
          fc.record(
            { field: fc.oneof(fc.integer(), fc.jsonValue({ maxDepth: 2 })), other: fc.string() },
            { requiredKeys: [] },
          ),
          async (data) => {
            expect(outcome(fast.safeParse(data))).toEqual(outcome(slow.safeParse(data)));
            expect(outcome(await fast.safeParseAsync(data))).toEqual(
              outcome(await slow.safeParseAsync(data)),
            );
          },
        ),
        { numRuns: 500 },
      );
    });
  }
});

describe('the checks pilots use', () => {
  it('refuse a month that does not exist and a text without the default locale', () => {
    const pilotLike = z
      .object({
        assessed: monthOrDay,
        text: localizedSchema({ locales: ['lv', 'en'], defaultLocale: 'lv' }),
      })
      .strict();
    const result = pilotLike.safeParse({ assessed: '2011-13', text: { en: 'x', de: 'y' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['assessed', 'must be a real date written YYYY-MM or YYYY-MM-DD, in the years 1990–2100'],
      ['text.de', 'is not a locale of this site (locales: lv, en)'],
      ['text', 'must have a text in the default locale "lv"'],
    ]);
  });
});
