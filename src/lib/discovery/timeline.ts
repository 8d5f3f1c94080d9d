import type { PartialDate } from '../partial-date';

/** One article's share of a timeline: when, in which language, how many mentions. */
export interface TimelinePoint {
  date?: PartialDate;
  lang: string;
  count: number;
}

/** A period of the chart and the mentions in it per language. */
export interface TimelineBucket {
  /** `YYYY-MM` or `YYYY`. */
  period: string;
  counts: Record<string, number>;
  total: number;
}

/** What a chart draws, and what it leaves out (said in its text alternative). */
export interface Timeline {
  unit: 'month' | 'year';
  buckets: TimelineBucket[];
  langs: string[];
  /** Mentions in articles dated to the year only (on a monthly chart) or not at all. */
  undated: number;
  max: number;
}

/** A monthly chart wider than this many months is drawn by year instead. */
const MAX_MONTHS = 36;

const monthIndex = (d: PartialDate) => d.year * 12 + (d.month! - 1);
const monthLabel = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/**
 * Mentions per period and language, every period from the first to the last
 * (empty ones too, so the chart's gaps are true). By month when all dated
 * mentions fit in `MAX_MONTHS`, else by year; a mention whose article is dated
 * coarser than the chart's unit, or not at all, is counted in `undated`, never
 * placed on a guessed date.
 */
export function timeline(points: readonly TimelinePoint[]): Timeline {
  const dated = points.filter((p) => p.date);
  const monthly = dated.filter((p) => p.date!.precision !== 'year');
  const months = monthly.map((p) => monthIndex(p.date!));
  const byMonth =
    monthly.length > 0 &&
    monthly.length === dated.length &&
    Math.max(...months) - Math.min(...months) < MAX_MONTHS;
  const unit = byMonth ? 'month' : 'year';
  const placed = byMonth ? monthly : dated;
  const index = (p: TimelinePoint) => (byMonth ? monthIndex(p.date!) : p.date!.year);
  const langs = [...new Set(placed.map((p) => p.lang))].sort();
  const buckets: TimelineBucket[] = [];
  if (placed.length > 0) {
    const indexes = placed.map(index);
    const first = Math.min(...indexes);
    for (let i = first; i <= Math.max(...indexes); i++)
      buckets.push({
        period: byMonth ? monthLabel(i) : String(i),
        counts: Object.fromEntries(langs.map((lang) => [lang, 0])),
        total: 0,
      });
    for (const p of placed) {
      const bucket = buckets[index(p) - first]!;
      bucket.counts[p.lang]! += p.count;
      bucket.total += p.count;
    }
  }
  const undated = points.filter((p) => !placed.includes(p)).reduce((sum, p) => sum + p.count, 0);
  return { unit, buckets, langs, undated, max: Math.max(0, ...buckets.map((b) => b.total)) };
}
