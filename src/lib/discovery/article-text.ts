import type { TextRun } from '../mentions/text-runs';

/** The opening fence of a passage in another language: `:::lang{code=en}`. */
const FENCE = /^:::lang\{code=["']?([^"'}\s]*)["']?\}\s*$/;

/**
 * The prose of an article's Markdown as runs of one language each, one run a
 * block (paragraph, list item). Discovery reads every article of the corpus, so
 * it reads the Markdown line by line instead of rendering it (the pipeline's
 * render is what the site shows; here only words and sentence ends matter, and
 * a full parse of 10,000 articles would take most of the time budget).
 * Headings are left out: headline capitals ("Talks In Astana Resume") say
 * nothing about names. Link targets, images, HTML tags and code are dropped;
 * link texts and emphasis stay as text.
 */
export function articleRuns(body: string, lang: string): TextRun[] {
  const runs: TextRun[] = [];
  let current = lang;
  let inCode = false;
  let block: string[] = [];
  const close = () => {
    const text = block.join(' ').trim();
    if (text) runs.push({ lang: current, text });
    block = [];
  };
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    if (/^(```|~~~)/.test(line)) {
      inCode = !inCode;
      close();
      continue;
    }
    if (inCode) continue;
    const fence = FENCE.exec(line);
    if (fence) {
      close();
      current = fence[1] || lang;
      continue;
    }
    if (line === ':::') {
      close();
      current = lang;
      continue;
    }
    if (!line || /^(#{1,6}\s|[-*_]{3,}$|\|)/.test(line)) {
      close();
      continue;
    }
    if (/^([-*+]|\d+[.)])\s/.test(line)) close();
    block.push(plainText(line.replace(/^(>\s*)+|^([-*+]|\d+[.)])\s+/, '')));
  }
  close();
  return runs;
}

/** A line of Markdown without its markup: link texts kept, targets, images and tags dropped. */
function plainText(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}/g, '');
}
