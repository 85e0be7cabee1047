import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  encodeColumn,
  encodeFigureId,
  encodeTarget,
  parseColumn,
  parseFigureId,
  parseTarget,
  type FigureId,
  type Target,
} from '../../../src/lib/anonymity/targets.ts';

/** Codes, kinds, dimension ids and group ids as the content spells them: no colon. */
const part = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes(':'));
const code = fc.stringMatching(/^[1-9]\d?(\.[1-9]\d?){0,2}$/);
/** Breakdown fields are quasi-identifiers, never one of the figure scopes. */
const field = part.filter((s) => !['code', 'kind', 'dims'].includes(s));

const target: fc.Arbitrary<Target> = fc.oneof(
  fc.record({ of: fc.constant('code' as const), code }),
  fc.record({ of: fc.constant('kind' as const), kind: part }),
  fc.record({ of: fc.constant('dimension' as const), code, dimension: part }),
);
const figure: fc.Arbitrary<FigureId> = fc.oneof(
  fc.record({ of: fc.constant('code' as const), code }),
  fc.record({ of: fc.constant('kind' as const), kind: part }),
  fc.record({ of: fc.constant('dimensions' as const), code }),
  fc.record({ of: fc.constant('group' as const), field, group: part, kind: part }),
);

describe('the names of targets, figures and columns', () => {
  it('reads back every target as it was written', () => {
    fc.assert(
      fc.property(target, (t) => {
        expect(parseTarget(encodeTarget(t))).toEqual(t);
      }),
    );
  });

  it('reads back every figure id as it was written', () => {
    fc.assert(
      fc.property(figure, (f) => {
        expect(parseFigureId(encodeFigureId(f))).toEqual(f);
      }),
    );
  });

  it('reads back every column name as it was written', () => {
    fc.assert(
      fc.property(code, fc.option(part, { nil: undefined }), (c, dimension) => {
        const column = dimension === undefined ? { code: c } : { code: c, dimension };
        expect(parseColumn(encodeColumn(column))).toEqual(column);
      }),
    );
  });

  it('keeps the spellings releases.json and the audit report already record', () => {
    expect(encodeTarget({ of: 'code', code: '1.1' })).toBe('code:1.1');
    expect(encodeTarget({ of: 'kind', kind: 'enabler' })).toBe('kind:enabler');
    expect(encodeTarget({ of: 'dimension', code: '1.1', dimension: 'plan' })).toBe('dim:1.1:plan');
    expect(encodeFigureId({ of: 'dimensions', code: '1.1' })).toBe('dims:1.1');
    expect(encodeFigureId({ of: 'group', field: 'region', group: '_other', kind: 'enabler' })).toBe(
      'region:_other:enabler',
    );
    expect(encodeColumn({ code: '1.1', dimension: 'plan' })).toBe('1.1:plan');
  });

  it('reads nothing into a string no target is spelt as', () => {
    expect(parseTarget('1.1')).toBeUndefined();
    expect(parseTarget('dims:1.1')).toBeUndefined();
    expect(parseTarget('dim:1.1')).toBeUndefined();
    expect(parseFigureId('region')).toBeUndefined();
  });
});
