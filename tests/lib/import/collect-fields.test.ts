import { describe, expect, it } from 'vitest';
import {
  askField,
  checkGiven,
  needsAsking,
  type Ask,
} from '../../../src/lib/import/collect-fields';
import type { EditorFields } from '../../../src/lib/import/editor-fields';

describe('checkGiven', () => {
  it('accepts what the content schema accepts', () => {
    expect(() =>
      checkGiven({
        lang: 'pl',
        date: '2023',
        url: 'http://example.org',
        group: 'a-b-1',
        translationOf: 'de/some-title',
        originalLanguage: 'pt-BR',
      }),
    ).not.toThrow();
  });

  it.each([
    [{ group: 'Kasachstan West' }, /--group "Kasachstan West": expected a slug/],
    [{ translationOf: 'some-title' }, /--translation-of "some-title"/],
    [{ date: 'June 2023' }, /--date "June 2023": expected a real date/],
    [{ originalLanguage: 'Russian' }, /--original-language "Russian": expected a BCP 47/],
    [{ outlet: '   ' }, /--outlet/],
  ] as [EditorFields, RegExp][])('refuses %j', (fields, message) => {
    expect(() => checkGiven(fields)).toThrow(message);
  });
});

describe('needsAsking', () => {
  it('asks nothing that is known', () => {
    expect(needsAsking('outlet', { outlet: 'X' })).toBe(false);
    expect(
      needsAsking('machineTranslation', { translationOf: 'external', machineTranslation: false }),
    ).toBe(false);
  });

  it('asks for translation details only on a translation, and the original language only for an external one', () => {
    expect(needsAsking('machineTranslation', {})).toBe(false);
    expect(needsAsking('originalLanguage', { translationOf: 'de/x' })).toBe(false);
    expect(needsAsking('machineTranslation', { translationOf: 'de/x' })).toBe(true);
    expect(needsAsking('originalLanguage', { translationOf: 'external' })).toBe(true);
  });
});

describe('askField', () => {
  it('reads yes and no for a machine translation, and asks again on anything else', async () => {
    const answers = ['vielleicht', 'YES'];
    const errors: (string | undefined)[] = [];
    const ask: Ask = async (_, error) => {
      errors.push(error);
      return answers.shift()!;
    };
    const fields: EditorFields = {};
    await askField(fields, 'machineTranslation', ask);
    expect(fields.machineTranslation).toBe(true);
    expect(errors).toEqual([undefined, 'expected yes or no']);
  });
});
