import { describe, expect, it } from 'vitest';
import { lineOfField } from '../../../src/lib/content/front-matter-lines';

// Content errors point editors at a line; the wrong line sends them to the wrong field.
const source = [
  '---', // 1
  'title: "Zwischen Ost und West"', // 2
  'lang: de', // 3
  'source:', // 4
  '  outlet: Example', // 5
  '  url: javascript:alert(1)', // 6
  'url: not-nested', // 7
  'credits:', // 8
  '  - role: photo', // 9
  '    name: Sergey Martsynyuk', // 10
  'date: 2023-02-30', // 11
  '---', // 12
  '', // 13
  'title: this is body text, not front matter', // 14
].join('\n');

describe('lineOfField', () => {
  it('finds top-level fields', () => {
    expect(lineOfField(source, ['title'])).toBe(2);
    expect(lineOfField(source, ['lang'])).toBe(3);
    expect(lineOfField(source, ['date'])).toBe(11);
  });

  it('finds a nested field under its parent, not a same-named key elsewhere', () => {
    expect(lineOfField(source, ['source', 'url'])).toBe(6);
    expect(lineOfField(source, ['source', 'outlet'])).toBe(5);
  });

  it('skips list indices and finds the key inside the list item', () => {
    expect(lineOfField(source, ['credits', 0, 'role'])).toBe(9);
    expect(lineOfField(source, ['credits', 0, 'name'])).toBe(10);
  });

  it('points at the parent when the nested field is missing', () => {
    // A missing source.author is reported at "source:", the block to add it to.
    expect(lineOfField(source, ['source', 'author'])).toBe(4);
  });

  it('points at the opening --- when a top-level field is missing', () => {
    expect(lineOfField(source, ['summary'])).toBe(1);
    expect(lineOfField(source, [])).toBe(1);
  });

  it('never looks past the closing --- into the article text', () => {
    const onlyBody = '---\nlang: de\n---\n\ntitle: in the body\n';
    expect(lineOfField(onlyBody, ['title'])).toBe(1);
  });

  it('does not match a key that merely starts with the field name', () => {
    const prefixed = '---\ntitles: x\ntitle: y\n---\n';
    expect(lineOfField(prefixed, ['title'])).toBe(3);
  });

  it('handles Windows line endings', () => {
    expect(lineOfField('---\r\ntitle: x\r\nlang: de\r\n---\r\n', ['lang'])).toBe(3);
  });

  it('gives no line when the file has no front matter', () => {
    expect(lineOfField('Just text.\n', ['title'])).toBeUndefined();
  });
});
