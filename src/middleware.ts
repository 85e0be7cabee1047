/**
 * Guards `Astro.locals.route` on every page, as Starlight's `locals.ts` does: a component that
 * reads it where no page set it fails with an AstroError saying what to do (see guardRoute).
 */
import { defineMiddleware } from 'astro:middleware';
import { guardRoute } from './route-data.ts';

export const onRequest = defineMiddleware((context, next) => {
  guardRoute(context.locals, context.url.pathname);
  return next();
});
