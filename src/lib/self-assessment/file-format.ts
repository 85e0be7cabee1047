/** The self-assessment file's name and version, and the choices it stores (`./assessment.ts`). */
export const FORMAT = 'metodika-self-assessment';
export const CURRENT_VERSION = 2;

export const MODES = ['classical', 'fine-tuned', 'not-assessed'] as const;
export type Mode = (typeof MODES)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
