/**
 * The editor's forms (Decap CMS's configuration), generated from the content contract: the zod
 * schemas of src/lib/content/schemas give every collection's fields, whether each is required,
 * its pattern and its choices; the tree gives the locales (site.json), the regions
 * (taxonomies.json), the criterion codes and the editions. Nothing here restates a rule: a field
 * or a locale added to the contract appears in the editor without a change to this file.
 */
import { z } from 'zod';
import {
  COLLECTIONS,
  MARKDOWN_COLLECTIONS,
  type MarkdownCollection,
} from '../content/collections.ts';
import {
  CODE_PATTERN,
  MARKDOWN_SCHEMAS,
  code,
  dateTimeWithOffset,
  day,
  localizedSchema,
  panelSchema,
  siteSchema,
  type LocaleContext,
} from '../content/schemas/index.ts';

/** One field of a Decap CMS form (the subset of its options this generator writes). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  pattern?: [string, string];
  options?: string[];
  multiple?: boolean;
  default?: unknown;
  i18n?: boolean | 'duplicate';
  fields?: CmsField[];
  field?: CmsField;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  format?: string;
  date_format?: string | boolean;
  time_format?: string | boolean;
  picker_utc?: boolean;
  modes?: string[];
  collapsed?: boolean;
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string;
  folder?: string;
  files?: Array<{ name: string; label: string; file: string; format?: string; fields: CmsField[] }>;
  extension?: string;
  format?: string;
  create?: boolean;
  delete?: boolean;
  slug?: string;
  identifier_field?: string;
  i18n?: boolean;
  summary?: string;
  fields?: CmsField[];
}

export interface CmsConfig {
  backend: Record<string, unknown>;
  local_backend?: Record<string, unknown>;
  media_folder: string;
  public_folder: string;
  locale: string;
  i18n: { structure: 'multiple_folders'; locales: string[]; default_locale: string };
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  collections: CmsCollection[];
}

/** What the tree tells the forms: its locales and the ids fields may choose from. */
export interface TreeChoices extends LocaleContext {
  /** Region ids of taxonomies.json, for events. */
  regions: readonly string[];
  /** Criterion codes of the current edition, for a glossary term's related criteria. */
  codes: readonly string[];
  /** Edition ids of site.json, for the edition a report shows. */
  editions: readonly string[];
}

/** Where uploaded images go in the tree, and the address pages use for them. */
export const MEDIA_FOLDER = 'images';
export const MEDIA_ADDRESS = '/images';

/** site.json fields an editor writes in the editor. */
export const SITE_EDITORIAL_FIELDS = ['title', 'publisher', 'description'] as const;
/**
 * site.json fields that are the site's settings, changed with the developers (locales, the
 * anonymity threshold, editions …): not in the editor. Every field of the schema is in one list.
 */
export const SITE_SETTINGS_FIELDS = [
  'url',
  'editor',
  'locales',
  'defaultLocale',
  'methodology',
  'anonymity',
  'sampleData',
  'accessibility',
  'openData',
  'editions',
] as const;

/** Choices that come from the tree rather than the schema, by field name. */
type ChoiceField = 'region' | 'related' | 'edition';

/** A zod schema seen through its wrappers: what it accepts, and whether it may be left out. */
interface Unwrapped {
  schema: z.ZodTypeAny;
  optional: boolean;
  /** The primitive it is, when it is one the form shows in a widget of its own. */
  primitive?: 'day' | 'dateTime' | 'code' | 'localized';
}

const LOCALIZED_SAMPLE = localizedSchema({ locales: ['x'], defaultLocale: 'x' });

function unwrap(schema: z.ZodTypeAny): Unwrapped {
  let current = schema;
  let optional = false;
  for (;;) {
    if (current === day) return { schema: current, optional, primitive: 'day' };
    if (current === dateTimeWithOffset) return { schema: current, optional, primitive: 'dateTime' };
    if (current === code) return { schema: current, optional, primitive: 'code' };
    if (current.constructor === LOCALIZED_SAMPLE.constructor && isLocalizedRecord(current))
      return { schema: current, optional, primitive: 'localized' };
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
      optional = true;
      current = current.unwrap() as z.ZodTypeAny;
    } else if (current instanceof z.ZodDefault) {
      optional = true;
      current = current.removeDefault() as z.ZodTypeAny;
    } else if ((current._def as { schema?: z.ZodTypeAny }).schema) {
      // refinements, preprocessing and the contract's own checked/prepared wrappers
      current = (current._def as { schema: z.ZodTypeAny }).schema;
    } else return { schema: current, optional };
  }
}

