import { z } from 'zod';
import { editionSchema, type Edition } from './edition.ts';
import { LOCALE_PATTERN, day, text, webAddress, type LocalizedSchema } from './primitives.ts';

/** content/site.json: the site's identity, its locales and the anonymity threshold. */
export function siteSchema(localized: LocalizedSchema) {
  return z
    .object({
      title: localized,
      publisher: localized,
      description: localized.optional(),
      url: webAddress.optional(),
      locales: z
        .array(z.string().regex(LOCALE_PATTERN, 'must be a language code such as "lv" or "en"'))
        .min(1),
      defaultLocale: z.string().regex(LOCALE_PATTERN, 'must be a language code such as "lv"'),
      methodology: z.object({ version: text, status: text, published: day }).strict(),
      anonymity: z
        .object({
          minGroupSize: z.number().int('must be a whole number').min(2),
          // The narrowest interval (in score points) an attacker may pin a pilot's score to.
          // 10 by default: the width of the narrowest band of the CAF panels (0–10, 91–100), so
          // no attacker can place a pilot's score more precisely than a band already is.
          protectionWidth: z
            .number()
            .min(1, 'must be at least 1 point')
            .max(50, 'must be at most 50 points')
            .default(10),
          minForQuartiles: z
            .number()
            .int('must be a whole number')
            .min(10, 'must be at least 10: from fewer values quartiles are single pilots’ scores')
            .default(10),
        })
        .strict(),
      sampleData: z.boolean(),
      accessibility: accessibilitySchema(localized).optional(),
      openData: openDataSchema(localized).optional(),
      editions: z.array(editionSchema(localized)).default([]),
      editor: editorSchema().optional(),
    })
    .strict()
    .superRefine((site, ctx) => {
      if (!site.locales.includes(site.defaultLocale)) {
        ctx.addIssue({
          code: 'custom',
          path: ['defaultLocale'],
          message: `must be one of the listed locales (${site.locales.join(', ')})`,
        });
      }
      checkEditionList(site.editions, ctx);
      site.locales.forEach((locale, index) => {
        if (site.locales.indexOf(locale) !== index) {
          ctx.addIssue({
            code: 'custom',
            path: ['locales', index],
            message: `lists "${locale}" twice`,
          });
        }
      });
    });
}
const GIT_HOSTS = ['github', 'gitlab'] as const;

/**
 * `editor`: asks the build to publish the content editor at /admin/, saving to a git host. Left
 * out (the shipped tree), nothing of the editor is published. See docs/authoring.md. A function,
 * like the other schemas, so that a browser bundle that never reads site.json (the
 * self-assessment tool) leaves it out.
 */
export function editorSchema() {
  return z
    .object({
      backend: z
        .object({
          name: z.enum(GIT_HOSTS, {
            errorMap: () => ({
              message: `must be one of ${GIT_HOSTS.map((h) => `"${h}"`).join(', ')}`,
            }),
          }),
          repo: z
            .string({ required_error: 'must name the repository as "owner/name"' })
            .regex(/^[\w.-]+(\/[\w.-]+)+$/, 'must name the repository as "owner/name"'),
          branch: z
            .string()
            .regex(/^[\w.-]+(\/[\w.-]+)*$/, 'must be a branch name such as "main"')
            .optional(),
          // The content tree's folder in the repository ("content" when left out; "" for the root).
          folder: z
            .string()
            .regex(
              /^([\w.-]+(\/[\w.-]+)*)?$/,
              'must be a folder path such as "content", without a leading "/"',
            )
            .refine((value) => !value.split('/').includes('..'), 'must stay inside the repository')
            .optional(),
          // The sign-in service (GitHub: an OAuth client; GitLab: its own address for PKCE).
          baseUrl: webAddress.optional(),
          authEndpoint: z
            .string()
            .regex(/^[\w./-]+$/, 'must be a path such as "oauth/authorize"')
            .optional(),
          // The host's API, for a self-hosted GitLab or GitHub Enterprise.
          apiRoot: webAddress.optional(),
          // GitLab: the id of the OAuth application (PKCE sign-in, no server needed).
          appId: z.string().regex(/^\w+$/, 'must be the application id GitLab shows').optional(),
        })
        .strict()
        .superRefine((backend, ctx) => {
          if (backend.name === 'gitlab' && !backend.appId)
            ctx.addIssue({
              code: 'custom',
              path: ['appId'],
              message: 'is needed for GitLab: the id of the OAuth application editors sign in with',
            });
          if (backend.name === 'github' && backend.appId)
            ctx.addIssue({
              code: 'custom',
              path: ['appId'],
              message: 'is for GitLab only: GitHub signs in through baseUrl',
            });
        }),
    })
    .strict();
}

export type EditorSettings = z.infer<ReturnType<typeof editorSchema>>;

export type Site = z.infer<ReturnType<typeof siteSchema>>;

/**
 * The list of editions is the methodology's history: oldest first, ids unique, exactly one
 * current edition that has not been withdrawn, and no renumbering on the first (it has no
 * previous edition to renumber from).
 */
function checkEditionList(editions: readonly Edition[], ctx: z.RefinementCtx): void {
  if (editions.length === 0) return;
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path: ['editions', ...path], message });
  editions.forEach((edition, index) => {
    const first = editions.findIndex((e) => e.id === edition.id);
    if (first !== index)
      issue([index, 'id'], `"${edition.id}" is already used by editions[${first}]`);
    const previous = editions[index - 1];
    if (previous && edition.published <= previous.published) {
      issue(
        [index, 'published'],
        `must be later than the previous edition's (${previous.published}): list editions oldest first`,
      );
    }
    if (edition.current && edition.status === 'withdrawn')
      issue([index, 'status'], 'the current edition cannot be withdrawn');
  });
  if (editions[0] && Object.keys(editions[0].renumbered).length > 0)
    issue([0, 'renumbered'], 'the first edition has no previous edition to renumber from');
  const current = editions.flatMap((e, index) => (e.current ? [index] : []));
  if (current.length === 0) issue([], 'one edition must have "current": true');
  for (const index of current.slice(1))
    issue(
      [index, 'current'],
      `only one edition may be current; editions[${current[0]}] already is`,
    );
}

/** The facts of the accessibility statement (an extension of the contract, see docs/authoring.md). */
function accessibilitySchema(localized: LocalizedSchema) {
  return z
    .object({
      status: z.enum(['full', 'partial', 'none']),
      standard: text,
      assessed: day,
      method: localized,
      exceptions: z.array(localized).default([]),
      contact: localized,
      /** Where readers report a problem: the statement must name an e-mail, a phone and a postal address. */
      email: z.string().email('must be an e-mail address such as pasts@lm.gov.lv'),
      phone: z
        .string()
        .regex(
          /^\+\d[\d ]{6,18}\d$/,
          'must be a phone number in international form, such as "+371 67021600"',
        ),
      address: localized,
      enforcement: localized,
      prepared: day,
    })
    .strict();
}

/** The terms of the open-data files (an extension of the contract, see docs/authoring.md). */
function openDataSchema(localized: LocalizedSchema) {
  return z
    .object({
      /** When the current pilot aggregates were published. */
      published: day,
      licence: z
        .object({
          name: localized,
          url: z.string().url('must be a full address such as https://creativecommons.org/…'),
        })
        .strict(),
    })
    .strict();
}
