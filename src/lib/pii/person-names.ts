/**
 * Names of people in free text: a capitalised given name followed by a capitalised word ("Ilze
 * Ozola", "Jānim Bērziņam"), or a capitalised word followed by a Lithuanian surname, whose
 * endings say it is one ("Rūta Kazlauskienė"). Given names come from the Latvian Hunspell
 * dictionary (./given-names.json, written by scripts/given-names.ts; its `source` says which
 * version); a word is compared without its case ending ("Annu", "Annai", "Annas" are "Anna").
 * A street or institution named after a person ("Krišjāņa Barona iela") is no person.
 */
import { foldDiacritics, stemWord } from '../text/normalise.ts';
import data from './given-names.json' with { type: 'json' };

/** One person's name found in a text: where it starts and what it is. */
export interface PersonName {
  index: number;
  match: string;
}

const stemOf = (word: string) => foldDiacritics(stemWord(word, 'lv'));
/** Nominative endings of Latvian given names, and the endings of every case (longest first). */
const NOMINATIVE = /(?:is|us|s|š|a|e|o|i)$/u;
const CASE_ENDINGS = [
  'iem',
  'ām',
  'ēm',
  'īm',
  'am',
  'em',
  'im',
  'ai',
  'ei',
  'as',
  'es',
  'is',
  'us',
];
const ONE_LETTER = ['u', 'a', 'e', 'i', 's', 'š', 'ā', 'ē', 'ī', 'o'];
/** The shortest part of a name left once its ending is cut ("Ada" → "ad" is too short to tell). */
const MIN_CUT = 3;
let givenCuts: Set<string> | undefined;
/** The given names without their nominative ending, made the first time a text is checked. */
const given = () =>
  (givenCuts ??= new Set(
    data.lv.map((name) => foldDiacritics(name.toLocaleLowerCase('lv').replace(NOMINATIVE, ''))),
  ));
/** Whether a word is a given name in some case: itself, or without one of the case endings. */
const isGivenName = (word: string): boolean => {
  const lower = word.toLocaleLowerCase('lv');
  const names = given();
  // Folded, so the consonants a case changes ("Jānis", "Jāņa") compare alike.
  if (names.has(foldDiacritics(lower.replace(NOMINATIVE, '')))) return true;
  return [...CASE_ENDINGS, ...ONE_LETTER].some(
    (ending) =>
      lower.endsWith(ending) &&
      lower.length - ending.length >= MIN_CUT &&
      names.has(foldDiacritics(lower.slice(0, -ending.length))),
  );
};

/**
 * Lithuanian surnames by their endings, in every case: married -ienė, unmarried -aitė, -ytė,
 * -utė, -ūtė, and the men's -auskas, -evičius, -avičius, -aitis.
 */
const LITHUANIAN_SURNAME =
  /\p{L}{2,}(?:ien|ait|yt|ut|ūt)(?:ė|ės|ei|ę|e)$|\p{L}{2,}(?:auskas|ausko|auskui|auską|auskai|auskų|evičius|evičiaus|evičiui|evičių|avičius|avičiaus|avičiui|avičių|aitis|aičio|aičiui|aitį)$/u;

/**
 * Nouns a person's name is given to without being a person: streets, schools, hospitals,
 * prizes. A name followed by one of them is the name of that place or thing.
 */
const NAMED_AFTER = new Set(
  [
    'iela',
    'gatve',
    'prospekts',
    'bulvāris',
    'laukums',
    'šoseja',
    'skola',
    'pamatskola',
    'vidusskola',
    'ģimnāzija',
    'slimnīca',
    'universitāte',
    'muzejs',
    'parks',
    'prēmija',
    'balva',
    'stipendija',
    'fonds',
    'nams',
    'piemineklis',
    'gatvė',
    'prospektas',
    'mokykla',
    'gimnazija',
    'ligoninė',
    'universitetas',
  ].map(stemOf),
);

const WORD = /[\p{L}][\p{L}'’-]*/gu;
const capitalised = (word: string) =>
  /^\p{Lu}/u.test(word) && !(word.length > 1 && word === word.toLocaleUpperCase());

/** Finds the people a text names. */
export function findPersonNames(text: string): PersonName[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ word: m[0], index: m.index ?? 0 }));
  const found: PersonName[] = [];
  for (let i = 0; i + 1 < words.length; i += 1) {
    const first = words[i];
    const second = words[i + 1];
    if (!first || !second || !capitalised(first.word) || !capitalised(second.word)) continue;
    // Only a space between them: "Ilze. Ozola" or "Ilze, Ozola" are not one name.
    if (!/^[ \u00a0]+$/u.test(text.slice(first.index + first.word.length, second.index))) continue;
    const isName =
      (first.word.length > MIN_CUT && isGivenName(first.word)) ||
      LITHUANIAN_SURNAME.test(second.word);
    if (!isName) continue;
    const third = words[i + 2];
    if (third && NAMED_AFTER.has(stemOf(third.word))) continue;
    found.push({
      index: first.index,
      match: text.slice(first.index, second.index + second.word.length),
    });
    i += 1;
  }
  return found;
}
