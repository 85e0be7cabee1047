import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContentTree } from '../../../src/lib/content/load-tree.ts';
import { checkPilots, type PilotContext } from '../../../src/lib/content/rules/pilots.ts';
import { criterionKinds } from '../../../src/lib/content/methodology.ts';
import { ProblemList } from '../../../src/lib/content/problem.ts';
import type { Pilot } from '../../../src/lib/content/schemas/index.ts';
import { FIXTURES, composeTree } from '../../helpers/fixtures.ts';

const { tree } = loadContentTree(join(FIXTURES, 'valid'));
const defaultLocale = tree.site.defaultLocale;
const criteria = tree.criteria.filter((c) => c.locale === defaultLocale);
const rules = {
  codes: new Set(criteria.map((c) => c.id)),
  kinds: criterionKinds(criteria.map((c) => c.data)),
  panels: tree.panels.map((p) => p.data),
};
const context: PilotContext = {
  editions: new Map([['', rules]]),
  current: '',
  taxonomies: tree.taxonomies,
  denylist: [],
  k: tree.site.anonymity.minGroupSize,
};
const base = tree.pilots.find((p) => p.file === 'pilots/P01.json');
if (!base) throw new Error('the valid fixture has pilots/P01.json');
/** A fine-tuned code of the valid fixture and its panel's dimensions. */
const CODE = '1.2';
const panel = rules.panels.find((p) => p.appliesTo === rules.kinds.get(CODE));
if (!panel) throw new Error(`the valid fixture scores ${CODE} on a panel`);
const DIMENSIONS = panel.dimensions.map((d) => d.id);

const problemsOf = (scores: Pilot['scores']) => {
  const problems = new ProblemList();
  checkPilots([{ file: base.file, data: { ...base.data, scores } }], context, problems);
  return problems.items.map((p) => `${p.path} — ${p.rule}`);
};

/** The dimension rule as the contract words it, computed the long way for every score. */
function dimensionRule(value: Record<string, number>): string[] {
  const missing = DIMENSIONS.filter((id) => !Object.hasOwn(value, id));
  const extra = Object.keys(value).filter((id) => !DIMENSIONS.includes(id));
  const path = `scores["${CODE}"]`;
  return [
    ...(missing.length > 0 || extra.length > 0
      ? [
          `${path} — must have exactly the dimensions of the "${panel?.id}" panel (${DIMENSIONS.join(', ')})` +
            (missing.length ? `; missing ${missing.join(', ')}` : '') +
            (extra.length ? `; not in the panel: ${extra.map((id) => `"${id}"`).join(', ')}` : ''),
        ]
      : []),
    ...Object.entries(value)
      .filter(([, part]) => part < 0 || part > 100)
      .map(([id, part]) => `${path}.${id} — must be from 0 to 100, but is ${part}`),
  ];
}

describe('a fine-tuned score', () => {
  it("is told apart by the panel's dimensions exactly as the rule words it", () => {
    const names = fc.constantFrom(...DIMENSIONS, 'plans', 'Do', 'extra');
    const value = fc.dictionary(names, fc.integer({ min: -5, max: 105 }), { maxKeys: 6 });
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 3 }), (values) => {
        // Several pilots in one run: what one score learns about the panel serves the next.
        const problems = new ProblemList();
        checkPilots(
          values.map((v) => ({ file: base.file, data: { ...base.data, scores: { [CODE]: v } } })),
          context,
          problems,
        );
        expect(problems.items.map((p) => `${p.path} — ${p.rule}`)).toEqual(
          values.flatMap(dimensionRule),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('with one dimension renamed names both the missing and the unknown one', () => {
    const [first = '', ...rest] = DIMENSIONS;
    const value = Object.fromEntries([...rest.map((id) => [id, 50]), ['plans', 50]]);
    expect(problemsOf({ [CODE]: value })).toEqual([
      `scores["${CODE}"] — must have exactly the dimensions of the "${panel.id}" panel (${DIMENSIONS.join(', ')}); missing ${first}; not in the panel: "plans"`,
    ]);
  });
});

describe('scores that are not an object of scores', () => {
  const problemsOfFile = (scores: string) => {
    const dir = composeTree('valid');
    writeFileSync(
      join(dir, 'pilots/P03.json'),
      JSON.stringify({ ...base.data, id: 'P03' }).replace(
        /"scores":\{.*?\}\}?,"strengths"/,
        `${scores}"strengths"`,
      ),
    );
    return loadContentTree(dir).problems.map((p) => `${p.file}: ${p.path} — ${p.rule}`);
  };

  it.each([
    ['"scores":[1,2],', 'must be an object, but is a list'],
    ['"scores":"40",', 'must be an object, but is text'],
    ['"scores":null,', 'must be an object, but is null'],
    ['', 'is required but missing'],
  ])('%s is refused as "%s"', (scores, rule) => {
    expect(problemsOfFile(scores)).toEqual([`pilots/P03.json: scores — ${rule}`]);
  });

  it('a score of text is refused by its code', () => {
    expect(problemsOfFile('"scores":{"1.1":"40"},')).toEqual([
      'pilots/P03.json: scores["1.1"] — must be a number from 0 to 100, an object of dimension scores, or null',
    ]);
  });
});
