/**
 * Two rules of the methodology's structure that the validator, the model and the aggregation all
 * need: the kind of every criterion code, and the panel that scores a code of that kind.
 */
import { rootCode } from './codes.ts';
import type { Kind, Panel } from './schemas/index.ts';

/**
 * The kind of every code: a top-level criterion's own `kind`, inherited by everything below it.
 * `criteria` are one locale's (the default locale's); a code under a criterion without a kind
 * (already reported by the hierarchy rules) has none.
 */
export function criterionKinds(
  criteria: Iterable<{ code: string; kind?: Kind | undefined }>,
): Map<string, Kind> {
  const list = [...criteria];
  const top = new Map(
    list.flatMap((c) => (c.kind && rootCode(c.code) === c.code ? [[c.code, c.kind] as const] : [])),
  );
  return new Map(
    list.flatMap((c) => {
      const kind = top.get(rootCode(c.code));
      return kind ? [[c.code, kind] as const] : [];
    }),
  );
}

/** The panel that scores criteria of `kind`: exactly one per kind, as the panel rules require. */
export function panelFor(panels: readonly Panel[], kind: Kind | undefined): Panel | undefined {
  return kind ? panels.find((panel) => panel.appliesTo === kind) : undefined;
}
