import {
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
 * (after the schema, not when it failed outright), minus its cost: zod 3's refinement gives
 * every value it checks a fresh object with its own getter, a new hidden class for the engine
 * each time, and at 20,000 pilots those made most of the check's garbage-collection time.
 */
export class ZodChecked<Schema extends ZodTypeAny> extends ZodType<
  output<Schema>,
  CheckedDef<Schema>,
  input<Schema>
> {
  _parse(parseInput: ParseInput): ParseReturnType<output<Schema>> {
    const { status, ctx } = this._processInputParams(parseInput);
    const inner = { data: ctx.data, path: ctx.path, parent: ctx };
    const finish = (result: SyncParseReturnType<output<Schema>>) => {
      if (result.status === 'aborted') return INVALID;
      if (result.status === 'dirty') status.dirty();
      this._def.check(result.value, new Sink(ctx, status));
      return { status: status.value, value: result.value as output<Schema> };
    };
    return ctx.common.async
      ? this._def.schema._parseAsync(inner).then(finish)
      : finish(this._def.schema._parseSync(inner));
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
