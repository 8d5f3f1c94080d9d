import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../i18n/locales';
import { uiStrings } from '../../i18n/ui';
import { uiStringsVersion } from '../../lib/ui-follow';

export const getStaticPaths = (() =>
  locales.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

/**
 * `/<ui>/ui-strings.json`: one interface language's strings, for the script
 * that shows an article page's interface in the reader's language
 * (lib/ui-follow.ts). One file per language, shared by every article page.
 */
export const GET: APIRoute = ({ params }) => {
  const strings = uiStrings[params.lang as Locale];
  return new Response(JSON.stringify({ version: uiStringsVersion, strings }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
