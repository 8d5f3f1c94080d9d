import { describe, expect, it } from 'vitest';
import { phoneticKey } from '../../../src/lib/search/phonetic-key';

describe('phoneticKey', () => {
  it('merges the letters the five languages use for one sound', () => {
    expect(phoneticKey('tokayev')).toBe(phoneticKey('tokajew'));
    expect(phoneticKey('kasachstan')).toBe(phoneticKey('kazakhstan'));
    expect(phoneticKey('kazajstan')).toBe(phoneticKey('kazachstan'));
    expect(phoneticKey('lukaschenko')).toBe(phoneticKey('lukaszenko'));
    expect(phoneticKey('iwanow')).toBe(phoneticKey('ivanov'));
  });

  it('reads j as a glide before a vowel and as the Spanish /x/ elsewhere', () => {
    expect(phoneticKey('jelzin')).toBe('elsin');
    expect(phoneticKey('kazajstan')).toBe('kasahstan');
  });

  it('drops doubled letters and anything that is not a Latin letter or digit', () => {
    expect(phoneticKey('lassila')).toBe('lasila');
    expect(phoneticKey("o'neill-2")).toBe('oneil2');
  });

  it('keeps different names apart', () => {
    expect(phoneticKey('putin')).not.toBe(phoneticKey('tokaev'));
    expect(phoneticKey('minsk')).not.toBe(phoneticKey('moskva'));
  });
});
