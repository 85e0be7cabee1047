import type { ZodIssue } from 'zod';
import type { PathSegment } from './problem.ts';

/** One zod issue turned into a path and a sentence an editor can act on (no zod jargon). */
export interface DescribedIssue {
  path: PathSegment[];
  rule: string;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
  undefined: 'nothing',
  date: 'a date',
  nan: 'not a number',
  float: 'a number with decimals',
  bigint: 'a number',
  symbol: 'something else',
  function: 'something else',
  map: 'an object',
  set: 'a list',
  unknown: 'something else',
};

function typeWord(type: string): string {
  return Object.hasOwn(TYPE_WORDS, type) ? (TYPE_WORDS[type] ?? type) : 'something else';
}

/** zod's own English ("Invalid input", "Expected …", "Required") never reaches an editor. */
const ZOD_WORDING = /^(Invalid|Expected|Required|Number must|String must|Array must|Unrecognized)/;

/** Turns every issue of a failed parse into a readable rule; unknown keys get one entry each. */
export function describeIssues(issues: readonly ZodIssue[]): DescribedIssue[] {
  return issues.flatMap((issue): DescribedIssue[] => {
    const path = [...issue.path];
    switch (issue.code) {
      case 'invalid_type':
        if (issue.received === 'undefined') return [{ path, rule: 'is required but missing' }];
        // A schema's own message (e.g. "must be a criterion code in quotes") beats the generic one.
        if (!/^Expected .*, received /.test(issue.message) && !ZOD_WORDING.test(issue.message))
          return [{ path, rule: issue.message }];
        return [
          {
            path,
            rule: `must be ${typeWord(issue.expected)}, but is ${typeWord(issue.received)}`,
          },
        ];
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({
          path: [...path, key],
          rule: 'is not a field this file may have (check the spelling)',
        }));
      case 'invalid_enum_value':
        return [
          {
            path,
            rule: `must be one of ${issue.options.map((o) => `"${String(o)}"`).join(', ')}, but is "${String(issue.received)}"`,
          },
        ];
      case 'invalid_literal':
        return [{ path, rule: `must be ${JSON.stringify(issue.expected)}` }];
      case 'too_small':
        return [{ path, rule: tooSmall(issue.type, Number(issue.minimum), issue.inclusive) }];
      case 'too_big':
        return [{ path, rule: tooBig(issue.type, Number(issue.maximum), issue.inclusive) }];
      case 'not_finite':
        return [{ path, rule: 'must be a number' }];
      default:
        // Custom refinements and regexes carry their own plain-language message.
        return [
          { path, rule: ZOD_WORDING.test(issue.message) ? 'has an invalid value' : issue.message },
        ];
    }
  });
}

function tooSmall(type: string, minimum: number, inclusive: boolean): string {
  if (type === 'string')
    return minimum <= 1 ? 'must not be empty' : `must be at least ${minimum} characters long`;
  if (type === 'array')
    return minimum <= 1 ? 'must list at least one item' : `must list at least ${minimum} items`;
  return inclusive ? `must be at least ${minimum}` : `must be more than ${minimum}`;
}

function tooBig(type: string, maximum: number, inclusive: boolean): string {
  if (type === 'string') return `must be at most ${maximum} characters long`;
  if (type === 'array') return `must list at most ${maximum} items`;
  return inclusive ? `must be at most ${maximum}` : `must be less than ${maximum}`;
}
