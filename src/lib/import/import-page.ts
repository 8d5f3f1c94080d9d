/**
 * Turns a saved or downloaded web page into an article file: the page's own
 * metadata for the facts, Readability plus the block classifier for the text,
 * sanitized Markdown for the body. Like `importArticle`, nothing is written
 * here and every problem is an `ImportError` for the editor.
 */
import { isLocale, locales } from '../../i18n/locales';
import { checkGiven, askField, askMissing } from './collect-fields';
import { ImportError } from './decode-text';
import { detectLanguage } from './detect-language';
import type { EditorFields } from './editor-fields';
import { frontMatter } from './front-matter';
import {
  finishArticle,
  otherLanguage,
  type ImportedArticle,
  type ImportOptions,
} from './import-article';
import { languageLabel } from './language-codes';
import { contentMarkdown, markdownTexts } from './page/content-markdown';
import { decodePage } from './page/decode-page';
import { parsePage } from './page/parse-page';
import { extractContent, pageBlocks } from './page/extract-content';
import { readCredits } from './page/page-credits';
import { readPageMetadata, type PageMetadata } from './page/page-metadata';
import type { Note } from './strip-junk';

/** Fewest letters of extracted text that make an article rather than a stub or an index page. */
export const MIN_ARTICLE_LETTERS = 200;

/** Where the page came from, when it was downloaded. */
export interface PageSource {
  /** The address it was downloaded from (relative links resolve against it). */
  url?: string;
  /** The server's `Content-Type`, whose charset wins over the page's own. */
  contentType?: string;
}

const letters = (text: string) => text.replace(/[^\p{L}]/gu, '').length;

/** The language: given, the page's `<html lang>` when the text agrees, else detected. */
function pageLanguage(texts: string[], meta: PageMetadata, notes: Note[]): string {
  const detected = detectLanguage(texts, locales);
  const declared = meta.lang;
  if (declared && isLocale(declared)) {
    if (detected.lang && detected.lang !== declared) {
      notes.push({
        message: `the page says it is in ${languageLabel(declared)}, but its text reads as ${languageLabel(detected.lang)}; took ${detected.lang}`,
      });
      return detected.lang;
    }
    return declared;
  }
  if (detected.reason === 'not-configured') throw otherLanguage(detected.looksLike);
  if (!detected.lang) {
    throw new ImportError(
      `the page does not say its language${declared ? ` in one the site has (it says "${declared}")` : ''} and the text is too short to tell; give it with --lang`,
    );
  }
  return detected.lang;
}

/** Fills what the flags left open from what the page says, noting each. */
function takeFacts(fields: EditorFields, meta: PageMetadata, notes: Note[]): void {
  const facts: [keyof EditorFields & ('date' | 'author' | 'outlet' | 'url'), string | undefined][] =
    [
      ['date', meta.date],
      ['author', meta.author],
      ['outlet', meta.outlet],
      ['url', meta.url],
    ];
  for (const [key, value] of facts) {
    if (value === undefined) continue;
    if (fields[key] === undefined) {
      fields[key] = value;
      notes.push({ message: `took the ${key} from the page: ${value}` });
    } else if (fields[key] !== value) {
      notes.push({ message: `--${key} ${fields[key]} overrides the page's ${key} (${value})` });
    }
  }
}

/** Notes for the page's blocks the article left out, one per run of consecutive blocks. */
function removedRuns(all: readonly string[], keptTexts: readonly string[]): Note[] {
  // Compared on letters and digits only: Markdown escapes and list markers differ from the page's text.
  const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const kept = keptTexts.map(key).join('|');
  const isKept = (text: string) => kept.includes(key(text));
  const notes: Note[] = [];
  let run: { from: number; texts: string[] } | undefined;
  const flush = () => {
    if (!run) return;
    const shown = run.texts.join(' · ');
    const to = run.from + run.texts.length - 1;
    notes.push({
      message: `removed page block${to > run.from ? `s ${run.from + 1}–${to + 1}` : ` ${run.from + 1}`}: ${shown.length > 240 ? `${shown.slice(0, 239)}…` : shown}`,
    });
    run = undefined;
  };
  all.forEach((text, i) => {
    if (isKept(text)) return flush();
    if (run && run.from + run.texts.length === i) run.texts.push(text);
    else {
      flush();
      run = { from: i, texts: [text] };
    }
  });
  flush();
  return notes;
}

/**
 * Imports a web page's bytes. `source` says where it was downloaded from, if
 * it was; a saved page's own canonical link gives its address otherwise.
 */
export async function importPage(
  bytes: Uint8Array,
  options: ImportOptions = {},
  source: PageSource = {},
): Promise<ImportedArticle> {
  const { slug: givenSlug, existing = [], ask, ...given } = options;
  const fields: EditorFields = { ...given };
  checkGiven(fields);
  const html = decodePage(bytes, source.contentType);
  const document = parsePage(html);
  const meta = readPageMetadata(document, source.url);
  const credits = readCredits(document);
  const notes: Note[] = [];
  if (fields.title === undefined && meta.title) fields.title = meta.title;
  const content = extractContent(html, { base: meta.url ?? source.url, title: fields.title });
  const body = content ? contentMarkdown(content.tree) : '';
  if (!content || letters(body) < MIN_ARTICLE_LETTERS) {
    throw new ImportError(
      `found no article text on the page (${letters(body)} letters of running text; expected at least ${MIN_ARTICLE_LETTERS}); is it an article page?`,
    );
  }
  if (fields.title === undefined && content.title) fields.title = content.title;
  if (fields.title === undefined && ask) await askField(fields, 'title', ask);
  const title = fields.title;
  if (!title) throw new ImportError('the page states no headline; give one with --title');
  notes.push({ message: `took the headline: ${title}` });

  const texts = markdownTexts(body);
  const lang = fields.lang ?? pageLanguage([title, ...texts], meta, notes);
  if (!isLocale(lang))
    throw new ImportError(`--lang ${lang}: expected one of ${locales.join(', ')}`);
  takeFacts(fields, meta, notes);
  if (ask) await askMissing(fields, ask);

  if (content.standfirst) {
    notes.push({ message: `took the standfirst from the article's header: ${content.standfirst}` });
  }
  notes.push(...removedRuns(pageBlocks(html), texts));
  for (const { text, reason } of content.dropped) {
    notes.push({ message: `removed from the article text (${reason}): ${text}` });
  }
  const head = frontMatter({ ...fields, title, lang, otherLanguages: [], credits });
  return finishArticle(`${head}\n${body}`, { title, lang, givenSlug, existing, notes });
}
