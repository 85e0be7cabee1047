import { describe, expect, it } from 'vitest';
import { browserEnv } from '../../../src/lib/pdf/chromium.ts';

describe('the environment Chromium runs in', () => {
  it('is in a UTF-8 locale when a fresh container sets none, so a download keeps a name like "Jānis"', () => {
    expect(browserEnv({ PATH: '/usr/bin' })).toEqual({ PATH: '/usr/bin', LC_ALL: 'C.UTF-8' });
    expect(browserEnv({ LANG: 'C' })['LC_ALL']).toBe('C.UTF-8');
    // LC_ALL outranks LANG, as it does for Chromium itself.
    expect(browserEnv({ LANG: 'lv_LV.UTF-8', LC_ALL: 'POSIX' })['LC_ALL']).toBe('C.UTF-8');
  });

  it('keeps a UTF-8 locale the machine already has', () => {
    const env = { LANG: 'lv_LV.UTF-8', HOME: '/root' };
    expect(browserEnv(env)).toBe(env);
    expect(browserEnv({ LC_ALL: 'C.utf8' })).toEqual({ LC_ALL: 'C.utf8' });
  });
});
