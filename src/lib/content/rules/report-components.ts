import { compileSync } from '@mdx-js/mdx';
import type { Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { parseBody } from '../../markdown/parse-body.ts';
import { QUASI_IDENTIFIERS } from '../schemas/taxonomies.ts';
import { ProblemList } from '../problem.ts';
import type { LocalizedEntry } from '../tree.ts';
import { checkLinks, placeOf } from './markdown-bodies.ts';

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

/** True when a component name is one of REPORT_COMPONENTS (an own key, never `constructor`). */
export function isReportComponent(name: string | null | undefined): name is ReportComponent {
  return typeof name === 'string' && Object.hasOwn(REPORT_COMPONENTS, name);
}

type Element = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * `.mdx` bodies are parsed into their syntax tree, and only what is safe to run at build time
 * passes: Markdown and the report components with literal attributes. `import`, `export` and
 * `{…}` expressions are code, and refused; so is any other tag. Matching on the tree, not on the
 * text, keeps a component shown in a code sample from counting. A body that passes is compiled
 * as the build will compile it, so the build cannot fail on it.
 */
export function checkReportComponents(
  entries: readonly LocalizedEntry<unknown>[],
  codes: ReadonlySet<string> | undefined,
  problems: ProblemList,
): void {
  const fields = QUASI_IDENTIFIERS.map((q) => q.field as string);
  const names = Object.keys(REPORT_COMPONENTS).join(', ');
  for (const entry of entries) {
    if (!entry.file.endsWith('.mdx')) continue;
    const parsed = parseBody(entry.body, true);
    if (!parsed.ok) {
      problems.add(
        entry.file,
        `line ${entry.bodyLine + parsed.line - 1}, column ${parsed.column}`,
        parsed.reason,
      );
      continue;
    }
    const found = new ProblemList();
    const add = (node: Nodes, rule: string) => found.add(entry.file, placeOf(entry, node), rule);
    visit(parsed.tree, (node) => {
      switch (node.type) {
        case 'mdxjsEsm':
          add(node, '"import" and "export" are code and cannot be used in content');
          return;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          // {/* a comment */} is the one expression allowed: it holds no code.
          if ((node.data?.estree?.body.length ?? 1) > 0)
            add(
              node,
              '"{…}" is code and cannot be used in content: write \\{ and \\} for the characters themselves',
            );
          return;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          checkElement(node, (rule) => add(node, rule));
          return;
        default:
          return;
      }
    });
    checkLinks(entry, parsed.tree, found);
    problems.items.push(...found.items);
    if (found.size === 0) compile(entry, problems);
  }

  function checkElement(node: Element, report: (rule: string) => void): void {
    if (!isReportComponent(node.name)) {
      const shown = node.name ? `<${node.name}>` : '<>';
      report(
        /^[a-z]/.test(node.name ?? '')
          ? `HTML (${shown}) is not allowed in content: write Markdown, or use a report component (${names})`
          : `${shown} is not a component of the generator (${names})`,
      );
      return;
    }
    const spec: Readonly<Record<string, AttributeKind>> = REPORT_COMPONENTS[node.name];
    const tag = `<${node.name} />`;
    const attributes = new Map<string, string>();
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        report(`${tag}: "{…}" is code and cannot be used in content`);
      } else if (typeof attribute.value !== 'string') {
        report(
          `${tag}: ${attribute.name} must be written ${attribute.name}="…", with its value in quotes`,
        );
      } else if (!Object.hasOwn(spec, attribute.name)) {
        report(`${tag}: ${attribute.name} is not an attribute of <${node.name}>`);
      } else attributes.set(attribute.name, attribute.value);
    }
    if (node.children.length > 0) report(`${tag} takes no content: write <${node.name} … />`);
    for (const [attribute, kind] of Object.entries(spec)) {
      const value = attributes.get(attribute);
      const written = `<${node.name} ${attribute}="${value ?? ''}" />`;
      if (value === undefined) {
        if (!node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === attribute))
          report(`<${node.name}> needs ${attribute}="…"`);
      } else if (kind === 'code' && codes && !codes.has(value)) {
        report(`${written}: "${value}" is not a criterion code of this methodology`);
      } else if (kind === 'quasi-identifier' && !fields.includes(value)) {
        report(`${written}: "${value}" is not a quasi-identifier (${fields.join(', ')})`);
      }
    }
  }
}

/** Bodies already compiled in this process, and where they failed: a watcher recompiles only changes. */
const compiled = new Map<string, { line?: number; column?: number } | null>();

/** Compiles a checked body the way the site's MDX integration does; a failure names its line. */
function compile(entry: LocalizedEntry<unknown>, problems: ProblemList): void {
  let failure = compiled.get(entry.body);
  if (failure === undefined) {
    try {
      compileSync(entry.body, { remarkPlugins: [remarkGfm], jsxImportSource: 'astro' });
      failure = null;
    } catch (error) {
      failure = error as { line?: number; column?: number };
    }
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(entry.body, failure);
  }
  if (failure) {
    const { line, column } = failure;
    problems.add(
      entry.file,
      line ? `line ${entry.bodyLine + line - 1}, column ${column ?? 1}` : 'body',
      'cannot be compiled as MDX: check the components and the characters <, { and } on that line',
    );
  }
}
