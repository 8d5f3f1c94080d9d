/**
 * How much of the annotated main text an extraction kept (recall) and how much
 * of what it kept is main text (precision), counted on word 4-grams
 * ("shingles"), as the ScrapingHub article-extraction benchmark counts them so
 * that the figures compare with its published table. Each page counts the
 * same, whatever its length.
 */

/** True positives, false positives and false negatives of one page, as shares of their sum. */
export type Counts = [tp: number, fp: number, fn: number];

const SHINGLE = 4;

function shingles(text: string): Map<string, number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, words.length - SHINGLE + 1); i++) {
    const key = words.slice(i, i + SHINGLE).join(' ');
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The counts of one extraction against its annotation. */
export function compare(truth: string, predicted: string): Counts {
  const a = shingles(truth);
  const b = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const t = a.get(key) ?? 0;
    const p = b.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn || 1;
  return [tp / sum, fp / sum, fn / sum];
}

/** Mean precision and recall over pages, and their F1. */
export function summarise(pages: readonly Counts[]): {
  precision: number;
  recall: number;
  f1: number;
} {
  const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);
  const precision = mean(pages.filter(([tp, fp]) => tp + fp > 0).map(([tp, fp]) => tp / (tp + fp)));
  const recall = mean(
    pages.filter(([tp, , fn]) => tp + fn > 0).map(([tp, , fn]) => tp / (tp + fn)),
  );
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** True and false positives and negatives of annotated passages, summed over pages. */
export type SegmentCounts = { tp: number; fp: number; fn: number; tn: number };

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * trafilatura's measure: a passage of main text found in the output is a true
 * positive, a passage of clutter found in it a false positive (whitespace
 * normalised, exact substring).
 */
export function compareSegments(
  segments: { with: string[]; without: string[] },
  predicted: string,
): SegmentCounts {
  const output = squeeze(predicted);
  const found = (s: string) => output.includes(squeeze(s));
  const tp = segments.with.filter(found).length;
  const fp = segments.without.filter(found).length;
  return { tp, fp, fn: segments.with.length - tp, tn: segments.without.length - fp };
}

/** Precision, recall, accuracy and F1 over all passages of all pages, as trafilatura sums them. */
export function summariseSegments(pages: readonly SegmentCounts[]): {
  precision: number;
  recall: number;
  accuracy: number;
  f1: number;
} {
  const sum = (key: keyof SegmentCounts) => pages.reduce((s, p) => s + p[key], 0);
  const [tp, fp, fn, tn] = [sum('tp'), sum('fp'), sum('fn'), sum('tn')];
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const accuracy = (tp + tn) / Math.max(1, tp + fp + fn + tn);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, accuracy, f1 };
}
