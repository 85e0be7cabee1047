import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  adminPolicy,
  decapBackend,
  publishedAdminPage,
  publishedConfig,
} from '../../../src/lib/cms/published-admin.ts';
import { treeChoices } from '../../../src/lib/cms/tree-choices.ts';
import { editorSchema } from '../../../src/lib/content/schemas/index.ts';

const tree = treeChoices(join(import.meta.dirname, '../../../content'));

/** The `field — rule` lines zod gives for an `editor` value. */
const problems = (value: unknown) => {
  const result = editorSchema().safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')} — ${issue.message}`);
};

describe('the editor published with the site', () => {
  it('refuses a backend that is no git host, a repository not "owner/name", GitLab without its app', () => {
    expect(problems({ backend: { name: 'netlify', repo: 'a/b' } })).toEqual([
      'backend.name — must be one of "github", "gitlab"',
    ]);
    expect(problems({ backend: { name: 'github', repo: 'metodika' } })).toEqual([
      'backend.repo — must name the repository as "owner/name"',
    ]);
    expect(problems({ backend: { name: 'gitlab', repo: 'lm/metodika' } })).toEqual([
      'backend.appId — is needed for GitLab: the id of the OAuth application editors sign in with',
    ]);
    expect(problems({ backend: { name: 'github', repo: 'a/b', folder: '../x' } })).toEqual([
      'backend.folder — must stay inside the repository',
    ]);
    expect(problems({ backend: { name: 'github', repo: 'a/b', token: 'x' } })).toHaveLength(1);
  });

  it('signs in to GitLab with PKCE and talks to GitLab only', () => {
    const backend = { name: 'gitlab' as const, repo: 'lm/metodika', appId: 'abc123' };
    expect(decapBackend(backend)).toEqual({
      name: 'gitlab',
      repo: 'lm/metodika',
      branch: 'main',
      app_id: 'abc123',
      auth_type: 'pkce',
    });
    expect(adminPolicy(backend).match(/https?:\/\/[^\s;]+/g)).toEqual(['https://gitlab.com']);
    const selfHosted = {
      ...backend,
      apiRoot: 'https://git.lm.gov.lv/api/v4',
      baseUrl: 'https://git.lm.gov.lv',
    };
    expect(adminPolicy(selfHosted).match(/https?:\/\/[^\s;]+/g)).toEqual(['https://git.lm.gov.lv']);
  });

  it('has the forms of the local editor, with the tree’s folder in the repository', () => {
    const config = publishedConfig(tree, {
      backend: { name: 'github', repo: 'lm/metodika', folder: '' },
    });
    expect(config.collections.find((c) => c.name === 'criteria')?.folder).toBe('criteria');
    expect(config.collections.find((c) => c.name === 'site')?.files?.[0]?.file).toBe('site.json');
    expect(config.local_backend).toBeUndefined();
    const page = publishedAdminPage({ name: 'github', repo: 'lm/metodika' });
    expect(page).toContain("connect-src 'self' blob: data: https://api.github.com;");
    expect(page).not.toMatch(/<script>|<script type="module">/);
  });
});
