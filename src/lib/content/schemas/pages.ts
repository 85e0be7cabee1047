import { z } from 'zod';
import { code, day, summaryText, text } from './primitives.ts';

const page = { title: text, description: summaryText, draft: z.boolean().optional() };

/** Frontmatter of content/methodology/<locale>/<slug>.mdx: ordered chapters. */
export const methodologySchema = z.object({ ...page, order: z.number().finite() }).strict();
export type MethodologyData = z.infer<typeof methodologySchema>;

/** Frontmatter of content/reports/<locale>/<slug>.mdx. */
export const reportSchema = z.object({ ...page, date: day }).strict();
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
  })
  .strict();
export type GlossaryData = z.infer<typeof glossarySchema>;
