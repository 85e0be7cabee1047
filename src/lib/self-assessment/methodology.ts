import { leafCodes } from '../content/codes.ts';
import type { Kind, Panel, Taxonomies } from '../content/schemas/index.ts';
import type { CodeInfo } from '../results/pilot-scores.ts';

/** A criterion as the tool shows it: code, title in the page's language, and what it asks. */
export interface ToolCriterion {
  code: string;
  title: string;
  /** The language of the title and lists when it fell back to another one. */
  lang?: string | undefined;
  kind: Kind;
  href: string;
  questions: string[];
  evidence: string[];
}

/**
 * Everything the self-assessment script knows about the methodology, computed at build time from
 * the validated model and handed to the page: the tool never reads the content tree itself.
 */
export interface ToolMethodology {
  locale: string;
  locales: string[];
  defaultLocale: string;
  /** Every criterion code, top-level and below, in the methodology's order. */
  criteria: ToolCriterion[];
  /** The panels as validated (all their languages), so the pilot rules can run on them. */
  panels: Panel[];
  taxonomies: Taxonomies;
  /** Kind → its name in the page's language ("Enablers"). */
  kinds: Partial<Record<Kind, string>>;
  /** The open data file whose published aggregates the result is compared with. */
  openData: string;
  /**
   * Whose figures the comparison shows, with editions: the edition the results pages show
   * (shownResults), its title, and each criterion's code there (absent: no counterpart).
   */
  comparison?: { edition: string; title: string; codes: Record<string, string> } | undefined;
}

/** The codes with their kinds, as the result rules of `src/lib/results` take them. */
export function codeInfos(methodology: Pick<ToolMethodology, 'criteria'>): CodeInfo[] {
  return methodology.criteria.map(({ code, kind }) => ({ code, kind }));
}

/** The sub-criteria an assessment scores: the codes without children, at whatever depth. */
export function subcriteriaOf(methodology: Pick<ToolMethodology, 'criteria'>): ToolCriterion[] {
  const leaves = leafCodes(methodology.criteria.map((c) => c.code));
  return methodology.criteria.filter((c) => leaves.has(c.code));
}

/** The panel that scores a code: the one for its kind. */
export function panelOf(
  methodology: Pick<ToolMethodology, 'criteria' | 'panels'>,
  code: string,
): Panel | undefined {
  const kind = methodology.criteria.find((c) => c.code === code)?.kind;
  return methodology.panels.find((p) => p.appliesTo === kind);
}
