import { getRssString } from '@astrojs/rss';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../../src/lib/partial-date';
import { escapeXml, feedItem, feedOptions, type FeedArticle } from '../../../src/lib/seo/feed';

const SITE = 'https://news.example.org';
const article = (
  id: string,
  date?: string,
  extra: Partial<FeedArticle['data']> = {},
): FeedArticle => ({
  id,
  data: {
    title: `Title of ${id}`,
    lang: id.slice(0, 2),
    date: date ? parsePartialDate(date) : undefined,
    ...extra,
  },
  rendered: { html: '<p>First <b>paragraph</b>.</p><p>Second.</p>' },
});

describe('feedItem', () => {
  it('has an absolute link, the language and a plain-text summary', () => {
    const item = feedItem(article('de/ein-text'), SITE);
    expect(item.link).toBe('https://news.example.org/de/articles/ein-text/');
    expect(item.description).toBe('First paragraph.');
    expect(item.customData).toBe('<dc:language>de</dc:language>');
    expect(item.pubDate).toBeUndefined();
  });

  it('gives pubDate only for a known day; a month-only date stays a month in dc:date', () => {
    const day = feedItem(article('pl/a', '2023-06-14'), SITE);
    expect(day.pubDate).toEqual(new Date(Date.UTC(2023, 5, 14)));
    expect(day.customData).toContain('<dc:date>2023-06-14</dc:date>');
    const month = feedItem(article('pl/b', '2023-06'), SITE);
    expect(month.pubDate).toBeUndefined();
    expect(month.customData).toContain('<dc:date>2023-06</dc:date>');
  });

  it('prefers the summary to the first paragraph', () => {
    expect(feedItem(article('es/a', undefined, { summary: 'Resumen.' }), SITE).description).toBe(
      'Resumen.',
    );
  });
});

describe('feedOptions, rendered by @astrojs/rss', () => {
  const channel = {
    title: 'Feed & <friends>',
    description: 'All of it',
    link: `${SITE}/de/`,
    self: `${SITE}/de/feed.xml`,
  };
  const parse = (xml: string) =>
    new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(xml).rss.channel;

  it('writes well-formed XML with escaped text and a language only when there is one', async () => {
    const tricky = article('de/x', '2023', { title: 'A <b>bold</b> & "quoted" title' });
    const xml = await getRssString(feedOptions({ ...channel, lang: 'de' }, [tricky], SITE));
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = parse(xml);
    expect(parsed.title).toBe('Feed & <friends>');
    expect(parsed.language).toBe('de');
    expect(parsed.item.title).toBe('A <b>bold</b> & "quoted" title');
    expect(parsed.item['dc:date']).toBe('2023');
    expect(parsed.item.guid['#text']).toBe(parsed.item.link);
    const all = parse(await getRssString(feedOptions(channel, [tricky], SITE)));
    expect(all.language).toBeUndefined();
  });

  it('escapes what it writes by hand', () => {
    expect(escapeXml(`a&b<c>"d'`)).toBe('a&amp;b&lt;c&gt;&quot;d&apos;');
  });
});
