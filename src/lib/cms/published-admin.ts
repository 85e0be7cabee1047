/**
 * The content editor published with the site at /admin/, for a tree whose site.json names a git
 * backend (`editor`): the same generated configuration as `npm run edit`, saving to GitHub or
 * GitLab instead of this machine. The page loads only its own files (Decap CMS is copied from
 * node_modules, never a CDN); the one other host it talks to is the git host's API, which is
 * inherent in saving to it, and its policy allows that host and no other.
 */
import { stringify } from 'yaml';
import type { EditorSettings } from '../content/schemas/index.ts';
import { decapConfig, type CmsConfig, type TreeChoices } from './decap-config.ts';

/** The folder of the tree in the repository when `folder` is left out. */
export const DEFAULT_FOLDER = 'content';

/** Where the editor is published in the built site. */
export const ADMIN_DIR = 'admin';

type Backend = EditorSettings['backend'];

/** The APIs each host is reached at unless `apiRoot` names another. */
const API_ROOTS: Record<Backend['name'], string> = {
  github: 'https://api.github.com',
  gitlab: 'https://gitlab.com/api/v4',
};

/** Decap CMS's backend settings for the tree's `editor.backend`. */
export function decapBackend(backend: Backend): Record<string, unknown> {
  return {
    name: backend.name,
    repo: backend.repo,
    branch: backend.branch ?? 'main',
    ...(backend.baseUrl ? { base_url: backend.baseUrl } : {}),
    ...(backend.authEndpoint ? { auth_endpoint: backend.authEndpoint } : {}),
    ...(backend.apiRoot ? { api_root: backend.apiRoot } : {}),
    ...(backend.appId ? { app_id: backend.appId, auth_type: 'pkce' } : {}),
  };
}

/** The configuration with every path the tree's files have in the repository. */
function inRepository(config: CmsConfig, folder: string): CmsConfig {
  const path = (inside: string) => (folder ? `${folder}/${inside}` : inside);
  return {
    ...config,
    media_folder: path(config.media_folder),
    collections: config.collections.map((collection) => ({
      ...collection,
      ...(collection.folder ? { folder: path(collection.folder) } : {}),
      ...(collection.files
        ? { files: collection.files.map((file) => ({ ...file, file: path(file.file) })) }
        : {}),
    })),
  };
}

/** The published editor's configuration: the forms of `npm run edit`, saving to the git host. */
export function publishedConfig(tree: TreeChoices, editor: EditorSettings): CmsConfig {
  const config = decapConfig(tree, decapBackend(editor.backend));
  return inRepository(config, editor.backend.folder ?? DEFAULT_FOLDER);
}

/** config.yml of the published editor. */
export function publishedConfigFile(tree: TreeChoices, editor: EditorSettings): string {
  return stringify(publishedConfig(tree, editor), { lineWidth: 0 });
}

/** The origins the editor talks to besides its own: the git host's API (and GitLab's sign-in). */
export function gitHostOrigins(backend: Backend): string[] {
  const origins = [new URL(backend.apiRoot ?? API_ROOTS[backend.name]).origin];
  // GitLab's PKCE sign-in asks its token of the sign-in address from the page itself.
  if (backend.name === 'gitlab')
    origins.push(new URL(backend.baseUrl ?? 'https://gitlab.com').origin);
  return [...new Set(origins)];
}

/**
 * The editor page's own policy. Decap CMS needs what the public site never allows: 'unsafe-eval'
 * (it compiles its configuration's schema) and inline styles (its components style themselves).
 * Scripts come from this site only, and only the git host is contacted.
 */
export function adminPolicy(backend: Backend): string {
  const hosts = gitHostOrigins(backend).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:`,
    "font-src 'self' data:",
    `connect-src 'self' blob: data: ${hosts}`,
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The `_headers` rule for /admin/: its own policy in place of the site's (Cloudflare Pages' `!` detaches it). */
export function adminHeaders(backend: Backend): string {
  return `/${ADMIN_DIR}/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${adminPolicy(backend)}\n  X-Robots-Tag: noindex\n`;
}

/** The published editor's page: no inline script, not to be indexed, everything from /admin/. */
export function publishedAdminPage(backend: Backend): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${adminPolicy(backend)}">
<title>Content editor</title>
<script src="manual-init.js"></script>
<script src="decap-cms.js"></script>
<script src="admin.js" data-config="config.yml"></script>
</head>
<body>
</body>
</html>
`;
}

/** Set before Decap CMS loads, so that the page's script registers its file formats first. */
export const MANUAL_INIT_SCRIPT = 'window.CMS_MANUAL_INIT = true;\n';
