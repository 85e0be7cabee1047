import { z } from 'zod';
import { SLUG_PATTERN, code, day, summaryText, text } from './primitives.ts';

const page = { title: text, description: summaryText, draft: z.boolean().optional() };

/** Frontmatter of content/methodology/<locale>/<slug>.mdx: ordered chapters. */
export const methodologySchema = z.object({ ...page, order: z.number().finite() }).strict();
export type MethodologyData = z.infer<typeof methodologySchema>;

/**
 * Frontmatter of content/reports/<locale>/<slug>.mdx. `edition` (our extension) names the
 * edition whose pilots the report's components show; the current one when absent.
 */
export const reportSchema = z
  .object({
    ...page,
    date: day,
    edition: z
      .string()
      .regex(SLUG_PATTERN, 'must be an edition id from site.json editions')
      .optional(),
  })
  .strict();
export type ReportData = z.infer<typeof reportSchema>;

/** Frontmatter of content/news/<locale>/<slug>.md. */
export const newsSchema = z.object({ ...page, date: day }).strict();
export type NewsData = z.infer<typeof newsSchema>;

/** Frontmatter of content/glossary/<locale>/<id>.md. */
export const glossarySchema = z
  .object({
    term: text,
    aliases: z.array(text).default([]),
    related: z.array(code).default([]),
    /** Phrases in which a word of the term is not this term ("aptauju rezultāti" is not CAF's "Rezultāti"). */
    exclude: z.array(text).default([]),
    /** The site page the term names, as a path after the language: `scoring`, `handouts/worksheet`. */
    page: z
      .string()
      .regex(
        /^[a-z0-9.-]+(\/[a-z0-9.-]+)?$/,
        'must be a page path such as "scoring" or "handouts/worksheet"',
      )
      .optional(),
  })
  .strict();
export type GlossaryData = z.infer<typeof glossarySchema>;
