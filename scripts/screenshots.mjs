// `node scripts/screenshots.mjs [dist]`: screenshots of the main pages of the
// built site at desktop (1280×900) and phone (390×844) sizes, light and dark,
// into docs/screenshots/<page>-<size>-<theme>.png. Run `npm run build` first.
// Each shot is the first screen a reader sees, after a visit to the English
// home page (so articles show their interface in English, as they do for a
// reader who came from there).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.mjs';
import { serveStatic } from './lib/serve-static.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = process.argv[2] ?? join(root, 'dist');
const outDir = join(root, 'docs', 'screenshots');

/** The first article page of a language in the build. */
function articleOf(lang) {
  const slug = readdirSync(join(dist, lang, 'articles'))[0];
  if (!slug) throw new Error(`No article in ${dist}/${lang}/articles/`);
  return `/${lang}/articles/${slug}/`;
}

function firstIn(path) {
  const name = readdirSync(join(dist, path)).find((entry) => !entry.includes('.'));
  if (!name) throw new Error(`Nothing in ${dist}/${path}`);
  return `/${path}/${name}/`;
}

const pages = {
  home: '/en/',
  'article-pl': articleOf('pl'),
  'article-ru': articleOf('ru'),
  search: '/en/search/?q=Tokayev',
  story: firstIn('en/stories'),
  'story-matrix': `${firstIn('en/stories')}#story-matrix`,
  compare: `${firstIn('es/compare').replace(/\/$/, '')}/es-de/`,
  translations: '/en/translations/',
  entity: '/en/entities/china/',
};

const sizes = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
};

const server = await serveStatic(dist);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  for (const [sizeName, viewport] of Object.entries(sizes)) {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(`${server.url}/en/`);
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
        if (name === 'search') await page.locator('.result').first().waitFor();
        if (name === 'story-matrix') await page.locator('.story-matrix').scrollIntoViewIfNeeded();
        const file = join(outDir, `${name}-${sizeName}-${colorScheme}.png`);
        // A palette PNG: a screenshot has few colours, and the files stay small.
        const shot = await page.screenshot();
        writeFileSync(file, await sharp(shot).png({ palette: true, effort: 8 }).toBuffer());
        console.log(file.slice(root.length));
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
