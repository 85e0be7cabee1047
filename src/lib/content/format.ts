import type { Problem } from './problem.ts';

/**
 * The report an editor reads: problems grouped by file, one line each as
 * `file: field.path — rule`, then a count.
 */
export function formatProblems(problems: readonly Problem[], prefix = ''): string {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) {
    const list = byFile.get(problem.file) ?? [];
    list.push(problem);
    byFile.set(problem.file, list);
  }
  const files = [...byFile.keys()].sort();
  const groups = files.map((file) =>
    (byFile.get(file) ?? []).map((problem) => `  ${problemLine(problem, prefix)}`).join('\n'),
  );
  const count = problemCount(problems);
  return `The content has ${count}; nothing was built.\n\n${groups.join('\n\n')}\n\n${count}.`;
}

/** One problem as the editor reads it: `file: field.path — rule`. */
export function problemLine({ file, path, rule }: Problem, prefix = ''): string {
  return `${prefix}${file}: ${path ? `${path} — ` : ''}${rule}`;
}

/** How many problems in how many files, as the report's first and last lines say it. */
export function problemCount(problems: readonly Problem[]): string {
  return `${plural(problems.length, 'problem')} in ${plural(new Set(problems.map((p) => p.file)).size, 'file')}`;
}

/**
 * The one warning line about litter skipped (files operating systems and editors leave behind),
 * or undefined when there is none.
 */
export function formatSkipped(files: readonly string[], prefix = ''): string | undefined {
  if (files.length === 0) return undefined;
  const list = files.map((file) => `${prefix}${file}`).join(', ');
  return `⚠ Skipped ${plural(files.length, 'file')} that operating systems and editors leave behind (not content): ${list}`;
}

/** A count with its noun: `[9, 'pilot', 'pilots']`. */
export type Tally = [count: number, singular: string, plural: string];

/** One line saying the tree is fine, with what it holds. */
export function formatSuccess(tallies: readonly Tally[], seconds: number): string {
  const parts = tallies.map(([count, one, many]) => `${count} ${count === 1 ? one : many}`);
  return `✓ Content is valid: ${parts.join(', ')} (${seconds.toFixed(2)} s).`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
