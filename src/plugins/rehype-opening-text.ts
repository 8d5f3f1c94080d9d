import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { openingText } from '../lib/seo/plain-summary';

/**
 * Records the plain text of the article's opening paragraph in its own
 * language as `openingText` in the render's front matter: what feeds, search
 * engines and share previews show when an article has no summary (see
 * `summaryOf` in `lib/seo/plain-summary.ts`). Done here, while the tree is at
 * hand, it is cached with the render instead of parsed again from the HTML on
 * every build. It changes nothing in the article.
 */
export function rehypeOpeningText() {
  return (tree: Root, file: VFile) => {
    const astro = (file.data.astro ??= {});
    const frontmatter = (astro.frontmatter ??= {});
    const lang = typeof frontmatter.lang === 'string' ? frontmatter.lang : 'und';
    const text = openingText(tree, lang);
    if (text !== undefined) frontmatter.openingText = text;
  };
}
