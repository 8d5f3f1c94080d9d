import type { Element, Root as HastRoot } from 'hast';
import type { Html, Root } from 'mdast';
import { fromParse5 } from 'hast-util-from-parse5';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { directive } from 'micromark-extension-directive';
import { parseFragment } from 'parse5';
import rehypeSanitize from 'rehype-sanitize';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { KNOWN_CONTAINERS } from '../../plugins/remark-directive-as-text';
import { gfmPartsFor } from '../../plugins/remark-gfm-lean';
import { untrustedHtmlSchema } from '../../plugins/rehype-sanitize-untrusted';
import { passageLanguageError } from './passage-language';
import type { Problem } from './problem';

/** A problem of the Markdown text, at its line in the body. */
type BodyProblem = Omit<Problem, 'file' | 'line'> & { bodyLine: number };

/**
 * Markdown that can hold a directive (`::`, anywhere: inside a quote or a list
 * item a directive does not start the line) or HTML (a `<`): only such texts
 * are parsed, so the articles without either, most of them, cost a regular
 * expression.
 */
const MAY_NEED_CHECK = /::|</;

/** The article's Markdown as the site's pipeline parses it: GFM and directives (src/plugins). */
function parse(markdown: string): Root {
  const parts = gfmPartsFor(markdown);
  return fromMarkdown(markdown, {
    extensions: [...parts.map((part) => part.syntax), directive()],
    mdastExtensions: [...parts.map((part) => part.tree), directiveFromMarkdown()],
  });
}

/** Directives: `:::lang` must be valid and declared; another `:::name` or `::name` is shown as text. */
function directiveProblems(tree: Root, declared: readonly string[]): BodyProblem[] {
  const found: BodyProblem[] = [];
  visit(tree, (node) => {
    if (node.type !== 'containerDirective' && node.type !== 'leafDirective') return;
    const bodyLine = node.position?.start.line ?? 1;
    const marker = node.type === 'containerDirective' ? ':::' : '::';
    if (node.type === 'containerDirective' && KNOWN_CONTAINERS.has(node.name)) {
      const message = passageLanguageError(node.attributes?.code ?? '', declared);
      if (message) found.push({ bodyLine, field: 'body', message });
      return;
    }
    const known = [...KNOWN_CONTAINERS].map((name) => `:::${name}`).join(', ');
    found.push({
      bodyLine,
      field: 'body',
      severity: 'warning',
      message: `unknown directive "${marker}${node.name}" is published as plain text; the site knows ${known}`,
    });
  });
  return found;
}

/** An HTML attribute name for a hast property name (`className` → `class`, `ariaLabel` → `aria-label`). */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^(aria|data)[A-Z]/.test(property))
    return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}

/** The elements of a tree in document order. */
function elementsOf(tree: HastRoot): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (element) => {
    found.push(element);
  });
  return found;
}

const sanitize = rehypeSanitize(untrustedHtmlSchema);

/**
 * What the sanitiser (rehype-sanitize-untrusted) removes from one piece of raw
 * HTML: the piece is sanitised with the site's own schema and the elements and
 * attributes before and after are compared, in document order (an element
 * removed or unwrapped leaves the order of the others as it was).
 */
function removedHtml(node: Html): BodyProblem[] {
  const fragment = fromParse5(parseFragment(node.value, { sourceCodeLocationInfo: true }), {
    file: new VFile(node.value), // for the elements' positions
  });
  const before = elementsOf(fragment as HastRoot);
  if (before.length === 0) return [];
  const after = elementsOf(sanitize(structuredClone(fragment) as HastRoot));
  const startLine = node.position?.start.line ?? 1;
  const found: BodyProblem[] = [];
  const report = (element: Element, message: string) =>
    found.push({
      bodyLine: startLine + (element.position?.start.line ?? 1) - 1,
      field: 'body',
      severity: 'warning',
      message,
    });
  let next = 0;
  for (const element of before) {
    const kept = after[next];
    if (kept?.tagName !== element.tagName) {
      report(
        element,
        `raw HTML <${element.tagName}> is removed from the page (not allowed in articles)`,
      );
      continue;
    }
    next += 1;
    for (const property of Object.keys(element.properties)) {
      if (!(property in kept.properties)) {
        const attribute = attributeName(property);
        report(
          element,
          `the attribute ${attribute} of raw HTML <${element.tagName}> is removed from the page (not allowed in articles)`,
        );
      }
    }
  }
  return found;
}

/**
 * Checks an article's Markdown as the site's pipeline will read it: `:::lang`
 * passages (errors: the build would stop on them), directives the site does
 * not know, which are published as text, and raw HTML the sanitiser removes
 * (warnings). `bodyLine` is the line of the file the body starts at, so every
 * problem points at the file's own line.
 */
export function checkMarkdown(
  file: string,
  body: string,
  bodyLine: number,
  declared: readonly string[],
): Problem[] {
  if (!MAY_NEED_CHECK.test(body)) return [];
  const tree = parse(body);
  const found = directiveProblems(tree, declared);
  visit(tree, 'html', (node) => {
    found.push(...removedHtml(node));
  });
  return found.map(({ bodyLine: line, ...problem }) => ({
    file,
    line: line + bodyLine - 1,
    ...problem,
  }));
}
