import { tokenize, type AliasIndex, type Token, type TokenMatch } from './alias-index';
import type { TextRun } from './text-runs';

/** A short quotation around a mention, in the language of the text it comes from. */
export interface MentionContext {
  text: string;
  lang: string;
}

/** How often an article mentions an entity. */
export interface Mention {
  /** The entity's id (its file name in content/entities). */
  entity: string;
  count: number;
}

/** Quotations shown per entity and article: enough to show how it is named. */
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

/** Every mention in `runs`, in order, with the run and words it stands in. */
function* mentionsIn(
  runs: readonly TextRun[],
  index: AliasIndex,
): Generator<{ run: TextRun; tokens: Token[]; match: TokenMatch }> {
  for (const run of runs) {
    const tokens = tokenize(run.text);
    for (const match of index.find(tokens, run.lang)) yield { run, tokens, match };
  }
}

/**
 * Every entity mentioned in `runs`, in order of first mention, with its count.
 * The text itself is only read.
 */
export function collectMentions(runs: readonly TextRun[], index: AliasIndex): Mention[] {
  const byEntity = new Map<string, Mention>();
  for (const { match } of mentionsIn(runs, index)) {
    const mention = byEntity.get(match.entity);
    if (mention) mention.count++;
    else byEntity.set(match.entity, { entity: match.entity, count: 1 });
  }
  return [...byEntity.values()];
}

/**
 * Up to `max` quotations of the first mentions of `entity` in `runs`, none
 * twice. Each mention is found among all entities' (the longest name at a
 * place wins, as when counting), and the search stops once the quotes are full.
 */
export function quoteMentions(
  runs: readonly TextRun[],
  index: AliasIndex,
  entity: string,
  max = MAX_CONTEXTS,
): MentionContext[] {
  const quotes: MentionContext[] = [];
  if (max <= 0) return quotes;
  for (const { run, tokens, match } of mentionsIn(runs, index)) {
    if (match.entity !== entity) continue;
    const text = quote(run.text, tokens, match.from, match.to);
    if (quotes.some((q) => q.text === text)) continue;
    quotes.push({ text, lang: run.lang });
    if (quotes.length === max) break;
  }
  return quotes;
}

/**
 * The mentions recorded in a render's front matter. Astro types that front
 * matter as untyped data, so its shape is checked rather than cast: an article
 * rendered without the plugin simply has none.
 */
export function readMentions(value: unknown): Mention[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is Mention => typeof item?.entity === 'string' && typeof item.count === 'number',
  );
}
