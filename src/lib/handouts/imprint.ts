import type { Site } from '../content/schemas/site.ts';
import { intlLocale } from '../text/locale.ts';

/**
 * The edition of the methodology a handout prints: its version and publication date. The one
 * place that reads them from site.json, so a later source (editions) changes only this function.
 */
export function methodologyEdition(site: Pick<Site, 'methodology'>): {
  version: string;
  published: string;
} {
  return { version: site.methodology.version, published: site.methodology.published };
}

/** A calendar day (`2012-03-01`) in the locale's long form: "2012. gada 1. marts", "1 March 2012". */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day.slice(0, 10)}T00:00:00Z`),
  );
}
