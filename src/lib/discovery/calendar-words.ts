import { foldWord } from '../mentions/name-endings';

/**
 * Month and weekday names of a language, folded, in every form `Intl` gives:
 * standalone ("Juni", "июнь") and as in a date ("июня", "czerwca"), long and
 * short. Inflected forms beyond these are caught by the name-endings rule when
 * compared (see `isCalendarWord`).
 */
export function calendarWords(lang: string): Set<string> {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const word of text.match(/\p{L}+/gu) ?? []) words.add(foldWord(word, lang));
  };
  for (let month = 0; month < 12; month++) {
    const date = new Date(Date.UTC(2001, month, 15));
    for (const month of ['long', 'short'] as const) {
      const standalone = new Intl.DateTimeFormat(lang, { month, timeZone: 'UTC' });
      const inDate = new Intl.DateTimeFormat(lang, { month, day: 'numeric', timeZone: 'UTC' });
      add(standalone.format(date));
      for (const part of inDate.formatToParts(date)) if (part.type === 'month') add(part.value);
    }
  }
  for (let day = 0; day < 7; day++) {
    const date = new Date(Date.UTC(2001, 0, 1 + day));
    for (const weekday of ['long', 'short'] as const)
      add(new Intl.DateTimeFormat(lang, { weekday, timeZone: 'UTC' }).format(date));
  }
  return words;
}
