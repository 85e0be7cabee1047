import { compile } from '@mdx-js/mdx';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rehypeSanitizeContent } from '../../../src/lib/markdown/rehype-sanitize-content.ts';
import { isSafeUrl } from '../../../src/lib/markdown/safe-url.ts';
import { HTML_PAYLOADS, LIVE_HTML } from '../../helpers/payloads.ts';

const plugin = [rehypeSanitizeContent, { components: ['CriterionResults'] }] as const;

/** The Markdown pipeline the site renders .md bodies with, sanitiser included. */
async function renderMarkdown(markdown: string): Promise<string> {
  const processor = await createMarkdownProcessor({ rehypePlugins: [plugin as never] });
  return (await processor.render(markdown)).code;
}

describe('raw HTML in a Markdown body', () => {
  it.each(HTML_PAYLOADS)('is not published live: %s', async (payload) => {
    const html = await renderMarkdown(
      `Teksts pirms.\n\n${payload}\n\nTeksts pēc ${payload} beigas.`,
    );
    expect(html).toContain('Teksts pirms.');
    expect(html).not.toMatch(LIVE_HTML);
  });

  it('keeps what Markdown itself writes: links, tables, lists, footnotes, code', async () => {
    const html = await renderMarkdown(
      '# Virsraksts\n\n[saite](https://example.lv) un [e-pasts](mailto:a@b.lv), **treknraksts**.\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n- [x] darīts\n\nPiezīme[^1].\n\n[^1]: Teksts.\n\n```js\n<script>alert(1)</script>\n```\n',
    );
    expect(html).toContain('<a href="https://example.lv">saite</a>');
    expect(html).toContain('href="mailto:a@b.lv"');
    expect(html).toContain('<table>');
    expect(html).toContain('type="checkbox"');
    expect(html).toContain('data-footnote-ref');
    expect(html).toContain('alert(1)');
    expect(html).not.toMatch(LIVE_HTML);
  });
});

describe('an MDX body', () => {
  it('loses imports, exports and expressions, keeps allowed components with literal attributes', async () => {
    const code = String(
      await compile(
        "import { readFileSync } from 'node:fs'\nexport const p = readFileSync('/etc/passwd', 'utf8')\n\n<pre>{p}</pre>\n\n<CriterionResults code=\"1\" extra={p} />\n\n<Other />\n\nBeigas {1 + 1}.",
        { rehypePlugins: [plugin as never], jsxImportSource: 'astro' },
      ),
    );
    expect(code).not.toContain('node:fs');
    expect(code).not.toContain('readFileSync');
    expect(code).not.toMatch(/\bOther\b/);
    expect(code).toContain('CriterionResults');
    expect(code).toContain('"1"');
    expect(code).not.toContain('extra');
  });
});

describe('link addresses', () => {
  it.each([
    ['https://example.lv', true],
    ['mailto:a@b.lv', true],
    ['tel:+37129123456', true],
    ['/criteria/1/', true],
    ['#part', true],
    ['javascript:alert(1)', false],
    ['jav\tascript:alert(1)', false],
    [' JAVASCRIPT:alert(1)', false],
    ['data:text/html,<script>', false],
    ['vbscript:x', false],
  ])('%s is safe: %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });
});
