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

/** A field of an object and optional, as pilots use these schemas. */
const asField = (schema: z.ZodTypeAny) => z.object({ field: schema.optional(), other: z.string() });

const outcome = (result: z.SafeParseReturnType<unknown, unknown>) =>
  result.success ? { data: result.data } : { issues: result.error.issues };

/** Both schemas give the same value or the same issues in the same order, sync and async. */
async function agree(fast: z.ZodTypeAny, slow: z.ZodTypeAny, field: fc.Arbitrary<unknown>) {
  const data = fc.record(
    { field, other: fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 1 })) },
    { requiredKeys: [] },
  );
  await fc.assert(
    fc.asyncProperty(data, async (value) => {
      expect(outcome(asField(fast).safeParse(value))).toEqual(
        outcome(asField(slow).safeParse(value)),
      );
      expect(outcome(await asField(fast).safeParseAsync(value))).toEqual(
        outcome(await asField(slow).safeParseAsync(value)),
      );
    }),
    { numRuns: 500 },
  );
}

describe('a check on a schema', () => {
  for (const [name, inner] of Object.entries(inners)) {
    it(`gives the same value or the same issues as superRefine (${name})`, async () => {
      await agree(
        checked(inner(), check),
        inner().superRefine(check),
        fc.jsonValue({ maxDepth: 2 }),
      );
    });
  }
});

describe('a value prepared for a schema', () => {
  const prepare = (value: unknown) => (typeof value === 'number' ? String(value) : value);
  for (const [name, inner] of Object.entries(inners)) {
    it(`gives the same value or the same issues as z.preprocess (${name})`, async () => {
      await agree(
        prepared(prepare, inner()),
        z.preprocess(prepare, inner()),
        fc.oneof(fc.integer(), fc.jsonValue({ maxDepth: 2 })),
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