/** The localized text of the contract: a check around a record of strings. */
function isLocalizedRecord(schema: z.ZodTypeAny): boolean {
  const inner = (schema._def as { schema?: z.ZodTypeAny }).schema;
  return inner instanceof z.ZodRecord && inner.valueSchema instanceof z.ZodString;
}

/** The keys of an object schema, in the order the schema lists them. */
export function objectShape(schema: z.ZodTypeAny): Record<string, z.ZodTypeAny> | undefined {
  const { schema: inner } = unwrap(schema);
  return inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodTypeAny>) : undefined;
}

/** `minGroupSize` → `Min group size`. */
function labelOf(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

interface StringFacts {
  pattern?: [string, string];
  max?: number;
  email?: boolean;
}

function stringFacts(schema: z.ZodString): StringFacts {
  const facts: StringFacts = {};
  for (const check of schema._def.checks) {
    if (check.kind === 'regex' && check.message && !check.message.includes('control character'))
      facts.pattern = [check.regex.source, check.message];
    if (check.kind === 'max') facts.max = check.value;
    if (check.kind === 'email') facts.email = true;
  }
  return facts;
}

/** The longest text a one-line input is for; longer ones get a text area. */
const LINE = 200;

/**
 * The form field for one schema field. `perLocale` marks a Markdown collection's frontmatter,
 * where texts are translated and everything else is the same in every language's file.
 */
export function fieldFor(
  name: string,
  schema: z.ZodTypeAny,
  tree: TreeChoices,
  perLocale: boolean,
): CmsField {
  const { schema: inner, optional, primitive } = unwrap(schema);
  const base = { name, label: labelOf(name), required: !optional };
  const same = perLocale ? { i18n: 'duplicate' as const } : {};
  const translated = perLocale ? { i18n: true } : {};
  const choices = (tree as unknown as Record<string, readonly string[] | undefined>)[
    { region: 'regions', related: 'codes', edition: 'editions' }[name as ChoiceField] ?? ''
  ];
  if (primitive === 'day')
    return {
      ...base,
      ...same,
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      date_format: 'YYYY-MM-DD',
      time_format: false,
    };
  if (primitive === 'dateTime')
    return {
      ...base,
      ...same,
      widget: 'datetime',
      format: 'YYYY-MM-DDTHH:mm:ssZ',
      date_format: 'YYYY-MM-DD',
      time_format: 'HH:mm',
      hint: 'Local time; the offset (+02:00, +03:00) is saved with it.',
    };
  if (primitive === 'code')
    return {
      ...base,
      ...same,
      widget: 'string',
      pattern: [CODE_PATTERN.source, 'must be a criterion code such as "3" or "3.2"'],
    };
  if (primitive === 'localized')
    return {
      ...base,
      widget: 'object',
      collapsed: false,
      fields: tree.locales.map((locale) => ({
        name: locale,
        label: locale,
        widget: 'text',
        required: locale === tree.defaultLocale,
      })),
    };
  if (
    choices &&
    choices.length > 0 &&
    (inner instanceof z.ZodString || inner instanceof z.ZodArray)
  )
    return {
      ...base,
      ...same,
      widget: 'select',
      options: [...choices],
      ...(inner instanceof z.ZodArray ? { multiple: true } : {}),
    };
  if (inner instanceof z.ZodString) {
    const facts = stringFacts(inner);
    return {
      ...base,
      ...(facts.pattern ? same : translated),
      widget: (facts.max ?? 0) > LINE ? 'text' : 'string',
      ...(facts.pattern ? { pattern: facts.pattern } : {}),
      ...(facts.email
        ? { pattern: ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', 'must be an e-mail address'] }
        : {}),
    };
  }
  if (inner instanceof z.ZodNumber) {
    const whole = inner._def.checks.some((c) => c.kind === 'int');
    const min = inner._def.checks.find((c) => c.kind === 'min');
    const max = inner._def.checks.find((c) => c.kind === 'max');
    return {
      ...base,
      ...same,
      widget: 'number',
      value_type: whole ? 'int' : 'float',
      ...(min && 'value' in min ? { min: min.value } : {}),
      ...(max && 'value' in max ? { max: max.value } : {}),
    };
  }
  if (inner instanceof z.ZodBoolean)
    return { ...base, ...same, widget: 'boolean', required: false };
  if (inner instanceof z.ZodEnum)
    return { ...base, ...same, widget: 'select', options: [...(inner.options as string[])] };
  if (inner instanceof z.ZodArray) {
    const item = inner.element as z.ZodTypeAny;
    const shape = objectShape(item);
    if (shape)
      return {
        ...base,
        widget: 'list',
        collapsed: false,
        fields: Object.entries(shape).map(([key, value]) => fieldFor(key, value, tree, false)),
      };
    const one = fieldFor(name, item, tree, false);
    return {
      ...base,
      ...translated,
      widget: 'list',
      collapsed: false,
      field: { ...one, label: base.label },
    };
  }
  const shape = objectShape(inner);
  if (shape)
    return {
      ...base,
      widget: 'object',
      fields: Object.entries(shape).map(([key, value]) => fieldFor(key, value, tree, false)),
    };
  throw new Error(`The editor has no form field for "${name}" (${inner.constructor.name})`);
}

/** The form of one Markdown collection: every frontmatter field, then the body. */
function markdownCollection(name: MarkdownCollection, tree: TreeChoices): CmsCollection {
  const shape = objectShape(MARKDOWN_SCHEMAS[name]) ?? {};
  const extension = COLLECTIONS[name].extensions[0]?.slice(1) ?? 'md';
  const identifier = 'code' in shape ? 'code' : 'term' in shape ? 'term' : 'title';
  return {
    name,
    label: labelOf(name),
    folder: COLLECTIONS[name].dir,
    extension,
    // Registered by the editor page (src/lib/cms/file-format.ts): files as written by hand.
    format: `metodika-${extension}`,
    create: true,
    i18n: true,
    identifier_field: identifier,
    slug: identifier === 'code' ? '{{code}}' : '{{slug}}',
    summary: identifier === 'code' ? '{{code}} {{title}}' : `{{${identifier}}}`,
    fields: [
      ...Object.entries(shape).map(([key, value]) => fieldFor(key, value, tree, true)),
      {
        name: 'body',
        label: 'Text',
        widget: 'markdown',
        i18n: true,
        required: false,
        // MDX components survive only as typed: the rich-text view would rewrite them.
        ...(extension === 'mdx' ? { modes: ['raw'] } : {}),
      },
    ],
  };
}

/**
 * The whole configuration for a tree. `backend` is the local one by default (files on this
 * machine, written by the CMS's own server on loopback); a published admin names a git host.
 */
export function decapConfig(
  tree: TreeChoices,
  backend: { local: string } | Record<string, unknown> = { local: 'http://127.0.0.1:8081/api/v1' },
): CmsConfig {
  const localized = localizedSchema(tree);
  const panelShape = objectShape(panelSchema(localized)) ?? {};
  const siteShape = objectShape(siteSchema(localized)) ?? {};
  const local =
    'local' in backend && typeof backend['local'] === 'string' ? backend['local'] : undefined;
  return {
    // With a local backend the git host is never contacted; Decap still wants one named.
    backend: local ? { name: 'github', repo: 'local/content', branch: 'main' } : backend,
    ...(local ? { local_backend: { url: local } } : {}),
    media_folder: MEDIA_FOLDER,
    public_folder: MEDIA_ADDRESS,
    locale: 'en',
    i18n: {
      structure: 'multiple_folders',
      locales: [...tree.locales],
      default_locale: tree.defaultLocale,
    },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      ...MARKDOWN_COLLECTIONS.map((name) => markdownCollection(name, tree)),
      {
        name: 'scales',
        label: 'Scoring panels',
        folder: COLLECTIONS.scales.dir,
        extension: 'json',
        format: 'metodika-json',
        create: true,
        identifier_field: 'id',
        slug: '{{id}}',
        summary: '{{id}}',
        fields: Object.entries(panelShape).map(([key, value]) => fieldFor(key, value, tree, false)),
      },
      {
        name: 'site',
        label: 'Site',
        files: [
          {
            name: 'site',
            label: 'Site title and publisher',
            file: 'site.json',
            format: 'metodika-json',
            fields: SITE_EDITORIAL_FIELDS.flatMap((key) =>
              siteShape[key] ? [fieldFor(key, siteShape[key], tree, false)] : [],
            ),
          },
        ],
      },
    ],
  };
}
