/** A block of an article (paragraph, heading, list…), as the side-by-side view shows it. */
export interface Block {
  /** Its kind: the element name (`p`, `h2`, `ul`…). */
  kind: string;
  /** Its HTML, as the Markdown pipeline rendered it. */
  html: string;
}

/** One row of the side-by-side view; a side is missing where the other version has more. */
export interface AlignedRow {
  left?: Block;
  right?: Block;
}

/** Headings pair with headings, paragraphs with paragraphs: h2 and h3 count as one kind. */
function family(kind: string): string {
  return /^h[1-6]$/.test(kind) ? 'heading' : kind;
}

/**
 * Aligns two versions block by block. When both have as many blocks, the n-th
 * faces the n-th. Otherwise the fewest gaps are inserted so that blocks of the
 * same kind face each other (a heading one version lacks does not shift every
 * paragraph after it); among equally good alignments, blocks pair as early as
 * possible, so the gaps fall at the end, as in plain order.
 */
export function alignBlocks(left: readonly Block[], right: readonly Block[]): AlignedRow[] {
  if (left.length === right.length)
    return left.map((block, i) => ({ left: block, right: right[i] }));
  const n = left.length;
  const m = right.length;
  // cost[i][j]: the least cost of aligning left[i..] with right[j..].
  const cost = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const pairCost = (i: number, j: number) =>
    family(left[i]!.kind) === family(right[j]!.kind) ? 0 : 3;
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      if (i === n || j === m) cost[i]![j] = n - i + (m - j);
      else
        cost[i]![j] = Math.min(
          pairCost(i, j) + cost[i + 1]![j + 1]!,
          1 + cost[i + 1]![j]!,
          1 + cost[i]![j + 1]!,
        );
    }
  }
  const rows: AlignedRow[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && cost[i]![j] === pairCost(i, j) + cost[i + 1]![j + 1]!) {
      rows.push({ left: left[i++], right: right[j++] });
    } else if (i < n && (j === m || cost[i]![j] === 1 + cost[i + 1]![j]!)) {
      rows.push({ left: left[i++] });
    } else {
      rows.push({ right: right[j++] });
    }
  }
  return rows;
}
