import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { compareCodes, isTopLevel } from './codes.ts';
import { SITE_FILE, TAXONOMIES_FILE, type CollectionName } from './collections.ts';
import { parseWith } from './parse.ts';
import { ProblemList, type Problem } from './problem.ts';
import { readCollections, readJson, type SourceFile } from './read-files.ts';
import { checkCriteria } from './rules/criteria.ts';
import { checkPanels } from './rules/panels.ts';
import { checkPilots } from './rules/pilots.ts';
import { checkEvents, checkGlossary, linkablePages } from './rules/references.ts';
import { checkReportComponents } from './rules/report-components.ts';
import {
  criterionSchema,
  eventSchema,
  glossarySchema,
  localizedSchema,
  methodologySchema,
  newsSchema,
  panelSchema,
  pilotSchema,
  reportSchema,
  siteSchema,
  taxonomiesSchema,
  type Kind,
  type LocaleContext,
} from './schemas/index.ts';
import type { ContentTree, FileEntry, LocalizedEntry } from './tree.ts';

export interface LoadOptions {
  /** Name patterns from the ANONYMITY_DENYLIST file. */
  denylist?: readonly RegExp[];
}

export interface LoadResult {
  /** Every problem found; the tree may be built only when this is empty. */
  problems: Problem[];
  /** What could be read; complete only when there are no problems. Drafts are left out. */
  tree: ContentTree;
}

/** The locales site.json declares, read leniently so other files can be checked against them. */
function localeContextOf(raw: unknown): LocaleContext | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const { locales, defaultLocale } = raw as Record<string, unknown>;
  if (!Array.isArray(locales) || typeof defaultLocale !== 'string') return undefined;
  const list = locales.filter((l): l is string => typeof l === 'string');
  return list.includes(defaultLocale) ? { locales: list, defaultLocale } : undefined;
}

function readRequired(root: string, file: string, problems: ProblemList): unknown {
  if (existsSync(join(root, file))) return readJson(root, file, problems);
  problems.add(file, '', 'is missing: every content tree needs one');
  return undefined;
}

/**
 * Reads a content tree, checks every file against the contract and every cross-file rule,
 * and returns all problems at once along with the typed tree. Never throws on bad content.
 */
export function loadContentTree(root: string, options: LoadOptions = {}): LoadResult {
  const problems = new ProblemList();
  const rawSite = readRequired(root, SITE_FILE, problems);
  const context = localeContextOf(rawSite);
  const localized = localizedSchema(context);
  const site = parseWith(siteSchema(localized), rawSite, SITE_FILE, problems);
  const taxonomies = parseWith(
    taxonomiesSchema(localized),
    readRequired(root, TAXONOMIES_FILE, problems),
    TAXONOMIES_FILE,
    problems,
  );
  const files = readCollections(root, problems);
  if (context) checkLocaleFolders(files, context, problems);

  const perLocale = <Data>(
    name: CollectionName,
    schema: { safeParse: unknown } & Parameters<typeof parseWith>[0],
  ) =>
    files
      .filter((f) => f.collection === name)
      .flatMap((f): LocalizedEntry<Data>[] => {
        const data = parseWith(schema, f.data, f.file, problems) as Data | undefined;
        return data
          ? [
              {
                id: f.id,
                locale: f.locale ?? '',
                file: f.file,
                data,
                body: f.body ?? '',
                bodyLine: f.bodyLine ?? 1,
              },
            ]
          : [];
      });
  const perFile = <Data>(name: CollectionName, schema: Parameters<typeof parseWith>[0]) =>
    files
      .filter((f) => f.collection === name)
      .flatMap((f): FileEntry<Data>[] => {
        const data = parseWith(schema, f.data, f.file, problems) as Data | undefined;
        return data ? [{ file: f.file, data }] : [];
      });

  const tree: ContentTree = {
    site: site as ContentTree['site'],
    taxonomies: taxonomies as ContentTree['taxonomies'],
    criteria: perLocale<ContentTree['criteria'][number]['data']>('criteria', criterionSchema).map(
      (entry) => ({
        ...entry,
        kind: undefined,
      }),
    ),
    panels: perFile('scales', panelSchema(localized)),
    pilots: perFile('pilots', pilotSchema(localized)),
    methodology: perLocale('methodology', methodologySchema),
    reports: perLocale('reports', reportSchema),
    news: perLocale('news', newsSchema),
    glossary: perLocale('glossary', glossarySchema),
    events: perLocale('events', eventSchema),
  };

  const defaultLocale = context?.defaultLocale;
  if (defaultLocale) checkCriteria(tree.criteria, defaultLocale, problems);
  // The codes of the methodology are the default locale's file names: a criterion whose file
  // failed its own checks still exists, so references to it are not reported a second time.
  const codes = defaultLocale
    ? new Set(
        files
          .filter((f) => f.collection === 'criteria' && f.locale === defaultLocale)
          .map((f) => f.id),
      )
    : undefined;
  const kinds = new Map(
    tree.criteria.flatMap((c) =>
      c.locale === defaultLocale && isTopLevel(c.data.code) && c.data.kind
        ? [[c.data.code, c.data.kind] as const]
        : [],
    ),
  );
  checkPanels(tree.panels, new Set<Kind>(kinds.values()), problems);
  checkPilots(
    tree.pilots,
    {
      kinds,
      codes,
      panels: tree.panels.map((p) => p.data),
      taxonomies,
      denylist: options.denylist ?? [],
    },
    problems,
  );
  const pages = linkablePages({
    methodology: tree.methodology.map((m) => m.id),
    codes,
    reports: tree.reports.map((r) => r.id),
  });
  checkGlossary(tree.glossary, codes, problems, pages);
  checkEvents(tree.events, taxonomies, new Set(tree.reports.map((r) => r.id)), problems);
  checkReportComponents([...tree.methodology, ...tree.reports, ...tree.news], codes, problems);

  return { problems: problems.items, tree: withoutDrafts(tree) };
}

function checkLocaleFolders(
  files: SourceFile[],
  context: LocaleContext,
  problems: ProblemList,
): void {
  const reported = new Set<string>();
  for (const file of files) {
    if (!file.locale || context.locales.includes(file.locale)) continue;
    const folder = file.file.slice(0, file.file.lastIndexOf('/'));
    if (reported.has(folder)) continue;
    reported.add(folder);
    problems.add(
      `${folder}/`,
      '',
      `"${file.locale}" is not a locale of this site (locales in site.json: ${context.locales.join(', ')})`,
    );
  }
}

function withoutDrafts(tree: ContentTree): ContentTree {
  const published = <T extends { data: { draft?: boolean | undefined } }>(entries: T[]) =>
    entries.filter((entry) => !entry.data.draft);
  return {
    ...tree,
    criteria: tree.criteria.sort((a, b) => compareCodes(a.id, b.id)),
    methodology: published(tree.methodology).sort((a, b) => a.data.order - b.data.order),
    reports: published(tree.reports),
    news: published(tree.news),
    events: published(tree.events),
  };
}
