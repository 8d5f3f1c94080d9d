import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/translate';
import { pageCacheKey } from '../../lib/cache-key';
import { loadCatalog } from '../../lib/catalog';
import { feedOptions } from '../../lib/seo/feed';
import { absoluteUrl, feedPath, homePath } from '../../lib/urls';

/**
 * One feed per language an article can be written in, even while it has no
 * article yet. A feed lists every article of its language, so it changes with
 * any of them (see lib/cache-key.ts); a rebuild renders again only the feeds of
 * the languages whose articles changed, as each one reads every article of its
 * language.
 */
export const getStaticPaths = (async () => {
  const { articles } = await loadCatalog();
  return locales.map((lang) => ({
    params: { lang },
    cacheKey: pageCacheKey(articles.filter((article) => article.data.lang === lang)),
  }));
}) satisfies GetStaticPaths;

/** `/<lang>/feed.xml`: the articles written in one language, newest first, titled in it. */
export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Locale;
  const { t } = useTranslations(lang);
  const { articles } = await loadCatalog();
  const channel = {
    title: t('feed.title'),
    description: t('feed.description'),
    lang,
    link: absoluteUrl(homePath(lang), site),
    self: absoluteUrl(feedPath(lang), site),
  };
  return rss(
    feedOptions(
      channel,
      articles.filter((article) => article.data.lang === lang),
      site!,
    ),
  );
};
