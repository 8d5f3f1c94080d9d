// Turns benchmark results into the table printed on the console and the
// Markdown page bench/results.md (with date and machine) that the README can
// show. Targets apply to 10,000 and 100,000 articles (TARGETS), so only those
// columns are marked as meeting them (✓) or not (✗). Units are decimal: 1 KB = 1,000
// bytes, 1 MB = 1,000,000 bytes.

/**
 * The performance targets, per corpus size. Later searches, the typing run and
 * the ?q= link are judged on the realistic corpus only: the stress corpus is
 * built to make every search match thousands of articles.
 */
export const TARGETS = {
  10_000: {
    coldSeconds: 120,
    peakBytes: 4e9,
    rebuildShare: 0.25,
    firstSearchBytes: 200e3,
    firstSearchMs: 300,
    laterMedianMs: 50,
    laterP95Ms: 100,
    typingMs: 100,
    deepLinkMs: 500,
  },
  100_000: {
    coldSeconds: 900,
    peakBytes: 12e9,
    rebuildShare: 0.25,
    firstSearchBytes: 250e3,
    firstSearchMs: 300,
  },
};

const int = (n) => Math.round(n).toLocaleString('en-US');
const mb = (bytes) => `${(bytes / 1e6).toFixed(bytes < 10e6 ? 2 : 1)} MB`;
const kb = (bytes) => `${int(bytes / 1e3)} KB`;
const ms = (value) => `${int(value)} ms`;
const max = (values) => (values.length ? Math.max(...values) : undefined);

/** Which corpus a run used (runs before there were two used the stress corpus). */
const corpusOf = (result) => result.corpusName ?? 'stress';

/** The targets a run is judged by, if any (see TARGETS). */
function targetsOf(result) {
  const targets = TARGETS[result.size];
  if (!targets) return undefined;
  if (result.corpusName === 'realistic') return targets;
  const searchOnly = ['laterMedianMs', 'laterP95Ms', 'typingMs', 'deepLinkMs'];
  return Object.fromEntries(Object.entries(targets).filter(([name]) => !searchOnly.includes(name)));
}

/** A target's text for the last column: one per size, or '' when no run has it. */
function targetText(columns, name, format) {
  const texts = [
    ...new Set(
      columns
        .map(
          (r) =>
            targetsOf(r)?.[name] !== undefined && `${format(targetsOf(r)[name])} (${int(r.size)})`,
        )
        .filter(Boolean),
    ),
  ];
  return texts.join('; ');
}

