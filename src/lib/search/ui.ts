/**
 * The search page's script: reads `?q=` and any chosen filters, asks Pagefind (loaded on demand),
 * lists the results ten at a time with a button for the next ten, and offers the index's filters
 * as checkboxes. Runs only on the search page; every other page stays free of JavaScript.
 */
import { plural, type PluralForms } from '../i18n/plural.ts';
import { queryVariants } from './normalise.ts';
import { lookUpWords, rankPartial, titlesFirst } from './words.ts';
import {
  applyFilters,
  beginsMarkedWord,
  filterCounts,
  matchesQuery,
  type FilterSelection,
  type SearchHit,
} from './results.ts';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: Array<{ url: string; title: string; excerpt: string }>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** What the page passes the script: its strings, already in the reader's language. */
export interface SearchStrings {
  searching: string;
  none: string;
  /** A word no indexed word begins with: `{words}`. */
  missing: string;
  /** Below a page that has only some of the words: the ones it lacks, `{words}`. */
  lacks: string;
  noneFiltered: string;
  failed: string;
  more: string;
  sections: string;
  count: PluralForms;
  /** Legends of the filter groups Pagefind knows (`type`, `kind`, `region`, `edition`). */
  groups: Record<string, string>;
  /**
   * The values ticked in a group when the address names none: with editions, the current
   * edition, so a default search returns the current edition and a filter reaches the others.
   */
  defaults: Record<string, string[]>;
}

/** The address value that keeps a group with a default unticked ("all of them"). */
const NONE_CHOSEN = 'all';

const PAGE_SIZE = 10;
/** Sections of a page listed under it, at most. */
const SECTIONS = 3;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

/** Pagefind's excerpt is our own page text with <mark> around the matches: keep only those marks. */
function excerptNode(excerpt: string): HTMLParagraphElement {
  const paragraph = element('p');
  for (const [i, part] of excerpt.split(/<\/?mark>/).entries()) {
    const text = part
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    paragraph.append(i % 2 === 1 ? element('mark', {}, text) : text);
  }
  return paragraph;
}

function resultItem(hit: SearchHit, strings: SearchStrings): HTMLLIElement {
  const meta = element(
    'p',
    { className: 'search-results__meta' },
    [hit.meta['type'], hit.meta['code']].filter(Boolean).join(' · '),
  );
  const item = element('li', {}, element('a', { href: hit.url }, hit.title), meta);
  if (hit.lacks && hit.lacks.length > 0)
    item.append(
      element(
        'p',
        { className: 'search-results__lacks' },
        strings.lacks.replace('{words}', hit.lacks.join(', ')),
      ),
    );
  item.append(excerptNode(hit.excerpt));
  if (hit.sections.length > 0) {
    const list = element('ul', { className: 'search-results__sections' });
    list.setAttribute('aria-label', strings.sections);
    for (const section of hit.sections)
      list.append(
        element(
          'li',
          {},
          element('a', { href: section.url }, section.title),
          excerptNode(section.excerpt),
        ),
      );
    item.append(list);
  }
  return item;
}

/**
 * Every result of a query as typed and of its stemmed form, best score first, noise dropped;
 * `limit` reads only the first results, enough to know whether the query finds anything.
 */
