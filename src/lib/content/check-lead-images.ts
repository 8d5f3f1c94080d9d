import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { IMAGES_DIR } from '../../schemas/article';
import type { Problem } from './problem';
import type { LocatedArticle } from './translation-graph';

/** An article as the image check needs it. */
export interface ImagedArticle extends Pick<LocatedArticle, 'file' | 'lineOf'> {
  data: { image?: { src: string } };
}

/** Every lead image an article names is a file in content/images/. */
export function checkLeadImages(root: string, articles: readonly ImagedArticle[]): Problem[] {
  return articles.flatMap((article) => {
    const src = article.data.image?.src;
    if (!src || existsSync(join(root, IMAGES_DIR, src))) return [];
    return [
      {
        file: article.file,
        line: article.lineOf('image'),
        field: 'image.src',
        message: `expected a file in ${IMAGES_DIR}/, but ${IMAGES_DIR}/${src} does not exist`,
      },
    ];
  });
}
