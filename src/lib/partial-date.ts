/**
 * Dates of news articles are often only partly known: a seed may say "June 2023"
 * and nothing more. A `PartialDate` keeps exactly the precision that is known, so
 * the site never shows (or sorts by) a day it does not have.
 */

import { memoize } from './memoize';

/** How much of a date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A calendar date known to a given precision. */
export interface PartialDate {
  /** The date as written in front matter: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  iso: string;
  /** How much of the date is known. */
  precision: DatePrecision;
  year: number;
  /** 1-12, present for month and day precision. */
  month?: number;
  /** 1-31, present for day precision. */
  day?: number;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Returns `undefined` for anything else,
 * including impossible calendar dates such as `2023-02-30`.
 */
export function parsePartialDate(iso: string): PartialDate | undefined {
  const match = PATTERN.exec(iso);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { iso, precision: 'year', year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { iso, precision: 'month', year, month };
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  return { iso, precision: 'day', year, month, day };
}

/**
 * Orders dates newest first. A partial date counts from the start of its period,
 * and where two dates start together the more precise one comes first. Unknown
 * dates go last.
 */
export function compareNewestFirst(a?: PartialDate, b?: PartialDate): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  // Field by field, without building keys: listings sort every article, many times a build.
  return b.year - a.year || (b.month ?? 0) - (a.month ?? 0) || (b.day ?? 0) - (a.day ?? 0);
}

const FORMAT: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

/** One formatter per locale and precision (see lib/memoize for why they are kept). */
const formatter = memoize((key: `${string} ${DatePrecision}`) => {
  const [locale, precision] = key.split(' ') as [string, DatePrecision];
  return new Intl.DateTimeFormat(locale, FORMAT[precision]);
});

/** Formats a date in `locale` at exactly its known precision, through `Intl`. */
export function formatPartialDate(date: PartialDate, locale: string): string {
  const value = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
  return formatter(`${locale} ${date.precision}`).format(value);
}
