import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { defaultLocale } from '../i18n/locales';
import { useTranslations } from '../i18n/translate';
import { loadCatalog } from '../lib/catalog';
import { feedOptions } from '../lib/seo/feed';
import { absoluteUrl, ALL_FEED_PATH, withBase } from '../lib/urls';

/**
 * `/feed.xml`: every article in every language, newest first. The channel is
 * described in the default language, like `/`, the page it stands for; each
 * item names its own language.
 */
export const GET: APIRoute = async ({ site }) => {
  const { t } = useTranslations(defaultLocale);
  const { articles } = await loadCatalog();
  const channel = {
    title: t('feed.allTitle'),
    description: t('feed.allDescription'),
    link: absoluteUrl(withBase('/'), site),
    self: absoluteUrl(ALL_FEED_PATH, site),
  };
  return rss(feedOptions(channel, articles, site!));
};
