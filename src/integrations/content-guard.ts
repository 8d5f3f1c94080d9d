import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { blockingProblems, formatReport, isWarning } from '../lib/content/problem';
import { checkContent } from '../lib/content/validate-content';
import type { ArticleRef } from '../lib/translations';
import { STRICT_ENV } from './content-guard-env';

/** The content guard, and what it read. */
export interface ContentGuard extends AstroIntegration {
  /**
   * The articles (id and front matter) as the guard read them when the build
   * started, for integrations that need them after the pages (the sitemap):
   * reading and validating every article again cost each build measurably
   * (see docs/performance.md). Their text is not kept. Undefined before the guard has run.
   */
  articles(): Promise<readonly ArticleRef[]> | undefined;
}

/**
 * Validates all content before Astro renders anything. Astro's own schema check
 * stops at the first bad file and cannot see links between articles; this one
 * reports every problem (file, line, field, what is expected) and stops a build
 * before a single page is written, so nothing half-built is published. Warnings
 * (a misspelt directive, HTML the sanitiser removes) are printed and stop the
 * build only when it is strict. In dev it only warns, so an editor can keep the
 * server running while fixing a file.
 */
export function contentGuard(): ContentGuard {
  let articles: Promise<ArticleRef[]> | undefined;
  return {
    name: 'content-guard',
    articles: () => articles,
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const checked = checkContent(fileURLToPath(config.root));
        articles = checked.then((content) =>
          content.articles.map(({ id, data }) => ({ id, data })),
        );
        const { problems } = await checked;
        const strict = process.env[STRICT_ENV] === '1';
        const warnings = problems.filter(isWarning);
        const blocking = blockingProblems(problems, strict);
        if (command === 'dev' || blocking.length === 0) {
          if (problems.length > 0) logger.warn(formatReport(problems));
          return;
        }
        // Thrown, the error would come after Astro's "An unhandled error occurred
        // while running the hook" (an error of the guard, it suggests): said
        // plainly instead, and the build stopped before anything is written.
        const strictNote =
          strict && warnings.length > 0 ? ' (--strict: warnings count as errors)' : '';
        logger.error(
          `The content is not valid${strictNote}; nothing was built.\n${formatReport(problems)}`,
        );
        process.exit(1);
      },
    },
  };
}
