import { findPersonalData, type PersonalDataKind } from '../../pii/detectors.ts';
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
};

/**
 * Walks every key and every text of each file as read, before any schema: personal data is
 * refused even in a field the schema would refuse anyway, and a key that holds it is masked in
 * the field path as well.
 */
export function checkPersonalData(
  files: readonly ScannedFile[],
  denylist: readonly RegExp[],
  problems: ProblemList,
): void {
  for (const { file, data } of files) walk(file, data, [], denylist, problems);
}

function walk(
  file: string,
  value: unknown,
  path: PathSegment[],
  denylist: readonly RegExp[],
  problems: ProblemList,
): void {
  const report = (text: string, where: PathSegment[]) => {
    for (const finding of findPersonalData(text, denylist)) {
      problems.add(
        file,
        where,
        `contains personal data (${KIND_WORDS[finding.kind]} "${finding.masked}"); pilot files must be anonymous`,
      );
    }
  };
  if (typeof value === 'string') report(value, path);
  else if (Array.isArray(value)) {
    value.forEach((item, index) => walk(file, item, [...path, index], denylist, problems));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const findings = findPersonalData(key, denylist);
      const segment = findings.length > 0 ? findings.map((f) => f.masked).join(' ') : key;
      if (findings.length > 0) report(key, [...path, segment]);
      walk(file, item, [...path, segment], denylist, problems);
    }
  }
}
