import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '../..');

/** One place in the validator that reports a problem, and the words of the rule it reports. */
export interface ProblemSite {
  /** `src/lib/content/rules/panels.ts:18`. */
  at: string;
  /** The rule's fixed words, in order, with what is filled in at run time left out. */
  words: string[];
}

/**
 * Every `problems.add(file, path, rule)` in the validator's sources whose rule is written there
 * (a literal or a template), read from the code itself: the list of rules a fault fixture must
 * cover grows with the code, not with a count kept by hand. Calls that pass on a message made
 * elsewhere (a schema issue, a JSON parser's reason) are left out: those rules are the schema's.
 */
export function problemSites(folder = 'src/lib/content'): ProblemSite[] {
  const files = (readdirSync(join(ROOT, folder), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(ROOT, folder, f));
  const sites: ProblemSite[] = [];
  for (const path of files) {
    const source = ts.createSourceFile(
      path,
      readFileSync(path, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const visit = (node: ts.Node) => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'add' &&
        node.arguments.length === 3
      ) {
        const rule = node.arguments[2];
        const words = rule ? wordsOf(rule) : undefined;
        if (words) {
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          sites.push({ at: `${relative(ROOT, path)}:${line}`, words });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return sites;
}

function wordsOf(node: ts.Node): string[] | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].filter(
      (text) => text.trim() !== '',
    );
  return undefined;
}

/** True when `rule` has the site's fixed words in order. */
export function reports(site: ProblemSite, rule: string): boolean {
  let from = 0;
  for (const words of site.words) {
    const at = rule.indexOf(words, from);
    if (at < 0) return false;
    from = at + words.length;
  }
  return true;
}
