import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  isHeadingLike,
  structure,
  toMarkdown,
} from '../../../src/lib/import/to-markdown';
import { markdownOptions } from '../../../src/plugins/markdown-options';

let processor: Awaited<ReturnType<typeof createMarkdownProcessor>>;
beforeAll(async () => {
  processor = await createMarkdownProcessor(markdownOptions);
});

/** The text a reader sees: the rendered HTML without tags, entities decoded (in one pass). */
function visibleText(html: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&' };
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[\da-f]+|#\d+|lt|gt|quot|amp);/gi, (_, ref: string) =>
      ref.startsWith('#x') || ref.startsWith('#X')
        ? String.fromCodePoint(parseInt(ref.slice(2), 16))
        : ref.startsWith('#')
          ? String.fromCodePoint(Number(ref.slice(1)))
          : named[ref]!,
    )
    .trim();
}

const render = async (markdown: string) =>
  (await processor.render(markdown, { frontmatter: { lang: 'de', otherLanguages: ['en'] } })).code;

describe('escapeMarkdown', () => {
  // Lines an outlet might print that Markdown would otherwise turn into something else.
  const tricky = [
    '# 1 in the charts',
    '- Nie sądzę - odpowiedział.',
    '+ plus',
    '* star',
    '1. Januar war kalt.',
    '2023) ein Jahr',
    '> zitiert',
    '---',
    ':::lang{code=en}',
    '::note',
    'Er nannte es *wichtig* und _sehr_ **dringend**.',
    'Use `npm` and `git`.',
    '~~gestrichen~~ und ~so~',
    'Der <b>fette</b> Text und <script>alert(1)</script>',
    'Kurs: &amp; &euro; &#8364;',
    'Siehe [hier](https://example.org) und ![Bild](x.png)',
    '[1]: https://example.org',
    'Pfad C:\\Users\\* und \\# und \\\\',
    'at 10:30 Foto:bzns :name[label]{x=1}',
    'Preis <5 Euro> & mehr',
  ];

  it.each(tricky)('renders %j as written', async (line) => {
    expect(visibleText(await render(escapeMarkdown(line)))).toBe(line);
  });

  it.each(tricky)('keeps %j a single paragraph', async (line) => {
    const html = await render(escapeMarkdown(line));
    expect(html.startsWith('<p>') && html.endsWith('</p>')).toBe(true);
    expect(html.match(/<p>/g)).toHaveLength(1);
  });

  it('escapes nothing where nothing would be misread', () => {
    for (const line of [
      'snake_case_name und 5 * 3',
      'в начале марта президент [Касым-Жомарт] Токаев поручил',
      'Gleichzeitig – "verbotene" Produkte, „prohibited goods.“ und ‚dual-use‘ – 88 %.',
      'Kazachstan od niedawna. - W wielu kwestiach - mówi Tuomas Forsberg',
      'Фото:bzns.media и 10:30',
    ]) {
      expect(escapeMarkdown(line)).toBe(line);
    }
  });
});

describe('isHeadingLike', () => {
  it.each([
    'Контекст',
    'Kazachstan nie chce dołączyć do Państwa Związkowego Rosji i Białorusi',
    'Prezydent Kazachstanu odcina się od Łukaszenki. "Doceniam jego żart"',
    '¿De qué lado está Kazajstán en la lucha de Occidente contra Rusia?',
    '„Wir bleiben neutral“',
  ])('takes %j for a heading', (line) => {
    expect(isHeadingLike(line)).toBe(true);
  });

  it.each([
    'One hopes and relies on a prompt resolution to this conflict.',
    'Jeder Versuch einer Umgehung wird abgefangen und rigoros verfolgt!',
    'Он сказал:',
    'lowercase start of a wrapped line',
    '- Fotos utilizadas',
    `A ${'very '.repeat(40)}long line without a full stop`,
  ])('takes %j for text', (line) => {
    expect(isHeadingLike(line)).toBe(false);
  });
});

describe('structure and toMarkdown', () => {
  it('makes no heading of the first block (a standfirst) or the last (it heads nothing)', () => {
    const kinds = structure([
      'Subtitle under the headline',
      'Text.',
      'Section',
      'More text.',
      'Signature',
    ]).map((b) => b.kind);
    expect(kinds).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph']);
  });

  it('wraps each run of blocks in one other language in one container', () => {
    const markdown = toMarkdown(
      structure(
        ['Eins.', 'One.', 'Two.', 'Zwei.', 'Three.'],
        [undefined, 'en', 'en', undefined, 'en'],
      ),
    );
    expect(markdown).toBe(
      'Eins.\n\n:::lang{code=en}\nOne.\n\nTwo.\n:::\n\nZwei.\n\n:::lang{code=en}\nThree.\n:::\n',
    );
  });

  it('renders passages with their language on each paragraph, and headings as h2', async () => {
    const markdown = toMarkdown(
      structure(['Eins.', 'Heading #1', 'One.', 'Zwei.'], [undefined, undefined, 'en', undefined]),
    );
    const html = await render(markdown);
    expect(html).toContain('<h2 id="heading-1">Heading #1</h2>');
    // (The ids mark where the language changes, for search excerpts.)
    expect(html).toContain('<p lang="en"><span id="lang-1-en"></span>One.</p>');
    expect(html).toContain('<p><span id="lang-2-de"></span>Zwei.</p>');
  });
});
