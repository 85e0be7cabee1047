/** Links between the editions of a page: what the switcher and the banner show. */
import type { SiteModel } from '../../model';
import { getEditionHistory } from '../../results-model';
import { currentEditionId, editionSegments } from '../../lib/editions/list';
import { pageInEdition, pageSegments, type EditionPage } from '../../lib/editions/pages';

/** Each edition with the link to this page (or the closest one) in it. */
export async function editionLinks(model: SiteModel, page: EditionPage) {
  const history = await getEditionHistory();
  const from = model.edition?.id;
  if (!history || !from) return [];
  const current = currentEditionId(model.site);
  return model.site.editions.map((edition) => {
    const target = pageInEdition(page, from, edition.id, history.pairs, history.pages);
    return {
      edition,
      title: model.text(edition.title),
      href: model.href(...editionSegments(edition.id, current), ...pageSegments(target.page)),
      exact: target.exact,
      active: edition.id === from,
      current: edition.id === current,
    };
  });
}
