/**
 * The editor page's own script, bundled when `npm run edit` starts (and by the build for a
 * published editor): registers the file formats that write files as a person would, then starts
 * Decap CMS with the generated configuration: `/config.json` of the local editor, or the file
 * the script tag's `data-config` names (the published editor's config.yml).
 */
import { parse } from 'yaml';
import { fromJson, fromMarkdown, toJson, toMarkdown, type EntryData } from './file-format.ts';

interface DecapGlobal {
  registerCustomFormat: (
    name: string,
    extension: string,
    format: { fromFile: (text: string) => unknown; toFile: (data: never) => string },
  ) => void;
  init: (options: { config: unknown }) => void;
}

interface Config {
  collections: Array<{ i18n?: boolean; fields?: Array<{ name: string; i18n?: unknown }> }>;
}

const cms = (window as unknown as { CMS: DecapGlobal }).CMS;
const source = document.currentScript?.dataset['config'] ?? '/config.json';
void fetch(source)
  .then((response) => response.text())
  // JSON is YAML too: one reader for both.
  .then((text) => parse(text) as Config)
  .then((config) => {
    const translated = translatedFields(config);
    const toFile = (entry: EntryData) => toMarkdown(entry, translated);
    cms.registerCustomFormat('metodika-md', 'md', { fromFile: fromMarkdown, toFile });
    cms.registerCustomFormat('metodika-mdx', 'mdx', { fromFile: fromMarkdown, toFile });
    cms.registerCustomFormat('metodika-json', 'json', { fromFile: fromJson, toFile: toJson });
    cms.init({ config: { ...config, load_config_file: false } });
  });

/** The fields written per language: a file of a language none of them is filled in for is not written. */
function translatedFields(config: Config): Set<string> {
  return new Set(
    config.collections
      .filter((collection) => collection.i18n)
      .flatMap((collection) => collection.fields ?? [])
      .filter((field) => field.i18n === true)
      .map((field) => field.name),
  );
}
