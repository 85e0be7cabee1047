import { describe, expect, it } from 'vitest';
import { handoutFallback } from '../../../src/lib/handouts/fallback.ts';
import { formatDay, methodologyEdition } from '../../../src/lib/handouts/imprint.ts';
import {
  countPdfPages,
  describePdf,
  fillPdfLinks,
  pageCountForms,
} from '../../../src/lib/handouts/pdf-links.ts';
import { PLACEHOLDER_URL, siteAddressWarning } from '../../../src/lib/handouts/site-address.ts';
import { worksheetOutline } from '../../../src/lib/handouts/worksheet.ts';

describe('the handout imprint', () => {
  it('prints the methodology’s version and publication date from site.json', () => {
    expect(
      methodologyEdition({
        methodology: { version: '2.0', status: 'validated', published: '2012-03-01' },
      }),
    ).toEqual({ version: '2.0', published: '2012-03-01' });
  });

  it('writes the date in each language’s long form, whatever the machine’s time zone', () => {
    expect(formatDay('2012-03-01', 'lv')).toBe('2012. gada 1. marts');
    expect(formatDay('2012-03-01', 'en')).toBe('1 March 2012');
    expect(formatDay('2012-03-01', 'lt')).toMatch(/^2012 m\. kovo 1 d\.$/);
  });
});

describe('the fallback notice of a handout', () => {
  it('counts what is shown in another language and names that language in the reader’s words', () => {
    const items = [
      { fallback: false, lang: 'lt' },
      { fallback: true, lang: 'lv' },
      { fallback: true, lang: 'lv' },
    ];
    expect(handoutFallback(items, 'lt')).toEqual({ count: 2, total: 3, language: 'latvių' });
    expect(handoutFallback(items, 'en')?.language).toBe('Latvian');
  });

  it('is not printed when everything is translated', () => {
    expect(handoutFallback([{ fallback: false, lang: 'en' }], 'en')).toBeUndefined();
  });
});

describe('the site-address warning', () => {
  it('warns when site.json has no url or still the placeholder, and says where to set it', () => {
    expect(siteAddressWarning(undefined)).toMatch(/site\.json has no "url".*docs\/authoring\.md/);
    expect(siteAddressWarning(PLACEHOLDER_URL)).toContain('still the placeholder');
    expect(siteAddressWarning(`${PLACEHOLDER_URL}/`)).toContain('still the placeholder');
  });

  it('stays silent for a real address', () => {
    expect(siteAddressWarning('https://metodika.lm.gov.lv')).toBeUndefined();
  });
});

describe('the worksheet outline', () => {
  const criteria = [
    { code: '1', kind: 'enabler' },
    { code: '1.1', kind: 'enabler' },
    { code: '1.2', kind: 'enabler' },
    { code: '1.2.1', kind: 'enabler' },
    { code: '2', kind: 'result' },
    { code: '2.1', kind: 'result' },
    { code: '3', kind: 'enabler' },
  ];

  it('groups the codes a group scores (the lowest level) under their criterion, by kind', () => {
    const outline = worksheetOutline(criteria, ['enabler', 'result']);
    expect(
      outline.map(({ kind, groups }) => [
        kind,
        groups.map((g) => [g.criterion.code, g.subcriteria.map((s) => s.code)]),
      ]),
    ).toEqual([
      [
        'enabler',
        [
          ['1', ['1.1', '1.2.1']],
          ['3', ['3']],
        ],
      ],
      ['result', [['2', ['2.1']]]],
    ]);
  });

  it('leaves out a kind no criterion has', () => {
    expect(
      worksheetOutline(criteria.slice(0, 2), ['enabler', 'result']).map((k) => k.kind),
    ).toEqual(['enabler']);
  });
});

describe('links to handout PDFs', () => {
  const forms = { one: '{n} page', other: '{n} pages' };
  const placeholder = (extra = '') =>
    `<span class="pdf-link" data-pdf="/pdf/en/worksheet.pdf" data-label="Download the PDF"${extra} hidden></span>`;

  it('stay hidden placeholders while the PDF does not exist', () => {
    const html = `<main>${placeholder()}</main>`;
    expect(fillPdfLinks(html, () => undefined)).toBe(html);
  });

  it('become a link with page count and size once the PDF exists', () => {
    const html = placeholder(
      ` data-hreflang="en" data-locale="en" data-forms="${JSON.stringify(forms).replaceAll('"', '&#34;')}"`,
    );
    const filled = fillPdfLinks(html, (pdf) =>
      pdf === '/pdf/en/worksheet.pdf' ? { pages: 31, bytes: 309_000 } : undefined,
    );
    expect(filled).toBe(
      '<span class="pdf-link"><a href="/pdf/en/worksheet.pdf" hreflang="en" download>Download the PDF</a> <span class="pdf-link__details">(31 pages, 302 kB)</span></span>',
    );
  });

  it('show what is about the PDFs (table and the sentence pointing to it) only once one is linked', () => {
    const html = `<p>Print it. <span data-pdf-files data-pagefind-ignore hidden>Or use the PDFs.</span></p><section class="pdf-files" data-pdf-files data-pagefind-ignore hidden>${placeholder()}</section>`;
    expect(fillPdfLinks(html, () => undefined)).toBe(html);
    const filled = fillPdfLinks(html, () => ({ pages: 1, bytes: 1024 }));
    expect(filled).toContain('<span data-pdf-files data-pagefind-ignore>Or use the PDFs.</span>');
    expect(filled).toContain('<section class="pdf-files" data-pdf-files data-pagefind-ignore>');
    expect(filled).not.toContain('hidden');
  });

  it('fill the older paragraph placeholders of event pages too', () => {
    const html =
      '<p class="pdf-link" data-pdf="/pdf/lv/event-x.pdf" data-label="Lejupielādēt PDF" hidden></p>';
    expect(fillPdfLinks(html, () => ({ pages: 2, bytes: 2048 }))).toBe(
      '<p class="pdf-link"><a href="/pdf/lv/event-x.pdf" download>Lejupielādēt PDF</a></p>',
    );
  });

  it('use each language’s plural forms and number format', () => {
    const lt = pageCountForms(
      'lt',
      (category) =>
        ({ one: '{n} puslapis', few: '{n} puslapiai', other: '{n} puslapių' })[category as string],
    );
    expect(describePdf({ pages: 1, bytes: 1024 }, lt, 'lt')).toBe('1 puslapis, 1 kB');
    expect(describePdf({ pages: 3, bytes: 1024 }, lt, 'lt')).toBe('3 puslapiai, 1 kB');
    expect(describePdf({ pages: 12, bytes: 3 * 1024 * 1024 }, lt, 'lt')).toBe('12 puslapių, 3 MB');
    expect(describePdf({ pages: 1, bytes: 500 }, forms, 'en')).toBe('1 page, 1 kB');
  });

  it('count the pages of a PDF as Chromium writes it', () => {
    const pdf = new TextEncoder().encode(
      '1 0 obj <</Type /Pages /Count 2 /Kids [2 0 R 3 0 R]>> 2 0 obj <</Type /Page>> 3 0 obj <</Type/Page /Parent 1 0 R>>',
    );
    expect(countPdfPages(pdf)).toBe(2);
  });
});
