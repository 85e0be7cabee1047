/**
 * Assessors' files brought to the consensus meeting: each is read and checked as a whole, then
 * added (or replaces its earlier import) or refused with its reasons, never half.
 */
import { addAssessor } from '../../lib/self-assessment/consensus';
import { readAssessmentFile } from '../../lib/self-assessment/read-file';
import { describeProblem, type App } from './app';

/** Reads chosen files; each is either added whole (or replaces its earlier import) or refused with its reasons, never half. */
export async function importAssessors(app: App, files: readonly File[]): Promise<string[]> {
  const messages: string[] = [];
  const assessment = app.assessment();
  for (const file of files) {
    const outcome = readAssessmentFile(await file.text(), app.methodology);
    if (!outcome.ok) {
      messages.push(
        `${app.t('tool.import.refused', { file: file.name })} ${outcome.problems.map((p) => describeProblem(app, p)).join(' ')}`,
      );
      continue;
    }
    const { id, name, member, updated, entries } = outcome.assessment;
    const who = member?.trim() || name || file.name;
    const done = addAssessor(assessment.assessors, {
      name: name || file.name,
      id,
      ...(member ? { member } : {}),
      saved: updated,
      entries,
    });
    messages.push(
      app.t(
        done === 'replaced'
          ? 'tool.import.replaced'
          : outcome.migratedFrom
            ? 'tool.import.migrated'
            : 'tool.import.done',
        { file: file.name, name: who, version: outcome.migratedFrom ?? '' },
      ),
    );
  }
  app.changed();
  return messages;
}
