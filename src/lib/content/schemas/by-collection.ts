import type { z } from 'zod';
import type { MarkdownCollection } from '../collections.ts';
import { criterionSchema } from './criterion.ts';
import { eventSchema } from './event.ts';
import { glossarySchema, methodologySchema, newsSchema, reportSchema } from './pages.ts';

/** The frontmatter schema of each Markdown collection: the validator parses with it, Astro types with it. */
export const MARKDOWN_SCHEMAS = {
  criteria: criterionSchema,
  methodology: methodologySchema,
  reports: reportSchema,
  news: newsSchema,
  glossary: glossarySchema,
  events: eventSchema,
} as const satisfies Record<MarkdownCollection, z.ZodTypeAny>;
