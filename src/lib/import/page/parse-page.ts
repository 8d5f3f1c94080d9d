import { parseHTML } from 'linkedom';

/**
 * The DOM of a page (linkedom, a light DOM that Readability runs on). linkedom
 * gives no `<html>` element for a fragment, as a saved snippet may be, so one
 * is added where the page has none.
 */
export function parsePage(html: string): Document {
  const whole = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><body>${html}</body></html>`;
  return parseHTML(whole).document as unknown as Document;
}
