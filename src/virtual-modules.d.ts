/** The validated tree, served by src/integrations/content-modules.ts. */
declare module 'virtual:metodika/content' {
  type Data = import('./lib/build/content-modules.ts').ContentModules['data'];
  export const site: Data['site'];
  export const taxonomies: Data['taxonomies'];
  export const panels: Data['panels'];
  export const kinds: Data['kinds'];
  export const counts: Data['counts'];
  export const results: Data['results'];
  export const editionResults: Data['editionResults'];
  export const editions: Data['editions'];
  export const history: Data['history'];
  export const dictionaries: Data['dictionaries'];
}

declare module 'virtual:metodika/sources' {
  type Sources = import('./lib/build/content-modules.ts').ContentModules['sources'];
  export const root: Sources['root'];
  export const entries: Sources['entries'];
}
