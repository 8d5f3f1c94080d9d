import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatReport } from '../lib/content/problem';
import { validateContent } from '../lib/content/validate-content';

/**
 * Validates all content before Astro renders anything. Astro's own schema check
 * stops at the first bad file and cannot see links between articles; this one
 * reports every problem (file, line, field, what is expected) and stops a build
 * before a single page is written, so nothing half-built is published. In dev it
 * only warns, so an editor can keep the server running while fixing a file.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const problems = await validateContent(fileURLToPath(config.root));
        if (problems.length === 0) return;
        const report = formatReport(problems);
        if (command === 'dev') {
          logger.warn(report);
          return;
        }
        throw new Error(`The content is not valid; nothing was built.\n${report}`);
      },
    },
  };
}
