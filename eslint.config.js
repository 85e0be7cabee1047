// Flat config: TypeScript rules for lib/scripts/tests, Astro's own rules for components, and the
// import direction of docs/architecture.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

/**
 * What each folder of src/lib may import from the others (docs/architecture.md): a folder
 * imports only folders listed under it here, so data flows one way and no folder cycle can form.
 */
const LIB_IMPORTS = {
  text: [],
  pii: ['text'],
  markdown: [],
  security: [],
  charts: [],
  og: [],
  i18n: ['text', 'content'],
  content: ['text', 'pii', 'markdown'],
  editions: ['content', 'text', 'markdown'],
  anonymity: ['content', 'text'],
  results: ['content', 'anonymity', 'editions', 'text'],
  navigation: ['content', 'i18n'],
  glossary: ['content', 'i18n', 'markdown', 'text'],
  events: ['content', 'text', 'i18n'],
  handouts: ['content', 'events', 'i18n', 'text'],
  search: ['content', 'i18n', 'navigation', 'text'],
  'self-assessment': [
    'content',
    'results',
    'anonymity',
    'navigation',
    'pii',
    'i18n',
    'text',
    'charts',
  ],
  dev: ['content', 'i18n'],
  build: ['content', 'editions', 'results', 'anonymity', 'i18n', 'text'],
};

/**
 * Known exceptions, to be removed: the validator in lib/content runs two rules that live in
 * lib/anonymity (the release rule and rare values in free text).
 */
const EXCEPT = { content: { anonymity: ['./release.ts', './free-text.ts'] } };

const libZones = Object.entries(LIB_IMPORTS).flatMap(([folder, allowed]) =>
  Object.keys(LIB_IMPORTS)
    .filter((other) => other !== folder && !allowed.includes(other))
    .map((other) => ({
      target: `./src/lib/${folder}`,
      from: `./src/lib/${other}`,
      except: EXCEPT[folder]?.[other] ?? [],
      message: `lib/${folder} may not import lib/${other} (see docs/architecture.md).`,
    })),
);

/** Above lib, the site's parts; each part may import only what is listed before it here. */
const RENDER = ['./src/components', './src/layouts', './src/pages'];
/** What pages render from: the site model, its addresses, its results and per-page route data. */
const SITE_MODEL = [
  './src/model.ts',
  './src/paths.ts',
  './src/results-model.ts',
  './src/route-data.ts',
  './src/middleware.ts',
];
const MODEL = [...SITE_MODEL, './src/content.config.ts'];
const appZones = [
  {
    target: './src/lib',
    from: [...RENDER, ...MODEL, './src/integrations', './src/scripts'],
    message:
      'src/lib is the bottom layer: it imports nothing of the site (see docs/architecture.md).',
  },
  {
    target: './src/integrations',
    from: [...RENDER, ...SITE_MODEL, './src/scripts'],
    message:
      'Integrations run before pages exist: they import src/lib only (see docs/architecture.md).',
  },
  {
    target: MODEL,
    from: [...RENDER, './src/integrations', './src/scripts'],
    message:
      'The model is built from lib and the virtual modules, never from pages or integrations.',
  },
  {
    target: './src/scripts',
    from: [...RENDER, ...SITE_MODEL, './src/integrations'],
    message: 'Browser scripts reuse src/lib only (see docs/architecture.md).',
  },
];

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'tests/.tmp/', 'bench/.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,astro}'],
    plugins: { 'import-x': importX },
    settings: {
      // Dependencies are parsed as TypeScript, or no-cycle cannot follow them.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/resolver-next': [
        importX.createNodeResolver({ extensions: ['.ts', '.js', '.mjs', '.json', '.astro'] }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: [...libZones, ...appZones] }],
    },
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['astro:*', 'virtual:*'], message: 'src/lib has no Astro imports.' }],
        },
      ],
    },
  },
);
