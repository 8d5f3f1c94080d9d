import { test } from 'vitest';
import { checkFile } from '../../src/lib/content/read-articles';
import { articleSchema } from '../../src/schemas/article';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownOptions } from '../../src/plugins/markdown-options';
import { formatPartialDate, parsePartialDate } from '../../src/lib/partial-date';

test('explore', async () => {
  const problems: any[] = [];
  checkFile('content/articles/es/foo.md', '---\ntitle: x\nlang: es\nbad: [unclosed\nfoo: 1\n---\n\nText\n', problems);
  checkFile('content/articles/es/foo.md', '---\ntitle: x\nlang: es\ntitel: y\n---\n\nText\n', problems);
  checkFile('content/articles/es/foo.md', '---\ntitle: x\nlang: es\nsource:\n  outlet: A\n  url: javascript:alert(1)\n---\n\nText\n', problems);
  checkFile('content/articles/es/foo.md', '---\nlang: es\ndate: 2023-02-30\n---\n\n\n', problems);
  checkFile('content/articles/Es/Foo Bar.md', '---\nlang: es\n---\n', problems);
  checkFile('content/articles/es/Foo Bar.md', '---\ntitle: T\nlang: es\n---\nx', problems);
  checkFile('content/articles/es/foo.md', 'no front matter', problems);
  checkFile('content/articles/es/foo.md', '---\ntitle: T\nlang: es\n---\n\n   \n', problems);
  checkFile('content/articles/es/foo.md', '---\ntitle: T\nlang: de\n---\n\nx\n', problems);
  console.log(problems);
  for (const input of [
    { title: 'x', lang: 'fr' },
    { titel: 'x', lang: 'es' },
    { title: '  ', lang: 'es' },
    { lang: 'es' },
    { title: 'x', lang: 'es', date: '2023-13' },
    { title: 'x', lang: 'es', date: 'June 2023' },
    { title: 'x', lang: 'es', date: new Date('2023-06-14') },
    { title: 'x', lang: 'es', date: 2023 },
    { title: 'x', lang: 'es', source: { url: 'javascript:alert(1)' } },
    { title: 'x', lang: 'es', source: { url: 'https://example.com/a' } },
    { title: 'x', lang: 'es', source: {} },
    { title: 'x', lang: 'es', otherLanguages: ['es'] },
    { title: 'x', lang: 'es', originalLanguage: 'fi' },
    { title: 'x', lang: 'es', translationOf: 'de/foo' },
    { title: 'x', lang: 'es', machineTranslation: true },
  ]) {
    const r = articleSchema.safeParse(input);
    console.log(JSON.stringify(input), r.success ? JSON.stringify(r.data) : JSON.stringify(r.error.issues));
  }
  const md = await createMarkdownProcessor(markdownOptions);
  const src = `# Hello "world"

<script>alert(1)</script>

<img src="x.png" onerror="alert(1)">

<a href="javascript:alert(1)">click</a> and [x](javascript:alert(1)) and [ok](https://example.com/)

<iframe src="https://evil.example/"></iframe>

<style>body{display:none}</style>

Text with <span lang="ru">русский</span> word.

<svg onload="alert(1)"><circle r="1"/></svg>

It's "quoted" -- at 10:30, Foto:bzns media
`;
  const out = await md.render(src, { frontmatter: { otherLanguages: ['en'] } });
  console.log(out.code);
  for (const l of ['en', 'de', 'ru', 'pl', 'es']) {
    console.log(l, formatPartialDate(parsePartialDate('2023-06')!, l), formatPartialDate(parsePartialDate('2023-06-05')!, l), formatPartialDate(parsePartialDate('2023')!, l));
  }
  for (const l of ['en', 'de', 'ru', 'pl', 'es']) console.log(l, new Intl.PluralRules(l).resolvedOptions().pluralCategories);
});
