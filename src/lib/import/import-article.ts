import { isLocale, locales } from '../../i18n/locales';
import { formatReport, type Problem } from '../content/problem';
import { ARTICLES_DIR, checkFile, type ReadArticle } from '../content/read-articles';
import { checkTranslationGraph, type LocatedArticle } from '../content/translation-graph';
import { askField, askMissing, checkGiven, type Ask } from './collect-fields';
import { ImportError, readText } from './decode-text';
import { detectLanguage, detectPassages } from './detect-language';
import type { EditorFields } from './editor-fields';
import { extractMetadata } from './extract-metadata';
import { articleSlug, frontMatter } from './front-matter';
import { languageLabel } from './language-codes';
import { removeHeadline, stripJunk, toLines, type Note } from './strip-junk';
import { structure, toMarkdown } from './to-markdown';

/** What the editor gave (flags) and what the importer may consult. */
export interface ImportOptions extends EditorFields {
  /** File name instead of one made from the title. */
  slug?: string;
  /** The collection as it is (plus articles imported earlier in the same run). */
  existing?: readonly LocatedArticle[];
  /** Asks for what neither the text nor the flags tell; without it nothing is asked. */
  ask?: Ask;
}

/** An article ready to be written. */
export interface ImportedArticle {
  /** Path relative to the project root: `content/articles/<lang>/<slug>.md`. */
  file: string;
  /** The whole file: front matter and Markdown. */
  markdown: string;
  /** The file as the validator read it back. */
  article: ReadArticle;
  /** What was removed from or taken out of the text, line by line, for the editor to check. */
  notes: Note[];
}

/** The language of the text: given, detected, or asked for. */
export async function languageOf(
  texts: string[],
  fields: EditorFields,
  ask?: Ask,
): Promise<string> {
  if (fields.lang === undefined) {
    const detected = detectLanguage(texts, locales);
    if (detected.reason === 'not-configured') throw otherLanguage(detected.looksLike);
    fields.lang = detected.lang;
    if (fields.lang === undefined && ask) await askField(fields, 'lang', ask);
  }
  if (fields.lang === undefined) {
    throw new ImportError('the text is too short to tell its language; give it with --lang');
  }
  return fields.lang;
}

/**
 * Refuses a text in a language the site does not have before anything else is
 * judged, since clutter removal weighs the site's languages' stop words.
 */
export function refuseOtherLanguage(texts: string[]): void {
  const detected = detectLanguage(texts, locales);
  if (detected.reason === 'not-configured') throw otherLanguage(detected.looksLike);
}

/** The refusal of a text in a language the site does not have. */
export function otherLanguage(looksLike: string): ImportError {
  return new ImportError(
    `the text looks like ${languageLabel(looksLike)}, which is not one of the site's ` +
      `languages (${locales.join(', ')}); expected a text in one of them ` +
      '(pass --lang if the detection is wrong)',
  );
}

/** Problems the new article adds to the collection's translation graph (not those it already had). */
function graphProblems(existing: readonly LocatedArticle[], article: LocatedArticle): Problem[] {
  const before = new Set(checkTranslationGraph(existing).map((p) => JSON.stringify(p)));
  return checkTranslationGraph([...existing, article]).filter(
    (p) => !before.has(JSON.stringify(p)),
  );
}

/**
 * Turns the bytes of a raw text into an article file, or throws an
 * `ImportError` that says what is wrong. Nothing is written here: the result
 * has already passed the content schema and the translation-graph check, so
 * the caller only has to put it in place.
 */
export async function importArticle(
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportedArticle> {
  const { slug: givenSlug, existing = [], ask, ...given } = options;
  const fields: EditorFields = { ...given };
  checkGiven(fields);

  const decoded = readText(bytes);
  const meta = extractMetadata(toLines(decoded.text));
  if (decoded.encoding) {
    meta.notes.unshift({
      message: `the file is not UTF-8: read it as ${decoded.encoding}; check its letters`,
    });
  }
  if (fields.lang === undefined) refuseOtherLanguage(meta.lines.map((l) => l.text));
  const stripped = stripJunk(meta.lines, locales, fields.title);
  const notes = [...meta.notes, ...stripped.notes];
  const lines = stripped.lines;
  const at = stripped.title;
  if (fields.title === undefined && at !== undefined) fields.title = lines[at]!.text.trim();
  if (fields.title === undefined && ask) await askField(fields, 'title', ask);
  const title = fields.title;
  if (title === undefined) {
    throw new ImportError(
      'found no headline (a short line the text follows or repeats); give one with --title',
    );
  }
  const headless = removeHeadline(lines, title, at);
  const blocks = headless.blocks.map((b) => ({ line: b.line, text: b.text.trim() }));
  notes.push(...headless.notes);
  if (blocks.length === 0) {
    throw new ImportError('has a headline but no article text after it; expected paragraphs');
  }
  const texts = blocks.map((b) => b.text);
  const lang = await languageOf([title, ...texts], fields, ask);
  if (!isLocale(lang))
    throw new ImportError(`--lang ${lang}: expected one of ${locales.join(', ')}`);
  const passages = detectPassages(texts, lang, locales);
  for (const { index, looksLike } of passages.doubts) {
    notes.push({
      line: blocks[index]!.line,
      message: `kept as ${lang}, but it looks like ${languageLabel(looksLike)}; wrap it in :::lang{code=..} if it is`,
    });
  }

  if (fields.date === undefined) fields.date = meta.date;
  else if (meta.date && meta.date !== fields.date) {
    notes.push({ message: `--date ${fields.date} overrides the date line (${meta.date})` });
  }
  if (ask) await askMissing(fields, ask);

  const structured = structure(texts, passages.langs);
  structured.forEach(({ kind, text, lang: other }, i) => {
    const { line } = blocks[i]!;
    if (kind === 'heading') notes.push({ line, message: `made a heading: ${text}` });
    if (other) notes.push({ line, message: `marked as a passage in ${languageLabel(other)}` });
  });
  const otherLanguages = [...new Set(passages.langs.filter((l) => l !== undefined))];
  const head = frontMatter({ ...fields, title, lang, otherLanguages, credits: meta.credits });
  return finishArticle(`${head}\n${toMarkdown(structured)}`, {
    title,
    lang,
    givenSlug,
    existing,
    notes,
  });
}

/**
 * Names the file of an article and checks it as the validator will: the content
 * schema, and the translation graph with the collection. Throws an
 * `ImportError` for what does not fit, so nothing invalid is ever written.
 */
export function finishArticle(
  markdown: string,
  options: {
    title: string;
    lang: string;
    givenSlug?: string;
    existing: readonly LocatedArticle[];
    notes: Note[];
  },
): ImportedArticle {
  const { title, lang, givenSlug, existing, notes } = options;
  const slug = givenSlug ?? articleSlug(title);
  const file = `${ARTICLES_DIR}/${lang}/${slug}.md`;
  if (existing.some((a) => a.id === `${lang}/${slug}`)) {
    throw new ImportError(
      `${file} already exists and is never overwritten; pass --slug to name the new article differently`,
    );
  }
  const problems: Problem[] = [];
  const article = checkFile(file, markdown, problems);
  if (!article || problems.length > 0) {
    throw new ImportError(`the result would not be a valid article:\n${formatReport(problems)}`);
  }
  const misfits = graphProblems(existing, article);
  if (misfits.length > 0) {
    throw new ImportError(`the article does not fit the collection:\n${formatReport(misfits)}`);
  }
  const sorted = [...notes].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { file, markdown, article, notes: sorted };
}
