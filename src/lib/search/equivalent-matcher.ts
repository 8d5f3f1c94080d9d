import { memoize } from '../memoize';
import { AliasIndex, tokenize } from '../mentions/alias-index';
import type { TextRun } from '../mentions/text-runs';
import { conceptCode, textWordKey, type Concept } from './equivalents';
import { words } from './search-key';
import { foldLikePagefind } from './stored-keys';

/**
 * Finds, at build time, which concepts an article names (see `equivalents.ts`)
 * and gives their codes, which go into the article's search keys.
 * - Words of the lexicon: each word of the text is keyed by its stem in the
 *   text's language (`textWordKey`) and looked up among the lexicon forms of
 *   that language, keyed the same way: one map lookup per word. Only forms of
 *   the text's own language count, so the German "war" (was) is not the
 *   English "war".
 * - Countries and regions: their names have several words ("Estados Unidos",
 *   "Соединённые Штаты") and inflect, which is what the entity mention matcher
 *   (`AliasIndex`) already handles; it is given the regions instead of the
 *   entities.
 * Entities are not matched here: the entity mention plugin has found them
 * already, and `entityCode` turns its ids into codes.
 */
export class EquivalentMatcher {
  /** Lexicon forms per language and first letters, not yet keyed. */
  readonly #pending = new Map<string, Map<string, [form: string, code: string][]>>();
  /** Keyed forms per language: text word key → codes. */
  readonly #words = new Map<string, Map<string, string[]>>();
  readonly #regions: AliasIndex;
  /**
   * A word's lookup key and first letters, kept per language and word: asked
   * for every word of every article, and one lookup is cheaper than two.
   */
  readonly #keysOf = memoize((lang: string) =>
    memoize((word: string) => ({ prefix: prefixOf(word, lang), key: textWordKey(word, lang) })),
  );

  constructor(concepts: readonly Concept[]) {
    for (const concept of concepts) {
      if (concept.kind !== 'word') continue;
      const code = conceptCode(concept.id);
      for (const [lang, forms] of Object.entries(concept.forms)) {
        let byPrefix = this.#pending.get(lang);
        if (!byPrefix) this.#pending.set(lang, (byPrefix = new Map()));
        for (const form of forms ?? []) {
          if (words(form).length !== 1) continue;
          const prefix = prefixOf(form, lang);
          const list = byPrefix.get(prefix) ?? [];
          list.push([form, code]);
          byPrefix.set(prefix, list);
        }
      }
    }
    const regions = concepts.filter((c) => c.kind === 'region');
    this.#regions = new AliasIndex(regions.map((c) => ({ id: conceptCode(c.id), forms: c.forms })));
  }

  /**
   * The keyed forms of `lang` that a word starting with `prefix` can meet.
   * Stemming the whole lexicon took seconds in every render worker, and most
   * of it never meets a text; an inflection keeps a word's first letters, so
   * the forms are keyed by first letters, when a text word first needs them.
   */
  #formsFor(prefix: string, lang: string): Map<string, string[]> | undefined {
    const byPrefix = this.#pending.get(lang);
    if (!byPrefix) return undefined;
    let byKey = this.#words.get(lang);
    if (!byKey) this.#words.set(lang, (byKey = new Map()));
    const forms = byPrefix.get(prefix);
    if (forms) {
      byPrefix.delete(prefix);
      const keysOf = this.#keysOf(lang);
      for (const [form, code] of forms) {
        const { key } = keysOf(form);
        const codes = byKey.get(key) ?? [];
        if (!codes.includes(code)) codes.push(code);
        byKey.set(key, codes);
      }
    }
    return byKey;
  }

  /** The codes of the concepts named in `runs`. */
  codes(runs: readonly TextRun[]): Set<string> {
    const codes = new Set<string>();
    for (const run of runs) {
      const lang = run.lang.split('-')[0]!.toLowerCase();
      const tokens = tokenize(run.text);
      for (const match of this.#regions.find(tokens, lang)) codes.add(match.entity);
      if (!this.#pending.has(lang)) continue;
      const keysOf = this.#keysOf(lang);
      for (const { word } of tokens) {
        const { prefix, key } = keysOf(word);
        for (const code of this.#formsFor(prefix, lang)?.get(key) ?? []) codes.add(code);
      }
    }
    return codes;
  }
}

/** The first letters a word and its inflections share (folded, in its own script). */
function prefixOf(word: string, lang: string): string {
  return foldLikePagefind(word.toLocaleLowerCase(lang)).slice(0, 3);
}

/** The code of the catalog entity `id` (as the mention plugin records it). */
export function entityCode(id: string): string {
  return conceptCode(`entity:${id}`);
}
