import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { markdownOptions } from '../../src/plugins/markdown-options';

// The whole pipeline as astro.config.mjs uses it: what these tests see is what
// readers see. The single plugins have their own fixture tests.
let processor: Awaited<ReturnType<typeof createMarkdownProcessor>>;

beforeAll(async () => {
  processor = await createMarkdownProcessor(markdownOptions);
});

async function render(markdown: string, otherLanguages: string[] = []) {
  return processor.render(markdown, {
    frontmatter: { otherLanguages },
    fileURL: new URL('file:///site/content/articles/de/sample.md'),
  });
}

describe('markdown pipeline', () => {
  it('keeps quotes and dashes exactly as the outlet typed them', async () => {
    // Smartypants would turn "verbotene" into English curly quotes inside German text.
    const { code } = await render('Er sagte: "verbotene" Waren -- und it\'s "fine"...');
    expect(code).toBe('<p>Er sagte: "verbotene" Waren -- und it\'s "fine"...</p>');
  });

  it('keeps typographic quotes that the outlet used', async () => {
    const { code } = await render('„doppeltem möglichen Verwendungszweck“ und ‚dual-use‘');
    expect(code).toContain('„doppeltem möglichen Verwendungszweck“ und ‚dual-use‘');
  });

  it('gives headings ids so sections can be linked', async () => {
    const { code, metadata } = await render('## Контекст\n\n## Kazachstan nie chce\n\n## Контекст');
    expect(code).toContain('<h2 id="контекст">Контекст</h2>');
    expect(code).toContain('<h2 id="kazachstan-nie-chce">');
    // Two headings with the same text still get distinct anchors.
    expect(code).toContain('<h2 id="контекст-1">');
    expect(metadata.headings.map((h) => h.slug)).toEqual([
      'контекст',
      'kazachstan-nie-chce',
      'контекст-1',
    ]);
  });

  it('keeps colons in prose instead of reading them as directives', async () => {
    const { code } = await render('Um 10:30 Uhr. Foto:bzns media');
    expect(code).toBe('<p>Um 10:30 Uhr. Foto:bzns media</p>');
  });

  it('marks a foreign passage and its heading with lang, keeping the heading id', async () => {
    const { code } = await render(':::lang{code=en}\n## Context\n\nText.\n:::', ['en']);
    // The empty span marks where the text turns English, for search excerpts.
    expect(code).toContain('<h2 lang="en" id="context"><span id="lang-1-en"></span>Context</h2>');
    expect(code).toContain('<p lang="en">Text.</p>');
    expect(code).not.toContain(':::');
  });

  it('fails the render, naming the file, for an undeclared passage language', async () => {
    // Astro logs the error itself; silence it so the test output stays readable.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(render(':::lang{code=fr}\nFrançais.\n:::', ['en'])).rejects.toThrow(
      /content\/articles\/de\/sample\.md:1.*otherLanguages/s,
    );
    quiet.mockRestore();
  });

  it('renders GitHub-flavoured tables and strikethrough', async () => {
    const { code } = await render('| a | b |\n| - | - |\n| 1 | 2 |\n\n~~alt~~');
    expect(code).toContain('<table>');
    expect(code).toContain('<del>alt</del>');
  });
});