/** The table as rows of cells: metric, one value per corpus and size, target. */
export function tableRows(results) {
  const columns = [...results].sort(
    (a, b) => corpusOf(a).localeCompare(corpusOf(b)) || a.size - b.size,
  );
  /** A cell per run; `ok(value, targets)` marks it when the run has that target. */
  const cell = (value, ok) =>
    columns.map((r) => {
      const v = value(r);
      if (v === undefined || v === null || v === false) return '–';
      const t = targetsOf(r);
      const judged = ok && t ? ok(r, t) : undefined;
      return judged === undefined ? v : `${v} ${judged ? '✓' : '✗'}`;
    });
  const search = (r) => (r.search?.measured ? r.search : undefined);
  const expansion = (r) => (r.expansion?.search ? r.expansion : undefined);
  const built = (r) => r.cold?.ok;
  const peak = (r) => Math.max(r.cold.peakBytes, r.rebuild?.peakBytes ?? 0);
  const firstMax = (r, key) => max(search(r).first.map((f) => f[key]));
  const defined = (value, test) => (value === undefined ? undefined : test(value));
  const typingMax = (r, key) => max(search(r).typing?.map((t) => t[key]) ?? []);
  return {
    header: ['', ...columns.map((r) => `${corpusOf(r)} ${int(r.size)}`), 'Target'],
    rows: [
      ['Measured on', ...cell((r) => r.date?.slice(0, 10)), ''],
      [
        'Articles (words)',
        ...cell((r) => r.articles && `${int(r.articles)} (${(r.words / 1e6).toFixed(2)} M)`),
        '',
      ],
      [
        'Cold build',
        ...cell(
          (r) => (built(r) ? `${r.cold.seconds.toFixed(1)} s` : r.cold && 'failed'),
          (r, t) => built(r) && defined(t.coldSeconds, (v) => r.cold.seconds <= v),
        ),
        targetText(columns, 'coldSeconds', (v) => `≤ ${v} s`),
      ],
      [
        'Peak memory (build process tree)',
        ...cell(
          (r) => r.cold && mb(peak(r)),
          (r, t) => defined(t.peakBytes, (v) => peak(r) <= v),
        ),
        targetText(columns, 'peakBytes', (v) => `≤ ${int(v / 1e6)} MB`),
      ],
      [
        'Rebuild after editing one article',
        ...cell(
          (r) =>
            r.rebuild?.ok && built(r)
              ? `${r.rebuild.seconds.toFixed(1)} s (${int((100 * r.rebuild.seconds) / r.cold.seconds)}% of cold)`
              : r.rebuild && 'failed',
          (r, t) =>
            r.rebuild?.ok &&
            defined(t.rebuildShare, (v) => r.rebuild.seconds <= v * r.cold.seconds),
        ),
        targetText(columns, 'rebuildShare', (v) => `≤ ${int(v * 100)}% of cold`),
      ],
      [
        'CPU stolen, cold build / rebuild',
        ...cell(
          (r) =>
            r.cold?.steal !== undefined &&
            `${(100 * r.cold.steal).toFixed(1)}% / ${r.rebuild?.steal === undefined ? '–' : `${(100 * r.rebuild.steal).toFixed(1)}%`}`,
        ),
        '',
      ],
      [
        'Search index on disk (files)',
        ...cell((r) =>
          built(r) ? (r.index ? `${mb(r.index.disk)} (${int(r.index.files)})` : 'none') : undefined,
        ),
        '',
      ],
      [
        'Whole site, dist/ on disk (files)',
        ...cell((r) => r.dist && `${mb(r.dist.disk)} (${int(r.dist.files)})`),
        '',
      ],
      [
        'Search page load, transferred',
        ...cell((r) => search(r) && kb(firstMax(r, 'pageBytes'))),
        '',
      ],
      [
        'First search, transferred (max)',
        ...cell(
          (r) => search(r) && kb(firstMax(r, 'searchBytes')),
          (r, t) =>
            search(r) && defined(t.firstSearchBytes, (v) => firstMax(r, 'searchBytes') <= v),
        ),
        targetText(columns, 'firstSearchBytes', (v) => `≤ ${kb(v)}`),
      ],
      [
        'First search, time to results (max)',
        ...cell(
          (r) => search(r) && ms(firstMax(r, 'ms')),
          (r, t) => search(r) && defined(t.firstSearchMs, (v) => firstMax(r, 'ms') <= v),
        ),
        targetText(columns, 'firstSearchMs', (v) => `≤ ${v} ms`),
      ],
      [
        'Later searches: median / 95th percentile',
        ...cell(
          (r) => {
            const l = search(r)?.laterSummary;
            return l && `${ms(l.medianMs)} / ${ms(l.p95Ms)} (${int(l.searches)})`;
          },
          (r, t) => {
            const l = search(r)?.laterSummary;
            return l && defined(t.laterMedianMs, (v) => l.medianMs <= v && l.p95Ms <= t.laterP95Ms);
          },
        ),
        targetText(columns, 'laterMedianMs', (v) => `≤ ${v} ms / ≤ 100 ms`),
      ],
      [
        'Later searches, slowest',
        ...cell((r) => search(r)?.laterSummary && ms(search(r).laterSummary.maxMs)),
        '',
      ],
      [
        'Pagefind alone, same searches: median / 95th percentile',
        ...cell((r) => {
          const l = search(r)?.pagefindAlone?.laterSummary;
          return l && `${ms(l.medianMs)} / ${ms(l.p95Ms)}`;
        }),
        '',
      ],
      [
        'Typing (100 ms a key): results after last key (max)',
        ...cell(
          (r) => search(r)?.typing?.length && ms(typingMax(r, 'ms')),
          (r, t) =>
            search(r)?.typing?.length && defined(t.typingMs, (v) => typingMax(r, 'ms') <= v),
        ),
        targetText(columns, 'typingMs', (v) => `≤ ${v} ms`),
      ],
      [
        'Typing: a keystroke delayed by (max)',
        ...cell(
          (r) =>
            search(r)?.typing?.length &&
            ms(Math.max(typingMax(r, 'maxLateMs'), typingMax(r, 'maxHandlerMs'))),
        ),
        '',
      ],
      [
        'Equivalents: index growth (concept codes a page)',
        ...cell((r) => {
          const e = expansion(r);
          return e && `+${indexGrowth(e.index).toFixed(1)}% (${int(e.index.codesPerPage)})`;
        }),
        '',
      ],
      [
        'Equivalents: first search with / without (max of its queries)',
        ...cell((r) => {
          const e = expansion(r);
          if (!e) return undefined;
          const [on, off] = [true, false].map((expand) =>
            e.search.filter((row) => row.expand === expand),
          );
          const most = (rows, key) => max(rows.map((row) => row[key]));
          return `${int(most(on, 'searchBytes') / 1e3)} / ${kb(most(off, 'searchBytes'))}, ${int(most(on, 'ms'))} / ${ms(most(off, 'ms'))}`;
        }),
        '',
      ],
      [
        'Search opened from a ?q= link',
        ...cell(
          (r) => {
            const d = search(r)?.deepLink;
            return d && (d.error ? 'failed' : `${ms(d.ms)}, ${kb(d.bytes)}`);
          },
          (r, t) => {
            const d = search(r)?.deepLink;
            return d && !d.error && defined(t.deepLinkMs, (v) => d.ms <= v);
          },
        ),
        targetText(columns, 'deepLinkMs', (v) => `≤ ${v} ms`),
      ],
    ],
  };
}

