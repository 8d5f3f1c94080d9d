import { tokenize, type AliasIndex, type Token } from './alias-index';
import type { TextRun } from './text-runs';

/** A short quotation around a mention, in the language of the text it comes from. */
export interface MentionContext {
  text: string;
  lang: string;
}

/** How often an article mentions an entity, with a few quotations. */
export interface Mention {
  /** The entity's id (its file name in content/entities). */
  entity: string;
  count: number;
  /** Up to `MAX_CONTEXTS` quotations, first mentions first. */
  contexts: MentionContext[];
}

/** Quotations kept per entity and article: enough to show how it is named. */
export const MAX_CONTEXTS = 3;

/** Words quoted on each side of a mention. */
const CONTEXT_WORDS = 6;

/** The words around tokens `from`..`to`, cut from the text as written, with ellipses. */
function quote(text: string, tokens: readonly Token[], from: number, to: number): string {
  const first = Math.max(0, from - CONTEXT_WORDS);
  const last = Math.min(tokens.length, to + CONTEXT_WORDS) - 1;
  const start = first === 0 ? 0 : tokens[first]!.start;
  const end = last === tokens.length - 1 ? text.length : tokens[last]!.end;
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${first > 0 ? '… ' : ''}${body}${last < tokens.length - 1 ? ' …' : ''}`;
}

/**
 * Every entity mentioned in `runs`, in order of first mention, with its count
 * and quotations. The text itself is only read.
 */
export function collectMentions(runs: readonly TextRun[], index: AliasIndex): Mention[] {
  const byEntity = new Map<string, Mention>();
  for (const run of runs) {
    const tokens = tokenize(run.text);
    for (const match of index.find(tokens, run.lang)) {
      let mention = byEntity.get(match.entity);
      if (!mention) {
        mention = { entity: match.entity, count: 0, contexts: [] };
        byEntity.set(match.entity, mention);
      }
      mention.count++;
      // Most mentions only count: an entity's quotations are full after its first few.
      if (mention.contexts.length >= MAX_CONTEXTS) continue;
      const text = quote(run.text, tokens, match.from, match.to);
      if (!mention.contexts.some((c) => c.text === text)) {
        mention.contexts.push({ text, lang: run.lang });
      }
    }
  }
  return [...byEntity.values()];
}

/**
 * The mentions recorded in a render's front matter. Astro types that front
 * matter as untyped data, so its shape is checked rather than cast: an article
 * rendered without the plugin simply has none.
 */
export function readMentions(value: unknown): Mention[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is Mention =>
      typeof item?.entity === 'string' &&
      typeof item.count === 'number' &&
      Array.isArray(item.contexts),
  );
}
