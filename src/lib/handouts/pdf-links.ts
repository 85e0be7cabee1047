/**
 * Links to handout PDFs. A page is built before its PDF exists, so it carries a hidden
 * placeholder (`class="pdf-link" data-pdf=…`); `npm run pdf` prints the PDFs, then turns each
 * placeholder whose file exists into a link with the PDF's page count and size. No page ever
 * links to a PDF that is not there, and a section listing PDFs stays hidden until it lists one.
 */

/** What `npm run pdf` knows about a PDF it wrote. */
export interface PdfFacts {
  pages: number;
  bytes: number;
}

/** The page-count phrase per plural category of a locale (`{"one":"{n} page","other":"{n} pages"}`). */
export type PageCountForms = Partial<Record<Intl.LDMLPluralRule, string>>;

/** The plural forms a locale needs, each looked up by `lookup` (undefined when missing). */
export function pageCountForms(
  locale: string,
  lookup: (category: Intl.LDMLPluralRule) => string | undefined,
): PageCountForms {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  return Object.fromEntries(
    categories.flatMap((category) => {
      const form = lookup(category);
      return form ? [[category, form]] : [];
    }),
  );
}

/** "31 pages, 302 kB" in the locale's words and number format. */
export function describePdf(facts: PdfFacts, forms: PageCountForms, locale: string): string {
  const form = forms[new Intl.PluralRules(locale).select(facts.pages)] ?? forms.other ?? '{n}';
  const pages = form.replace('{n}', new Intl.NumberFormat(locale).format(facts.pages));
  const kilobytes = facts.bytes / 1024;
  const size =
    kilobytes < 1024
      ? new Intl.NumberFormat(locale, {
          style: 'unit',
          unit: 'kilobyte',
          maximumFractionDigits: 0,
        }).format(Math.max(1, Math.round(kilobytes)))
      : new Intl.NumberFormat(locale, {
          style: 'unit',
          unit: 'megabyte',
          maximumFractionDigits: 1,
        }).format(kilobytes / 1024);
  return `${pages}, ${size}`;
}

/** The number of pages of a PDF written by Chromium (page objects are never compressed there). */
export function countPdfPages(pdf: Uint8Array): number {
  return (new TextDecoder('latin1').decode(pdf).match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

const PLACEHOLDER =
  /<(p|span) class="pdf-link"((?: data-[a-z]+="[^"]*")+)(?: hidden)?>([^<]*)<\/\1>/g;
/**
 * A hidden element that is about the PDFs (`data-pdf-files`: the handouts index's table and the
 * sentence that points to it), without its `hidden`.
 */
const PDF_FILES = /(<(?:section|span|p)\b[^>]*? data-pdf-files\b[^>]*?) hidden>/g;
const NAMED: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };
/** An attribute's value as text: Astro writes `"` as `&#34;`, others as `&quot;`. */
const unescape = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) =>
    name.startsWith('#')
      ? String.fromCodePoint(Number(name.startsWith('#x') ? `0${name.slice(1)}` : name.slice(1)))
      : (NAMED[name] ?? whole),
  );
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Replaces every placeholder in `html` whose PDF `facts` knows with a link (and, if the
 * placeholder asks for it, the page count and size); the others stay hidden placeholders.
 */
export function fillPdfLinks(html: string, facts: (pdf: string) => PdfFacts | undefined): string {
  let linked = 0;
  const filled = html.replace(PLACEHOLDER, (placeholder, tag: string, attributes: string) => {
    const data = Object.fromEntries(
      [...attributes.matchAll(/data-([a-z]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]),
    );
    const pdf = unescape(data['pdf'] ?? '');
    const found = facts(pdf);
    if (!found) return placeholder;
    const hreflang = data['hreflang'] ? ` hreflang="${data['hreflang']}"` : '';
    const link = `<a href="${escape(pdf)}"${hreflang} download>${data['label'] ?? 'PDF'}</a>`;
    const details =
      data['forms'] && data['locale']
        ? ` <span class="pdf-link__details">(${escape(
            describePdf(
              found,
              JSON.parse(unescape(data['forms'])) as PageCountForms,
              data['locale'],
            ),
          )})</span>`
        : '';
    linked += 1;
    return `<${tag} class="pdf-link">${link}${details}</${tag}>`;
  });
  // A list of PDFs (the handouts index's table) and what points to it show once it has a PDF to list.
  return linked > 0 ? filled.replace(PDF_FILES, '$1>') : filled;
}
