import type { Translate } from '../i18n/ui.ts';
import { problemCount, problemLine } from '../content/format.ts';
import type { Problem } from '../content/problem.ts';

const escape = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

/**
 * The page `npm run dev` shows instead of any page while the content tree is invalid: the same
 * `file: field — rule` lines as `npm run check` (personal data already masked), introduced in the
 * page's language. It loads Vite's client, so the page reloads by itself once the tree is fixed.
 */
export function problemPage(
  problems: readonly Problem[],
  lang: string,
  t: Translate,
  prefix = '',
): string {
  const items = problems.map((p) => `<li><code>${escape(problemLine(p, prefix))}</code></li>`);
  return `<!doctype html>
<html lang="${escape(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t('devProblems.title'))}</title>
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
<ul>
${items.join('\n')}
</ul>
<p>${escape(problemCount(problems))}.</p>
</main>
</body>
</html>
`;
}
