import type { AstroIntegration } from 'astro';

/** The Fontsource packages whose `@font-face` rules are adjusted. */
const FONTSOURCE_CSS = /[\\/]@fontsource(?:-variable)?[\\/].+\.css(?:\?.*)?$/;

/**
 * Sets `font-display: optional` on the Fontsource web fonts (which ship
 * `swap` and offer no option to change it). With `swap`, a reader on a slow
 * connection first sees the fallback font and then the text reflows when
 * Literata arrives: the headline jumps (a layout shift Lighthouse
 * measured at 0.16 on an article) and first paint waits on font downloads.
 * With `optional`, the browser uses a web font only if it is there within
 * about 100 ms (always, once cached: the files are content-hashed and cached
 * for good) and otherwise keeps the fallback for that page view, so the text
 * never moves.
 */
export function optionalFontDisplay(): AstroIntegration {
  return {
    name: 'optional-font-display',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'optional-font-display',
                enforce: 'pre',
                transform(code, id) {
                  if (!FONTSOURCE_CSS.test(id)) return undefined;
                  return {
                    code: code.replaceAll(/font-display:\s*swap/g, 'font-display: optional'),
                    map: null,
                  };
                },
              },
            ],
          },
        });
      },
    },
  };
}
