import { describe, expect, it } from 'vitest';
import { formatProblem, formatReport, type Problem } from '../../../src/lib/content/problem';

// This report is the whole message an editor or CI log shows when content is
// invalid: `file:line` must be clickable in editors and the order predictable.
const titleMissing: Problem = {
  file: 'content/articles/pl/b.md',
  line: 1,
  field: 'title',
  message: 'Invalid input: expected string, received undefined',
};
const badDate: Problem = {
  file: 'content/articles/de/a.md',
  line: 5,
  field: 'date',
  message: 'expected a real date as YYYY, YYYY-MM or YYYY-MM-DD, got "2023-13"',
};
const badLang: Problem = {
  file: 'content/articles/de/a.md',
  line: 3,
  field: 'lang',
  message: 'expected "de" to match the folder content/articles/de/, got "es"',
};
const emptyBody: Problem = {
  file: 'content/articles/de/a.md',
  field: 'body',
  message: 'expected the article text after the front matter',
};

describe('formatProblem', () => {
  it('writes file:line, then the field and what is expected', () => {
    expect(formatProblem(badDate)).toBe(
      'content/articles/de/a.md:5  date: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD, got "2023-13"',
    );
  });

  it('leaves the line out when it is not known', () => {
    expect(formatProblem(emptyBody)).toBe(
      'content/articles/de/a.md  body: expected the article text after the front matter',
    );
  });
});

describe('formatReport', () => {
  it('is empty when there is nothing to report', () => {
    expect(formatReport([])).toBe('');
  });

  it('counts problems with the right noun', () => {
    expect(formatReport([badDate]).split('\n')[0]).toBe('1 content problem:');
    expect(formatReport([badDate, badLang]).split('\n')[0]).toBe('2 content problems:');
  });

  it('sorts by file, then line, with unknown lines first', () => {
    const lines = formatReport([titleMissing, badDate, emptyBody, badLang]).split('\n');
    expect(lines).toEqual([
      '4 content problems:',
      '  content/articles/de/a.md  body: expected the article text after the front matter',
      `  content/articles/de/a.md:3  lang: ${badLang.message}`,
      `  content/articles/de/a.md:5  date: ${badDate.message}`,
      `  content/articles/pl/b.md:1  title: ${titleMissing.message}`,
    ]);
  });

  it('does not reorder the caller’s list', () => {
    const problems = [titleMissing, badDate];
    formatReport(problems);
    expect(problems).toEqual([titleMissing, badDate]);
  });
});
