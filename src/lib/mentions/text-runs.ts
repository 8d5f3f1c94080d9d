import type { Root, RootContent } from 'hast';
import { BLOCK_ELEMENTS, elementLang } from '../element-language';

/** A stretch of text in one language within one block (paragraph, heading, list item…). */
export interface TextRun {
  lang: string;
  text: string;
}

/** Elements whose text is not prose: code and anything a browser does not show as text. */
const SKIP = new Set(['code', 'pre', 'script', 'style', 'template', 'kbd', 'samp']);

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
        const block = BLOCK_ELEMENTS.has(node.tagName);
        if (block) close();
        walk(node.children, elementLang(node) ?? current);
        if (block) close();
      }
    }
  };
  walk(tree.children, lang);
  close();
  return runs;
}
