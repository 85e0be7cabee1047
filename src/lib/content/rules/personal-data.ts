import { findPersonalData, type Finding, type PersonalDataKind } from '../../pii/detectors.ts';
import type { PathSegment, ProblemList } from '../problem.ts';

/** A file whose every key and text must be free of personal data, as it was read. */
export interface ScannedFile {
  file: string;
  data: unknown;
}

const KIND_WORDS: Record<PersonalDataKind, string> = {
  email: 'an e-mail address',
  phone: 'a phone number',
  'personal-code': 'a personal code',
  name: 'a name on the deny-list',
  person: "a person's name",
};

/**
 * Walks every key and every text of each file as read, before any schema: personal data is
 * refused even in a field the schema would refuse anyway, and a key that holds it is masked in
 * the field path as well. In a note an editor marked `"reviewed": true`, a given name followed by
 * a capitalised word is taken as checked (it may be a place or a programme); e-mails, phones,
 * personal codes and deny-listed names never are.
 */
export function checkPersonalData(
  files: readonly ScannedFile[],
  denylist: readonly RegExp[],
  problems: ProblemList,
): void {
  // One path, grown and shrunk along the walk: a problem formats it when it is recorded.
  for (const { file, data } of files) walk(file, data, [], denylist, problems, true);
}

function walk(
  file: string,
  value: unknown,
  path: PathSegment[],
  denylist: readonly RegExp[],
  problems: ProblemList,
  people: boolean,
): void {
  if (typeof value === 'string') {
    report(file, findPersonalData(value, denylist, { people }), path, problems);
  } else if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      path.push(index);
      walk(file, value[index], path, denylist, problems, people);
      path.pop();
    }
  } else if (value && typeof value === 'object') {
    const reviewed = (value as { reviewed?: unknown }).reviewed === true;
    for (const [key, item] of Object.entries(value)) {
      const findings = findPersonalData(key, denylist);
      path.push(findings.length > 0 ? findings.map((f) => f.masked).join(' ') : key);
      report(file, findings, path, problems);
      walk(file, item, path, denylist, problems, people && !reviewed);
      path.pop();
    }
  }
}

function report(
  file: string,
  findings: readonly Finding[],
  path: readonly PathSegment[],
  problems: ProblemList,
): void {
  for (const finding of findings) {
    problems.add(
      file,
      path,
      `contains personal data (${KIND_WORDS[finding.kind]} "${finding.masked}"); pilot files must be anonymous`,
    );
  }
}
