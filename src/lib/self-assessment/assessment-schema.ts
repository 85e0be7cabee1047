import { z } from 'zod';
import { CODE_PATTERN } from '../content/schemas/primitives.ts';
import { CURRENT_VERSION, FORMAT, MODES, PRIORITIES } from './file-format.ts';

/*
 * The self-assessment file's shape (`./assessment.ts` describes it), checked with zod when a file
 * or the browser's copy is read (`./read-file.ts`). A module of its own so the tool's first view,
 * which only makes and edits assessments, loads no zod.
 */

// Ranges and dimensions depend on the methodology: `checkAgainst` in ./read-file.ts checks them.
const score = z.number();
/** Classical (a number), fine-tuned (dimension → number), or not assessed (null), as in pilot files. */
export const scoreValueSchema = z.union([z.null(), score, z.record(z.string(), score)]);
const codeKey = z.string().regex(CODE_PATTERN, 'must be a criterion code such as "3.2"');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM');

/**
 * What is typed but is not a score yet, kept so a reload loses nothing: the way of scoring chosen
 * and each field's text as typed (`""` is the classical field, a dimension id a fine-tuned one)
 * while it is empty, not a number, out of range or, fine-tuned, not every dimension has one.
 * A draft is never counted: only `score` is.
 */
export const draftSchema = z
  .object({
    mode: z.enum(MODES).optional(),
    values: z.record(z.string(), z.string()).default({}),
  })
  .strict();

/** One sub-criterion as an assessor worked it: the score (absent until chosen) and three notes. */
export const entrySchema = z
  .object({
    score: scoreValueSchema.optional(),
    draft: draftSchema.optional(),
    evidence: z.string().default(''),
    strengths: z.string().default(''),
    improvements: z.string().default(''),
  })
  .strict();

/**
 * One imported assessor's work, kept for the consensus meeting: `id` is the id of the assessment
 * the file was saved from (a second import of it replaces the first), `member` who scored it and
 * `saved` when, so two members of the same name are told apart.
 */
export const assessorSchema = z
  .object({
    name: z.string(),
    id: z.string().optional(),
    member: z.string().optional(),
    saved: z.string().optional(),
    entries: z.record(codeKey, entrySchema),
  })
  .strict();

/** One action of the improvement plan. */
export const actionSchema = z
  .object({
    criterion: codeKey,
    text: z.string(),
    priority: z.enum(PRIORITIES),
    due: month.optional(),
  })
  .strict();

/** What the group chose for the ministry's file: the pilot id and quasi-identifiers. */
export const ministrySchema = z
  .object({
    id: z.string(),
    region: z.string(),
    serviceType: z.string(),
    staffBand: z.string(),
    assessed: month,
    feedback: z.string(),
    /** Texts the group checked and marked as naming no person (they go out `reviewed: true`). */
    reviewed: z.array(z.string()),
  })
  .partial()
  .strict();

export const assessmentSchema = z
  .object({
    format: z.literal(FORMAT),
    version: z.literal(CURRENT_VERSION),
    id: z.string().min(1),
    name: z.string(),
    /** The member's name or role, asked on the first save to a file; it names the file. */
    member: z.string().optional(),
    created: z.string(),
    updated: z.string(),
    /** Per sub-criterion: this assessor's scores, or the agreed ones of a group. */
    entries: z.record(codeKey, entrySchema),
    /** Assessors' files imported for the consensus meeting. */
    assessors: z.array(assessorSchema).default([]),
    actions: z.array(actionSchema).default([]),
    ministry: ministrySchema.default({}),
  })
  .strict();

/** Version 1 (the tool's first release): scores and notes in two separate maps, no plan. */
export const assessmentV1Schema = z
  .object({
    format: z.literal(FORMAT),
    version: z.literal(1),
    id: z.string().min(1),
    name: z.string(),
    created: z.string(),
    scores: z.record(codeKey, scoreValueSchema),
    notes: z
      .record(
        codeKey,
        z
          .object({
            evidence: z.string().optional(),
            strengths: z.string().optional(),
            improvements: z.string().optional(),
          })
          .strict(),
      )
      .default({}),
  })
  .strict();

export type ScoreChoice = z.infer<typeof scoreValueSchema>;
export type Entry = z.infer<typeof entrySchema>;
export type Draft = z.infer<typeof draftSchema>;
export type Assessor = z.infer<typeof assessorSchema>;
export type Action = z.infer<typeof actionSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
export type AssessmentV1 = z.infer<typeof assessmentV1Schema>;
