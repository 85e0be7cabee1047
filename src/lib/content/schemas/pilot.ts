import { z } from 'zod';
import { checked } from './checked.ts';
import {
  PILOT_ID_PATTERN,
  SLUG_PATTERN,
  code,
  monthOrDay,
  text,
  type LocalizedSchema,
} from './primitives.ts';

/** Classical (a number), fine-tuned (dimension → number) or not assessed (null). */
export type ScoreValue = number | Record<string, number> | null;

function isScoreShape(value: unknown): value is ScoreValue {
  if (value === null || typeof value === 'number') return true;
  return (
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.values(value as object).every((part) => typeof part === 'number')
  );
}

/**
 * Scores by code. Ranges and dimensions depend on the panel, so the pilot rules check them; here
 * only the shape, in one pass over the record: a schema per value costs 20,000 pilots seconds, and
 * so does a record schema's copy of every key. The object is refused as z.record refuses it.
 */
const scores = checked(z.unknown(), (record, ctx) => {
  const type = z.getParsedType(record);
  if (type !== z.ZodParsedType.object) {
    ctx.addIssue({
      code: z.ZodIssueCode.invalid_type,
      expected: z.ZodParsedType.object,
      received: type,
    });
    return;
  }
  for (const [key, value] of Object.entries(record as object)) {
    if (!isScoreShape(value)) {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: 'must be a number from 0 to 100, an object of dimension scores, or null',
      });
    }
  }
}) as z.ZodType<Record<string, ScoreValue>, z.ZodTypeDef, unknown>;

/** content/pilots/<id>.json: one anonymised self-assessment. */
export function pilotSchema(localized: LocalizedSchema) {
  const note = z
    .object({
      criterion: code,
      text: localized,
      // An editor checked that the text names a rare region, type or staff band on purpose.
      reviewed: z.boolean().optional(),
    })
    .strict();
  return z
    .object({
      id: z
        .string()
        .regex(
          PILOT_ID_PATTERN,
          'must be one to three capital letters and up to four digits, e.g. "P03"',
        ),
      region: text,
      serviceType: text,
      staffBand: text,
      assessed: monthOrDay,
      /** The edition of the methodology this pilot assessed; the current one when absent. */
      edition: z
        .string()
        .regex(SLUG_PATTERN, 'must be an edition id from site.json editions')
        .optional(),
      scores,
      strengths: z.array(note).default([]),
      improvements: z.array(note).default([]),
      actions: z
        .array(
          note
            .extend({ priority: z.enum(['high', 'medium', 'low']), due: monthOrDay.optional() })
            .strict(),
        )
        .default([]),
      feedback: localized.optional(),
    })
    .strict();
}
export type Pilot = z.infer<ReturnType<typeof pilotSchema>>;
