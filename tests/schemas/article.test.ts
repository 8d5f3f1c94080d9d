import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article';

// Front matter is typed by hand. Every mistake an editor can make must be caught
// and named by field, with what was expected, so the fix is obvious from the error.
const minimal = { title: 'Kazachstan dystansuje się od Rosji', lang: 'pl' };

/** The issues of parsing `input`, as `field: message` lines. */
function issuesOf(input: Record<string, unknown>): string[] {
  const result = articleSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('articleSchema', () => {
  it('accepts a minimal article and fills the list defaults', () => {
    const result = articleSchema.parse(minimal);
    expect(result).toEqual({ ...minimal, otherLanguages: [], tags: [], credits: [] });
  });

  it('accepts an article with every field set', () => {
    const full = {
      ...minimal,
      otherLanguages: ['en', 'pt-BR'],
      date: '2023-06-14',
      source: { outlet: 'Ilta-Sanomat', url: 'https://www.is.fi/ulkomaat/art-1.html' },
      author: 'Tuomas Forsberg',
      group: 'kazakhstan-west-russia',
      translationOf: 'external',
      originalLanguage: 'fi',
      machineTranslation: false,
      summary: 'Kazakhstan keeps its distance.',
      tags: ['Kazakhstan'],
      credits: [{ role: 'photo', name: 'Sergey Martsynyuk/wikimedia.org' }],
    };
    expect(issuesOf(full)).toEqual([]);
  });

  it('rejects a misspelt key instead of silently dropping it', () => {
    const issues = issuesOf({ titel: 'Tippfehler', lang: 'de' });
    expect(issues).toContainEqual(expect.stringContaining('"titel"'));
    // ...and the real field is then reported missing.
    expect(issues).toContainEqual(expect.stringMatching(/^title: expected a title/));
  });

  it('names the configured languages when lang is not one of them', () => {
    expect(issuesOf({ ...minimal, lang: 'fr' })).toEqual([
      'lang: expected one of the configured languages (en, es, de, ru, pl), got "fr"',
    ]);
    expect(issuesOf({ title: 'x' })).toEqual([
      'lang: expected one of the configured languages (en, es, de, ru, pl), got undefined',
    ]);
  });

  it('requires a title that is not blank', () => {
    expect(issuesOf({ lang: 'pl' })).toEqual([expect.stringMatching(/^title: expected a title/)]);
    expect(issuesOf({ ...minimal, title: '' })).toEqual(['title: expected a non-empty title']);
    expect(issuesOf({ ...minimal, title: '   ' })).toEqual(['title: expected a non-empty title']);
  });

  it('rejects an unknown credit role at its position in the list', () => {
    const credits = [
      { role: 'photo', name: 'A' },
      { role: 'foto', name: 'B' },
    ];
    expect(issuesOf({ ...minimal, credits })).toEqual([
      expect.stringMatching(/^credits\.1\.role: .*"photo"/),
    ]);
  });

  it('rejects otherLanguages that include the article language', () => {
    expect(issuesOf({ ...minimal, otherLanguages: ['en', 'pl'] })).toEqual([
      "otherLanguages: expected languages other than the article's own (pl)",
    ]);
  });

  it('allows originalLanguage only on a translation of an external original', () => {
    expect(issuesOf({ ...minimal, originalLanguage: 'fi' })).toEqual([
      'originalLanguage: expected only with translationOf: external (otherwise the original is known)',
    ]);
    expect(issuesOf({ ...minimal, translationOf: 'external', originalLanguage: 'fi' })).toEqual([]);
  });

  it('requires a group when translationOf names an article of the collection', () => {
    expect(issuesOf({ ...minimal, translationOf: 'de/zwischen-ost-und-west' })).toEqual([
      'group: expected a translation group: de/zwischen-ost-und-west is in the collection',
    ]);
    const grouped = { ...minimal, translationOf: 'de/zwischen-ost-und-west', group: 'ost-west' };
    expect(issuesOf(grouped)).toEqual([]);
  });

  it('rejects a translationOf that is neither external nor an article id', () => {
    const issues = issuesOf({ ...minimal, translationOf: 'Deutsch', group: 'g' });
    expect(issues).toEqual([expect.stringMatching(/^translationOf: /)]);
  });

  it('allows machineTranslation only on a translation', () => {
    expect(issuesOf({ ...minimal, machineTranslation: true })).toEqual([
      'machineTranslation: expected only on a translation (set translationOf)',
    ]);
  });

  it('needs at least an outlet or a url in source', () => {
    expect(issuesOf({ ...minimal, source: {} })).toEqual([
      'source: expected an outlet, a url or both',
    ]);
    expect(issuesOf({ ...minimal, source: { outlet: 'Censor.NET' } })).toEqual([]);
  });

  it('refuses script and data URLs as the source address', () => {
    // The address becomes a link on the page; a javascript: URL would run on click.
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.com/a']) {
      expect(issuesOf({ ...minimal, source: { url } })).toEqual([
        'source.url: expected an absolute http:// or https:// URL',
      ]);
    }
    expect(issuesOf({ ...minimal, source: { url: '/relative/path' } })).toHaveLength(1);
  });
});
