import type { Element, Root, RootContent } from 'hast';

/** A stretch of text in one language within one block (paragraph, heading, list item…). */
export interface TextRun {
  lang: string;
  text: string;
}

/** Elements that start a block of their own: a name never runs across two of them. */
const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'dt',
  'dd',
  'td',
  'th',
  'caption',
  'figcaption',
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'tr',
]);

/** Elements whose text is not prose: code and anything a browser does not show as text. */
const SKIP = new Set(['code', 'pre', 'script', 'style', 'template', 'kbd', 'samp']);

function langOf(node: Element): string | undefined {
  const lang = node.properties?.lang;
  return typeof lang === 'string' && lang ? lang : undefined;
}

/**
 * The text of a tree as runs of one language each, in document order. Text
 * inside an element with `lang` belongs to that language (the German article's
 * English passages are English), and every block element, or a change of
 * language, ends a run, so a multi-word name is only found within one run.
 */
export function textRuns(tree: Root, lang: string): TextRun[] {
  const runs: TextRun[] = [];
  let open: TextRun | undefined;
  const close = () => {
    if (open && open.text.trim()) runs.push(open);
    open = undefined;
  };
  const walk = (nodes: RootContent[], current: string) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        if (open?.lang !== current) {
          close();
          open = { lang: current, text: '' };
        }
        open!.text += node.value;
      } else if (node.type === 'element' && !SKIP.has(node.tagName)) {
        if (node.tagName === 'br' && open) open.text += ' ';
        const block = BLOCKS.has(node.tagName);
        if (block) close();
        walk(node.children, langOf(node) ?? current);
        if (block) close();
      }
    }
  };
  walk(tree.children, lang);
  close();
  return runs;
}
