import { describe, expect, it } from 'vitest';
import { remarkPassageLang } from '../../src/plugins/remark-passage-lang';
import { processorFor, readCases } from './fixture-cases';

// A passage in another language must carry `lang` on each of its blocks (screen
// readers switch voice, browsers hyphenate), and the wrapper must leave no trace.
const cases = readCases('remark-passage-lang');
const processor = processorFor(remarkPassageLang);
const FILE = 'content/articles/de/sample.md';

/** Renders as Astro does: the article's front matter travels in `file.data.astro`. */
async function render(markdown: string, frontmatter?: Record<string, unknown>): Promise<string> {
  const data = frontmatter ? { astro: { frontmatter } } : {};
  return String(await processor.process({ value: markdown, path: FILE, data }));
}

describe('remark-passage-lang fixtures', () => {
  // Guards the runner itself: a wrong fixture path must not pass with zero cases.
  it('finds the fixture cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });

  it.each(cases)('$name', async ({ input, expected }) => {
    const html = await render(input, { otherLanguages: ['en', 'pt-BR'] });
    expect(html.trim()).toBe(expected.trim());
  });
});

describe('remark-passage-lang errors', () => {
  it('stops the build when the passage language is not in otherLanguages', async () => {
    const markdown = 'Deutsch.\n\n:::lang{code=fr}\nEn français.\n:::\n';
    const result = render(markdown, { otherLanguages: ['en'] });
    // The editor needs the file, the line of the passage and the fix to make.
    await expect(result).rejects.toThrow(`${FILE}:3`);
    await expect(result).rejects.toThrow('expected otherLanguages to include "fr"');
    await expect(result).rejects.toMatchObject({ fatal: true, file: FILE });
  });

  it('stops the build when the article declares no other languages at all', async () => {
    await expect(render(':::lang{code=en}\nEnglish.\n:::\n', {})).rejects.toThrow(
      'expected otherLanguages to include "en"',
    );
    // Without front matter data (e.g. a renderer that forgot it) nothing is declared either.
    await expect(render(':::lang{code=en}\nEnglish.\n:::\n')).rejects.toThrow(FILE);
  });

  it('rejects a code that is not a language tag', async () => {
    const result = render(':::lang{code=English}\nEnglish.\n:::\n', {
      otherLanguages: ['English'],
    });
    await expect(result).rejects.toThrow(`${FILE}:1`);
    await expect(result).rejects.toThrow('BCP 47');
    await expect(result).rejects.toThrow('"English"');
  });

  it('rejects a passage without a code', async () => {
    const result = render(':::lang\nSomething.\n:::\n', { otherLanguages: ['en'] });
    await expect(result).rejects.toThrow('expected :::lang{code=<language>}');
    await expect(result).rejects.toThrow('got no code');
  });

  it('is case-exact: pt-br is not the declared pt-BR', async () => {
    // Front matter and text must agree literally, or the page's lang values drift apart.
    const result = render(':::lang{code=pt-br}\nFrase.\n:::\n', { otherLanguages: ['pt-BR'] });
    await expect(result).rejects.toThrow('"pt-br"');
  });

  it('names a placeholder instead of a path when the file has none', async () => {
    const run = processor.process({
      value: ':::lang{code=fr}\nFrançais.\n:::\n',
      data: { astro: { frontmatter: { otherLanguages: [] } } },
    });
    await expect(run).rejects.toThrow('Markdown:1');
  });
});
