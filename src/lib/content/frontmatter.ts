import { isAlias, isCollection, isPair, isScalar, parseDocument, visit, type Node } from 'yaml';
import { MAX_NESTING } from './json-errors.ts';
import type { PathSegment } from './problem.ts';

/** A problem of the frontmatter block: a field path (or none) and the rule, naming the file's line. */
export interface FrontmatterProblem {
  path: PathSegment[];
  rule: string;
}

export interface SplitMarkdown {
  /** The frontmatter, parsed; undefined when it is missing or broken (see problems). */
  data: unknown;
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
  problems: FrontmatterProblem[];
}

const FENCE = /^---[ \t]*$/;

/**
 * Splits a Markdown file into its frontmatter and body. The block ends at the first line that is
 * `---` and nothing else, so a value that contains `---` never ends it early.
 */
export function splitMarkdown(source: string): SplitMarkdown {
  const lines = source.split('\n').map((line) => line.replace(/\r$/, ''));
  const close = FENCE.test(lines[0] ?? '') ? lines.findIndex((l, i) => i > 0 && FENCE.test(l)) : -1;
  if (close < 0) {
    return {
      data: undefined,
      body: source,
      bodyLine: 1,
      problems: [
        {
          path: [],
          rule: FENCE.test(lines[0] ?? '')
            ? 'has a frontmatter block that never ends: add a line "---" after its last field'
            : 'must start with a frontmatter block between two "---" lines',
        },
      ],
    };
  }
  const yaml = lines.slice(1, close).join('\n');
  const body = source
    .split('\n')
    .slice(close + 1)
    .join('\n');
  const bodyLine = close + 2;
  let parsed: { data: unknown; problems: FrontmatterProblem[] };
  try {
    parsed = parseYaml(yaml);
  } catch {
    // Only pathological input (thousands of indentation levels) gets this far.
    parsed = { data: undefined, problems: [{ path: [], rule: deepRule(2) }] };
  }
  return { ...parsed, body, bodyLine };
}

/**
 * Parses a frontmatter block with the one YAML reader of the generator (YAML 1.2, so dates and
 * `yes` stay text). References (`*name`), tags (`!name`) and deep nesting are refused with a
 * plain rule instead of the parser's message. Lines are the file's (the block starts on line 2).
 */
export function parseYaml(yaml: string): { data: unknown; problems: FrontmatterProblem[] } {
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? undefined : yaml.slice(0, offset).split('\n').length + 1;
  const tooDeep = tooDeeplyNested(yaml);
  if (tooDeep) return { data: undefined, problems: [{ path: [], rule: deepRule(tooDeep) }] };
  const document = parseDocument(yaml, { uniqueKeys: true, prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    const line = lineOf(error.pos[0]);
    return {
      data: undefined,
      problems: [
        {
          path: [],
          rule: `has frontmatter that is not valid YAML (line ${line ?? 2}): ${yamlReason(error.code, error.message)}`,
        },
      ],
    };
  }
  const problems: FrontmatterProblem[] = [];
  visit(document, (_key, node, ancestors) => {
    const path = pathOf(ancestors);
    const line = lineOf((node as Node).range?.[0]) ?? 2;
    const where = { path };
    if (isAlias(node)) {
      problems.push({
        ...where,
        rule: 'starts with "*", which YAML reads as a reference to another value: put the text in quotes',
      });
      return visit.SKIP;
    }
    if ((isScalar(node) || isCollection(node)) && node.tag && hasExplicitTag(yaml, node)) {
      problems.push({
        ...where,
        rule: 'starts with "!", which YAML reads as a type: put the text in quotes',
      });
      return visit.SKIP;
    }
    if (isCollection(node) && ancestors.filter(isCollection).length >= MAX_NESTING) {
      problems.push({ path: [], rule: deepRule(line) });
      return visit.BREAK;
    }
    return undefined;
  });
  if (problems.length > 0) return { data: undefined, problems };
  return { data: document.toJS({ maxAliasCount: 0 }) ?? {}, problems };
}

const deepRule = (line: number) =>
  `has frontmatter nested more than ${MAX_NESTING} levels deep (line ${line})`;

/** Nesting of flow brackets, counted before parsing: the parser itself fails with no clear reason. */
function tooDeeplyNested(yaml: string): number | undefined {
  let depth = 0;
  let line = 2;
  let quote: string | undefined;
  for (const char of yaml) {
    if (char === '\n') line += 1;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '[' || char === '{') {
      depth += 1;
      if (depth > MAX_NESTING) return line;
    } else if (char === ']' || char === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/** A tag written in the text (`!foo`, `!!js/function`), not one the parser assigned. */
function hasExplicitTag(yaml: string, node: Node): boolean {
  const start = node.range?.[0];
  if (start === undefined) return false;
  // The tag precedes the node's value: look back on the same line for "!".
  const lineStart = yaml.lastIndexOf('\n', start - 1) + 1;
  return /![^\s]*\s*$/.test(yaml.slice(lineStart, start)) || yaml[start] === '!';
}

function pathOf(ancestors: readonly unknown[]): PathSegment[] {
  const path: PathSegment[] = [];
  ancestors.forEach((ancestor, index) => {
    if (isPair(ancestor)) {
      const key = ancestor.key;
      path.push(isScalar(key) ? String(key.value) : '?');
    } else if (isCollection(ancestor) && !isPair(ancestors[index + 1])) {
      const child = ancestors[index + 1];
      const position = (ancestor.items as unknown[]).indexOf(child);
      if (position >= 0 && !isPair(child)) path.push(position);
    }
  });
  return path;
}

/** The parser's error codes in an editor's words. */
function yamlReason(code: string, message: string): string {
  // A "[" or "{" left open runs on into the next field, which the parser calls bad indentation.
  if (code === 'BAD_INDENT' && /^Flow (sequence|mapping)/.test(message))
    return 'a "[" or "{" on this or an earlier line is not closed, or a line inside it is not indented: end it with "]" or "}", indent its lines, or put the value in quotes';
  const reasons: Record<string, string> = {
    DUPLICATE_KEY: 'a field appears twice',
    BAD_INDENT:
      'the indentation is wrong (use spaces, and the same number for fields of one level)',
    TAB_AS_INDENT: 'lines are indented with tabs: use spaces',
    MISSING_CHAR: 'a closing quote or bracket is missing',
    MULTILINE_IMPLICIT_KEY:
      'a value contains ": " or a field runs over two lines: put the value in quotes',
    BLOCK_AS_IMPLICIT_KEY:
      'a value contains ": " or a field runs over two lines: put the value in quotes',
    UNEXPECTED_TOKEN:
      'a value contains a character YAML reads as syntax (": ", " #", or a leading quote, "-", "[", "{", "&", "*", "!", "|", ">"): put the value in quotes',
    BAD_SCALAR_START:
      'a value starts with a character YAML reads as syntax: put the value in quotes',
    BAD_DQ_ESCAPE: 'a backslash in double quotes must start an escape such as \\n: write \\\\',
    BAD_ALIAS: 'starts with "*": put the text in quotes',
    TAG_RESOLVE_FAILED: 'starts with "!": put the text in quotes',
  };
  return reasons[code] ?? 'check the indentation, the colons and the quotes';
}
