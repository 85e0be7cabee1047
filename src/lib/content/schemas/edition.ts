import { z } from 'zod';
import { CODE_PATTERN, SLUG_PATTERN, code, day, type LocalizedSchema } from './primitives.ts';

/** Where an edition stands: being tried out, the published methodology, or taken back. */
export const EDITION_STATUSES = ['draft', 'validated', 'withdrawn'] as const;
export type EditionStatus = (typeof EDITION_STATUSES)[number];

/**
 * One entry of site.json `editions` (an extension of the contract, see docs/authoring.md): a
 * version of the methodology with its own criteria, panels and chapters. The current edition's
 * files are the tree's own `criteria/`, `scales/` and `methodology/`; every other edition's are
 * under `editions/<id>/`.
 */
export function editionSchema(localized: LocalizedSchema) {
  return z
    .object({
      id: z.string().regex(SLUG_PATTERN, 'must be an id of lower-case letters, digits and hyphens'),
      title: localized,
      status: z.enum(EDITION_STATUSES),
      published: day,
      current: z.boolean().default(false),
      description: localized.optional(),
      /**
       * The editor's word on which code of the previous edition became which code of this one,
       * overriding the matching by code and title; `null` says the old criterion has no successor.
       */
      renumbered: z
        .record(
          z.string().regex(CODE_PATTERN, 'must be a criterion code such as "3.2"'),
          code.nullable(),
        )
        .default({}),
    })
    .strict();
}
export type Edition = z.infer<ReturnType<typeof editionSchema>>;
