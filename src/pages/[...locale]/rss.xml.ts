import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getModel } from '../../model';
import { localePaths } from '../../paths';

export const getStaticPaths = localePaths;

/** The news feed of a locale: `/rss.xml` for the default locale, `/<locale>/rss.xml` for the others. */
export const GET: APIRoute = async ({ props, site }) => {
  const model = await getModel((props as { locale: string }).locale);
  return rss({
    title: `${model.title.text} — ${model.t('news.title')}`,
    description: model.description.text,
    site: new URL(model.href(), site),
    customData: `<language>${model.locale}</language>`,
    items: model.news.map((item) => ({
      title: item.title,
      description: item.entry.data.description,
      pubDate: new Date(`${item.entry.data.date}T00:00:00Z`),
      link: item.href,
    })),
  });
};
