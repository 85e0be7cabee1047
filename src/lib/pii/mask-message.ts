import { findPersonalData, normaliseForDetection } from './detectors.ts';

/** A value that is an id, a code or a number: safe to repeat in a message (capitalised words are not). */
const ID_LIKE = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*|[A-Z]{1,3}\d{1,4}|-?\d+(?:\.\d+)*)$/;

/** Masks a text word by word, keeping first letters: `Anna Bērziņa` → `A*** B******`. */
export function maskWords(text: string): string {
  return text.replace(/(\p{L}|\p{N})[\p{L}\p{N}]*/gu, (word, first: string) =>
    first.padEnd(word.length, '*'),
  );
}

/**
 * Makes a problem message about a file that may hold personal data safe to print: every quoted
 * value in it (`"…"`) that holds personal data is masked, and so is any quoted value that is not
 * a plain id, code or number, since an unknown name looks like any other text.
 */
export function maskMessage(message: string, names: readonly RegExp[] = []): string {
  return message.replace(/"((?:[^"\\]|\\.)*)"/g, (quoted, inner: string) => {
    if (!ID_LIKE.test(inner)) return `"${maskWords(inner)}"`;
    const findings = findPersonalData(inner, names);
    return findings.length > 0 ? `"${findings.map((f) => f.masked).join(' ')}"` : quoted;
  });
}

/**
 * Masks the personal data the detectors find in any message, wherever it stands (a key in a
 * field path, a value a rule repeats): `["janis.ozols@example.lv"]` → `["j***@***.lv"]`. A
 * message without any is returned as it is.
 */
export function maskPersonalData(message: string, names: readonly RegExp[] = []): string {
  const findings = findPersonalData(message, names);
  if (findings.length === 0) return message;
  let text = normaliseForDetection(message);
  for (const finding of findings.toReversed())
    text =
      text.slice(0, finding.index) +
      finding.masked +
      text.slice(finding.index + finding.match.length);
  return text;
}
