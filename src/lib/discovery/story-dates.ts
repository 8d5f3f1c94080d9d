import type { PartialDate } from '../partial-date';

/** Articles on one event appear within this many days of each other. */
export const MAX_DAYS_APART = 3;

const dayNumber = (d: PartialDate) => Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1) / 86_400_000;

/**
 * Whether two articles' dates are close enough for one event: within
 * `MAX_DAYS_APART` days when both days are known; in the same month when one
 * is known only to the month. A year alone or an unknown date says too little,
 * so such articles join a story only with their translations.
 */
export function closeInDate(a?: PartialDate, b?: PartialDate): boolean {
  if (!a || !b || a.precision === 'year' || b.precision === 'year') return false;
  if (a.precision === 'day' && b.precision === 'day')
    return Math.abs(dayNumber(a) - dayNumber(b)) <= MAX_DAYS_APART;
  return a.year === b.year && a.month === b.month;
}
