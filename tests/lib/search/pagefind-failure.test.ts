import { describe, expect, it } from 'vitest';
import { describePagefindFailure } from '../../../src/lib/search/pagefind-failure';

// What Pagefind 1.6 printed when its output folder could not be written (run
// by hand with --output-path on a read-only file system).
const PANIC = `Running Pagefind v1.6.0
Source:       "/tmp/pf/site"
Output:       "/sys/kernel/pagefindtest"

[Building search indexes]
Total:
  Indexed 1 page

thread 'main' (5556) panicked at pagefind/src/output/mod.rs:424:46:
called \`Result::unwrap()\` on an \`Err\` value: Os { code: 1, kind: PermissionDenied, message: "Operation not permitted" }
stack backtrace:
note: Some details are omitted, run with \`RUST_BACKTRACE=full\` for a verbose backtrace.`;

describe('describePagefindFailure', () => {
  it('gives one line naming the output folder and the reason, not the backtrace', () => {
    expect(describePagefindFailure(PANIC)).toBe(
      'could not write the search index to /sys/kernel/pagefindtest: operation not permitted (PermissionDenied)',
    );
  });

  it('says a full disk in the same way', () => {
    const full = PANIC.replace(
      'Os { code: 1, kind: PermissionDenied, message: "Operation not permitted" }',
      'Os { code: 28, kind: StorageFull, message: "No space left on device" }',
    );
    expect(describePagefindFailure(full)).toMatch(/: no space left on device \(StorageFull\)$/);
  });

  it('leaves other failures to the caller', () => {
    expect(describePagefindFailure('Error: unknown flag --foo')).toBeUndefined();
  });
});
