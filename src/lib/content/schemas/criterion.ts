import { z } from 'zod';
import { code, summaryText, text, textList } from './primitives.ts';

export const KINDS = ['enabler', 'result'] as const;
export type Kind = (typeof KINDS)[number];

/** Frontmatter of content/criteria/<locale>/<code>.md. */
export const criterionSchema = z
  .object({
    code,
    title: text,
    summary: summaryText,
    kind: z.enum(KINDS).optional(),
    examples: textList.optional(),
    questions: textList.optional(),
    evidence: textList.optional(),
  })
  .strict();
export type CriterionData = z.infer<typeof criterionSchema>;
