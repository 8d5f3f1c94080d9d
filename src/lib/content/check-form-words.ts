import { stopWordsOf } from '../text/stop-words';
import { formsOf } from '../mentions/entity-forms';
import type { Problem } from './problem';
import type { ReadEntity } from './read-entities';
import { pathOf } from './check-entity-forms';

/** The fewest letters a name form may have: one letter is found in any text. */
const MIN_LETTERS = 2;

/**
 * True for a form written in capitals (an abbreviation, "NATO", "ЕС"), which
 * the matcher finds only in capitals (src/lib/mentions): "US" never matches
 * the word "us".
 */
function isCapitals(form: string): boolean {
  return form === form.toLocaleUpperCase() && form !== form.toLocaleLowerCase();
}

const languageName = new Intl.DisplayNames(['en'], { type: 'language' });

/** Why `form` cannot name an entity in `lang`, or undefined when it can. */
export function formProblem(form: string, lang: string): string | undefined {
  const letters = form.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) {
    return `expected a form of at least ${MIN_LETTERS} letters, got "${form}": it would be found in almost every text`;
  }
  if (/\s/.test(form.trim()) || isCapitals(form)) return undefined;
  const word = form.trim().toLocaleLowerCase(lang);
  if (stopWordsOf(lang)?.has(word)) {
    return `expected a name, but "${form}" is one of the most frequent words of ${languageName.of(lang) ?? lang} (the stopword package's list): it would be marked as a mention in almost every article; remove it or use a longer form`;
  }
  return undefined;
}

/**
 * Checks each surface form of each entity on its own: one that is too short
 * or is a frequent word of its language ("der", "und", "и") would be found as
 * a mention in almost every article of that language. Multi-word forms and
 * abbreviations in capitals are not frequent words.
 */
export function checkFormWords(entities: readonly ReadEntity[]): Problem[] {
  const problems: Problem[] = [];
  for (const entity of entities) {
    for (const [lang, forms] of Object.entries(formsOf(entity.data))) {
      for (const form of new Set(forms)) {
        const message = formProblem(form, lang);
        if (!message) continue;
        const path = pathOf(entity, lang, form);
        problems.push({
          file: entity.file,
          line: entity.lineOf(path),
          field: path.join('.'),
          message,
        });
      }
    }
  }
  return problems;
}
