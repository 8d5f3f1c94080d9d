import { fileURLToPath } from 'node:url';

/** The project root (where package.json is). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
/** The built site, as `npm run build` publishes it. */
export const DIST_DIR = `${ROOT}/dist`;
/** The articles, one Markdown file per language version. */
export const ARTICLES_DIR = `${ROOT}/content/articles`;
/** The UI strings, one file per language. */
export const UI_DIR = `${ROOT}/src/i18n/ui`;
/** Screenshots and other output for humans to look at; gitignored. */
export const OUTPUT_DIR = `${ROOT}/.test-output`;
/** Debian's Chromium, the browser the tests drive. */
export { CHROMIUM_PATH } from '../../scripts/lib/chromium.mjs';