/** How much the concept codes grow the Pagefind bundles, in percent. */
const indexGrowth = (index) => (100 * (index.withCodes - index.withoutCodes)) / index.withoutCodes;

/** The figures of cross-language expansion (measure-expansion.mjs) as lines of text. */
export function expansionLines({ table, index, search }) {
  const kb = (n) => `${(n / 1e3).toFixed(1)} KB`;
  const growth = indexGrowth(index).toFixed(1);
  const lines = [
    `equivalents table: ${table.shards} shards, ${kb(table.gzipBytes)} gzip in all (${kb(table.rawBytes)} raw); one shard ${kb(table.shardGzipMedian)} median, ${kb(table.shardGzipMax)} max`,
    `index: ${index.pages} article pages, ${index.codesPerPage.toFixed(1)} concept codes each; Pagefind bundles ${kb(index.withCodes)} with the codes, ${kb(index.withoutCodes)} without (+${growth}%)`,
  ];
  for (const row of search) {
    lines.push(
      `"${row.query}" ${row.expand ? 'with   ' : 'without'} expansion: ${row.count} results, first search ${row.ms} ms, ${kb(row.searchBytes)} (${row.tablesLoaded} table shards); page before searching ${kb(row.loadBytes)} (${row.tablesBeforeSearch} table shards)`,
    );
  }
  return lines;
}

