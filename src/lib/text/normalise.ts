/**
 * Word forms for Latvian and Lithuanian, shared by search and the anonymity rule on free text.
 * Pagefind folds diacritics and matches word prefixes, but has no stemmer for either language:
 * "finansēm" does not reach "finanšu". Cutting a word back to its stem lets the prefix match
 * find every case form of it, and lets a name be recognised in any case form.
 */

/** Letters without their diacritics: `pašnovērtējums` → `pasnovertejums`. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .normalize('NFC');
}

/** Noun and adjective endings, longest first; only these languages are cut, English has Pagefind's stemmer. */
const ENDINGS: Record<string, readonly string[]> = {
  lv: [
    'ajiem',
    'ajām',
    'ajos',
    'ajās',
    'ajam',
    'ajai',
    'iem',
    'ām',
    'ēm',
    'īm',
    'am',
    'ai',
    'ei',
    'ij',
    'ās',
    'ēs',
    'īs',
    'us',
    'os',
    'as',
    'es',
    'is',
    'ā',
    'ē',
    'ī',
    'u',
    'a',
    'e',
    'i',
    's',
    'š',
  ],
  lt: [
    'iams',
    'ėms',
    'oms',
    'ams',
    'ius',
    'ių',
    'ais',
    'ose',
    'uose',
    'ės',
    'os',
    'us',
    'is',
    'as',
    'ai',
    'ui',
    'ą',
    'ę',
    'į',
    'ų',
    'ė',
    'a',
    'e',
    'i',
    'o',
    'u',
    's',
  ],
};

/** The shortest stem worth searching for: shorter ones match too much. */
const MIN_STEM = 4;

/** Each language's endings with their folded form, worked out once. */
const FOLDED_ENDINGS = new Map(
  Object.entries(ENDINGS).map(([language, endings]) => [
    language,
    endings.map((ending) => ({ ending, folded: foldDiacritics(ending) })),
  ]),
);

/** A word cut back to its stem in `locale`, or the word itself where the language has no rules. */
export function stemWord(word: string, locale: string): string {
  const endings = FOLDED_ENDINGS.get(locale.split('-')[0] ?? '');
  if (!endings || /\d/.test(word)) return word;
  const lower = word.toLocaleLowerCase(locale);
  // Readers often type without diacritics ("finansem"): compare the endings folded too.
  const folded = foldDiacritics(lower);
  const found = endings.find(
    (e) => folded.endsWith(e.folded) && lower.length - e.ending.length >= MIN_STEM,
  );
  return found ? lower.slice(0, -found.ending.length) : lower;
}

/** The queries to run: what the reader typed, and, where it differs, its stemmed form. */
export function queryVariants(query: string, locale: string): string[] {
  const stemmed = query
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => stemWord(word, locale))
    .join(' ');
  return [...new Set([query.trim(), stemmed].filter(Boolean))];
}
