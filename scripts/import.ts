// Turns raw article texts into content/articles/<lang>/<slug>.md.
// Usage: npm run import -- <file...> [--flags]; `npm run import -- --help` explains.
import { link, mkdir, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { readCommandLine } from './lib/command-line.mjs';
import { ROOT_OPTION } from './lib/project-root.mjs';
import { readArticles } from '../src/lib/content/read-articles';
import type { LocatedArticle } from '../src/lib/content/translation-graph';
import type { Ask } from '../src/lib/import/collect-fields';
import { ImportError } from '../src/lib/import/decode-text';
import { importArticle, type ImportOptions } from '../src/lib/import/import-article';
import { importPage } from '../src/lib/import/import-page';
import {
  DOWNLOAD_TIMEOUT_MS,
  expandInput,
  MAX_BYTES,
  readInput,
} from '../src/lib/import/read-input';

const HELP = `Usage: npm run import -- <file...> [options]

Turns articles into content/articles/<lang>/<slug>.md. An input is a saved web
page (.html, .htm), a page's address (http/https; downloaded with a
${DOWNLOAD_TIMEOUT_MS / 1000} s time limit and a ${MAX_BYTES / 1024 / 1024} MB size limit), a plain text copied from a page
(.txt, UTF-8, one paragraph per line), or a folder of such files. Reports every
line or block it removes or takes (page clutter, headline, date, credits) on
stderr, and a summary at the end. Never overwrites a file. Asks for what it
cannot know when run in a terminal; give it as flags otherwise.

  --outlet NAME               the outlet, as it names itself
  --url URL                   where the article was published (http/https)
  --author NAME               the author, as published
  --date YYYY[-MM[-DD]]       publication date (a leading "date ..." line gives it too)
  --group KEY                 translation group shared by all language versions
  --translation-of ID         "<lang>/<slug>" of the original, or "external"
  --original-language CODE    language of an external original, e.g. ru
  --machine-translation       a machine translation (--no-machine-translation: not)
  --lang CODE                 the article's language, instead of detecting it
  --title TEXT                the headline, instead of taking it from the text
  --slug SLUG                 the file name, instead of one made from the title
  --dry-run                   print the file instead of writing it
  --root DIR                  the project to import into (default: current folder)
  -h, --help                  show this help`;

const command = {
  name: 'import',
  usage: HELP,
  allowNegative: true,
  options: {
    outlet: { type: 'string' },
    url: { type: 'string' },
    author: { type: 'string' },
    date: { type: 'string' },
    group: { type: 'string' },
    'translation-of': { type: 'string' },
    'original-language': { type: 'string' },
    'machine-translation': { type: 'boolean' },
    lang: { type: 'string' },
    title: { type: 'string' },
    slug: { type: 'string' },
    'dry-run': { type: 'boolean' },
    ...ROOT_OPTION,
  },
  arguments: { name: 'input', min: 1 },
} as const;

/** The flags as `command.options` declares them. */
type Flags = {
  [name in Exclude<keyof typeof command.options, 'machine-translation' | 'dry-run'>]?: string;
} & {
  'machine-translation'?: boolean;
  'dry-run'?: boolean;
};
const { values: flagValues, positionals } = readCommandLine(command);
const values = flagValues as Flags;

const flags: ImportOptions = {
  outlet: values.outlet,
  url: values.url,
  author: values.author,
  date: values.date,
  group: values.group,
  translationOf: values['translation-of'],
  originalLanguage: values['original-language'],
  machineTranslation: values['machine-translation'],
  lang: values.lang,
  title: values.title,
  slug: values.slug,
};

// Prompts go to stderr so that `--dry-run > file.md` captures only the article.
const terminal = process.stdin.isTTY
  ? createInterface({ input: process.stdin, output: process.stderr })
  : undefined;
const ask: Ask | undefined = terminal
  ? async (field, error) => {
      if (error) console.error(`  ${error}`);
      try {
        return await terminal.question(`${field.prompt}: `);
      } catch {
        // Ctrl+D closes the terminal input while a question waits.
        console.error();
        throw new ImportError('stopped at a question');
      }
    }
  : undefined;

/** Puts `text` at `path` all at once and only if nothing is there: a temp file, then a hard link. */
async function writeNew(path: string, text: string, shown: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.import-${process.pid}-${Date.now()}.tmp`);
  await writeFile(temp, text, { flag: 'wx' });
  try {
    await link(temp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new ImportError(`${shown} already exists and is never overwritten; pass --slug`);
    }
    throw error;
  } finally {
    await unlink(temp);
  }
}

/** The files and addresses the inputs stand for (folders expanded); a bad input is reported here. */
async function expandAll(inputs: readonly string[]): Promise<{ list: string[]; failed: number }> {
  const list: string[] = [];
  let failed = 0;
  for (const input of inputs) {
    try {
      list.push(...(await expandInput(input)));
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      failed++;
      console.error(`${input}: ${error.message}\n${input}: nothing was written.`);
    }
  }
  return { list, failed };
}

const root = values.root ?? process.cwd();
const existing: LocatedArticle[] = (await readArticles(root)).articles;
const expanded = await expandAll(positionals);
if (expanded.list.length > 1 && (values.title !== undefined || values.slug !== undefined)) {
  console.error('--title and --slug name one article; import the files one at a time.');
  process.exit(2);
}
let failed = expanded.failed;
const written: string[] = [];
for (const input of expanded.list) {
  try {
    if (ask) console.error(`\nImporting ${input}`);
    const read = await readInput(input);
    const options = { ...flags, existing, ask };
    const result =
      read.kind === 'page'
        ? await importPage(read.bytes, options, { url: read.url, contentType: read.contentType })
        : await importArticle(read.bytes, options);
    for (const note of result.notes) {
      console.error(`${note.line ? `${input}:${note.line}` : input}  ${note.message}`);
    }
    if (values['dry-run']) {
      process.stdout.write(result.markdown);
      console.error(`${input}: dry run, ${result.file} was not written`);
    } else {
      await writeNew(join(root, result.file), result.markdown, result.file);
      console.error(`${input}: wrote ${result.file}`);
    }
    written.push(result.file);
    existing.push(result.article);
  } catch (error) {
    failed++;
    // Anything else is a fault of the importer, still reported on one line, never as a stack trace.
    const message =
      error instanceof ImportError ? error.message : `could not be imported (${String(error)})`;
    console.error(`${input}: ${message}\n${input}: nothing was written.`);
  }
}
terminal?.close();
const total = expanded.list.length + expanded.failed;
if (total > 1) {
  console.error(
    `\n${values['dry-run'] ? 'Dry run: ' : ''}${written.length} of ${total} imported${failed ? `, ${failed} refused (see above)` : ''}.`,
  );
}
if (failed > 0) process.exitCode = 1;
