import type { RouteKey } from '../navigation/routes.ts';

/** The tool's address segment (`/self-assessment/`, `/en/self-assessment/`) in every locale. */
export const TOOL_ROUTE = 'self-assessment' satisfies RouteKey;

/** Its service worker's file name, next to the page, so its scope is the page's folder. */
export const WORKER_FILE = 'sw.js';
