import { compareNewestFirst, type PartialDate } from './partial-date';

interface Dated {
  id: string;
  data: { date?: PartialDate; title: string };
}

/**
 * Newest first; articles of unknown date after all dated ones; ties by title so
 * the order is stable from build to build.
 */
export function newestFirst<T extends Dated>(articles: readonly T[]): T[] {
  return [...articles].sort(
    (a, b) =>
      compareNewestFirst(a.data.date, b.data.date) ||
      a.data.title.localeCompare(b.data.title) ||
      a.id.localeCompare(b.id),
  );
}
