/**
 * Where and why a JSON text is not valid, in plain words and computed here rather than taken from
 * the JavaScript engine: the engine's messages quote the text around the error, which in a pilot
 * file may be personal data, and their wording changes between Node versions.
 */
export interface JsonSyntaxError {
  line: number;
  column: number;
  reason: string;
}

/** How deep objects and lists may nest in a content file; real files need a handful of levels. */
export const MAX_NESTING = 32;

/** The most characters findJsonError reads as one number. */
const NUMBER_CHARACTERS = 400;
/**
 * What a longer number must hold: a number is at most four signs and three runs of digits, so
 * one of more than NUMBER_CHARACTERS characters has a run of at least a third of them.
 */
const LONG_NUMBER = new RegExp(`\\d{${Math.ceil((NUMBER_CHARACTERS + 1 - 4) / 3)}}`);

/** Finds the first syntax error of a JSON text, or undefined when it is valid JSON. */
export function findJsonError(source: string): JsonSyntaxError | undefined {
  let at = 0;
  const fail = (reason: string, position = at): never => {
    throw Object.assign(new Error(reason), { position });
  };
  const space = () => {
    while (at < source.length && ' \t\n\r'.includes(source[at] ?? '')) at += 1;
  };
  const describe = (position: number) =>
    position >= source.length
      ? 'the file ends too early (a closing bracket, brace or quote is missing)'
      : undefined;

  const string = () => {
    const start = at;
    at += 1; // opening quote
    while (at < source.length) {
      const char = source[at];
      if (char === '"') {
        at += 1;
        return;
      }
      if (char === '\\') {
        const next = source[at + 1] ?? '';
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(source.slice(at + 2, at + 6)))
            fail('a "\\u" escape needs four hexadecimal digits', at);
          at += 6;
        } else if ('"\\/bfnrt'.includes(next) && next !== '') at += 2;
        else fail('a backslash must start an escape such as \\" or \\n (write \\\\ for "\\")', at);
        continue;
      }
      if (char === '\n' || char === '\r')
        fail('text in quotes must end on the same line (a closing quote is missing)', start);
      if ((char ?? '').charCodeAt(0) < 0x20) fail('text in quotes holds a control character', at);
      at += 1;
    }
    fail('text in quotes is not closed (a closing quote is missing)', start);
  };

  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(
      source.slice(at, at + NUMBER_CHARACTERS),
    );
    if (!match)
      fail('expected a value: text in double quotes, a number, true, false, null, [ or {');
    at += match?.[0].length ?? 0;
  };

  const value = (depth: number): void => {
    if (depth > MAX_NESTING) fail(`is nested more than ${MAX_NESTING} levels deep`);
    space();
    const char = source[at];
    if (char === undefined) fail(describe(at) ?? 'expected a value');
    if (char === '{') return object(depth + 1);
    if (char === '[') return list(depth + 1);
    if (char === '"') return string();
    if (char === "'") fail('text must be in double quotes ("…"), not single quotes');
    for (const word of ['true', 'false', 'null']) {
      if (source.startsWith(word, at)) {
        at += word.length;
        return;
      }
    }
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return number();
    fail(
      char === ',' || char === '}' || char === ']'
        ? 'expected a value here (a comma too many?)'
        : 'expected a value: text in double quotes, a number, true, false, null, [ or {',
    );
  };

  const object = (depth: number) => {
    at += 1;
    space();
    if (source[at] === '}') {
      at += 1;
      return;
    }
    for (;;) {
      space();
      if (source[at] === '}') fail('a comma too many before "}"');
      if (source[at] !== '"')
        fail(describe(at) ?? 'expected a field name in double quotes ("name": value)');
      string();
      space();
      if (source[at] !== ':') fail(describe(at) ?? 'expected ":" after the field name');
      at += 1;
      value(depth);
      space();
      if (source[at] === ',') {
        at += 1;
        continue;
      }
      if (source[at] === '}') {
        at += 1;
        return;
      }
      fail(describe(at) ?? 'expected "," or "}" after the value (a comma is missing?)');
    }
  };

  const list = (depth: number) => {
    at += 1;
    space();
    if (source[at] === ']') {
      at += 1;
      return;
    }
    for (;;) {
      space();
      if (source[at] === ']') fail('a comma too many before "]"');
      value(depth);
      space();
      if (source[at] === ',') {
        at += 1;
        continue;
      }
      if (source[at] === ']') {
        at += 1;
        return;
      }
      fail(describe(at) ?? 'expected "," or "]" after the item (a comma is missing?)');
    }
  };

  try {
    value(0);
    space();
    if (at < source.length) fail('has more after the end of the JSON value (a bracket too many?)');
    return undefined;
  } catch (error) {
    const position = (error as { position?: number }).position ?? at;
    return { ...lineAndColumn(source, position), reason: (error as Error).message };
  }
}

/** What the engine refuses and findJsonError cannot place (no such text is known). */
const UNREADABLE: JsonSyntaxError = { line: 1, column: 1, reason: 'it cannot be read as JSON' };

/** A JSON text read: its value, or where and why it is not valid JSON. */
export type JsonReading = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

/**
 * Parses a JSON text with the engine and locates an error with findJsonError only when there is
 * one: a tree is mostly valid files, and the engine reads them many times faster. The outcome is
 * findJsonError's: a text nested deeper than MAX_NESTING, or with a number of more characters
 * than findJsonError reads, is handed to it even when the engine accepts it.
 */
export function parseJson(source: string): JsonReading {
  let value: unknown;
  try {
    value = JSON.parse(source) as unknown;
  } catch {
    return { ok: false, error: findJsonError(source) ?? UNREADABLE };
  }
  if (nestedTooDeep(source, value) || LONG_NUMBER.test(source)) {
    const error = findJsonError(source);
    if (error) return { ok: false, error };
  }
  return { ok: true, value };
}

/**
 * True when some value of `value` sits inside more than MAX_NESTING lists and objects, the
 * nesting findJsonError refuses. Needs no walk when the text has too few brackets for that.
 */
function nestedTooDeep(source: string, value: unknown): boolean {
  let brackets = 0;
  for (const bracket of ['{', '[']) {
    for (let at = source.indexOf(bracket); at >= 0; at = source.indexOf(bracket, at + 1)) {
      if (++brackets > MAX_NESTING) return nestedDeeper(value, 0);
    }
  }
  return false;
}

function nestedDeeper(value: unknown, enclosing: number): boolean {
  if (enclosing > MAX_NESTING) return true;
  if (!value || typeof value !== 'object') return false;
  for (const item of Object.values(value)) if (nestedDeeper(item, enclosing + 1)) return true;
  return false;
}

/** 1-based line and column of a position in a text. */
export function lineAndColumn(source: string, position: number): { line: number; column: number } {
  const before = source.slice(0, Math.min(position, source.length));
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: position - lastBreak };
}
