import { describe, expect, it } from 'vitest';
import { uiAlternates } from '../../src/lib/ui-alternates';
import { entityPath } from '../../src/lib/urls';

describe('uiAlternates', () => {
  it('names every UI language version and the default one as x-default', () => {
    const alternates = uiAlternates((l) => entityPath(l, 'nato'), new URL('https://x.org'));
    expect(alternates.map((a) => a.hreflang)).toEqual(['en', 'es', 'de', 'ru', 'pl', 'x-default']);
    expect(alternates.at(-1)?.href).toBe('https://x.org/en/entities/nato/');
  });
});
