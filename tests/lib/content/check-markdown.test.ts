import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkMarkdown } from '../../../src/lib/content/check-markdown';
import { markdownOptions } from '../../../src/plugins/markdown-options';

// The check must agree with the pipeline that renders the pages: what it
// passes renders, what it refuses would stop the build while rendering, and
// what it warns about is really not on the page.
let processor: Awaited<ReturnType<typeof createMarkdownProcessor>>;

beforeAll(async () => {
  processor = await createMarkdownProcessor(markdownOptions);
});

const FILE = 'content/articles/de/sample.md';

const render = (markdown: string, otherLanguages: string[]) =>
  processor.render(markdown, {
    frontmatter: { otherLanguages },
    fileURL: new URL(`file:///site/${FILE}`),
  });

const errorsOf = (markdown: string, declared: string[]) =>
  checkMarkdown(FILE, markdown, 1, declared).filter((p) => p.severity !== 'warning');

describe('checkMarkdown agrees with the rendering pipeline', () => {
  const cases: [name: string, markdown: string, declared: string[]][] = [
    ['a declared passage', ':::lang{code=en}\nEnglish.\n:::', ['en']],
    ['a quoted code', ':::lang{code="en"}\nEnglish.\n:::', ['en']],
    ['an undeclared passage', ':::lang{code=fr}\nFrançais.\n:::', ['en']],
    ['no code', ':::lang\nText.\n:::', ['en']],
    ['a code that is no language tag', ':::lang{code=English}\nText.\n:::', ['English']],
    ['a passage inside a quote', '> :::lang{code=fr}\n> Texte.\n> :::', []],
    ['a passage inside a list item', '- :::lang{code=fr}\n  Texte.\n  :::', []],
    ['a directive inside a code block is text', '```\n:::lang{code=fr}\n```', []],
    ['a misspelt directive is text', ':::langg{code=fr}\nTexte.\n:::', []],
    ['prose with colons', 'Um 10:30 Uhr: Foto:bzns ::x', []],
  ];

  it.each(cases)('%s', async (_name, markdown, declared) => {
    const refused = errorsOf(markdown, declared).length > 0;
    const rendered = render(markdown, declared).then(
      () => true,
      () => false,
    );
    expect(await rendered).toBe(!refused);
  });
});

describe('checkMarkdown warnings', () => {
  it('names an unknown directive at its line of the file', () => {
    const problems = checkMarkdown(FILE, 'Text.\n\n::note\n', 6, []);
    expect(problems).toEqual([
      expect.objectContaining({
        line: 8,
        severity: 'warning',
        message: expect.stringContaining('"::note"'),
      }),
    ]);
  });

  it('warns about the HTML the page really loses, and not about what it keeps', async () => {
    const markdown =
      'Ein <span lang="en">English</span> Wort, <b onclick="x()">fett</b>.\n\n<iframe src="https://example.com"></iframe>\n';
    const messages = checkMarkdown(FILE, markdown, 1, []).map((p) => `${p.line} ${p.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^1 the attribute onclick of raw HTML <b> is removed/),
      expect.stringMatching(/^3 raw HTML <iframe> is removed/),
    ]);
    const { code } = await render(markdown, []);
    expect(code).toContain('<span lang="en">English</span>');
    expect(code).not.toContain('onclick');
    expect(code).not.toContain('<iframe');
  });
});
