import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';

/** Whether linkedom built more than one root or body: markup before `<html>` or repeated `<html>` tags. */
function isSplit(document: Document): boolean {
  const roots = [...document.childNodes].filter((node) => node.nodeType === 1).length;
  return roots > 1 || document.querySelectorAll('html, body').length > 2;
}

/**
 * The DOM of a page (linkedom, a light DOM that Readability runs on). linkedom
 * gives no `<html>` element for a fragment, as a saved snippet may be, so one
 * is added where the page has none. linkedom does not repair markup as the
 * HTML standard does: a page with a `<style>` before its `<html>` tag, or with
 * `<html>` repeated in old conditional comments' place, becomes several
 * documents side by side, and Readability then sees only the first, empty
 * one. Such a page is first put in order by parse5, which parses as browsers
 * do, and read again.
 */
export function parsePage(html: string): Document {
  const whole = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><body>${html}</body></html>`;
  const document = parseHTML(whole).document as unknown as Document;
  return isSplit(document)
    ? (parseHTML(serialize(parse(whole))).document as unknown as Document)
    : document;
}
