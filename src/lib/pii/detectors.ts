/** Detectors for personal data in free text: what they look for and how they mask what they find. */
import { findPersonNames } from './person-names.ts';

/** `name`: a name on the ministry's deny-list; `person`: a given name and surname found by ./person-names.ts. */
export type PersonalDataKind = 'email' | 'phone' | 'personal-code' | 'name' | 'person';

/** One piece of personal data found in a text, with a masked form safe to print. */
export interface Finding {
  kind: PersonalDataKind;
  /** Where it starts in the text. */
  index: number;
  /** The text found; never print it, print `masked`. */
  match: string;
  masked: string;
}

interface Detector {
  kind: PersonalDataKind;
  pattern: RegExp;
  /** Rejects matches that only look like personal data. */
  accept?: (match: RegExpExecArray) => boolean;
  mask: (match: string) => string;
}

const stars = (text: string): string => text.replace(/[^\s\-@.+]/gu, '*');

function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  const tld = domain.slice(domain.lastIndexOf('.'));
  return `${local.slice(0, 1)}***@***${tld}`;
}

/** Keeps the country prefix and the first digit: `+371 2*** ****`. */
function maskPhone(phone: string): string {
  const prefix = /^(\+|00)371/.exec(phone) ? '+371 ' : '';
  const digits = phone.replace(/^(\+|00)371/, '').replace(/\D/g, '');
  return `${prefix}${digits.slice(0, 1)}*** ****`;
}

/** Keeps the first two digits: `12****-*****`. */
function maskCode(code: string): string {
  return code.slice(0, 2) + stars(code.slice(2));
}

function isCalendarDate(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** Lithuanian personal codes end with a check digit (two weighted sums, mod 11). */
function hasLithuanianCheckDigit(code: string): boolean {
  const digits = [...code].map(Number);
  const sum = (weights: number[]) =>
    weights.reduce((total, w, i) => total + w * (digits[i] ?? 0), 0);
  let check = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
  if (check === 10) check = sum([3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11;
  if (check === 10) check = 0;
  return check === digits[10];
}

// No digit (or digit and separator) may come before a number, and none after it: that keeps
// amounts (27 694,04), decimals and codes (9.2.1.) from being read as phones or personal codes.
// Letters may touch it ("tel.29123456", "v29123456").
const NOT_AFTER = String.raw`(?<!\d)(?<!\d[.,/-])`;
const NOT_BEFORE = String.raw`(?![\d/]|[.,-]\d)`;
/** One optional separator between the digits of a number: space, dot, hyphen or slash. */
const SEP = String.raw`[ ./-]?`;

const DETECTORS: Detector[] = [
  {
    kind: 'personal-code',
    // Latvian: old DDMMYY-NNNNN and new 32NNNN-NNNNN.
    pattern: new RegExp(`${NOT_AFTER}(\\d{2})(\\d{2})\\d{2}[- ]?\\d{5}${NOT_BEFORE}`, 'g'),
    accept: (m) => m[1] === '32' || isCalendarDate(Number(m[1]), Number(m[2])),
    mask: maskCode,
  },
  {
    kind: 'personal-code',
    // Lithuanian: GYYMMDDNNNC, G from 1 to 6, with a valid check digit.
    pattern: new RegExp(`${NOT_AFTER}[1-6]\\d{2}(\\d{2})(\\d{2})\\d{4}${NOT_BEFORE}`, 'g'),
    accept: (m) => isCalendarDate(Number(m[2]), Number(m[1])) && hasLithuanianCheckDigit(m[0]),
    mask: maskCode,
  },
  {
    kind: 'phone',
    // Latvian: 8 digits starting with 2 (mobile) or 6 (landline), optionally +371 or 00371,
    // digits grouped by single separators. An amount followed by a currency is not a phone.
    pattern: new RegExp(
      `${NOT_AFTER}(?:(?:\\+|00)371${SEP})?[26](?:${SEP}\\d){7}${NOT_BEFORE}(?!\\s?(?:EUR|LVL|Ls|€|eiro|euro))`,
      'gi',
    ),
    mask: maskPhone,
  },
];

/** Dates in the usual spellings; blanked out before numbers are looked for, so 2011-10-05 is no phone. */
const DATES = /(?<!\d)(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})(?!\d)/g;

/**
 * The text as detectors read it: compatibility forms folded (full-width digits, "＠"), every kind
 * of space made a plain space, and invisible format characters (zero-width spaces, soft hyphens)
 * removed, so personal data cannot hide behind its spelling.
 */
export function normaliseForDetection(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/[\p{Zs}\t]/gu, ' ');
}

/** Letters, digits and the marks an e-mail address may hold left of "@". */
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;

/**
 * E-mail addresses found from each "@" outwards, with bounded look-around: the time is linear
 * in the text, where one pattern over a long word without "@" would take quadratic time.
 */
function findEmails(text: string): Array<{ index: number; match: string }> {
  const found: Array<{ index: number; match: string }> = [];
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > from && at - start < 64 && LOCAL_CHAR.test(text[start - 1] ?? '')) start -= 1;
    if (start === at) continue;
    const domain = DOMAIN.exec(text.slice(at + 1, at + 256));
    if (!domain) continue;
    found.push({ index: start, match: text.slice(start, at + 1 + domain[0].length) });
    from = at + 1 + domain[0].length;
  }
  return found;
}

