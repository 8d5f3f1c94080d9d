// Peak memory of a whole process tree. A build is Node (Astro, Vite, Rollup)
// plus whatever it starts, Pagefind's native indexer among them, so the
// figure that matters for a build machine is the largest SUM of resident
// memory (VmRSS) over the build process and all its descendants at one
// moment. Linux only: reads /proc every ~100 ms.
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { clearInterval, setInterval } from 'node:timers';

/** Parent pid of every process, from /proc/<pid>/stat (field 4, after the command in parentheses). */
function parentsByPid() {
  const parents = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(name), ppid);
    } catch {
      // The process ended while we were looking.
    }
  }
  return parents;
}

/** `root` and all its descendants that exist right now. */
export function processTree(root) {
  const parents = parentsByPid();
  const children = new Map();
  for (const [pid, ppid] of parents) {
    const list = children.get(ppid) ?? [];
    list.push(pid);
    children.set(ppid, list);
  }
  const tree = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift();
    if (!parents.has(pid)) continue;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Name and resident memory (bytes) of one process; 0 bytes if it is gone. */
function rssOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    // The program's file name: /proc's Name is cut at 15 characters, and Node calls itself MainThread.
    const argv0 = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? '';
    const name = argv0.split('/').pop() || (/^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?');
    return { name, bytes: rss ? Number(rss[1]) * 1024 : 0 };
  } catch {
    return { name: '?', bytes: 0 };
  }
}

/**
 * The machine's CPU time so far, from the first line of /proc/stat (in clock
 * ticks): all of it, and the part stolen by the hypervisor for other guests.
 */
export function cpuTicks(stat = readFileSync('/proc/stat', 'utf8')) {
  const fields = stat.split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal (guest time is counted in user).
  return { total: fields.slice(0, 8).reduce((a, b) => a + b, 0), steal: fields[7] ?? 0 };
}

/** The share of the machine's CPU time stolen between two `cpuTicks()` readings. */
export function stealShare(before, after) {
  const total = after.total - before.total;
  return total > 0 ? (after.steal - before.steal) / total : 0;
}

/**
 * Starts polling the tree under `pid`. `stop()` returns the peak sum in bytes,
 * each process name's own peak (to tell Node from Pagefind), the most
 * processes seen at once, the machine's mean 1-minute load average while
 * it ran, and the share of CPU time the hypervisor gave other guests (other
 * work on the machine, or on the host of a virtual one, slows a build down).
 */
export function watchMemory(pid, intervalMs = 100) {
  let peak = 0;
  let samples = 0;
  let maxProcesses = 0;
  let loadSum = 0;
  const peakByName = {};
  const ticks = cpuTicks();
  const sample = () => {
    const tree = processTree(pid).map(rssOf);
    const byName = {};
    for (const { name, bytes } of tree) byName[name] = (byName[name] ?? 0) + bytes;
    for (const [name, bytes] of Object.entries(byName))
      peakByName[name] = Math.max(peakByName[name] ?? 0, bytes);
    samples++;
    loadSum += loadavg()[0];
    peak = Math.max(
      peak,
      tree.reduce((total, p) => total + p.bytes, 0),
    );
    maxProcesses = Math.max(maxProcesses, tree.length);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const steal = stealShare(ticks, cpuTicks());
      return {
        peakBytes: peak,
        peakByName,
        samples,
        maxProcesses,
        meanLoad: loadSum / samples,
        steal,
      };
    },
  };
}
