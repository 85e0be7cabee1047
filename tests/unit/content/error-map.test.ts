import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeIssues } from '../../../src/lib/content/error-map.ts';

const rules = (schema: z.ZodTypeAny, data: unknown) => {
  const result = schema.safeParse(data);
  return result.success
    ? []
    : describeIssues(result.error.issues).map((i) => `${i.path.join('.')}: ${i.rule}`);
};

describe('zod issues in plain words', () => {
  const schema = z
    .object({
      title: z.string().min(1),
      score: z.number().max(100),
      kind: z.enum(['enabler', 'result']),
    })
    .strict();

  it('say what is missing, wrong or unknown, every one of them', () => {
    expect(rules(schema, { score: '5', kind: 'other', extra: 1 })).toEqual([
      'title: is required but missing',
      'score: must be a number, but is text',
      'kind: must be one of "enabler", "result", but is "other"',
      'extra: is not a field this file may have (check the spelling)',
    ]);
  });

  it('give the limits of numbers and texts', () => {
    expect(rules(schema, { title: '', score: 120, kind: 'result' })).toEqual([
      'title: must not be empty',
      'score: must be at most 100',
    ]);
  });
});
