import { describe, expect, it } from 'vitest';
import {
  assetsOfPage,
  firstViewScripts,
  importsOfScript,
  staticImportsOfScript,
  workerSource,
} from '../../../src/lib/self-assessment/worker.ts';

describe('the self-assessment service worker', () => {
  it('caches the scripts, stylesheets and icon a page loads, not its links', () => {
    const html = `<link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="sitemap" href="/sitemap-index.xml">
      <link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://x.lv/">
      <a href="/criteria/">x</a><script type="module" src="/_astro/tool.js"></script>`;
    expect(assetsOfPage(html)).toEqual(['/favicon.svg', '/_astro/a.css', '/_astro/tool.js']);
  });

  it('follows the modules a built script imports, static and dynamic', () => {
    const js =
      'import{a as b}from"./zod.B1.js";import"./style.js";const c=()=>import("./lazy.C2.js");';
    expect(importsOfScript(js, '/_astro/tool.js')).toEqual([
      '/_astro/zod.B1.js',
      '/_astro/style.js',
      '/_astro/lazy.C2.js',
    ]);
  });

  it('tells the modules a script runs first from those it loads on demand', () => {
    const js =
      'import{a as b}from"./zod.B1.js";import"./style.js";const c=()=>import("./lazy.C2.js");';
    expect(staticImportsOfScript(js, '/_astro/tool.js')).toEqual([
      '/_astro/zod.B1.js',
      '/_astro/style.js',
    ]);
    const files: Record<string, string> = {
      '/_astro/tool.js': 'import{h}from"./dom.js";const v=()=>import("./view.js");',
      '/_astro/dom.js': 'import"./tool.js";export const h=1;',
      '/_astro/view.js': 'import{h}from"./dom.js";import"./zod.js";',
    };
    const html =
      '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/tool.js"></script>';
    expect(firstViewScripts(html, (url) => files[url] ?? '')).toEqual([
      '/_astro/tool.js',
      '/_astro/dom.js',
    ]);
  });

  it('names its cache after its scope and version, and answers only for the files it cached', () => {
    const source = workerSource({
      version: 'abc123',
      scope: '/en/self-assessment/',
      files: ['/en/self-assessment/', '/_astro/tool.js'],
    });
    expect(source).toContain('const PREFIX = "metodika-self-assessment:/en/self-assessment/:";');
    expect(source).toContain('const CACHE = PREFIX + "abc123";');
    expect(source).toContain('const FILES = ["/en/self-assessment/","/_astro/tool.js"];');
    expect(source).toContain('if (!FILES.includes(url.pathname)) return;');
    expect(() => new Function(source)).not.toThrow();
  });
});
