/**
 * An article's lead image goes through Astro's image pipeline: the page shows
 * responsive, compressed versions (never the original file), with its alt text,
 * caption and credit; a credit never appears without its picture. A missing
 * image file stops the build, naming the article and field.
 *
 * The picture is made here (a 1600×900 gradient, with sharp, which Astro's image
 * service uses), so the test needs no image from anywhere else.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { BUILD_TIMEOUT, makeSite, removeSites, runAstroBuild } from './test-site';

const ARTICLE = `---
title: "An article with a lead image"
lang: en
image:
  src: harbour.png
  alt: "A harbour at dusk"
  caption: "The harbour, as the outlet captioned it"
  credit: "Jane Doe / Example Agency"
---

The text of the article.
`;

async function picture(): Promise<Buffer> {
  const width = 1600;
  const height = 900;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 3;
      pixels[at] = (x * 255) / width;
      pixels[at + 1] = (y * 255) / height;
      pixels[at + 2] = 128;
    }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

afterAll(removeSites);

describe('lead images', () => {
  test(
    'are shown as responsive, compressed versions with alt text, caption and credit',
    async () => {
      const dir = makeSite('lead-image', { articles: 'valid' });
      mkdirSync(join(dir, 'content/articles/en'), { recursive: true });
      writeFileSync(join(dir, 'content/articles/en/with-image.md'), ARTICLE);
      mkdirSync(join(dir, 'content/images'), { recursive: true });
      const original = await picture();
      writeFileSync(join(dir, 'content/images/harbour.png'), original);

      const { code, output } = await runAstroBuild(dir);
      expect(code, output).toBe(0);
      const html = readFileSync(join(dir, 'dist/en/articles/with-image/index.html'), 'utf8');
      expect(html).toMatch(/<picture>/);
      const sources = [...html.matchAll(/<source\b[^>]*>/g)].map((m) => m[0]);
      const avif = sources.find((tag) => tag.includes('type="image/avif"'));
      expect(avif, html.match(/<picture>[\s\S]*?<\/picture>/)?.[0]).toBeDefined();
      for (const width of ['400w', '800w', '1200w']) expect(avif).toContain(width);
      expect(sources.some((tag) => tag.includes('type="image/webp"'))).toBe(true);
      expect(html).toMatch(/<img[^>]+alt="A harbour at dusk"/);
      expect(html).toContain('The harbour, as the outlet captioned it');
      expect(html).toContain('Jane Doe / Example Agency');
      // Every version is smaller than the original, and the original itself is not published.
      const assets = join(dir, 'dist/_astro');
      const versions = readdirSync(assets).filter((name) =>
        /^harbour\..*\.(avif|webp|png)$/.test(name),
      );
      expect(versions.length).toBeGreaterThanOrEqual(6);
      for (const name of versions.filter((n) => !n.endsWith('.png')))
        expect(statSync(join(assets, name)).size).toBeLessThan(original.length);

      // The article without an image has no figure and no credit line.
      const plain = readFileSync(
        join(dir, 'dist/en/articles/tiny-valid-article/index.html'),
        'utf8',
      );
      expect(plain).not.toContain('<figure');
    },
    BUILD_TIMEOUT,
  );
});