async function searchHits(
  pagefind: Pagefind,
  query: string,
  locale: string,
  limit = Infinity,
): Promise<SearchHit[]> {
  const searches = await Promise.all(queryVariants(query, locale).map((q) => pagefind.search(q)));
  const best = new Map<string, PagefindResult>();
  for (const result of searches.flatMap((s) => s.results)) {
    if ((best.get(result.id)?.score ?? -1) < result.score) best.set(result.id, result);
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  const data = await Promise.all(ranked.map((r) => r.data()));
  return data
    .filter((d) => matchesQuery(d.excerpt, query, locale))
    .map((d) => ({
      url: d.url,
      title: d.meta['title'] ?? d.url,
      excerpt: d.excerpt,
      meta: d.meta,
      filters: d.filters,
      // Pagefind repeats the page itself as a section when its match is above the first heading.
      sections: (d.sub_results ?? [])
        .filter((s) => s.url.includes('#') && matchesQuery(s.excerpt, query, locale))
        .slice(0, SECTIONS),
    }));
}

/**
 * The results of a query: each word in the form the index knows (a beginning of an indexed word
 * counts), pages with every found word first, then pages with some of them; and the words that
 * no indexed word begins with, which the page names instead of giving up on the rest.
 */
async function findHits(
  pagefind: Pagefind,
  query: string,
  locale: string,
): Promise<{ hits: SearchHit[]; missing: string[] }> {
  const words = await lookUpWords(query, async (form) =>
    (await searchHits(pagefind, form, locale, 5)).some((hit) =>
      beginsMarkedWord(hit.excerpt, form, locale),
    ),
  );
  const found = words.flatMap(({ word, form }) => (form ? [{ word, form }] : []));
  const missing = words.filter((w) => !w.form).map((w) => w.word);
  if (found.length === 0) return { hits: [], missing };
  const forms = found.map((w) => w.form);
  // The query as typed too: whatever plain Pagefind finds is never lost to a shorter form.
  const [asTyped, byForms] = await Promise.all([
    searchHits(pagefind, query, locale),
    searchHits(pagefind, forms.join(' '), locale),
  ]);
  const typedUrls = new Set(asTyped.map((hit) => hit.url));
  const full = titlesFirst(
    [...asTyped, ...byForms.filter((hit) => !typedUrls.has(hit.url))],
    forms,
    locale,
  );
  if (found.length === 1) return { hits: full, missing };
  const byWord = new Map(
    await Promise.all(
      found.map(
        async ({ word, form }) => [word, await searchHits(pagefind, form, locale)] as const,
      ),
    ),
  );
  return { hits: rankPartial(full, byWord), missing };
}

/** The checkboxes of one filter group, ticked as the address says, with how many results each leaves. */
function filterGroup(
  group: string,
  legend: string,
  values: string[],
  chosen: readonly string[],
): HTMLFieldSetElement {
  const fieldset = element(
    'fieldset',
    { className: 'search-filters__group' },
    element('legend', {}, legend),
  );
  for (const [i, value] of values.entries()) {
    const id = `filter-${group}-${i}`;
    const box = element('input', {
      type: 'checkbox',
      id,
      name: group,
      value,
      checked: chosen.includes(value),
    });
    const count = element('span', { className: 'search-filters__count' });
    fieldset.append(element('div', {}, box, element('label', { htmlFor: id }, value, ' ', count)));
  }
  return fieldset;
}

export async function runSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-query');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  const filters = document.querySelector<HTMLDetailsElement>('#search-filters');
  if (!form || !input || !status || !list || !more || !filters) return;
  const strings = JSON.parse(list.dataset['strings'] ?? '{}') as SearchStrings;
  const locale = document.documentElement.lang;
  const params = new URL(window.location.href).searchParams;
  const chosen = (group: string) =>
    params.has(group) ? params.getAll(group) : (strings.defaults[group] ?? []);
  const query = params.get('q')?.trim() ?? '';
  input.value = query;
  status.textContent = '';
  if (!query) {
    status.dataset['state'] = 'done';
    return;
  }
  status.textContent = strings.searching;
  let hits: SearchHit[] = [];
  let missing: string[] = [];
  try {
    const pagefind = (await import(/* @vite-ignore */ `${'/pagefind/pagefind.js'}`)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    ({ hits, missing } = await findHits(pagefind, query, locale));
    // The groups and values come from the index, so a new region or kind needs no code.
    const collator = new Intl.Collator(locale);
    const known = Object.keys(strings.groups);
    const groups = Object.entries(await pagefind.filters())
      .filter(([, values]) => Object.keys(values).length > 1)
      .sort(([a], [b]) => (known.indexOf(a) + 1 || 99) - (known.indexOf(b) + 1 || 99));
    filters
      .querySelector('.search-filters__groups')
      ?.replaceChildren(
        ...groups.map(([group, values]) =>
          filterGroup(
            group,
            strings.groups[group] ?? group,
            Object.keys(values).sort(collator.compare),
            chosen(group),
          ),
        ),
      );
    filters.hidden = groups.length === 0;
    // Open when the address chose a filter; a default (the current edition) is ticked but closed.
    filters.open ||= groups.some(([group]) => params.getAll(group).length > 0);
  } catch {
    status.textContent = strings.failed;
    status.dataset['state'] = 'done';
    return;
  }

  let shown: SearchHit[] = [];
  const showMore = (focus: boolean) => {
    const next = shown.slice(list.children.length, list.children.length + PAGE_SIZE);
    list.append(...next.map((hit) => resultItem(hit, strings)));
    const left = shown.length - list.children.length;
    more.hidden = left <= 0;
    more.textContent = strings.more.replace('{count}', String(Math.min(PAGE_SIZE, left)));
    // Keyboard and screen-reader users land on the first new result, not back at the top.
    if (focus) list.children[list.children.length - next.length]?.querySelector('a')?.focus();
  };
  const render = () => {
    const selection: FilterSelection = Object.fromEntries(
      [...filters.querySelectorAll<HTMLFieldSetElement>('fieldset')].map((fieldset) => {
        const boxes = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')];
        return [fieldset.querySelector('input')?.name ?? '', boxes.map((box) => box.value)];
      }),
    );
    shown = applyFilters(hits, selection);
    const counts = filterCounts(hits, selection);
    for (const fieldset of filters.querySelectorAll<HTMLFieldSetElement>('fieldset')) {
      const group = fieldset.querySelector('input')?.name ?? '';
      // A value no result has is left out, unless ticked (so it can be unticked).
      for (const option of fieldset.querySelectorAll<HTMLElement>('div')) {
        const box = option.querySelector('input');
        const count = counts[group]?.[box?.value ?? ''] ?? 0;
        const label = option.querySelector('.search-filters__count');
        if (label) label.textContent = `(${count})`;
        option.hidden = count === 0 && !box?.checked;
      }
      fieldset.hidden = [...fieldset.querySelectorAll('div')].every((option) => option.hidden);
    }
    list.replaceChildren();
    showMore(false);
    const unknown =
      missing.length > 0 ? `${strings.missing.replace('{words}', missing.join(', '))} ` : '';
    status.textContent =
      hits.length === 0
        ? strings.none.replace('{query}', query)
        : shown.length === 0
          ? `${unknown}${strings.noneFiltered}`
          : `${unknown}${plural(locale, shown.length, strings.count)}`;
    status.dataset['state'] = 'done';
  };
  more.addEventListener('click', () => showMore(true));
  filters.addEventListener('change', () => {
    // The address keeps the choice, so a reader can share or bookmark the filtered list.
    const url = new URL(window.location.href);
    for (const box of filters.querySelectorAll<HTMLInputElement>('input'))
      url.searchParams.delete(box.name);
    for (const box of filters.querySelectorAll<HTMLInputElement>('input:checked'))
      url.searchParams.append(box.name, box.value);
    // A group whose default the reader unticked stays unticked when the address is opened again.
    for (const group of Object.keys(strings.defaults))
      if (!url.searchParams.has(group) && filters.querySelector(`input[name="${group}"]`))
        url.searchParams.set(group, NONE_CHOSEN);
    history.replaceState(null, '', url);
    render();
  });
  render();
}
