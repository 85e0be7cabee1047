import { z } from 'zod';
import { SLUG_PATTERN, type LocalizedSchema } from './primitives.ts';
import { KINDS } from './criterion.ts';

const score = z.number().int('must be a whole number').min(0).max(100);

/** content/scales/<id>.json: a scoring panel, its dimensions and its bands. */
export function panelSchema(localized: LocalizedSchema) {
  return z
    .object({
      id: z.string().regex(SLUG_PATTERN, 'must be an id of lower-case letters, digits and hyphens'),
      appliesTo: z.enum(KINDS),
      title: localized,
      description: localized.optional(),
      dimensions: z
        .array(
          z
            .object({
              id: z.string().regex(SLUG_PATTERN, 'must be an id of lower-case letters and hyphens'),
              label: localized,
            })
            .strict(),
        )
        .min(1),
      bands: z
        .array(
          z
            .object({ min: score, max: score, label: localized, description: localized.optional() })
            .strict()
            .refine((band) => band.min <= band.max, {
              message: 'min must not be greater than max',
              path: ['min'],
            }),
        )
        .min(1),
    })
    .strict();
}
export type Panel = z.infer<ReturnType<typeof panelSchema>>;
export type Band = Panel['bands'][number];
