import { HANDOUT_KINDS } from '../content/schemas/event.ts';

/** A printable handout: one of the generator's own, or a report printed as a handout. */
export interface HandoutRef {
  id: string;
  kind: (typeof HANDOUT_KINDS)[number] | 'report';
}

/** Every handout of a site: the built-in ones, then each report by its slug. */
export function handoutsOf(reportSlugs: readonly string[]): HandoutRef[] {
  return [
    ...HANDOUT_KINDS.map((id) => ({ id, kind: id })),
    ...reportSlugs
      .filter((slug) => !(HANDOUT_KINDS as readonly string[]).includes(slug))
      .map((id) => ({ id, kind: 'report' as const })),
  ];
}
