/**
 * Every built HTML file passes html-validate's recommended rules. Two rules are
 * adjusted, each for a reason given below; nothing else is switched off.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { distFiles, readPage } from './dist-files';

const config: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // The search page's language filter is a group of checkboxes sharing one
    // name (`?lang=de&lang=ru`), which is how HTML submits several values; the
    // rule allows shared names for radios and buttons only unless told.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // An article's <title> is its headline as the outlet published it, and
    // headlines are often longer than the rule's 70 characters. Shortening
    // them would misquote the source; search engines cut long titles for
    // display themselves.
    'long-title': 'off',
  },
};

const validator = new HtmlValidate(config);
const pages = distFiles('.html');

describe('HTML validity (html-validate:recommended)', () => {
  test('the site has pages to check', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  test.each(pages)('%s has no errors', async (file) => {
    const report = await validator.validateString(readPage(file).html, file);
    const messages = report.results.flatMap((result) =>
      result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});
