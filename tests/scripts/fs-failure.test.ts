import { describe, expect, it } from 'vitest';
import { describeFsFailure } from '../../scripts/lib/fs-failure.mjs';

describe('describeFsFailure', () => {
  it('names the path and the reason of an error a user can fix', () => {
    const error = Object.assign(new Error('EROFS: read-only file system, mkdir'), {
      code: 'EROFS',
      path: '/site/.build-staging',
    });
    expect(describeFsFailure(error)).toBe(
      'Could not write /site/.build-staging: the file system is read-only (EROFS).',
    );
    expect(describeFsFailure(Object.assign(new Error(), { code: 'ENOSPC', path: 'dist/a' }))).toBe(
      'Could not write dist/a: no space left on the device (ENOSPC).',
    );
  });

  it('leaves a bug (any other error) to be shown with its stack', () => {
    expect(describeFsFailure(new TypeError('x is undefined'))).toBeUndefined();
    expect(describeFsFailure(Object.assign(new Error(), { code: 'ENOENT' }))).toBeUndefined();
  });
});
