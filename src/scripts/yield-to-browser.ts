/**
 * Lets the browser handle input and paint between pieces of work, but only
 * when the current piece has run long enough to be noticed. Results used to
 * yield after every one with `setTimeout(0)`, which browsers delay to 4 ms
 * once such timeouts nest: ten results waited 30 ms or more for nothing.
 */

/** Work longer than this without a break delays a keystroke visibly (half a frame at 60 Hz). */
const BUDGET_MS = 8;

/** `scheduler.yield()` where the browser has it (it resumes before other queued tasks). */
interface YieldingScheduler {
  yield(): Promise<void>;
}

/** Returns a function to call between pieces of work; it yields once the budget is spent. */
export function workSlicer(budget = BUDGET_MS): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < budget) return;
    const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
    if (typeof scheduler?.yield === 'function') await scheduler.yield();
    else await new Promise((resolve) => setTimeout(resolve, 0));
    sliceStart = performance.now();
  };
}
