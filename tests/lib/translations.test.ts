import { describe, expect, it } from 'vitest';
import {
  byLocaleOrder,
  defaultVersion,
  groupArticles,
  originOf,
  versionsOf,
  type ArticleRef,
} from '../../src/lib/translations';

// These drive the language switcher, hreflang and the "translation of" line: a
// wrong group or default sends readers to the wrong version.
function ref(id: string, data: Partial<ArticleRef['data']> = {}): ArticleRef {
  const lang = id.split('/')[0] as ArticleRef['data']['lang'];
  return { id, data: { lang, ...data } };
}

const ids = (list: readonly ArticleRef[]) => list.map((a) => a.id);

const de = ref('de/kampf', { group: 'kz' });
const es = ref('es/lucha', { group: 'kz', translationOf: 'de/kampf' });
const en = ref('en/fight', { group: 'kz', translationOf: 'de/kampf' });
const lone = ref('pl/kazachstan');
const other = ref('ru/bloger', { group: 'other' });

describe('groupArticles', () => {
  it('collects the versions of each group in the configured language order', () => {
    const groups = groupArticles([de, lone, es, other, en]);
    expect([...groups.keys()].sort()).toEqual(['kz', 'other']);
    // en, es, de, ru, pl is the order of the language switcher.
    expect(ids(groups.get('kz')!)).toEqual(['en/fight', 'es/lucha', 'de/kampf']);
  });

  it('leaves articles without a group out', () => {
    const groups = groupArticles([lone]);
    expect(groups.size).toBe(0);
  });
});

describe('versionsOf', () => {
  const groups = groupArticles([de, es, en, lone]);

  it('gives every version of a grouped article, itself included', () => {
    expect(ids(versionsOf(es, groups))).toEqual(['en/fight', 'es/lucha', 'de/kampf']);
  });

  it('gives only the article itself when it has no group', () => {
    expect(versionsOf(lone, groups)).toEqual([lone]);
  });
});

describe('defaultVersion', () => {
  it('names the original when the collection has it', () => {
    expect(defaultVersion([en, es, de])).toBe(de);
  });

  it('falls back to English, then to the first version, when all are translations', () => {
    const enT = ref('en/t', { translationOf: 'external' });
    const esT = ref('es/t', { translationOf: 'external' });
    const deT = ref('de/t', { translationOf: 'external' });
    expect(defaultVersion([esT, enT, deT])).toBe(enT);
    expect(defaultVersion([esT, deT])).toBe(esT);
  });
});

describe('byLocaleOrder', () => {
  it('orders by the configured language order, not alphabetically', () => {
    const list = [ref('pl/a'), ref('de/a'), ref('en/a'), ref('ru/a'), ref('es/a')];
    expect(ids([...list].sort(byLocaleOrder))).toEqual(['en/a', 'es/a', 'de/a', 'ru/a', 'pl/a']);
  });
});

describe('originOf', () => {
  it('tells originals, translations of an article and of an external original apart', () => {
    expect(originOf(de)).toEqual({ kind: 'original' });
    expect(originOf(es)).toEqual({ kind: 'translation-of-article', original: 'de/kampf' });
    expect(originOf(ref('de/x', { translationOf: 'external', originalLanguage: 'fi' }))).toEqual({
      kind: 'translation-of-external',
      language: 'fi',
    });
    // An unknown original language stays unknown rather than guessed.
    expect(originOf(ref('de/x', { translationOf: 'external' }))).toEqual({
      kind: 'translation-of-external',
      language: undefined,
    });
  });
});
