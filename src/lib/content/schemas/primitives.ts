import { z } from 'zod';

/** Criterion codes: `3`, `3.2`, `3.2.1`. */
export const CODE_PATTERN = /^\d+(\.\d+){0,2}$/;
/** Pilot ids: one to three capital letters and one to four digits (`P03`). */
export const PILOT_ID_PATTERN = /^[A-Z]{1,3}\d{1,4}$/;
/** Locale codes as BCP 47 language tags in their common short form (`lv`, `en`, `pt-BR`). */
export const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Z]{2})?$/;
/** Ids of taxonomy entries, panels, dimensions, slugs: lower-case words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A non-empty line of text. */
export const text = z.string().trim().min(1);

/** Text in several locales, `{ "lv": "…", "en": "…" }`. */
export type Localized = Record<string, string>;
export type LocalizedSchema = z.ZodType<Localized, z.ZodTypeDef, unknown>;

/** The locales of a tree, which decide what a localized text may and must hold. */
export interface LocaleContext {
  locales: readonly string[];
  defaultLocale: string;
}

/**
 * Localized text for a tree: only its locales, and always its default locale, since every
 * other locale falls back to it. Without a context (site.json itself unreadable) any key goes.
 */
export function localizedSchema(context?: LocaleContext): LocalizedSchema {
  const record = z.record(z.string(), text);
  if (!context) return record;
  return record.superRefine((value, ctx) => {
    for (const key of Object.keys(value)) {
      if (!context.locales.includes(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `is not a locale of this site (locales: ${context.locales.join(', ')})`,
        });
      }
    }
    if (!(context.defaultLocale in value)) {
      ctx.addIssue({
        code: 'custom',
        message: `must have a text in the default locale "${context.defaultLocale}"`,
      });
    }
  });
}

/**
 * A criterion code. YAML turns an unquoted `3` into a number, which is harmless, but `3.10`
 * into 3.1, which is not: so whole numbers are accepted and anything else must be quoted.
 */
export const code = z.preprocess(
  (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
  z
    .string({ invalid_type_error: 'must be a criterion code in quotes, e.g. "3.2"' })
    .regex(CODE_PATTERN, 'must be a criterion code such as "3" or "3.2"'),
);

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Month or day precision (`2011-10`, `2011-10-05`), as pilots record when they assessed. */
export const monthOrDay = z
  .string({ invalid_type_error: 'must be a date in quotes, YYYY-MM or YYYY-MM-DD' })
  .refine((value) => {
    const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
    if (!match) return false;
    return isRealDate(Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : 1);
  }, 'must be a real date written YYYY-MM or YYYY-MM-DD');

/**
 * A calendar day. Astro's YAML reader turns `2012-03-01` into a Date, the plain reader keeps
 * text; both end up as the same `YYYY-MM-DD` text so every reader sees one value.
 */
export const day = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string({ invalid_type_error: 'must be a date written YYYY-MM-DD' }).refine((value) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    return !!match && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
  }, 'must be a real date written YYYY-MM-DD'),
);

/** A moment with its UTC offset (`2011-05-24T10:00:00+03:00`), so events keep their local time. */
export const dateTimeWithOffset = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString() : value),
  z
    .string({ invalid_type_error: 'must be a date and time such as 2011-05-24T10:00:00+03:00' })
    .regex(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/,
      'must be a date and time with its offset, such as 2011-05-24T10:00:00+03:00',
    )
    .refine((value) => !Number.isNaN(Date.parse(value)), 'must be a real date and time'),
);

/** A list of non-empty texts. */
export const textList = z.array(text);
