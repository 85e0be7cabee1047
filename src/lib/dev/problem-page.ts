import type { Translate, TranslatedString } from '../i18n/ui.ts';
import { plural, pluralForms } from '../i18n/plural.ts';
import { problemLine } from '../content/format.ts';
import type { Problem } from '../content/problem.ts';

const escape = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

/**
 * The page `npm run dev` shows instead of any page while the content tree is invalid: the same
 * `file: field — rule` lines as `npm run check` (personal data already masked; the rules are in
 * English, the generator's language, and marked so), introduced and counted in the page's
 * language. It loads Vite's client, so the page reloads by itself once the tree is fixed.
 */
export function problemPage(
  problems: readonly Problem[],
  lang: string,
  t: Translate & { find: (key: string) => TranslatedString | undefined },
  prefix = '',
): string {
  const items = problems.map((p) => `<li><code>${escape(problemLine(p, prefix))}</code></li>`);
  const count = (key: string, n: number) => plural(lang, n, pluralForms(lang, key, t.find));
  const files = new Set(problems.map((p) => p.file)).size;
  return `<!doctype html>
<html lang="${escape(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t('devProblems.title'))}</title>
<link rel="icon" href="data:,">
<script type="module" src="/@vite/client"></script>
<style>
body { font: 1rem/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { color: #a4002b; }
li { margin: 0.5rem 0; }
code { white-space: pre-wrap; }
</style>
</head>
<body>
<main>
<h1>${escape(t('devProblems.title'))}</h1>
<p>${escape(t('devProblems.intro'))}</p>
<ul lang="en">
${items.join('\n')}
</ul>
<p>${escape(t('devProblems.count', { problems: count('devProblems.problems', problems.length), files: count('devProblems.files', files) }))}</p>
</main>
</body>
</html>
`;
}
