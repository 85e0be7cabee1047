/**
 * The OG image (1200×630) as a satori element tree: section, title, summary, site and locale.
 * Plain objects, so the template needs no JSX; change TEMPLATE_VERSION when its look changes,
 * which invalidates every cached image.
 */
export const TEMPLATE_VERSION = 2;
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** What an OG image shows; exactly what the page's own head says, so nothing more is published. */
export interface OgFields {
  title: string;
  section: string;
  summary: string;
  site: string;
  locale: string;
}

interface Element {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | Element | Element[] };
}

const el = (
  style: Record<string, string | number>,
  children?: string | Element | Element[],
): Element => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, ...(children === undefined ? {} : { children }) },
});

/** Long titles get a smaller size so three lines hold them; beyond that they are clamped. */
function titleSize(title: string): number {
  if (title.length <= 40) return 68;
  if (title.length <= 80) return 56;
  return 46;
}

/**
 * The subsets of Noto Sans drawn on OG images, in fallback order: Latin, Latin Extended (ā, ģ, ņ,
 * ų …), Cyrillic, Greek and Vietnamese. Devanagari is left out: satori cannot shape it.
 */
export const FONT_SUBSETS = [
  'latin',
  'latin-ext',
  'cyrillic',
  'cyrillic-ext',
  'greek',
  'greek-ext',
  'vietnamese',
] as const;

/** The family name each subset file of Noto Sans is loaded under. */
export const fontFamilyName = (subset: string) => `Noto Sans ${subset}`;

/** Families in fallback order. */
export const FONT_FAMILY = FONT_SUBSETS.map(fontFamilyName).join(', ');

export function ogTemplate(fields: OgFields): Element {
  return el(
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      background: '#ffffff',
      fontFamily: FONT_FAMILY,
      color: '#1b1f24',
    },
    [
      el({ width: 24, height: OG_HEIGHT, background: '#9e1b32' }),
      el(
        {
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '56px 72px',
          width: OG_WIDTH - 24,
        },
        [
          el(
            {
              fontSize: 28,
              fontWeight: 700,
              color: '#9e1b32',
              textTransform: 'uppercase',
              letterSpacing: 1,
            },
            fields.section,
          ),
          el({ flexDirection: 'column' }, [
            el(
              {
                fontSize: titleSize(fields.title),
                fontWeight: 700,
                lineHeight: 1.15,
                lineClamp: 3,
                display: 'block',
                wordBreak: 'break-word',
                overflow: 'hidden',
              },
              fields.title,
            ),
            el(
              {
                fontSize: 30,
                lineHeight: 1.35,
                color: '#4a5563',
                marginTop: 24,
                lineClamp: 2,
                display: 'block',
                wordBreak: 'break-word',
                overflow: 'hidden',
              },
              fields.summary,
            ),
          ]),
          el(
            {
              justifyContent: 'space-between',
              fontSize: 26,
              color: '#1b1f24',
              borderTop: '2px solid #c9d1d9',
              paddingTop: 20,
            },
            [
              el({ maxWidth: 900, lineClamp: 1, display: 'block' }, fields.site),
              el({ fontWeight: 700 }, fields.locale.toUpperCase()),
            ],
          ),
        ],
      ),
    ],
  );
}
