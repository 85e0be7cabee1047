import { readFileSync } from 'node:fs';
import { normaliseForDetection } from './detectors.ts';

/**
 * Reads a deny-list of names (one per line, `#` starts a comment) into patterns that match
 * each name as whole words, whatever its case, so "anna bērziņa" finds "Anna Bērziņa".
 */
export function parseDenylist(source: string): RegExp[] {
  return source
    .split(/\r?\n/)
    .map((line) => normaliseForDetection(line.replace(/#.*$/, '')).trim())
    .filter((line) => line.length > 0)
    .map((name) => {
      const words = name.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
    });
}

/** Loads the deny-list file named by ANONYMITY_DENYLIST, if any. */
export function loadDenylist(file: string | undefined): RegExp[] {
  if (!file) return [];
  return parseDenylist(new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file)));
}
