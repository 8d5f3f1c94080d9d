import type { Root, RootContent } from 'hast';
import { elementLang } from '../lib/element-language';
import type { VFile } from 'vfile';
import { words } from '../lib/search/search-key';
import { extraKeys, storedKeys } from '../lib/search/stored-keys';

/**
 * Collects the search keys of an article's text and title (see
 * `lib/search/search-key.ts`) that the index needs beyond the text itself (see
 * `stored-keys.ts`) into `searchKeys` in the render's front matter, where the
 * article page puts them into the search index. Each word is keyed in the
 * language of the element it stands in, so the English passages of a German
 * article get English stems.
 * Computing them here, while Astro renders the Markdown, means they are cached
 * with the rendered article and not recomputed for unchanged articles.
 */
export function rehypeSearchKeys() {
  return (tree: Root, file: VFile) => {
    const astro = (file.data.astro ??= {});
    const frontmatter = (astro.frontmatter ??= {});
    const lang = typeof frontmatter.lang === 'string' ? frontmatter.lang : 'und';
    const keys = new Set<string>();
    const textWords = new Set<string>();
    // The words already keyed, per language: an article repeats most of its
    // words, which then take one lookup in this small set instead of two in
    // the build-wide caches of extraKeys and the additions below.
    const keyed = new Map<string, Set<string>>();
    const walk = (nodes: RootContent[], current: string) => {
      for (const node of nodes) {
        if (node.type === 'text') {
          let done = keyed.get(current);
          if (!done) keyed.set(current, (done = new Set()));
          for (const word of words(node.value)) {
            if (done.has(word)) continue;
            done.add(word);
            textWords.add(word);
            for (const key of extraKeys(word, current)) keys.add(key);
          }
        } else if (node.type === 'element') {
          walk(node.children, elementLang(node) ?? current);
        }
      }
    };
    walk(tree.children, lang);
    // The headline is indexed text too (the page's <h1>): keyed here, once per
    // render, rather than merged in by every article page of every build.
    if (typeof frontmatter.title === 'string') {
      for (const word of words(frontmatter.title)) {
        textWords.add(word);
        for (const key of extraKeys(word, lang)) keys.add(key);
      }
    }
    frontmatter.searchKeys = storedKeys(keys, textWords).join(' ');
  };
}
