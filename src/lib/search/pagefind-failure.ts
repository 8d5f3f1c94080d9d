/**
 * One line for a Pagefind run that failed on the file system. Pagefind panics
 * there (`called Result::unwrap() on an Err value: Os { code: 28, kind:
 * StorageFull, message: "No space left on device" }`) and prints a Rust
 * backtrace without the path; the path it writes to is the `Output:` line it
 * prints first. Undefined for any other failure.
 */
export function describePagefindFailure(output: string): string | undefined {
  const os = /Os \{ code: (\d+), kind: (\w+), message: "([^"]*)" \}/.exec(output);
  if (!os) return undefined;
  const path = /^Output:\s+"(.*)"\s*$/m.exec(output)?.[1];
  const where = path ? `the search index to ${path}` : 'the search index';
  return `could not write ${where}: ${os[3]!.toLowerCase()} (${os[2]})`;
}
