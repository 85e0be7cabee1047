/** What every results component needs: the page's model, the published results and shared helpers. */
import type { AstroGlobal } from 'astro';
import { AstroError } from 'astro/errors';
import { getModel } from '../../model';
import { getResults, getShownResults } from '../../results-model';
import type { Figure } from '../../lib/results/publish';

/**
 * The results helpers for the page being rendered, from the page's route data: the results of
 * the edition it shows (resultsEdition), with that edition's criteria; a report's components
 * show the report's own edition wherever it is printed.
 */
export async function useResults(astro: AstroGlobal) {
  const { model: page } = astro.locals.route;
  // A report printed on another page brings its own edition (MdxContent); else the page's.
  const report = (astro.props as { report?: { edition: string | undefined } }).report;
  const resultsEdition = report ? report.edition : astro.locals.route.resultsEdition;
  const model = resultsEdition ? await getModel(page.locale, resultsEdition) : page;
  const results = await getResults(resultsEdition, astro.url.pathname);
  // A current-edition page showing another edition's figures links its own results pages.
  const shown = page.older ? undefined : await getShownResults();
  const mapped = shown?.borrowed && shown.edition === resultsEdition ? shown : undefined;
  /** The results page of a criterion of the shown edition, on the page's side when it has one. */
  const resultsHref = (code: string) => {
    const own = mapped?.pageCodes.get(code);
    return own ? page.editionHref('results', own) : model.editionHref('results', code);
  };
  const { t } = model;
  const number = new Intl.NumberFormat(model.locale, { maximumFractionDigits: 1 });
  /** A figure's value as text, or why it is not shown. */
  const show = (figure: Figure | undefined, key: 'mean' | 'median' | 'q1' | 'q3' = 'mean') => {
    const value = figure?.[key];
    return value === undefined ? '—' : number.format(value);
  };
  /** Whether any of the figures has quartiles (a table leaves out columns that would stay empty). */
  const hasQuartiles = (figures: ReadonlyArray<Figure | undefined>) =>
    figures.some((f) => f && !f.hidden && f.median !== undefined);
  /** Whether any of the figures is hidden (the table then explains "—" once, in general words). */
  const anyHidden = (figures: ReadonlyArray<Figure | undefined>) => figures.some((f) => f?.hidden);
  /** A criterion by code, or an error naming the code: a report must not mention a code that does not exist. */
  const criterion = (code: string, component: string) => {
    const found = model.criteria.find((c) => c.code === code);
    if (!found)
      throw new AstroError(
        `${astro.url.pathname}: <${component} code="${code}">: "${code}" is not a criterion code of this methodology`,
        'The content check refuses this in a report (lib/content/rules/report-components.ts); a ' +
          `page or component of the site that renders <${component}> must pass a code of the ` +
          'edition the page shows.',
      );
    return found;
  };
  return { model, results, t, number, show, hasQuartiles, anyHidden, criterion, resultsHref };
}
