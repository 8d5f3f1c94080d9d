import { foldWord } from './name-endings';
import { aliasWord, matchesWord, type AliasWord } from './word-match';

/** An entity as the matcher needs it: its id and its surface forms by language. */
export interface MentionEntity {
  id: string;
  /** Names, aliases and inflections per language code. */
  forms: Partial<Record<string, readonly string[]>>;
}

/** A word of a text and where it stands in it. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

/** A mention found in a run of tokens: the entity, on tokens `from` to `to` (exclusive). */
export interface TokenMatch {
  entity: string;
  from: number;
  to: number;
}

interface Alias {
  entity: string;
  words: AliasWord[];
}

/** Splits a text into words (letters, marks and digits), with their offsets. */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** What `candidates` returns for a word that no alias starts like. */
const NONE: readonly Alias[] = [];

/**
 * Aliases of one text language by the first three letters of their first word
 * (folded): a form of a word shares at least those with it (see `matchesWord`),
 * so each text word is compared with a handful of aliases, not all of them.
 */
class Bucket {
  readonly #byPrefix = new Map<string, Alias[]>();

  /** Keeps each list longest alias first (in the order added among equals), as `candidates` returns it. */
  add(alias: Alias): void {
    const key = alias.words[0]!.folded.slice(0, 3);
    const list = this.#byPrefix.get(key) ?? [];
    const shorter = list.findIndex((other) => other.words.length < alias.words.length);
    list.splice(shorter === -1 ? list.length : shorter, 0, alias);
    this.#byPrefix.set(key, list);
  }

  /** Aliases whose first word could be a form of `word`, longest first. */
  candidates(word: string, lang: string): readonly Alias[] {
    // Sorted once when added: this runs for every word of every article.
    return this.#byPrefix.get(foldWord(word, lang).slice(0, 3)) ?? NONE;
  }
}

/**
 * Finds mentions of entities in text. Each alias is matched word by word in the
 * language of the text it stands in (a multi-word alias as a sequence), and at
 * each place the longest alias wins: "Kasym-Żomart Tokajew" is one mention, not
 * one of the full name and one of "Tokajew". A text in a language that has no
 * forms of its own is matched against every language's forms, exactly.
 */
export class AliasIndex {
  readonly #entities: readonly MentionEntity[];
  readonly #buckets = new Map<string, Bucket>();

  constructor(entities: readonly MentionEntity[]) {
    this.#entities = [...entities].sort((a, b) => a.id.localeCompare(b.id));
  }

  #bucket(lang: string): Bucket {
    let bucket = this.#buckets.get(lang);
    if (bucket) return bucket;
    bucket = new Bucket();
    const own = this.#entities.some((e) => e.forms[lang]?.length);
    for (const entity of this.#entities) {
      for (const [formLang, forms] of Object.entries(entity.forms)) {
        if (own && formLang !== lang) continue;
        for (const form of forms ?? []) {
          const words = tokenize(form).map((t) => aliasWord(t.word, formLang));
          if (words.length > 0) bucket.add({ entity: entity.id, words });
        }
      }
    }
    this.#buckets.set(lang, bucket);
    return bucket;
  }

  /** Every mention in `tokens`, a run of text in `lang`, in order. */
  find(tokens: readonly Token[], lang: string): TokenMatch[] {
    const base = lang.split('-')[0]!.toLowerCase();
    const bucket = this.#bucket(base);
    const matches: TokenMatch[] = [];
    for (let i = 0; i < tokens.length;) {
      const alias = bucket
        .candidates(tokens[i]!.word, base)
        .find((a) =>
          a.words.every((w, j) => tokens[i + j] && matchesWord(tokens[i + j]!.word, w, base)),
        );
      if (alias) {
        matches.push({ entity: alias.entity, from: i, to: i + alias.words.length });
        i += alias.words.length;
      } else i++;
    }
    return matches;
  }
}
