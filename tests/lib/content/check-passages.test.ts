import { describe, expect, it } from 'vitest';
import { undeclaredPassages } from '../../../src/lib/content/check-passages';
import { checkFile } from '../../../src/lib/content/read-articles';
import type { Problem } from '../../../src/lib/content/problem';

describe('undeclaredPassages', () => {
  it('finds a passage language missing from otherLanguages, with its line', () => {
    const source = 'Text.\n\n:::lang{code=en}\nHello.\n:::\n\n:::lang{code="ru"}\nПривет.\n:::\n';
    expect(undeclaredPassages(source, ['en'])).toEqual([{ line: 7, code: 'ru' }]);
  });

  it('accepts declared languages and ignores text that only looks like a fence', () => {
    expect(undeclaredPassages('Say :::lang{code=en} inline.\n:::lang{code=en}\n', ['en'])).toEqual(
      [],
    );
  });

  it('is reported by the validator before anything is built', () => {
    const problems: Problem[] = [];
    const source = '---\ntitle: T\nlang: de\n---\n\n:::lang{code=en}\nHello.\n:::\n';
    checkFile('content/articles/de/t.md', source, problems);
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'otherLanguages',
        line: 6,
        message: expect.stringContaining('"en"'),
      }),
    ]);
  });
});
