import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { compareCodes } from './codes.ts';
import { currentEditionId } from './editions.ts';
import { criterionKinds } from './methodology.ts';
import type { z } from 'zod';
import {
  COLLECTIONS,
  SITE_FILE,
  TAXONOMIES_FILE,
  type CollectionName,
  type MarkdownCollection,
} from './collections.ts';
import { withoutDrafts } from './drafts.ts';
import { maskMessage, maskPersonalData } from '../pii/mask-message.ts';
import { parseWith } from './parse.ts';
import { ProblemList, type Problem } from './problem.ts';
import { readJson } from './read-file.ts';
import { readCollections, type SourceFile } from './read-files.ts';
import { checkComponentEditions } from './rules/component-editions.ts';
import { checkRenumbering } from './rules/editions.ts';
import { readEditionFolders } from './rules/edition-folders.ts';
import { checkEditions, fileIds } from './rules/edition-rules.ts';
import { checkLocaleFolders } from './rules/locale-folders.ts';
import { checkPilots } from './rules/pilots.ts';
import { checkMarkdownBodies } from './rules/markdown-bodies.ts';
import { checkPersonalData } from './rules/personal-data.ts';
import { checkEvents, checkGlossary, checkReportSlugs, linkablePages } from './rules/references.ts';
import { checkReleases, unsettledPilots } from './rules/releases.ts';
import {
  MARKDOWN_SCHEMAS,
  localizedSchema,
  panelSchema,
  pilotSchema,
  siteSchema,
  taxonomiesSchema,
  editionSchema,
  type Edition,
  type LocalizedSchema,
  type LocaleContext,
} from './schemas/index.ts';
import type { ContentTree, EditionContent, FileEntry, LocalizedEntry } from './tree.ts';

export interface LoadOptions {
  /** Name patterns from the ANONYMITY_DENYLIST file. */
  denylist?: readonly RegExp[];
}

export interface LoadResult {
  /** Every problem found; the tree may be built only when this is empty. */
  problems: Problem[];
  /** What could be read; complete only when there are no problems. Drafts are left out. */
  tree: ContentTree;
  /** Litter files skipped (`criteria/lv/Thumbs.db`): a warning, never a problem. */
  skipped: string[];
}

/** The locales site.json declares, read leniently so other files can be checked against them. */
function localeContextOf(raw: unknown): LocaleContext | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const { locales, defaultLocale } = raw as Record<string, unknown>;
  if (!Array.isArray(locales) || typeof defaultLocale !== 'string') return undefined;
  const list = locales.filter((l): l is string => typeof l === 'string');
  return list.includes(defaultLocale) ? { locales: list, defaultLocale } : undefined;
}

/**
 * The editions site.json declares, read one by one when site.json as a whole has a problem, so
 * that a mistake in one field does not also make every edition folder and pilot look wrong.
 */
