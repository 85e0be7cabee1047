/**
 * zod 3's refinements and preprocessing give every value they look at a fresh object with its own
 * getter, a new hidden class for the engine each time; at 20,000 pilots those made most of the
 * check's garbage-collection time. These two do the same without it.
 */

import {
  DIRTY,
  INVALID,
  ZodFirstPartyTypeKind,
  ZodType,
  addIssueToContext,
  type IssueData,
  type ParseContext,
  type ParseInput,
  type ParseReturnType,
  type ParseStatus,
  type SyncParseReturnType,
  type ZodTypeAny,
  type ZodTypeDef,
  type input,
  type output,
} from 'zod';

/** Where a check records what is wrong: superRefine's `ctx.addIssue`, nothing else. */
export interface IssueSink {
  addIssue(issue: IssueData): void;
}

/**
 * Described to tools that read schemas (Astro's JSON schemas, zod-to-json-schema) as the
 * refinement it stands for, so they see through it to `schema` as they see through superRefine.
 */
interface CheckedDef<Schema extends ZodTypeAny> extends ZodTypeDef {
  schema: Schema;
  check: (value: output<Schema>, sink: IssueSink) => void;
  typeName: ZodFirstPartyTypeKind.ZodEffects;
  effect: { type: 'refinement'; refinement: (value: output<Schema>, sink: IssueSink) => void };
}

class Sink implements IssueSink {
  constructor(
    private readonly ctx: ParseContext,
    private readonly status: ParseStatus,
  ) {}

  addIssue(issue: IssueData): void {
    addIssueToContext(this.ctx, issue);
    if (issue.fatal) this.status.abort();
    else this.status.dirty();
  }
}

/**
 * `schema.superRefine(check)`, with the same issues in the same places and at the same moments
 * (after the schema, not when it failed outright).
 */
export class ZodChecked<Schema extends ZodTypeAny> extends ZodType<
  output<Schema>,
  CheckedDef<Schema>,
  input<Schema>
> {
  _parse(parseInput: ParseInput): ParseReturnType<output<Schema>> {
    const { status, ctx } = this._processInputParams(parseInput);
    const inner = { data: ctx.data, path: ctx.path, parent: ctx };
    if (!ctx.common.async) return this.finish(this._def.schema._parseSync(inner), status, ctx);
    // As many turns as superRefine takes, so fields parsed side by side report in the same order.
    return this._def.schema._parseAsync(inner).then((result) => {
      const finished = this.finish(result, status, ctx);
      return Promise.resolve().then(() => finished);
    });
  }

  private finish(
    result: SyncParseReturnType<output<Schema>>,
    status: ParseStatus,
    ctx: ParseContext,
  ): SyncParseReturnType<output<Schema>> {
    if (result.status === 'aborted') return INVALID;
    if (result.status === 'dirty') status.dirty();
    this._def.check(result.value, new Sink(ctx, status));
    return { status: status.value, value: result.value as output<Schema> };
  }
}

/** A schema whose values `check` looks at further once the schema accepts them (see ZodChecked). */
export function checked<Schema extends ZodTypeAny>(
  schema: Schema,
  check: (value: output<Schema>, sink: IssueSink) => void,
): ZodChecked<Schema> {
  return new ZodChecked({
    schema,
    check,
    typeName: ZodFirstPartyTypeKind.ZodEffects,
    effect: { type: 'refinement', refinement: check },
  });
}

interface PreparedDef<Schema extends ZodTypeAny> extends ZodTypeDef {
  schema: Schema;
  prepare: (value: unknown) => unknown;
  typeName: ZodFirstPartyTypeKind.ZodEffects;
  effect: { type: 'preprocess'; transform: (value: unknown) => unknown };
}

/** `z.preprocess(prepare, schema)` for a `prepare` that never refuses, without the getter object. */
export class ZodPrepared<Schema extends ZodTypeAny> extends ZodType<
  output<Schema>,
  PreparedDef<Schema>,
  unknown
> {
  _parse(parseInput: ParseInput): ParseReturnType<output<Schema>> {
    const { ctx } = this._processInputParams(parseInput);
    const data = this._def.prepare(ctx.data);
    const inner = { data, path: ctx.path, parent: ctx };
    if (!ctx.common.async) return this.finish(this._def.schema._parseSync(inner));
    // As many turns as z.preprocess takes, so fields parsed side by side report in the same order.
    return Promise.resolve(data).then(async () =>
      this.finish(await this._def.schema._parseAsync(inner)),
    );
  }

  private finish(result: SyncParseReturnType<output<Schema>>): SyncParseReturnType<output<Schema>> {
    if (result.status === 'aborted') return INVALID;
    if (result.status === 'dirty') return DIRTY(result.value);
    return result;
  }
}

/** A schema that reads a value once `prepare` has turned it into what the schema expects. */
export function prepared<Schema extends ZodTypeAny>(
  prepare: (value: unknown) => unknown,
  schema: Schema,
): ZodPrepared<Schema> {
  return new ZodPrepared({
    schema,
    prepare,
    typeName: ZodFirstPartyTypeKind.ZodEffects,
    effect: { type: 'preprocess', transform: prepare },
  });
}
