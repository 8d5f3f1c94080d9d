// Turns benchmark results into the table printed on the console and the
// Markdown page bench/results.md (with date and machine) that the README can
// show. Targets apply to the 10,000-article corpus, so only that column is
// marked as meeting them (✓) or not (✗). Units are decimal: 1 KB = 1,000
// bytes, 1 MB = 1,000,000 bytes.

/** The performance targets, for 10,000 articles. */
export const TARGETS = {
  articles: 10_000,
  coldSeconds: 120,
  peakBytes: 4e9,
  rebuildShare: 0.25,
  firstSearchBytes: 200e3,
  firstSearchMs: 300,
  laterMs: 50,
};

const int = (n) => Math.round(n).toLocaleString('en-US');
const mb = (bytes) => `${(bytes / 1e6).toFixed(bytes < 10e6 ? 2 : 1)} MB`;
const kb = (bytes) => `${int(bytes / 1e3)} KB`;
const ms = (value) => `${int(value)} ms`;
const max = (values) => (values.length ? Math.max(...values) : undefined);

/** A cell with a ✓/✗ mark when the column is the one the targets are for. */
function mark(text, ok, marked) {
  return marked && ok !== undefined ? `${text} ${ok ? '✓' : '✗'}` : text;
}

/** The table as rows of cells: metric, one value per size, target. */
export function tableRows(results) {
  const columns = [...results].sort((a, b) => a.size - b.size);
  const cell = (fn) => columns.map((r) => fn(r, r.size === TARGETS.articles) ?? '–');
  const search = (r) => (r.search?.measured ? r.search : undefined);
  const built = (r) => r.cold?.ok;
  return {
    header: [
      '',
      ...columns.map((r) => `${int(r.size)} articles`),
      `Target (${int(TARGETS.articles)})`,
    ],
    rows: [
      ['Measured on', ...cell((r) => r.date?.slice(0, 10)), ''],
      [
        'Articles (words)',
        ...cell((r) => r.articles && `${int(r.articles)} (${(r.words / 1e6).toFixed(2)} M)`),
        '',
      ],
      [
        'Cold build',
        ...cell((r, m) =>
          built(r)
            ? mark(`${r.cold.seconds.toFixed(1)} s`, r.cold.seconds <= TARGETS.coldSeconds, m)
            : r.cold && 'failed',
        ),
        `≤ ${TARGETS.coldSeconds} s`,
      ],
      [
        'Peak memory (build process tree)',
        ...cell(
          (r, m) =>
            r.cold &&
            mark(
              mb(Math.max(r.cold.peakBytes, r.rebuild?.peakBytes ?? 0)),
              Math.max(r.cold.peakBytes, r.rebuild?.peakBytes ?? 0) <= TARGETS.peakBytes,
              m,
            ),
        ),
        `≤ ${int(TARGETS.peakBytes / 1e6)} MB`,
      ],
      [
        'Rebuild after editing one article',
        ...cell((r, m) =>
          r.rebuild?.ok && built(r)
            ? mark(
                `${r.rebuild.seconds.toFixed(1)} s (${int((100 * r.rebuild.seconds) / r.cold.seconds)}% of cold)`,
                r.rebuild.seconds <= TARGETS.rebuildShare * r.cold.seconds,
                m,
              )
            : r.rebuild && 'failed',
        ),
        `≤ ${int(TARGETS.rebuildShare * 100)}% of cold`,
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
        ...cell((r) => search(r) && kb(max(search(r).first.map((f) => f.pageBytes)))),
        '',
      ],
      [
        'First search, transferred (max)',
        ...cell(
          (r, m) =>
            search(r) &&
            mark(
              kb(max(search(r).first.map((f) => f.searchBytes))),
              max(search(r).first.map((f) => f.searchBytes)) <= TARGETS.firstSearchBytes,
              m,
            ),
        ),
        `≤ ${kb(TARGETS.firstSearchBytes)}`,
      ],
      [
        'First search, time to results (max)',
        ...cell(
          (r, m) =>
            search(r) &&
            mark(
              ms(max(search(r).first.map((f) => f.ms))),
              max(search(r).first.map((f) => f.ms)) <= TARGETS.firstSearchMs,
              m,
            ),
        ),
        `≤ ${TARGETS.firstSearchMs} ms`,
      ],
      [
        'Later searches, time to results (max)',
        ...cell(
          (r, m) =>
            search(r) &&
            mark(
              ms(max(search(r).later.map((f) => f.ms))),
              max(search(r).later.map((f) => f.ms)) <= TARGETS.laterMs,
              m,
            ),
        ),
        `≤ ${TARGETS.laterMs} ms`,
      ],
      [
        'Search opened from a ?q= link',
        ...cell((r) => {
          const d = search(r)?.deepLink;
          return d && (d.error ? 'failed' : `${ms(d.ms)}, ${kb(d.bytes)}`);
        }),
        '',
      ],
    ],
  };
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
    for (const f of s.first) {
      lines.push(
        `first search "${f.query}": ${ms(f.ms)}${tracked(f)}, ${kb(f.searchBytes)} in ${f.searchRequests} requests${f.serverBodyBytes === undefined ? '' : ` (server sent ${kb(f.serverBodyBytes)} of bodies)`}, ${found(f)}${f.links} result links${f.searchBytesByKind ? ` (Pagefind ${kb(f.searchBytesByKind.pagefind)}, fonts ${kb(f.searchBytesByKind.fonts)}, other ${kb(f.searchBytesByKind.other)})` : ''}; page load ${kb(f.pageBytes)} in ${f.pageRequests} requests`,
      );
    }
    for (const f of s.later)
      lines.push(
        `later search "${f.query}": ${ms(f.ms)}${tracked(f)}, ${kb(f.bytes)}, ${found(f)}${f.links} result links`,
      );
    if (s.deepLink)
      lines.push(
        s.deepLink.error
          ? `?q=${s.deepLink.query}: failed (${s.deepLink.error})`
          : `?q=${s.deepLink.query}: results ${ms(s.deepLink.ms)}${tracked(s.deepLink)} after navigation start, ${kb(s.deepLink.bytes)} in all`,
      );
  }
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
    .sort((a, b) => a.size - b.size)
    .flatMap((r) => [`- ${int(r.size)} articles:`, ...details(r).map((line) => `  - ${line}`)]);
  return [
    '# Benchmark results',
    '',
    'Generated by `npm run bench` (scripts/bench/): a synthetic corpus in all five languages,',
    'built cold as a copy of the site in `.bench/<N>/`, rebuilt after one edit, then (once the',
    'build has deleted the site it replaced) served gzip-compressed and searched',
    'in headless Chromium with an empty cache: bytes counted through Playwright, times taken in a',
    'browser without its network tracking (see scripts/bench/bare-chromium.mjs), each the median',
    'of three runs (listed per query below). Targets are for 10,000 articles (✓ met, ✗ not met).',
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
