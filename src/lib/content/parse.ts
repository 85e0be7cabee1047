import type { z } from 'zod';
import { describeIssues } from './error-map.ts';
import type { ProblemList } from './problem.ts';

/**
 * Checks data against a schema and records every issue as a problem of `file`. Returns the
 * parsed value, or undefined when the data does not fit.
 */
export function parseWith<Schema extends z.ZodTypeAny>(
  schema: Schema,
  data: unknown,
  file: string,
  problems: ProblemList,
): z.infer<Schema> | undefined {
  if (data === undefined) return undefined; // unreadable: already reported by the reader
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of describeIssues(result.error.issues))
    problems.add(file, issue.path, issue.rule);
  return undefined;
}
