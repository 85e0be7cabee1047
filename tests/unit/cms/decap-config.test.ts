import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  SITE_EDITORIAL_FIELDS,
  SITE_SETTINGS_FIELDS,
  decapConfig,
  objectShape,
  type CmsField,
} from '../../../src/lib/cms/decap-config.ts';
import { treeChoices } from '../../../src/lib/cms/tree-choices.ts';
import { MARKDOWN_COLLECTIONS } from '../../../src/lib/content/collections.ts';
import {
  MARKDOWN_SCHEMAS,
  localizedSchema,
  panelSchema,
  siteSchema,
} from '../../../src/lib/content/schemas/index.ts';
import { FIXTURES } from '../../helpers/fixtures.ts';

const SHIPPED = join(import.meta.dirname, '../../../content');
const tree = treeChoices(SHIPPED);
const config = decapConfig(tree);
const collection = (name: string) => {
  const found = config.collections.find((c) => c.name === name);
  if (!found) throw new Error(`no editor for ${name}`);
  return found;
};
const names = (fields: readonly CmsField[] = []) => fields.map((f) => f.name);

/** Every field of a schema has a form field of the same name, and every form field a schema field, at every depth. */
function expectSameFields(schema: z.ZodTypeAny, fields: readonly CmsField[], where: string) {
  const shape = objectShape(schema);
  if (!shape) throw new Error(`${where} is no object`);
  expect(names(fields), where).toEqual(Object.keys(shape));
  for (const field of fields) {
    const part = shape[field.name] as z.ZodTypeAny;
    expect(field.required, `${where}.${field.name} required`).toBe(
      field.widget === 'boolean' ? false : !part.isOptional(),
    );
    const item = part instanceof z.ZodOptional || part instanceof z.ZodDefault ? part : part;
    const inner = objectShape(item);
    if (inner && field.fields) expectSameFields(item, field.fields, `${where}.${field.name}`);
    const element = unwrapArray(item);
    if (element && objectShape(element) && field.fields)
      expectSameFields(element, field.fields, `${where}.${field.name}[]`);
  }
}

function unwrapArray(schema: z.ZodTypeAny): z.ZodTypeAny | undefined {
  let current: z.ZodTypeAny = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault)
    current = current instanceof z.ZodOptional ? current.unwrap() : current.removeDefault();
  return current instanceof z.ZodArray ? (current.element as z.ZodTypeAny) : undefined;
}

describe('the editor generated from the content contract', () => {
  it.each(MARKDOWN_COLLECTIONS)(
    'has a form field for every frontmatter field of %s and no other, plus its text',
    (name) => {
      const fields = collection(name).fields ?? [];
      expectSameFields(MARKDOWN_SCHEMAS[name], fields.slice(0, -1), name);
      expect(fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
    },
  );

  it('has a form field for every field of a scoring panel, nested ones included', () => {
    const localized = localizedSchema(tree);
    expectSameFields(panelSchema(localized), collection('scales').fields ?? [], 'scales');
  });

  it("edits site.json's editorial fields; every other field is a named setting", () => {
    const shape = objectShape(siteSchema(localizedSchema(tree))) ?? {};
    expect([...SITE_EDITORIAL_FIELDS, ...SITE_SETTINGS_FIELDS].sort()).toEqual(
      Object.keys(shape).sort(),
    );
    expect(names(collection('site').files?.[0]?.fields)).toEqual([...SITE_EDITORIAL_FIELDS]);
  });

  it("writes each language's files in its own folder, for the locales of site.json", () => {
    expect(config.i18n).toEqual({
      structure: 'multiple_folders',
      locales: ['lv', 'en', 'lt'],
      default_locale: 'lv',
    });
    const title = collection('site').files?.[0]?.fields.find((f) => f.name === 'title');
    expect(names(title?.fields)).toEqual(['lv', 'en', 'lt']);
    expect(title?.fields?.map((f) => f.required)).toEqual([true, false, false]);
  });

  it('follows a tree with other locales without a change to the editor', () => {
    const other = decapConfig(treeChoices(join(FIXTURES, 'valid')));
    expect(other.i18n.locales).toEqual(['lv', 'en']);
  });

  it('lets a criterion code through only in the pattern of the contract', () => {
    const code = collection('criteria').fields?.find((f) => f.name === 'code');
    const pattern = new RegExp(code?.pattern?.[0] ?? '');
    for (const good of ['1', '1.1', '9.2.1']) expect(pattern.test(good), good).toBe(true);
    for (const bad of ['1.1.1.1', 'A1', '1.', '']) expect(pattern.test(bad), bad).toBe(false);
    expect(code?.i18n).toBe('duplicate');
  });

  it("offers an event's region from taxonomies.json and a term's related criteria from the tree", () => {
    const region = collection('events').fields?.find((f) => f.name === 'region');
    expect(region).toMatchObject({ widget: 'select', required: true });
    expect(region?.options).toEqual(tree.regions);
    expect(tree.regions).toContain('vidzeme');
    const related = collection('glossary').fields?.find((f) => f.name === 'related');
    expect(related).toMatchObject({ widget: 'select', multiple: true });
    expect(related?.options).toContain('1.1');
  });

  it('talks only to the loopback server of the local backend', () => {
    expect(config.local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1' });
  });
});
