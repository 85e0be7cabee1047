/** What every view of the tool shares: the methodology, the strings, the store and navigation. */
import type { Translate } from '../../lib/i18n/ui';
import type { Assessment } from '../../lib/self-assessment/assessment';
import type { ImportProblem } from '../../lib/self-assessment/read-file';
import type { ToolMethodology } from '../../lib/self-assessment/methodology';
import type { Store } from './store';

export interface App {
  methodology: ToolMethodology;
  t: Translate;
  /** Numbers as the page's language writes them (decimal comma in Latvian). */
  number: (value: number) => string;
  store: Store;
  assessment: () => Assessment;
  /** Saves the current assessment at once and refreshes what shows progress. */
  changed: () => void;
  /** Shows another view (`score/1.2`, `result`, …). */
  go: (hash: string) => void;
}

/** A criterion's code and title, as lists and headings show it. */
export function labelOf(app: App, code: string): string {
  const criterion = app.methodology.criteria.find((c) => c.code === code);
  return criterion ? `${code} ${criterion.title}` : code;
}

/** An import problem in the reader's words. */
export function describeProblem(app: App, problem: ImportProblem): string {
  return app.t(`tool.import.${problem.key}`, problem.values);
}
