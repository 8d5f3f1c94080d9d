import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../lib/urls';

/** `/robots.txt`: everything may be crawled; the sitemap's absolute URL is on the configured site. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    [
      'User-agent: *',
      'Allow: /',
      '',
      `Sitemap: ${absoluteUrl(withBase('sitemap-index.xml'), site)}`,
      '',
    ].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
