import { describe, expect, it } from 'vitest';
import {
  compareCodes,
  leafCodes,
  normalizeCode,
  parentCode,
  rootCode,
} from '../../../src/lib/content/codes.ts';

describe('criterion codes', () => {
  it('sort numerically, so criterion 10 comes after 9 and 2.10 after 2.9', () => {
    expect(['10', '9', '2.10', '2.9', '2', '1.1', '1'].sort(compareCodes)).toEqual([
      '1',
      '1.1',
      '2',
      '2.9',
      '2.10',
      '9',
      '10',
    ]);
  });

  it('know their parent and their top-level criterion', () => {
    expect(parentCode('3.2.1')).toBe('3.2');
    expect(parentCode('3')).toBeUndefined();
    expect(rootCode('3.2.1')).toBe('3');
  });

  it('treat 1.01 and 1.1 as the same code', () => {
    expect(normalizeCode('1.01')).toBe(normalizeCode('1.1'));
  });

  it('find the leaves pilots score, at any depth', () => {
    expect([...leafCodes(['1', '1.1', '1.2', '1.2.1', '2'])].sort()).toEqual(['1.1', '1.2.1', '2']);
  });
});
