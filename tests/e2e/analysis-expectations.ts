/**
 * What the analysis pages should show, derived from the content itself: every
 * article run through the site's Markdown pipeline with the entities of
 * content/entities, so the expected mentions are exactly the plugin's output on
 * the committed texts, and the story from its YAML file.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readEntities } from '../../src/lib/content/read-entities';
import type { Mention } from '../../src/lib/mentions/collect-mentions';
import { loadMentionEntities } from '../../src/lib/mentions/entity-forms';
import { createMarkdownOptions } from '../../src/plugins/markdown-options';
import type { EntityData } from '../../src/schemas/entity';
import { readContent, type ContentArticle } from './content';
import { ROOT } from './paths';

/** An article with the mentions the plugin finds in it. */
export interface MentioningArticle extends ContentArticle {
  id: string;
  mentions: Mention[];
}

/** Every article with its mentions, and every entity by id. */
export async function loadExpectations(): Promise<{
  articles: MentioningArticle[];
  entities: Map<string, EntityData>;
}> {
  const processor = await createMarkdownProcessor(
    createMarkdownOptions(await loadMentionEntities(ROOT)),
  );
  const articles: MentioningArticle[] = [];
  for (const article of readContent()) {
    const frontmatter = { lang: article.lang, otherLanguages: article.otherLanguages };
    const result = await processor.render(article.body, { frontmatter });
    const mentions = result.metadata.frontmatter.mentions as Mention[];
    articles.push({ ...article, id: `${article.lang}/${article.slug}`, mentions });
  }
  const { entities } = await readEntities(ROOT);
  return { articles, entities: new Map(entities.map((e) => [e.id, e.data])) };
}

/** A story as its file says: id and article ids, in order. */
export function readStory(id: string): { id: string; articles: string[] } {
  const data = parse(readFileSync(join(ROOT, 'content/stories', `${id}.yaml`), 'utf8')) as {
    articles: string[];
  };
  return { id, articles: data.articles };
}

/** How often `article` mentions `entity`; 0 for not at all. */
export function countOf(article: MentioningArticle, entity: string): number {
  return article.mentions.find((m) => m.entity === entity)?.count ?? 0;
}
