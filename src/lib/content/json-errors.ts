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
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(source.slice(at, at + 400));
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

/** 1-based line and column of a position in a text. */
export function lineAndColumn(source: string, position: number): { line: number; column: number } {
  const before = source.slice(0, Math.min(position, source.length));
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: position - lastBreak };
}
