import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatReport } from '../lib/content/problem';
import { checkContent } from '../lib/content/validate-content';
import type { ArticleRef } from '../lib/translations';

/** The content guard, and what it read. */
export interface ContentGuard extends AstroIntegration {
  /**
   * The articles (id and front matter) as the guard read them when the build
   * started, for integrations that need them after the pages (the sitemap):
   * reading and validating 10,000 articles again took 1.7 s of every build
   * (profiled). Their text is not kept. Undefined before the guard has run.
   */
  articles(): Promise<readonly ArticleRef[]> | undefined;
}

/**
 * Validates all content before Astro renders anything. Astro's own schema check
 * stops at the first bad file and cannot see links between articles; this one
 * reports every problem (file, line, field, what is expected) and stops a build
 * before a single page is written, so nothing half-built is published. In dev it
 * only warns, so an editor can keep the server running while fixing a file.
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
