import type { OgFields } from './template.ts';

/** Code point ranges, inclusive. */
export type Ranges = ReadonlyArray<readonly [number, number]>;

/** Reads a CSS `unicode-range` value (`U+0000-00FF,U+0131`) into ranges. */
export function parseUnicodeRange(value: string): Ranges {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      const [from = '0', to = from] = part.split('-');
      return [parseInt(from, 16), parseInt(to, 16)] as const;
    });
}

/** The `unicode-range` of each subset in a Fontsource stylesheet, by file subset name. */
export function subsetRanges(css: string): Map<string, Ranges> {
  const ranges = new Map<string, Ranges>();
  for (const block of css.split('@font-face').slice(1)) {
    const subset = /files\/[\w-]+?-([a-z]+(?:-ext)?)-\d+-normal\.woff/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (subset && range) ranges.set(subset, parseUnicodeRange(range));
  }
  return ranges;
}

/**
 * Characters the bundled fonts lack that have a stand-in they draw, with the same meaning in a
 * title: the change list's "2011 → 2012" reads "2011 – 2012" rather than "2011 2012".
 */
const STAND_INS: Readonly<Record<string, string>> = {
  '→': '–',
  '←': '–',
  '↔': '–',
  '⇒': '–',
  '⟶': '–',
};

/**
 * What an OG image can show of its fields with the bundled fonts: the text in composed form
 * (`e` + combining accent becomes `é`), without the characters no font draws (emoji, Arabic,
 * Hebrew, leftover combining marks) which would otherwise come out as boxes and break the
 * layout; a character with a stand-in (`STAND_INS`) the fonts draw is drawn as that. `missing`
 * lists what was left out, for a warning naming the page.
 */
export function drawableFields(
  fields: OgFields,
  ranges: Ranges,
): { fields: OgFields; missing: string[] } {
  const missing = new Set<string>();
  const covered = (char: string) => {
    if (/^[\s]$/u.test(char)) return true;
    if (/\p{M}/u.test(char)) return false; // satori cannot place combining marks
    const point = char.codePointAt(0) ?? 0;
    return ranges.some(([from, to]) => point >= from && point <= to);
  };
  const clean = (text: string) => {
    // Invisible format characters (the joiners inside emoji) would keep the gaps apart.
    const kept = [...text.normalize('NFC').replace(/[\p{Cf}\p{Cc}]/gu, '')]
      .map((char) => {
        if (covered(char)) return char;
        const standIn = STAND_INS[char];
        if (standIn !== undefined && [...standIn].every(covered)) return standIn;
        missing.add(char);
        return ' ';
      })
      .join('');
    return kept.replace(/ {2,}/g, ' ').trim();
  };
  return {
    fields: {
      title: clean(fields.title),
      section: clean(fields.section),
      summary: clean(fields.summary),
      site: clean(fields.site),
      locale: fields.locale,
    },
    missing: [...missing],
  };
}
