import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../i18n/locales';
import { loadAnalysis } from '../../lib/analysis/analysis-catalog';
import { followData } from '../../lib/ui-follow';

export const getStaticPaths = (() =>
  locales.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

/**
 * `/<ui>/ui-strings.json`: one interface language's strings and entity names, for the script
 * that shows an article page's interface in the reader's language
 * (lib/ui-follow.ts). One file per language, shared by every article page.
 */
export const GET: APIRoute = async ({ params }) => {
  const { entities } = await loadAnalysis();
  return new Response(JSON.stringify(followData(params.lang as Locale, entities)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
