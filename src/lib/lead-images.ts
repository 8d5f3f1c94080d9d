import type { ImageMetadata } from 'astro';

/**
 * The files of content/images/, for Astro's image pipeline: a lead image named
 * in front matter is found here by its file name. Vite imports each one only
 * when a page asks for it.
 */
const images = import.meta.glob<{ default: ImageMetadata }>(
  '/content/images/*.{jpg,jpeg,JPG,JPEG,png,PNG,webp,WEBP,avif,AVIF}',
);

/** The image metadata of `content/images/<name>` (the content check made sure it exists). */
export async function leadImage(name: string): Promise<ImageMetadata> {
  const load = images[`/content/images/${name}`];
  if (!load) throw new Error(`content/images/${name}: no such image (image.src in front matter)`);
  return (await load()).default;
}
