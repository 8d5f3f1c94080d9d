import { describe, expect, it } from 'vitest';
import { comparePath, entitiesPath, entityPath, storyPath } from '../../src/lib/urls';

// The analysis pages' paths (urls.ts), with the trailing slash every page has.
describe('analysis paths', () => {
  it('builds entity, story and comparison paths in a UI language', () => {
    expect(entitiesPath('de')).toBe('/de/entities/');
    expect(entityPath('ru', 'tokayev')).toBe('/ru/entities/tokayev/');
    expect(storyPath('pl', 'kazakhstan')).toBe('/pl/stories/kazakhstan/');
  });

  it('builds the comparison of a pair of a group’s versions', () => {
    expect(comparePath('en', 'g', ['de', 'es'])).toBe('/en/compare/g/de-es/');
  });
});
