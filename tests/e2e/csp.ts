/**
 * Watching a page for Content-Security-Policy violations, the way a reader's
 * browser reports them: `securitypolicyviolation` events in the page and in
 * its workers, and the console's CSP messages.
 */
import type { Page } from 'playwright-core';

/** Every violation seen by a watched page, as `<directive> blocked <uri>`. */
export interface CspWatch {
  violations: string[];
}

/** Starts recording violations on `page`; call before it opens anything. */
export async function watchCsp(page: Page): Promise<CspWatch> {
  const watch: CspWatch = { violations: [] };
  await page.exposeFunction('__reportCspViolation', (line: string) => watch.violations.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation(line: string): void })
        .__reportCspViolation;
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}`,
      );
    });
  });
  const fromConsole = (text: string) => {
    if (/Content Security Policy|Content-Security-Policy|Refused to/i.test(text)) {
      watch.violations.push(`console: ${text}`);
    }
  };
  page.on('console', (message) => fromConsole(message.text()));
  page.on('worker', (worker) => {
    // A worker's blocked WebAssembly or import fails there; its error reaches the console.
    worker.on('console', (message) => fromConsole(message.text()));
  });
  page.on('pageerror', (error) => fromConsole(error.message));
  return watch;
}
