// Scores the importer's extraction against annotated pages and texts kept in
// the repository: precision, recall and F1 of the text kept, per language and
// method, and the time per page. Usage: npm run import:eval [-- --compare]
// (--compare also scores raw Readability and Defuddle, the libraries weighed).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { locales } from '../../src/i18n/locales';
import { extractMetadata } from '../../src/lib/import/extract-metadata';
import { contentMarkdown, markdownTexts } from '../../src/lib/import/page/content-markdown';
import { extractContent, pageBlocks } from '../../src/lib/import/page/extract-content';
import { readPageMetadata } from '../../src/lib/import/page/page-metadata';
import { parsePage } from '../../src/lib/import/page/parse-page';
import { removeHeadline, stripJunk, toLines } from '../../src/lib/import/strip-junk';
import { loadCases, type Case } from './datasets';
import {
  compare,
  compareSegments,
  summarise,
  summariseSegments,
  type Counts,
  type SegmentCounts,
} from './score';

const { values } = parseArgs({ options: { compare: { type: 'boolean', default: false } } });

/** A copied text cleaned as the importer cleans it: headline and body lines. */
function cleanCopied(text: string): { title?: string; body: string[] } {
  const meta = extractMetadata(toLines(text));
  const stripped = stripJunk(meta.lines, locales);
  const title =
    stripped.title === undefined ? undefined : stripped.lines[stripped.title]!.text.trim();
  const body =
    title === undefined
      ? stripped.lines
      : removeHeadline(stripped.lines, title, stripped.title).blocks;
  return { title, body: body.map((b) => b.text.trim()) };
}

/**
 * The importer's page extraction, as text. trafilatura's annotations count
 * the headline as main text, so for them the headline the importer writes as
 * the title counts too; ScrapingHub's and Readability's leave it out.
 */
function ours(c: Case): string {
  const meta = readPageMetadata(parsePage(c.input), c.url);
  const content = extractContent(c.input, { base: meta.url ?? c.url, title: meta.title });
  if (!content) return '';
  const title = meta.title ?? content.title;
  const body = markdownTexts(contentMarkdown(content.tree));
  return (c.segments && title ? [title, ...body] : body).join('\n');
}

/** A whole page copied from the browser (all its text blocks), cleaned as a copied text. */
function copiedPage(c: Case): string {
  return cleanCopied(pageBlocks(c.input).join('\n')).body.join('\n');
}

function copiedText(c: Case): string {
  const { title, body } = cleanCopied(c.input);
  return [title ?? '', ...body].join('\n');
}

function rawReadability(c: Case): string {
  return new Readability(parsePage(c.input)).parse()?.textContent ?? '';
}

async function defuddle(c: Case): Promise<string> {
  const { Defuddle } = await import('defuddle/node');
  const result = await Defuddle(parsePage(c.input), c.url);
  return parsePage(result.content ?? '').body?.textContent ?? '';
}

type Method = { name: string; kind: Case['kind']; run: (c: Case) => string | Promise<string> };
const METHODS: Method[] = [
  { name: 'page: importer (Readability + classifier)', kind: 'page', run: ours },
  { name: 'page copied whole: importer text cleaner', kind: 'page', run: copiedPage },
  { name: 'copied text: importer text cleaner', kind: 'text', run: copiedText },
  ...(values.compare
    ? [
        { name: 'page: Readability alone', kind: 'page' as const, run: rawReadability },
        { name: 'page: Defuddle alone', kind: 'page' as const, run: defuddle },
      ]
    : []),
];

/** CPU time stolen by the hypervisor so far, and all CPU time, from /proc/stat. */
function cpuTimes(): [steal: number, total: number] {
  try {
    const fields = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    return [fields[7] ?? 0, fields.reduce((s, v) => s + v, 0)];
  } catch {
    return [0, 0];
  }
}

type Tally = { counts: Counts[]; segments: SegmentCounts[]; ms: number };

/** Runs each method on its cases and tallies the scores per annotation kind and language. */
async function tallies(cases: readonly Case[]): Promise<Map<string, Map<string, Tally>>> {
  const byMethod = new Map<string, Map<string, Tally>>();
  for (const method of METHODS) {
    const byLang = new Map<string, Tally>();
    for (const c of cases.filter((x) => x.kind === method.kind)) {
      const start = performance.now();
      let output = '';
      try {
        output = await method.run(c);
      } catch {
        // A method that fails on a page keeps nothing of it.
      }
      const ms = performance.now() - start;
      for (const lang of [c.lang, 'all']) {
        const key = `${c.segments ? 'segments' : 'text'} ${lang}`;
        const entry = byLang.get(key) ?? { counts: [], segments: [], ms: 0 };
        if (c.segments) entry.segments.push(compareSegments(c.segments, output));
        else entry.counts.push(compare(c.truth, output));
        entry.ms += ms;
        byLang.set(key, entry);
      }
    }
    byMethod.set(method.name, byLang);
  }
  return byMethod;
}

const byLangOrder = ([a]: [string, Tally], [b]: [string, Tally]) =>
  a.endsWith(' all') ? 1 : b.endsWith(' all') ? -1 : a.localeCompare(b);

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

const [steal0, total0] = cpuTimes();
const results = await tallies(loadCases());
const textRows: string[][] = [];
const segmentRows: string[][] = [];
for (const [method, byLang] of results) {
  for (const [key, { counts, segments, ms }] of [...byLang].sort(byLangOrder)) {
    const lang = key.split(' ')[1]!;
    const items = counts.length + segments.length;
    const perItem = (ms / items).toFixed(0);
    if (segments.length) {
      const { precision, recall, accuracy, f1 } = summariseSegments(segments);
      segmentRows.push([
        method,
        lang,
        String(items),
        ...[precision, recall, accuracy, f1].map((v) => v.toFixed(3)),
        perItem,
      ]);
    } else {
      const { precision, recall, f1 } = summarise(counts);
      textRows.push([
        method,
        lang,
        String(items),
        ...[precision, recall, f1].map((v) => v.toFixed(3)),
        perItem,
      ]);
    }
  }
}
console.log('Whole annotated texts (ScrapingHub, Readability, copied texts), word 4-grams:\n');
printTable(['method', 'lang', 'items', 'precision', 'recall', 'F1', 'ms/item'], textRows);
console.log("\nAnnotated passages (trafilatura's pages), trafilatura's measure:\n");
printTable(
  ['method', 'lang', 'items', 'precision', 'recall', 'accuracy', 'F1', 'ms/item'],
  segmentRows,
);
const [steal1, total1] = cpuTimes();
const stolen = total1 > total0 ? ((100 * (steal1 - steal0)) / (total1 - total0)).toFixed(1) : '?';
console.log(
  `\nCPU time stolen by the host during the run: ${stolen}%. Target: F1 ≥ 0.92 overall, no language below 0.88.`,
);
