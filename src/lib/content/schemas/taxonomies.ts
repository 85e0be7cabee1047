import { z } from 'zod';
import { SLUG_PATTERN, type LocalizedSchema } from './primitives.ts';

/** The quasi-identifiers a pilot may carry: the pilot field and the taxonomy that lists its ids. */
export const QUASI_IDENTIFIERS = [
  { field: 'region', taxonomy: 'regions' },
  { field: 'serviceType', taxonomy: 'serviceTypes' },
  { field: 'staffBand', taxonomy: 'staffBands' },
] as const;
export type QuasiIdentifier = (typeof QUASI_IDENTIFIERS)[number]['field'];

/** content/taxonomies.json: each quasi-identifier as a map of id → localized label. */
export function taxonomiesSchema(localized: LocalizedSchema) {
  const taxonomy = z.record(
    z.string().regex(SLUG_PATTERN, 'must be an id of lower-case letters, digits and hyphens'),
    localized,
  );
  return z.object({ regions: taxonomy, serviceTypes: taxonomy, staffBands: taxonomy }).strict();
}
export type Taxonomies = z.infer<ReturnType<typeof taxonomiesSchema>>;
