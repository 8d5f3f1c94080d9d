import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { textRuns } from '../../../src/lib/mentions/text-runs';

const runsOf = (html: string, lang = 'de') => textRuns(fromHtml(html, { fragment: true }), lang);

describe('textRuns', () => {
  it('gives each block its own run, so a name never spans two paragraphs', () => {
    expect(runsOf('<p>Kairat</p><p>Umarov</p>')).toEqual([
      { lang: 'de', text: 'Kairat' },
      { lang: 'de', text: 'Umarov' },
    ]);
  });

  it('joins inline markup into its block', () => {
    expect(runsOf('<p><em>Kairat</em> Umarov</p>')).toEqual([
      { lang: 'de', text: 'Kairat Umarov' },
    ]);
  });

  it('puts text in the language of its element', () => {
    expect(runsOf('<p>Vor <span lang="en">the West</span> nach</p><p lang="en">Hello</p>')).toEqual(
      [
        { lang: 'de', text: 'Vor ' },
        { lang: 'en', text: 'the West' },
        { lang: 'de', text: ' nach' },
        { lang: 'en', text: 'Hello' },
      ],
    );
  });

  it('leaves out code', () => {
    expect(runsOf('<p>Astana <code>Astana</code></p><pre><code>Moskau</code></pre>')).toEqual([
      { lang: 'de', text: 'Astana ' },
    ]);
  });
});
