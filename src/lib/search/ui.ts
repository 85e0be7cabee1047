/**
 * The search page's script: reads `?q=`, asks Pagefind (loaded on demand), lists the results.
 * Runs only on the search page; every other page stays free of JavaScript.
 */
import { queryVariants } from './normalise.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

export async function runSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-query');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!form || !input || !status || !list) return;
  const strings = JSON.parse(list.dataset['strings'] ?? '{}') as Record<string, string>;
  const query = new URL(window.location.href).searchParams.get('q')?.trim() ?? '';
  input.value = query;
  status.textContent = '';
  if (!query) {
    status.dataset['state'] = 'done';
    return;
  }
  status.textContent = strings['searching'] ?? '';
  try {
    const pagefind = (await import(/* @vite-ignore */ `${'/pagefind/pagefind.js'}`)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    // The query as typed and its stemmed form; a page keeps the better of its two scores.
    const searches = await Promise.all(
      queryVariants(query, document.documentElement.lang).map((q) => pagefind.search(q)),
    );
    const best = new Map<string, PagefindResult>();
    for (const result of searches.flatMap((s) => s.results)) {
      if ((best.get(result.id)?.score ?? -1) < result.score) best.set(result.id, result);
    }
    const results = [...best.values()].sort((a, b) => b.score - a.score);
    const items = await Promise.all(results.slice(0, 10).map((r) => r.data()));
    list.replaceChildren(
      ...items.map((item) => {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.href = item.url;
        link.textContent = item.meta['title'] ?? item.url;
        const meta = document.createElement('p');
        meta.className = 'search-results__meta';
        meta.textContent = [item.meta['type'], item.meta['code']].filter(Boolean).join(' · ');
        const excerpt = document.createElement('p');
        // Pagefind's excerpt is our own page text with <mark> around the matches.
        excerpt.innerHTML = item.excerpt;
        li.append(link, meta, excerpt);
        return li;
      }),
    );
    status.textContent =
      items.length === 0
        ? (strings['none'] ?? '')
        : (strings['count'] ?? '').replace('{count}', String(results.length));
  } catch {
    status.textContent = strings['failed'] ?? '';
  }
  // Lets tests (and assistive tools) know the results are in.
  status.dataset['state'] = 'done';
}
