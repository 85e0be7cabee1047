export * from './codes.ts';
export * from './collections.ts';
export * from './format.ts';
export * from './load-tree.ts';
export * from './problem.ts';
export * from './schemas/index.ts';
export type * from './tree.ts';
