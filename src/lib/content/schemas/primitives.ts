import { z } from 'zod';
import { checked, prepared } from './checked.ts';

/** Criterion codes: `3`, `3.2`, `3.2.1`. */
export const CODE_PATTERN = /^\d+(\.\d+){0,2}$/;
/** Pilot ids: one to three capital letters and one to four digits (`P03`). */
export const PILOT_ID_PATTERN = /^[A-Z]{1,3}\d{1,4}$/;
/** Locale codes as BCP 47 language tags in their common short form (`lv`, `en`, `pt-BR`). */
export const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Z]{2})?$/;
/** Ids of taxonomy entries, panels, dimensions, slugs: lower-case words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Text without control characters other than tab and line breaks: those are invisible, and never meant. */
// eslint-disable-next-line no-control-regex
const WITHOUT_CONTROL = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

/**
 * The longest texts the site accepts, in characters (docs/authoring.md lists them): a title must
 * fit a heading and a share image, a summary a search result.
 */
export const MAX_LENGTH = { line: 200, summary: 600, paragraph: 2000 } as const;

/**
 * Non-empty text of at most `max` characters, without control characters: checks of the string
 * itself, not a refinement around it, since a tree has a dozen such texts per pilot.
 */
export function boundedText(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(WITHOUT_CONTROL, 'contains an invisible control character: delete it');
}

/** A non-empty line of text: titles, terms, venues, addresses, ids. */
export const text = boundedText(MAX_LENGTH.line);

/** A sentence or two: summaries and descriptions. */
export const summaryText = boundedText(MAX_LENGTH.summary);

/** A paragraph: list items and localized texts such as a pilot's notes. */
export const paragraphText = boundedText(MAX_LENGTH.paragraph);

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
  const record = z.record(z.string(), paragraphText);
  if (!context) return record;
  return checked(record, (value, ctx) => {
    for (const key of Object.keys(value)) {
      if (!context.locales.includes(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `is not a locale of this site (locales: ${context.locales.join(', ')})`,
        });
      }
    }
    if (!Object.hasOwn(value, context.defaultLocale)) {
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
export const code = prepared(
  (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
  z
    .string({ invalid_type_error: 'must be a criterion code in quotes, e.g. "3.2"' })
    .regex(CODE_PATTERN, 'must be a criterion code such as "3" or "3.2"'),
);

/** The years a date may have (docs/authoring.md): the methodology's era, with room on both sides. */
export const YEARS = { min: 1990, max: 2100 } as const;

/** A day that exists in the calendar (no 29 February 2011, no 31 April), in the years allowed. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (year < YEARS.min || year > YEARS.max) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

const YEAR_RULE = `, in the years ${YEARS.min}–${YEARS.max}`;

/** Month or day precision (`2011-10`, `2011-10-05`), as pilots record when they assessed. */
export const monthOrDay = checked(
  z.string({ invalid_type_error: 'must be a date in quotes, YYYY-MM or YYYY-MM-DD' }),
  (value, ctx) => {
    const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
    if (!match || !isRealDate(Number(match[1]), Number(match[2]), Number(match[3] ?? 1)))
      ctx.addIssue({
        code: 'custom',
        message: `must be a real date written YYYY-MM or YYYY-MM-DD${YEAR_RULE}`,
      });
  },
);

/**
 * A calendar day. Astro's YAML reader turns `2012-03-01` into a Date, the plain reader keeps
 * text; both end up as the same `YYYY-MM-DD` text so every reader sees one value.
 */
export const day = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string({ invalid_type_error: 'must be a date written YYYY-MM-DD' }).refine((value) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    return !!match && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
  }, `must be a real date written YYYY-MM-DD${YEAR_RULE}`),
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
    .refine((value) => {
      const [, y, mo, d, h, mi, s = '0', oh = '0', om = '0'] =
        /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-](\d{2}):(\d{2}))$/.exec(
          value,
        ) ?? [];
      return (
        isRealDate(Number(y), Number(mo), Number(d)) &&
        Number(h) <= 23 &&
        Number(mi) <= 59 &&
        Number(s) <= 59 &&
        Number(oh) <= 14 &&
        Number(om) <= 59 &&
        !Number.isNaN(Date.parse(value))
      );
    }, `must be a real date and time${YEAR_RULE}`),
);

/** A web address a reader may follow: only https:// and http://. */
export const webAddress = z
  .string({ invalid_type_error: 'must be a full address such as https://example.lv' })
  .max(MAX_LENGTH.line)
  .refine((value) => {
    if (!/^https?:\/\/[^\s]+$/i.test(value)) return false;
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be a full address starting with https:// (or http://), such as https://example.lv');

/** A list of non-empty texts, each a paragraph at most. */
export const textList = z.array(paragraphText);
