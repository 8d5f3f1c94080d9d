/**
 * Turns the measurements into Markdown tables (readable in a terminal too).
 *
 * Exists to keep formatting apart from measuring: docs/search-alternatives.md
 * pastes this output as it is.
 */
export interface RunResult {
  id: string;
  description: string;
  /** Labels of the articles found, per query, in query order. */
  found: string[][];
  /** Per query, the results that are false hits: label → the words highlighted in them. */
  falseHits: Record<string, string[]>[];
  /** Cold first query: median time over the repeats; bytes of the first repeat. */
  firstMs: number;
  firstBytes: number;
  firstRequests: number;
  /** The first query's requests, "<path> <bytes>". */
  firstLog: string[];
}

/** What a Pagefind file is, by its name. */
const KINDS: [string, RegExp][] = [
  ['JS (pagefind.js, worker)', /\.js$/],
  ['WebAssembly (.pagefind)', /\.pagefind$/],
  ['entry + meta', /pagefind-entry\.json$|\.pf_meta$/],
  ['index chunks (.pf_index)', /\.pf_index$/],
  ['filters (.pf_filter)', /\.pf_filter$/],
  ['fragments (.pf_fragment)', /\.pf_fragment$/],
];

/** KB of the first query by kind of file, to show where the bytes go. */
function breakdown(results: RunResult[]): string {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const rows = KINDS.map(([kind, pattern]) => [
    kind,
    ...results.map((result) => {
      const lines = result.firstLog
        .map((line) => line.split(' '))
        .filter(([path]) => pattern.test(path!));
      const bytes = lines.reduce((sum, [, size]) => sum + Number(size), 0);
      return lines.length ? `${kb(bytes)} (${lines.length})` : '–';
    }),
  ]);
  return table(['First query: KB (requests)', ...results.map((r) => r.id)], rows);
}

export interface QueryRow {
  text: string;
  /** What the site's search page sends to Pagefind for it (design E). */
  keys: string;
  /** Labels of the articles the query must find. */
  expected: string[];
}

/** Labels found for real: false hits do not count as finding the article. */
function genuine(result: RunResult, i: number): string[] {
  return result.found[i]!.filter((label) => !(label in result.falseHits[i]!));
}

function satisfied(result: RunResult, i: number, query: QueryRow): boolean {
  return (
    query.expected.every((label) => genuine(result, i).includes(label)) &&
    Object.keys(result.falseHits[i]!).length === 0
  );
}

function cell(result: RunResult, i: number, query: QueryRow): string {
  const labels = [...result.found[i]!]
    .sort()
    .map((label) => (label in result.falseHits[i]! ? `${label}*` : label));
  return `${satisfied(result, i, query) ? '✓' : '✗'} ${labels.length ? labels.join(' ') : '–'}`;
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function satisfiedCount(result: RunResult, queries: QueryRow[]): number {
  return queries.filter((query, i) => satisfied(result, i, query)).length;
}

export function report(queries: QueryRow[], results: RunResult[]): string {
  const legend = table(
    ['Design', 'What it is'],
    results.map((result) => [result.id, result.description]),
  );
  const rows = queries.map((query, i) => [
    `${query.text}${query.keys !== query.text ? ` (E: \`${query.keys}\`)` : ''}`,
    query.expected.join(' '),
    ...results.map((result) => cell(result, i, query)),
  ]);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const bold = (text: string) => `**${text}**`;
  rows.push(
    [
      bold('queries satisfied'),
      '',
      ...results.map((r) => bold(`${satisfiedCount(r, queries)}/${queries.length}`)),
    ],
    [
      'false hits (results)',
      '',
      ...results.map((r) =>
        String(r.falseHits.reduce((sum, hits) => sum + Object.keys(hits).length, 0)),
      ),
    ],
    [
      'first query: KB transferred (requests)',
      '',
      ...results.map((r) => `${kb(r.firstBytes)} (${r.firstRequests})`),
    ],
    ['first query: ms to results', '', ...results.map((r) => String(Math.round(r.firstMs)))],
  );
  const measured = table(['Query', 'must find', ...results.map((r) => r.id)], rows);
  const notes = [
    '✓ = found every article in "must find" and no false hit; ✗ = missed one, or a false hit.',
    '`*` = false hit: the excerpt highlights no form of the word (Pagefind matched another ' +
      'word), or the article has none; it does not count as finding the article.',
    '– = no results.',
  ]
    .map((note) => `- ${note}`)
    .join('\n');
  const explained = results.flatMap((r) =>
    queries.flatMap((query, i) =>
      Object.entries(r.falseHits[i]!).map(
        ([label, words]) =>
          `- ${r.id}, "${query.text}" → ${label}: matched ` +
          (words.map((word) => `"${word}"`).join(', ') || '(no highlight)'),
      ),
    ),
  );
  const falseHitNotes = explained.length
    ? `\nFalse hits, with the words Pagefind highlighted in the excerpt:\n\n${explained.join('\n')}\n`
    : '';
  return `${legend}\n\n${measured}\n\n${notes}\n\n${breakdown(results)}\n${falseHitNotes}`;
}
