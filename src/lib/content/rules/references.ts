import {
  HANDOUT_KINDS,
  type EventData,
  type GlossaryData,
  type ReportData,
  type Taxonomies,
} from '../schemas/index.ts';
import type { ProblemList } from '../problem.ts';
import type { LocalizedEntry } from '../tree.ts';

/** The sections every site has, by the first segment of their path. */
const SECTIONS = [
  'methodology',
  'criteria',
  'scoring',
  'glossary',
  'results',
  'reports',
  'data',
  'news',
  'events',
  'handouts',
  'search',
  'accessibility',
];

/** The page paths (after the language) a glossary term may name: sections and their items. */
export function linkablePages(items: {
  methodology: readonly string[];
  codes: ReadonlySet<string> | undefined;
  reports: readonly string[];
}): Set<string> {
  return new Set([
    ...SECTIONS,
    ...items.methodology.map((slug) => `methodology/${slug}`),
    ...[...(items.codes ?? [])].flatMap((code) => [`criteria/${code}`, `results/${code}`]),
    ...items.reports.flatMap((slug) => [`reports/${slug}`, `handouts/${slug}`]),
    ...HANDOUT_KINDS.map((kind) => `handouts/${kind}`),
  ]);
}

/** Glossary terms point at criteria and pages that exist; no alias belongs to two terms of one locale. */
export function checkGlossary(
  terms: LocalizedEntry<GlossaryData>[],
  codes: ReadonlySet<string> | undefined,
  problems: ProblemList,
  pages?: ReadonlySet<string>,
): void {
  const owners = new Map<string, string>();
  for (const term of terms) {
    if (term.data.page && pages && !pages.has(term.data.page))
      problems.add(term.file, 'page', `"${term.data.page}" is not a page of this site`);
    term.data.related.forEach((code, index) => {
      if (codes && !codes.has(code))
        problems.add(
          term.file,
          ['related', index],
          `"${code}" is not a criterion code of this methodology`,
        );
    });
    const words = [term.data.term, ...term.data.aliases];
    words.forEach((word, index) => {
      const key = `${term.locale}/${word.toLocaleLowerCase(term.locale)}`;
      const owner = owners.get(key);
      const path = index === 0 ? 'term' : ['aliases', index - 1];
      if (owner && owner !== term.file)
        problems.add(term.file, path, `"${word}" is already a term or alias of ${owner}`);
      else owners.set(key, term.file);
    });
  }
}

/** Events name a known region and handouts the generator can print or reports that exist. */
export function checkEvents(
  events: LocalizedEntry<EventData>[],
  taxonomies: Taxonomies | undefined,
  reportSlugs: ReadonlySet<string>,
  problems: ProblemList,
): void {
  for (const event of events) {
    if (taxonomies && !Object.hasOwn(taxonomies.regions, event.data.region)) {
      problems.add(
        event.file,
        'region',
        `"${event.data.region}" is not a region in taxonomies.json (${Object.keys(taxonomies.regions).join(', ')})`,
      );
    }
    event.data.handouts.forEach((handout, index) => {
      if (!(HANDOUT_KINDS as readonly string[]).includes(handout) && !reportSlugs.has(handout)) {
        problems.add(
          event.file,
          ['handouts', index],
          `"${handout}" is neither a handout (${HANDOUT_KINDS.join(', ')}) nor a report slug`,
        );
      }
    });
  }
}

/** A report's slug names its handout, so it must not be the id of a handout the generator prints. */
export function checkReportSlugs(
  reports: LocalizedEntry<ReportData>[],
  problems: ProblemList,
): void {
  for (const report of reports) {
    if ((HANDOUT_KINDS as readonly string[]).includes(report.id)) {
      problems.add(
        report.file,
        '',
        `"${report.id}" is the id of a handout the generator prints (${HANDOUT_KINDS.join(', ')}): rename the file`,
      );
    }
  }
}
