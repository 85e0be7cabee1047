import { z } from 'zod';
import { dateTimeWithOffset, summaryText, text } from './primitives.ts';

/** The handouts the generator knows how to print; a report slug is allowed too. */
export const HANDOUT_KINDS = ['methodology-summary', 'worksheet', 'pilot-summary'] as const;

/** Frontmatter of content/events/<locale>/<slug>.md: a regional information event. */
export const eventSchema = z
  .object({
    title: text,
    description: summaryText.optional(),
    region: text,
    start: dateTimeWithOffset,
    end: dateTimeWithOffset.optional(),
    venue: text,
    address: text,
    handouts: z.array(text).default([]),
    draft: z.boolean().optional(),
  })
  .strict()
  .refine((event) => !event.end || Date.parse(event.end) >= Date.parse(event.start), {
    message: 'must not be before start',
    path: ['end'],
  });
export type EventData = z.infer<typeof eventSchema>;