function editionsOf(raw: unknown, localized: LocalizedSchema): Edition[] {
  const list = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)['editions'] : [];
  if (!Array.isArray(list)) return [];
  const schema = editionSchema(localized);
  return list.flatMap((item: unknown) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

function readRequired(root: string, file: string, problems: ProblemList): unknown {
  try {
    lstatSync(join(root, file));
  } catch {
    problems.add(file, '', 'is missing: every content tree needs one');
    return undefined;
  }
  return readJson(root, file, problems);
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

  const perLocale = <Name extends MarkdownCollection>(name: Name, sources = files) =>
    sources
      .filter((f) => f.collection === name)
      .flatMap((f): LocalizedEntry<z.infer<(typeof MARKDOWN_SCHEMAS)[Name]>>[] => {
        const data = parseWith(MARKDOWN_SCHEMAS[name], f.data, f.file, problems);
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
  const perFile = <Data>(
    name: CollectionName,
    schema: Parameters<typeof parseWith>[0],
    sources = files,
  ) =>
    sources
      .filter((f) => f.collection === name)
      .flatMap((f): FileEntry<Data>[] => {
        const data = parseWith(schema, f.data, f.file, problems) as Data | undefined;
        return data ? [{ file: f.file, data }] : [];
      });

  const defaultLocale = context?.defaultLocale;
  // Criteria in code order from the start: the kinds, the rules and the pages all walk them so.
  const editionContent = (sources: SourceFile[]): EditionContent => {
    const criteria = perLocale('criteria', sources).sort((a, b) => compareCodes(a.id, b.id));
    return {
      criteria,
      kinds: criterionKinds(criteria.filter((c) => c.locale === defaultLocale).map((c) => c.data)),
      panels: perFile('scales', panelSchema(localized), sources),
      methodology: perLocale('methodology', sources),
    };
  };

  const declared = site?.editions ?? editionsOf(rawSite, localized);
  const currentId = currentEditionId({ editions: declared });
  const editionFiles = readEditionFolders(root, declared, currentId, problems);
  for (const sources of editionFiles.values())
    if (context) checkLocaleFolders(sources, context, problems);

  const tree: ContentTree = {
    site: site as ContentTree['site'],
    taxonomies: taxonomies as ContentTree['taxonomies'],
    ...editionContent(files),
    pilots: perFile('pilots', pilotSchema(localized)),
    reports: perLocale('reports'),
    news: perLocale('news'),
    glossary: perLocale('glossary'),
    events: perLocale('events'),
    editions: [...editionFiles].map(([id, sources]) => ({ id, ...editionContent(sources) })),
  };

  const { current, editions } = checkEditions(
    tree,
    { declared, current: currentId, files, editionFiles, defaultLocale },
    problems,
  );
  const codes = current.codes;
  checkRenumbering(declared, (id) => editions.get(id)?.codes, problems);
  checkPilots(
    tree.pilots,
    {
      editions,
      current: currentId,
      taxonomies,
      denylist: options.denylist ?? [],
      k: site?.anonymity.minGroupSize,
    },
    problems,
  );
  const pages = linkablePages({
    methodology: tree.methodology.map((m) => m.id),
    codes,
    reports: tree.reports.map((r) => r.id),
  });
  checkGlossary(tree.glossary, codes, problems, pages);
  checkEvents(tree.events, taxonomies, fileIds(files, 'reports'), problems);
  checkReportSlugs(tree.reports, problems);
  checkMarkdownBodies(
    [
      ...tree.criteria,
      ...tree.methodology,
      ...tree.editions.flatMap((e) => [...e.criteria, ...e.methodology]),
      ...tree.reports,
      ...tree.news,
      ...tree.glossary,
      ...tree.events,
    ],
    problems,
  );
  checkComponentEditions(
    tree,
    editions,
    { current: currentId, codes, k: site?.anonymity.minGroupSize },
    problems,
  );

  // Pilot files may hold personal data: no message about them repeats a value unmasked. The
  // personal-data rule masks its own findings, so it runs after.
  const denylist = options.denylist ?? [];
  const personal = new ProblemList();
  checkPersonalData(
    files.filter((f) => f.collection === 'pilots'),
    denylist,
    personal,
  );
  // Last, with every pilot file's own problems known: a broken pilot is not a change of release.
  if (site)
    checkReleases(
      root,
      tree.pilots.map((p) => p.data),
      {
        current: currentId,
        k: site.anonymity.minGroupSize,
        unsettled: unsettledPilots(tree.pilots, [...problems.items, ...personal.items]),
      },
      problems,
    );

  const reported = masked(problems.items, denylist);

  return {
    problems: [...reported, ...personal.items],
    tree: withoutDrafts(tree),
    skipped: problems.skipped,
  };
}

/**
 * Pilot files may hold personal data: no message about them repeats a value unmasked. Any other
 * file may hold personal data by mistake too (an e-mail as a key): the detectors' findings are
 * masked in every message, keys included.
 */
function masked(problems: readonly Problem[], denylist: readonly RegExp[]): Problem[] {
  const pilotFolder = `${COLLECTIONS.pilots.dir}/`;
  return problems.map((problem) =>
    problem.file.startsWith(pilotFolder)
      ? {
          ...problem,
          path: maskMessage(problem.path, denylist),
          rule: maskMessage(problem.rule, denylist),
        }
      : {
          ...problem,
          path: maskPersonalData(problem.path, denylist),
          rule: maskPersonalData(problem.rule, denylist),
        },
  );
}