/** The table for the console, columns padded. */
export function textTable(results) {
  const { header, rows } = tableRows(results);
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((row) => [...String(row[i])].length)));
  const line = (row) =>
    row
      .map((c, i) => String(c).padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Details below the table: per query, per build, what is not measured and why. */
export function details(result) {
  const lines = [];
  const c = result.corpus;
  if (c) {
    lines.push(
      `corpus: ${Object.entries(c.byLang)
        .map(([l, n]) => `${l} ${int(n)}`)
        .join(
          ', ',
        )}; ${int(c.grouped)} articles in ${int(c.groups)} translation groups, ${int(c.external)} translations of external originals; dates ${Object.entries(
        c.datePrecision,
      )
        .map(([p, n]) => `${p} ${int(n)}`)
        .join(
          ', ',
        )}; ${int(c.mixedGerman)} German articles with English passages${c.stories === undefined ? '' : `; ${int(c.inStories)} articles in ${int(c.stories)} stories`}`,
    );
  }
  if (c?.topNames) {
    lines.push(
      `names: the commonest in ${c.topNames.join(', ')} articles; ${int(c.namesUsed)} names used, ${int(c.namesInOneToFive)} of them in 1-5 articles; articles by story size ${Object.entries(
        c.storySizes,
      )
        .map(([size, n]) => `${size}: ${int(n)}`)
        .join(', ')}`,
    );
  }
  const phases = (p) =>
    [
      ['content sync + types', p.contentSync],
      ['Vite bundle', p.vite],
      ['pages', p.pages],
      ['Pagefind', p.searchIndex],
      ['Astro total', p.astroTotal],
    ]
      .filter(([, v]) => v !== undefined)
      .map(([name, v]) => `${name} ${v.toFixed(1)} s`)
      .join(', ');
  for (const [name, build] of [
    ['cold build', result.cold],
    ['rebuild', result.rebuild],
  ]) {
    if (build?.phases && Object.keys(build.phases).length) {
      lines.push(`${name} phases: ${phases(build.phases)} (of ${build.seconds.toFixed(1)} s wall)`);
    }
    if (build?.peakByName) {
      const peaks = Object.entries(build.peakByName)
        .filter(([, bytes]) => bytes >= 1e6) // a process caught starting or ending
        .sort((a, b) => b[1] - a[1])
        .map(([n, bytes]) => `${n} ${mb(bytes)}`)
        .join(', ');
      const load =
        build.meanLoad === undefined
          ? ''
          : `; mean load average during it ${build.meanLoad.toFixed(1)}`;
      const steal =
        build.steal === undefined
          ? ''
          : `; CPU time stolen by the hypervisor ${(100 * build.steal).toFixed(1)}%`;
      lines.push(
        `${name} memory: peak of the tree ${mb(build.peakBytes)}; each process's own peak: ${peaks}${load}${steal}`,
      );
    }
  }
  const s = result.search;
  if (!s) lines.push('search: not measured');
  else if (!s.measured) lines.push(`search: not measured (${s.reason})`);
  else {
    // Times come from a bare browser; Playwright's network tracking (which measures the bytes) slows requests.
    const found = (f) => (f.count === undefined ? '' : `${int(f.count)} results, `);
    const tracked = (f) => {
      const runs = f.runsMs?.length > 1 ? `median of ${f.runsMs.map(ms).join(', ')}` : '';
      const withTracking =
        f.trackedMs === undefined ? '' : `${ms(f.trackedMs)} with network tracking`;
      const notes = [runs, withTracking].filter(Boolean).join('; ');
      return notes ? ` (${notes})` : '';
    };
    const stepsOf = (steps) =>
      Object.entries(steps ?? {})
        .map(([step, value]) => `${step} ${ms(value)}`)
        .join(', ');
    for (const f of s.first) {
      lines.push(
        `first search "${f.query}": ${ms(f.ms)}${tracked(f)}, ${kb(f.searchBytes)} in ${f.searchRequests} requests${f.serverBodyBytes === undefined ? '' : ` (server sent ${kb(f.serverBodyBytes)} of bodies)`}, ${found(f)}${f.links} result links${f.searchBytesByKind ? ` (Pagefind ${kb(f.searchBytesByKind.pagefind)}, fonts ${kb(f.searchBytesByKind.fonts)}, other ${kb(f.searchBytesByKind.other)})` : ''}; page load ${kb(f.pageBytes)} in ${f.pageRequests} requests`,
      );
      if (f.steps && Object.keys(f.steps).length)
        lines.push(
          `first search "${f.query}", median time of each step in the search worker: ${stepsOf(f.steps)}`,
        );
    }
    if (s.laterSummary) {
      const l = s.laterSummary;
      lines.push(
        `later searches: ${int(s.later.length)} queries × ${s.later[0]?.runsMs?.length ?? 1} runs, median ${ms(l.medianMs)}, 95th percentile ${ms(l.p95Ms)}, slowest ${ms(l.maxMs)}`,
      );
      if (s.laterSteps && Object.keys(s.laterSteps).length)
        lines.push(
          `later searches, median time of each step in the search worker: ${stepsOf(s.laterSteps)}`,
        );
    }
    const alone = s.pagefindAlone;
    if (alone && !alone.measured) lines.push(`Pagefind alone: not measured (${alone.reason})`);
    else if (alone?.laterSummary)
      lines.push(
        `Pagefind alone (its browser API, every bundle merged, the data of the results the site shows at once): first search "${alone.first.query}" ${alone.first.runsMs.map(ms).join(', ')} (${int(alone.first.count)} results); the later searches median ${ms(alone.laterSummary.medianMs)}, 95th percentile ${ms(alone.laterSummary.p95Ms)}, slowest ${ms(alone.laterSummary.maxMs)}${alone.deepLink ? `; "${alone.deepLink.query}" in a page just opened, results ${alone.deepLink.runsMs.map(ms).join(', ')} after navigation start` : ''}`,
      );
    const slowest = [...s.later]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, s.laterSummary ? 5 : undefined);
    for (const f of slowest)
      lines.push(
        `${s.laterSummary ? 'slow ' : ''}later search "${f.query}": ${ms(f.ms)}${tracked(f)}${f.bytes === undefined ? '' : `, ${kb(f.bytes)}`}, ${found(f)}${f.links} result links`,
      );
    for (const t of s.typing ?? [])
      lines.push(
        `typing "${t.query}" (${t.keystrokes} keys, 100 ms apart): results ${ms(t.ms)} after the last key (median of ${t.runsMs.map(ms).join(', ')}), ${found(t)}a key's timer late by at most ${ms(t.maxLateMs)}, its input handlers ran at most ${ms(t.maxHandlerMs)}; ${t.longTasks.length ? `${t.longTasks.length} long tasks on the main thread over its runs, the longest ${ms(Math.max(...t.longTasks))}` : 'no long task on the main thread'}`,
      );
    if (s.deepLink)
      lines.push(
        s.deepLink.error
          ? `?q=${s.deepLink.query}: failed (${s.deepLink.error})`
          : `?q=${s.deepLink.query}: results ${ms(s.deepLink.ms)}${tracked(s.deepLink)} after navigation start, ${kb(s.deepLink.bytes)} in all`,
      );
  }
  if (result.expansion?.search) lines.push(...expansionLines(result.expansion));
  else if (result.expansion) lines.push(`expansion: not measured (${result.expansion.reason})`);
  if (result.error) lines.push(`error: ${result.error}`);
  return lines;
}

