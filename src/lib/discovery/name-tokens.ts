/** A word of a text with what discovery needs to know about its place. */
export interface WordToken {
  word: string;
  /** Starts with a capital letter (Latin, Cyrillic or any other cased script). */
  capital: boolean;
  /** Only capitals and at least two letters: an abbreviation ("NATO", "ЕАЭС"). */
  acronym: boolean;
  /** First word of a sentence, where every word is capitalised. */
  initial: boolean;
  /** Only punctuation-free space separates it from the word before: a name may go on. */
  joined: boolean;
}

/** Words, hyphenated compounds included ("Kassym-Jomart", "Ilta-Sanomat"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*/gu;

/** A single letter before a full stop is an initial ("K.K. Tokayev"), not a sentence end. */
const INITIAL = /^\p{Lu}$/u;

/**
 * Splits a run of text into words, marking which start a sentence and which
 * follow the word before with nothing but spaces (so a capitalised sequence
 * may continue). Sentences end at . ! ? … : ; and at the start of the run.
 */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let last = 0;
  let previous = '';
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const gap = gapOf(text, last, match.index);
    last = match.index + word.length;
    const stop = gap.stop || (gap.fullStop && !INITIAL.test(previous));
    previous = word;
    if (NUMBER.test(word)) {
      tokens.push({ word, capital: false, acronym: false, initial: false, joined: false });
      continue;
    }
    const capital = UPPER.test(word);
    tokens.push({
      word,
      capital,
      acronym: capital && word.length >= 2 && ACRONYM.test(word),
      initial: tokens.length === 0 || stop,
      joined: tokens.length > 0 && gap.spaces,
    });
  }
  return tokens;
}

const ACRONYM = /^[\p{Lu}-]+$/u;
const UPPER = /^\p{Lu}/u;
const NUMBER = /^\p{N}/u;

/**
 * What separates two words, read character by character (discovery tokenises
 * every article twice; slicing and testing each gap with regular expressions
 * was most of its time).
 */
function gapOf(text: string, from: number, to: number) {
  let stop = false;
  let fullStop = false;
  let spaces = to > from;
  for (let i = from; i < to; i++) {
    const char = text[i]!;
    if (char === '.') fullStop = true;
    else if ('!?…:;'.includes(char)) stop = true;
    if (spaces && !WHITE.test(char)) spaces = false;
  }
  return { stop, fullStop, spaces };
}

const WHITE = /\s/;
