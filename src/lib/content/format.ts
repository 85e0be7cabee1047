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
    (byFile.get(file) ?? [])
      .map(({ path, rule }) => `  ${prefix}${file}: ${path ? `${path} — ` : ''}${rule}`)
      .join('\n'),
  );
  const count = `${plural(problems.length, 'problem')} in ${plural(files.length, 'file')}`;
  return `The content has ${count}; nothing was built.\n\n${groups.join('\n\n')}\n\n${count}.`;
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
