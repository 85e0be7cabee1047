/**
 * Free text names quasi-identifiers: "the foundation's working groups" tells every reader which
 * pilot wrote it when only one pilot is a foundation. A published text (strengths, areas for
 * improvement) must not name a region, service type or staff band that fewer than k pilots hold,
 * in any locale's label and any case form: words are compared by the stems search uses.
 *
 * A label is named only when the text holds all of its distinctive words: "Labdaros fondas" is
 * not named by "Eiropas Sociālā fonda projekts", nor "Pašvaldības sociālais dienests" by "Rīgas
 * Sociālais dienests" — one generic word of a multi-word name says nothing on its own.
 */
import { foldDiacritics, stemWord } from '../text/normalise.ts';
import type { Localized } from '../content/schemas/index.ts';

/** The shortest label word worth matching: shorter ones ("NVO", "of") say nothing on their own. */
const MIN_WORD = 4;

const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
/** A label's distinctive words: those of MIN_WORD letters or more, and every number ("20–49"). */
const distinctive = (label: string) =>
  words(label).filter((w) => w.length >= MIN_WORD || /^\p{N}+$/u.test(w));
/**
 * The names a label gives: itself without parentheses, and each parenthesised part, an
 * alternative name ("Kurzeme (Courland)" is named by either; "Foundation (NGO)" by "foundation").
 */
const namesOf = (label: string): string[] => [
  label.replace(/\([^)]*\)/g, ' '),
  ...[...label.matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? ''),
];
/** Search's stem, folded; English (which search leaves to Pagefind) loses a plural -s or -es. */
const stemOf = (word: string, locale: string) => {
  const cut = foldDiacritics(stemWord(word, locale).toLocaleLowerCase(locale));
  return locale.startsWith('en') && cut.length > MIN_WORD ? cut.replace(/(?:e?s)$/, '') : cut;
};
/**
 * Stems already worked out: every pilot text is compared with every rare value in every locale,
 * and the same few thousand words come back each time (a check of the shipped tree spent most of
 * its time here). Bounded, so a long `npm run dev` session does not grow it without end.
 */
const STEMS = new Map<string, string>();
const STEMS_MAX = 100_000;
const stem = (word: string, locale: string) => {
  const key = `${locale}\u0000${word}`;
  let found = STEMS.get(key);
  if (found === undefined) {
    if (STEMS.size >= STEMS_MAX) STEMS.clear();
    found = stemOf(word, locale);
    STEMS.set(key, found);
  }
  return found;
};

/** A value fewer than k pilots hold, with its labels. */
export interface RareValue {
  field: string;
  id: string;
  labels: Localized;
}

export interface NameMatch {
  /** The label as written in the locale that matched. */
  label: string;
}

/**
 * Finds which of `rare` a text names: every distinctive word of one of a label's names, in any
 * case form ("Nodibinājumam" names "Nodibinājums (NVO)"; "fonda" alone does not name "Labdaros
 * fondas (NVO)"). A name without a distinctive word is never matched.
 */
export function namedValues(text: string, rare: readonly RareValue[]): NameMatch[] {
  const matches: NameMatch[] = [];
  for (const value of rare) {
    for (const [locale, label] of Object.entries(value.labels)) {
      const textStems = new Set(words(text).map((w) => stem(w, locale)));
      const named = namesOf(label).some((name) => {
        const own = distinctive(name).map((w) => stem(w, locale));
        return own.length > 0 && own.every((s) => textStems.has(s));
      });
      if (named) {
        matches.push({ label });
        break;
      }
    }
  }
  return matches;
}
