export * from './primitives.ts';
export * from './site.ts';
export * from './taxonomies.ts';
export * from './criterion.ts';
export * from './panel.ts';
export * from './pilot.ts';
export * from './pages.ts';
export * from './event.ts';
