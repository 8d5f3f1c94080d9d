export interface SiteHeaders {
  security: Record<string, string>;
  cache: { path: string; 'Cache-Control': string }[];
}
export const SITE_HEADERS: SiteHeaders;
export function cachePattern(rule: SiteHeaders['cache'][number]): RegExp;
export function cacheControlFor(path: string): string;
export function headersFor(path: string): Record<string, string>;