/** The whole of bench/results.md. */
export function markdownPage(results, machine) {
  const { header, rows } = tableRows(results);
  const esc = (c) => String(c).replace(/\|/g, '\\|');
  const table = [header, header.map(() => '---'), ...rows].map(
    (row) => `| ${row.map(esc).join(' | ')} |`,
  );
  const notes = [...results]
    .sort((a, b) => corpusOf(a).localeCompare(corpusOf(b)) || a.size - b.size)
    .flatMap((r) => [
      `- ${corpusOf(r)} corpus, ${int(r.size)} articles:`,
      ...details(r).map((line) => `  - ${line}`),
    ]);
  return [
    '# Benchmark results',
    '',
    'Generated by `npm run bench` (scripts/bench/): synthetic corpora in all five languages, the',
    'realistic one (names, stories and lengths with the frequencies of a news archive) and the',
    'stress one (a few names in most articles, so that every search matches thousands),',
    'built cold as a copy of the site in `.bench/<N>/`, rebuilt after one edit, then (once the',
    'build has deleted the site it replaced) served gzip-compressed and searched',
    'in headless Chromium with an empty cache: bytes counted through Playwright, times taken in a',
    'browser without its network tracking (see scripts/bench/bare-chromium.mjs), each the median',
    'of three runs (listed per query below). The later searches are a log of 200+ queries drawn',
    "from the corpus's own names and words; the typing run enters queries a key every 100 ms.",
    'Targets are for 10,000 and 100,000 articles (✓ met, ✗ not met).',
    'Units are decimal (1 KB = 1,000 bytes, 1 MB = 1,000,000 bytes); transferred bytes are compressed.',
    '',
    `Machine: ${machine}.`,
    '',
    ...table,
    '',
    ...notes,
    '',
  ].join('\n');
}
