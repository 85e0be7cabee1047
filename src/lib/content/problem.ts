/** A problem found in the content tree: where it is and which rule it breaks, in words an editor can act on. */
export interface Problem {
  /** Path of the file, relative to the content root (`pilots/P03.json`). */
  file: string;
  /** Field path inside the file (`scores["1.1"].plan`); empty for the file as a whole. */
  path: string;
  /** The rule broken, as a plain sentence fragment. */
  rule: string;
}

/** Collects problems so that validation never stops at the first one. */
export class ProblemList {
  readonly items: Problem[] = [];
  /**
   * Files that operating systems and editors leave behind (`Thumbs.db`, `1.1.md~`), skipped:
   * told in one warning line, never a problem.
   */
  readonly skipped: string[] = [];

  /** Records one problem. */
  add(file: string, path: string | readonly PathSegment[], rule: string): void {
    this.items.push({ file, path: typeof path === 'string' ? path : formatPath(path), rule });
  }

  get size(): number {
    return this.items.length;
  }
}

export type PathSegment = string | number;

/**
 * Writes a field path the way an editor reads it: `strengths[0].text.lv`, and keys that are
 * themselves dotted codes in brackets (`scores["1.1"]`) so the path stays unambiguous.
 */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
