import { describe, expect, it } from 'vitest';
import { formatProblems, formatSuccess } from '../../../src/lib/content/format.ts';
import { formatPath } from '../../../src/lib/content/problem.ts';

describe('the problem report', () => {
  const report = formatProblems(
    [
      { file: 'pilots/P02.json', path: 'region', rule: 'is wrong' },
      { file: 'criteria/lv/1.md', path: 'summary', rule: 'is required but missing' },
      { file: 'pilots/P02.json', path: '', rule: 'is not valid JSON' },
    ],
    'content/',
  );

  it('groups problems by file, one line each as file: path — rule', () => {
    expect(report).toContain(
      '  content/pilots/P02.json: region — is wrong\n  content/pilots/P02.json: is not valid JSON',
    );
    expect(report.indexOf('criteria/lv/1.md')).toBeLessThan(report.indexOf('pilots/P02.json'));
  });

  it('ends with the count', () => {
    expect(report.trim().split('\n').at(-1)).toBe('3 problems in 2 files.');
  });

  it('writes dotted codes in brackets so the path stays readable', () => {
    expect(formatPath(['scores', '1.1', 'plan'])).toBe('scores["1.1"].plan');
    expect(formatPath(['strengths', 0, 'text', 'lv'])).toBe('strengths[0].text.lv');
  });

  it('says success in one line', () => {
    expect(
      formatSuccess(
        [
          [1, 'locale', 'locales'],
          [9, 'pilot', 'pilots'],
        ],
        0.5,
      ),
    ).toBe('✓ Content is valid: 1 locale, 9 pilots (0.50 s).');
  });
});
