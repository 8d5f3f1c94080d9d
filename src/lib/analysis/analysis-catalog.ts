import { getCollection, type CollectionEntry } from 'astro:content';
import { withRender } from '../article-render';
import { loadCatalog, type Article } from '../catalog';
import { articleQuotes } from '../mentions/article-quotes';
import { readMentions, type Mention, type MentionContext } from '../mentions/collect-mentions';
import { formsOf } from '../mentions/entity-forms';
import { articlesByEntity } from './articles-by-entity';
import { storyMembers } from './story-members';

/** An entity entry from the content collection. */
export type Entity = CollectionEntry<'entities'>;
/** A story entry from the content collection. */
export type Story = CollectionEntry<'stories'>;

/** Who is mentioned where, and which articles make up each story. */
export interface Analysis {
  /** Every entity, by id. */
  entities: Entity[];
  entity(id: string): Entity | undefined;
  stories: Story[];
  /** What an article mentions, in order of first mention. */
  mentionsOf(articleId: string): Mention[];
  /** Every article that mentions an entity, newest first, with its mention. */
  mentioning(entityId: string): { article: Article; mention: Mention }[];
  /** Quotations of an article's first mentions of an entity, each in the language of its text. */
  quotes(article: Article, entityId: string): MentionContext[];
  /** A story's articles, in the story's order. */
  articlesOf(story: Story): Article[];
  /** The stories an article belongs to. */
  storiesOf(articleId: string): Story[];
}

let cached: Promise<Analysis> | undefined;

/**
 * Loads entities, stories and every article's mentions once per build. The
 * mentions come from each article's render (the `rehypeEntityMentions`
 * plugin), which Astro caches, so this reads them rather than recomputing;
 * only the quotes an entity page shows are found again, in the HTML of the
 * articles it lists (see `lib/mentions/article-quotes.ts`).
 */
export function loadAnalysis(): Promise<Analysis> {
  // As with the catalog: in dev the content changes under a running server.
  if (import.meta.env.DEV) cached = undefined;
  cached ??= (async () => {
    const [catalog, entities, stories] = await Promise.all([
      loadCatalog(),
      getCollection('entities'),
      getCollection('stories'),
    ]);
    // Read from the entry's render data, which `render()` returns as
    // `remarkPluginFrontmatter` (an object, typed `unknown` here; readMentions
    // checks what it finds): `render()` would also make a page component for
    // each article, which a large archive pays for in every build.
    const mentions = new Map(
      catalog.articles.map((article) => {
        const frontmatter = article.rendered?.metadata?.frontmatter as
          Record<string, unknown> | undefined;
        return [article.id, readMentions(frontmatter?.mentions)];
      }),
    );
    const byId = new Map(entities.map((entity) => [entity.id, entity]));
    const quote = articleQuotes(
      entities.map((entity) => ({ id: entity.id, forms: formsOf(entity.data) })),
    );
    const members = storyMembers(stories, catalog.articles);
    // Each entity's page asks for the articles that mention it: all of them are
    // listed in one pass, on first use, not by a scan of the archive per entity.
    let mentioningAll: Map<string, { article: Article; mention: Mention }[]> | undefined;
    const mentioning = () =>
      (mentioningAll ??= articlesByEntity(catalog.articles, (article) => mentions.get(article.id)));
    // Every article page asks which stories it is in: one lookup, not a scan of all stories.
    const storiesByArticle = new Map<string, Story[]>();
    for (const story of stories)
      for (const id of members.get(story.id) ?? [])
        storiesByArticle.set(id, [...(storiesByArticle.get(id) ?? []), story]);
    return {
      entities: entities.sort((a, b) => a.id.localeCompare(b.id)),
      entity: (id) => byId.get(id),
      stories,
      mentionsOf: (articleId) => mentions.get(articleId) ?? [],
      mentioning: (entityId) => mentioning().get(entityId) ?? [],
      quotes: (article, entityId) =>
        quote(
          {
            id: article.id,
            lang: article.data.lang,
            html: withRender(article).rendered?.html ?? '',
          },
          entityId,
        ),
      articlesOf: (story) => (members.get(story.id) ?? []).flatMap((id) => catalog.byId(id) ?? []),
      storiesOf: (articleId) => storiesByArticle.get(articleId) ?? [],
    };
  })();
  return cached;
}
