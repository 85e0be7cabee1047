/**
 * What the attacker's knowledge is built from: the subjects (pilots, and earlier versions of
 * changed ones) with the shape of their scores, and the published means over them.
 */

/** Which leaves a pilot assessed and how: a classical score, or the fine-tuned dimensions. */
export type Shape = Record<string, 'classical' | string[]>;

/** A pilot as the attacker models it: its shape, and (for current pilots) its true scores. */
export interface Subject {
  /** Pilot id and fingerprint: an earlier version of a changed pilot is another subject. */
  key: string;
  shape: Shape;
  /** True values by column name (`1.1`, `1.1:plan`); absent for earlier versions. */
  values?: ReadonlyMap<string, number>;
}

/** A published mean of `target` (`code:1.1`, `kind:enabler`, `dim:1.1:plan`) over `members`. */
export interface Mean {
  target: string;
  members: readonly string[];
  mean: number;
}
