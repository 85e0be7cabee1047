/**
 * Given names from a Hunspell dictionary: which of its entries are people's given names.
 * Pure (no file access): `scripts/given-names.ts` feeds it the dictionary and writes the data file.
 *
 * The Latvian dictionary (npm `dictionary-lv`) marks every proper noun `po:lietv<declension>i`
 * ("īpašvārds"); among them, people's given names are the ones that carry a diminutive flag
 * (`P`/`p`: -iņš, `R`/`r`, `T`/`t`: -īte, -ītis), which place names never take ("Ilze/SsTt",
 * "Jānis/QqRr", "Mārtiņš/OoPp"; but "Rīga/S", "Aizvīķi/o"). The Lithuanian dictionary marks all
 * its proper nouns alike (`/D`: villages, rivers and names), so it gives no list of given names.
 */
const PROPER_NOUN = /^(\p{Lu}[\p{L}-]*)\/(\S*)\s+po:lietv\d+i\b/u;
const DIMINUTIVE = /[PpRrTt]/;

export function givenNamesOfLatvianDictionary(dic: string): string[] {
  const names = new Set<string>();
  for (const line of dic.split('\n')) {
    const match = PROPER_NOUN.exec(line);
    if (match?.[1] && DIMINUTIVE.test(match[2] ?? '')) names.add(match[1]);
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'lv'));
}
