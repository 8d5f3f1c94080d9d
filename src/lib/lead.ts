import { memoize } from './memoize';
import { shorten, summaryOf, type SummarySource } from './seo/plain-summary';

/** A lead this long or longer reads as a lead; a shorter first sentence takes the next one too. */
const ENOUGH = 90;
/** Longest lead a card shows. */
const MAX = 240;

/** One sentence segmenter per language (see lib/memoize). */
const sentences = memoize((lang: string) => new Intl.Segmenter(lang, { granularity: 'sentence' }));

/**
 * The first sentences of `text`, as `Intl.Segmenter` splits them in `lang`,
 * until they make a lead of at least `ENOUGH` characters; cut at a word
 * boundary when a single sentence runs past `MAX`.
 */
export function firstSentences(text: string, lang: string): string {
  let lead = '';
  for (const { segment } of sentences(lang).segment(text)) {
    lead += segment;
    if (lead.trim().length >= ENOUGH) break;
  }
  return shorten(lead.trim(), MAX);
}

/**
 * What a card says an article is about, in the article's language: the
 * editor's summary, or else the first sentence(s) of its opening paragraph.
 * Undefined for an article with neither.
 */
export function leadOf(article: SummarySource): string | undefined {
  if (article.data.summary) return shorten(article.data.summary.trim(), MAX);
  const opening = summaryOf(article);
  return opening ? firstSentences(opening, article.data.lang) : undefined;
}
