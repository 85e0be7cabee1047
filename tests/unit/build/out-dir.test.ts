import { describe, expect, it } from 'vitest';
import { outputFolders } from '../../../src/lib/build/out-dir.ts';

describe('where the site is built', () => {
  it('builds a folder inside the project in place', () => {
    expect(outputFolders('/work/metodika', undefined)).toEqual({ build: '/work/metodika/dist' });
    expect(outputFolders('/work/metodika', 'out/site')).toEqual({
      build: '/work/metodika/out/site',
    });
  });

  it.each(['../metodika-site', '/work/metodika-site', '/srv/www', '../site'])(
    'builds %s inside the project and copies it out, even when its path begins with the project path',
    (outDir) => {
      const folders = outputFolders('/work/metodika', outDir);
      expect(folders.build.startsWith('/work/metodika/node_modules/.astro/out/')).toBe(true);
      expect(folders.publish).toBe(
        outDir.startsWith('/') ? outDir : `/work/${outDir.replace('../', '')}`,
      );
    },
  );

  it('treats the project folder itself as outside (Astro would empty the project)', () => {
    expect(outputFolders('/work/metodika', '.').publish).toBe('/work/metodika');
  });
});
