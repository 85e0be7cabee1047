import { QUASI_IDENTIFIERS } from '../schemas/taxonomies.ts';
import type { ProblemList } from '../problem.ts';
import type { LocalizedEntry } from '../tree.ts';

/** What an attribute of a report component must name. */
type AttributeKind = 'code' | 'quasi-identifier';

/** The components MDX pages may embed, with their required attributes; docs/authoring.md lists them. */
export const REPORT_COMPONENTS = {
  ScoreProfile: {},
  EnablersVsResults: {},
  SampleDataNotice: {},
  CriterionResults: { code: 'code' },
  BandDistribution: { code: 'code' },
  DimensionMeans: { code: 'code' },
  StrengthsList: { criterion: 'code' },
  AggregateTable: { by: 'quasi-identifier' },
} as const satisfies Record<string, Record<string, AttributeKind>>;

/** A component name MDX pages may use; MdxContent.astro must render exactly these. */
export type ReportComponent = keyof typeof REPORT_COMPONENTS;

/**
 * Checks the components an MDX body embeds, so that a report naming a criterion or a field that
 * does not exist is refused with file and line before the build, not halfway through it.
 */
export function checkReportComponents(
  entries: readonly LocalizedEntry<unknown>[],
  codes: ReadonlySet<string> | undefined,
  problems: ProblemList,
): void {
  const fields = QUASI_IDENTIFIERS.map((q) => q.field as string);
  for (const entry of entries) {
    if (!entry.file.endsWith('.mdx')) continue;
    // Code blocks may show a component as an example; blank them out, keeping line numbers.
    const body = entry.body.replace(/```[\s\S]*?```/g, (block) => block.replace(/[^\n]/g, ' '));
    for (const match of body.matchAll(/<([A-Z][A-Za-z0-9]*)\b([^>]*?)\/?>/g)) {
      const [tag, name = '', rawAttributes = ''] = match;
      const line = entry.bodyLine + body.slice(0, match.index).split('\n').length - 1;
      const where = `line ${line}`;
      const spec: Record<string, AttributeKind> | undefined =
        REPORT_COMPONENTS[name as ReportComponent];
      if (!spec) {
        problems.add(
          entry.file,
          where,
          `<${name}> is not a component of the generator (${Object.keys(REPORT_COMPONENTS).join(', ')})`,
        );
        continue;
      }
      const attributes = new Map(
        [...rawAttributes.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1] ?? '', a[2] ?? '']),
      );
      for (const [attribute, kind] of Object.entries(spec)) {
        const value = attributes.get(attribute);
        if (value === undefined)
          problems.add(entry.file, where, `${tag.trim()} needs ${attribute}="…"`);
        else if (kind === 'code' && codes && !codes.has(value)) {
          problems.add(
            entry.file,
            where,
            `${tag.trim()}: "${value}" is not a criterion code of this methodology`,
          );
        } else if (kind === 'quasi-identifier' && !fields.includes(value)) {
          problems.add(
            entry.file,
            where,
            `${tag.trim()}: "${value}" is not a quasi-identifier (${fields.join(', ')})`,
          );
        }
      }
      for (const attribute of attributes.keys()) {
        if (!(attribute in spec))
          problems.add(
            entry.file,
            where,
            `${tag.trim()}: ${attribute} is not an attribute of <${name}>`,
          );
      }
    }
  }
}
