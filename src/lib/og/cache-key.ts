import { createHash } from 'node:crypto';
import { TEMPLATE_VERSION, type OgFields } from './template.ts';

/** A key for what an image shows and how it is drawn: same key, same picture, so it can be reused. */
export function ogCacheKey(fields: OgFields, fontDigest: string): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        TEMPLATE_VERSION,
        fontDigest,
        fields.title,
        fields.section,
        fields.summary,
        fields.site,
        fields.locale,
      ]),
    )
    .digest('hex')
    .slice(0, 32);
}
