import { foldWord } from '../mentions/name-endings';
import { calendarWords } from './calendar-words';
import { NOUN_CAPITALS } from './noun-capitals.mjs';
import type { CorpusArticle } from './corpus';
import { wordTokens, type WordToken } from './name-tokens';
import { stopWords } from './stop-words';
import { bases, cityKeys, givenNameKeys, nameKey, regionOfWord } from './type-evidence';

/** How a word is written across the corpus, in one language. */
interface WordCounts {
  lower: number;
  /** Capitalised inside a sentence. */
  capital: number;
}

/** Whether a capitalised word may be part of a name, learned from the whole corpus. */
export class WordStats {
  readonly #counts = new Map<string, Map<string, WordCounts>>();
  readonly #nounCapitalising = new Set<string>();
  /** Keys of words capitalised inside sentences in languages that capitalise only names. */
  readonly #nameKeys = new Set<string>();
  readonly #calendar = new Map<string, Set<string>>();
  /**
   * Answers of `ordinary` and folded forms by language and word: a corpus
   * repeats its words, and these are asked once per token (most of the time of
   * discovery before they were kept).
   */
  readonly #ordinaryAnswers = new Map<string, Map<string, boolean>>();
  readonly #folded = new Map<string, Map<string, string>>();
  #langs: string[] = [];

  constructor(articles: readonly CorpusArticle[], tokenize = wordTokens) {
    for (const article of articles)
      for (const run of article.runs) {
        const lang = run.lang.split('-')[0]!;
        const counts = this.#countsOf(lang);
        for (const token of tokenize(run.text)) {
          if (token.initial || token.acronym || /^\p{N}/u.test(token.word)) continue;
          const folded = this.#fold(token.word, lang);
          const entry = counts.get(folded) ?? { lower: 0, capital: 0 };
          counts.set(folded, entry);
          if (token.capital) entry.capital++;
          else if (/^\p{Ll}/u.test(token.word)) entry.lower++;
        }
      }
    this.#langs = [...this.#counts.keys()];
    for (const [lang, counts] of this.#counts) {
      let words = 0;
      let capital = 0;
      for (const [folded, entry] of counts) {
        if (stopWords(lang).has(folded)) continue;
        words++;
        if (entry.capital > entry.lower) capital++;
      }
      if (words > 0 && capital / words > NOUN_CAPITALS) this.#nounCapitalising.add(lang);
    }
    for (const [lang, counts] of this.#counts) {
      if (this.#nounCapitalising.has(lang)) continue;
      for (const [folded, entry] of counts)
        if (entry.capital > entry.lower && !this.#ordinaryByList(folded, lang))
          for (const base of bases(folded, lang)) this.#nameKeys.add(nameKey(base));
    }
  }

  #countsOf(lang: string): Map<string, WordCounts> {
    let counts = this.#counts.get(lang);
    if (!counts) this.#counts.set(lang, (counts = new Map()));
    return counts;
  }

  #fold(word: string, lang: string): string {
    let folds = this.#folded.get(lang);
    if (!folds) this.#folded.set(lang, (folds = new Map()));
    let folded = folds.get(word);
    if (folded === undefined) folds.set(word, (folded = foldWord(word, lang)));
    return folded;
  }

  #ordinaryByList(folded: string, lang: string): boolean {
    let calendar = this.#calendar.get(lang);
    if (!calendar) this.#calendar.set(lang, (calendar = calendarWords(lang)));
    // A stop word of any language of the corpus: "The Financial Times" in a German text.
    return (
      this.#langs.some((other) => stopWords(other).has(this.#fold(folded, other))) ||
      calendar.has(folded)
    );
  }

  /** Whether the corpus capitalises the nouns of `lang` (German does). */
  capitalisesNouns(lang: string): boolean {
    return this.#nounCapitalising.has(lang.split('-')[0]!);
  }

  /**
   * Whether a capitalised token is an ordinary word rather than (part of) a
   * name: a stop word, a month or weekday, a word the corpus also writes in
   * lowercase as often, one it only capitalises at a sentence start, or, in a
   * language that capitalises nouns, a word that no other language capitalises
   * and that no list knows as a place or a given name.
   */
  ordinary(token: WordToken, lang: string): boolean {
    const base = lang.split('-')[0]!;
    if (token.acronym) return false;
    let answers = this.#ordinaryAnswers.get(base);
    if (!answers) this.#ordinaryAnswers.set(base, (answers = new Map()));
    let answer = answers.get(token.word);
    if (answer === undefined)
      answers.set(token.word, (answer = this.#ordinaryWord(token.word, base)));
    return answer;
  }

  #ordinaryWord(word: string, base: string): boolean {
    const folded = this.#fold(word, base);
    if (this.#ordinaryByList(folded, base)) return true;
    const entry = this.#counts.get(base)?.get(folded);
    if (!entry || entry.capital === 0 || entry.lower >= entry.capital) return true;
    if (!this.#nounCapitalising.has(base)) return false;
    const key = nameKey(folded);
    return !(
      bases(folded, base).some((stem) => this.#nameKeys.has(nameKey(stem))) ||
      regionOfWord(folded, base) ||
      givenNameKeys().has(key) ||
      cityKeys().has(key)
    );
  }
}
