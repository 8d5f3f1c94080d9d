import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { minimumNode, requireNode } from '../../src/lib/require-node';

// Astro refuses an old Node with a cryptic error; this guard must explain the
// problem and the fix before anything else runs.
describe('requireNode', () => {
  it('accepts the minimum and anything newer', () => {
    expect(() => requireNode('22.12.0', '22.12.0')).not.toThrow();
    expect(() => requireNode('22.12.0', '22.13.0')).not.toThrow();
    expect(() => requireNode('22.12.0', '24.1.0')).not.toThrow();
    // Numeric, not string, comparison: 100 > 22.
    expect(() => requireNode('22.12.0', '100.0.0')).not.toThrow();
  });

  it('refuses an older Node, naming both versions and the way out', () => {
    const run = () => requireNode('22.12.0', '20.20.2');
    expect(run).toThrow('This site needs Node.js >= 22.12.0, but it is running on 20.20.2.');
    expect(run).toThrow(/npm scripts/);
  });

  it('compares minor and patch versions too', () => {
    expect(() => requireNode('22.12.0', '22.11.9')).toThrow(/>= 22\.12\.0/);
    expect(() => requireNode('22.12.1', '22.12.0')).toThrow(/running on 22\.12\.0/);
  });

  it('checks the running Node by default, which the npm scripts make new enough', () => {
    expect(() => requireNode('22.12.0')).not.toThrow();
  });
});

describe('minimumNode', () => {
  it("reads the minimum from package.json's engines, the one place it is stated", () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(`>=${minimumNode()}`).toBe(pkg.engines.node);
  });

  it('names the field and the expected form when engines.node is not a plain minimum', () => {
    expect(() => minimumNode('{"engines":{"node":"^22"}}')).toThrow(
      'package.json  engines.node: expected ">=<major>.<minor>.<patch>", got "^22".',
    );
    expect(() => minimumNode('{}')).toThrow(/engines\.node/);
  });
});
