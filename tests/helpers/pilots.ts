import type { Panel, Pilot } from '../../src/lib/content/schemas/index.ts';
import type { CodeInfo } from '../../src/lib/results/pilot-scores.ts';

/** Bands of the CAF panels, enough for the results logic. */
const bands = [0, 11, 31, 51, 71, 91].map((min, i, all) => ({
  min,
  max: (all[i + 1] ?? 101) - 1,
  label: { en: `b${i}` },
}));

export const PANELS: Panel[] = [
  {
    id: 'enablers',
    appliesTo: 'enabler',
    title: { en: 'E' },
    dimensions: ['plan', 'do', 'check', 'act'].map((id) => ({ id, label: { en: id } })),
    bands,
  },
  {
    id: 'results',
    appliesTo: 'result',
    title: { en: 'R' },
    dimensions: ['trends', 'targets'].map((id) => ({ id, label: { en: id } })),
    bands,
  },
];

/** Two enabler criteria with two sub-criteria each, one result criterion with two. */
export const CODES: CodeInfo[] = [
  { code: '1', kind: 'enabler' },
  { code: '1.1', kind: 'enabler' },
  { code: '1.2', kind: 'enabler' },
  { code: '2', kind: 'enabler' },
  { code: '2.1', kind: 'enabler' },
  { code: '2.2', kind: 'enabler' },
  { code: '3', kind: 'result' },
  { code: '3.1', kind: 'result' },
  { code: '3.2', kind: 'result' },
];

/** A pilot with the given attributes and scores (other fields empty). */
export function pilot(
  id: string,
  attributes: Partial<Pick<Pilot, 'region' | 'serviceType' | 'staffBand'>>,
  scores: Pilot['scores'],
  strength?: string,
): Pilot {
  return {
    id,
    region: 'north',
    serviceType: 'day-centre',
    staffBand: 'small',
    assessed: '2011-10',
    ...attributes,
    scores,
    strengths: strength ? [{ criterion: '1.1', text: { en: strength } }] : [],
    improvements: [],
    actions: [],
  };
}