/**
 * Characters normalisation leaves as they are and that are no "@" or digit in disguise: printable
 * ASCII, line breaks and tabs, Latin letters with diacritics, dashes, quotes and the ellipsis.
 */
const PLAIN = /^[\t\n\r\x20-\x7e\u00c0-\u024f\u2013\u2014\u2018-\u201e\u2026]*$/;
/** The fewest digits any number detector needs (a phone: 8). */
const FEWEST_DIGITS = 8;

/**
 * True when no detector but the deny-list can match: a plain text without "@" and with fewer
 * digits than the shortest number. Most keys and notes are such; they skip the detectors.
 */
function cannotHoldNumbersOrEmails(text: string): boolean {
  if (text.includes('@') || !PLAIN.test(text)) return false;
  let digits = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57 && ++digits >= FEWEST_DIGITS) return false;
  }
  return true;
}

/** Masks a name word by word, keeping first letters: `Ilze Ozola` → `I*** O****`. */
const maskName = (name: string) =>
  name.replace(/(\p{L})\p{L}*/gu, (word, first: string) => first + '*'.repeat(word.length - 1));

export interface DetectOptions {
  /** Look for people's names (a given name and a surname); off for a text an editor reviewed. */
  people?: boolean;
}

/** Runs every detector over a text; `names` are deny-listed names matched as whole words. */
export function findPersonalData(
  original: string,
  names: readonly RegExp[] = [],
  { people = true }: DetectOptions = {},
): Finding[] {
  const persons = people
    ? findPersonNames(normaliseForDetection(original)).map(({ index, match }) => ({
        kind: 'person' as const,
        index,
        match,
        masked: maskName(match),
      }))
    : [];
  if (names.length === 0 && cannotHoldNumbersOrEmails(original)) return persons;
  const text = normaliseForDetection(original);
  const findings: Finding[] = findEmails(text).map(({ index, match }) => ({
    kind: 'email',
    index,
    match,
    masked: maskEmail(match),
  }));
  const taken: Array<[number, number]> = findings.map((f) => [f.index, f.index + f.match.length]);
  // Digits of dates are blanked (same length, so positions hold) before numbers are matched.
  const numbers = text.replace(DATES, (date) => 'D'.repeat(date.length));
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);
  const detectors: Detector[] = [
    ...DETECTORS,
    ...names.map((pattern) => ({
      kind: 'name' as const,
      pattern,
      mask: maskName,
    })),
  ];
  for (const detector of detectors) {
    const source = detector.kind === 'name' ? text : numbers;
    for (const match of source.matchAll(detector.pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (detector.accept && !detector.accept(match as RegExpExecArray)) continue;
      if (overlaps(start, end)) continue;
      taken.push([start, end]);
      findings.push({
        kind: detector.kind,
        index: start,
        match: text.slice(start, end),
        masked: detector.mask(text.slice(start, end)),
      });
    }
  }
  // A deny-listed name found as well is reported once, as the ministry's.
  for (const person of persons)
    if (!overlaps(person.index, person.index + person.match.length)) findings.push(person);
  return findings.sort((a, b) => a.index - b.index);
}
