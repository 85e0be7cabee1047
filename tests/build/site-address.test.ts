import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTree } from '../helpers/build.ts';
import { FIXTURES } from '../helpers/fixtures.ts';

describe('a site without its address in site.json', () => {
  it('is built, with a warning that the handouts’ QR codes lead to the placeholder', async () => {
    // The valid fixture has no "url", as an editor's first tree often has not.
    const build = await buildTree(join(FIXTURES, 'valid'), 'site-address', { OG_IMAGES: 'off' });
    expect(build.status, build.output).toBe(0);
    expect(build.output).toMatch(
      /\[metodika:site-address\] site\.json has no "url": the QR codes and addresses printed on handouts point to https:\/\/metodika\.example\.lv.*docs\/authoring\.md/,
    );
    expect(existsSync(join(build.outDir, 'handouts/worksheet/index.html'))).toBe(true);
    // Its site.json does not ask for the editor: nothing of it is published.
    expect(existsSync(join(build.outDir, 'admin'))).toBe(false);
    expect(readFileSync(join(build.outDir, '_headers'), 'utf8')).not.toContain('/admin/');
  });
});
