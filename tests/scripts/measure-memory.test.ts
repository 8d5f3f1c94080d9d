import { describe, expect, it } from 'vitest';
import { cpuTicks, stealShare } from '../../scripts/bench/measure-memory.mjs';

describe('stealShare', () => {
  it('reads the share of CPU time the hypervisor gave other guests from /proc/stat', () => {
    // user nice system idle iowait irq softirq steal guest guest_nice
    const before = cpuTicks('cpu  100 0 50 800 10 0 0 40 0 0\ncpu0 1 2 3');
    const after = cpuTicks('cpu  300 0 100 1200 20 0 0 140 0 0\ncpu0 1 2 3');
    expect(before).toEqual({ total: 1000, steal: 40 });
    expect(stealShare(before, after)).toBeCloseTo(100 / 760);
    expect(stealShare(after, after)).toBe(0);
  });
});
