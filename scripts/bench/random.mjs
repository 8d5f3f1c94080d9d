// Seeded pseudo-random numbers for the benchmark corpus. Every choice the
// generator makes goes through one of these, so the same seed always writes the
// same corpus byte for byte and runs on different days stay comparable.

/** A seeded generator (sfc32, seeded through splitmix32 from a string or number). */
export function createRandom(seed) {
  let h = 0x9e3779b9 ^ 0;
  for (const ch of String(seed)) h = Math.imul(h ^ ch.codePointAt(0), 0x85ebca6b);
  const split = () => {
    h = (h + 0x9e3779b9) | 0;
    let z = h;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();

  const random = {
    /** A float in [0, 1). */
    next,
    /** An integer in [min, max], both included. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    /** True with probability p. */
    chance: (p) => next() < p,
    /** A uniformly chosen element. */
    pick: (items) => items[Math.floor(next() * items.length)],
    /** An element by weight; `weights` is parallel to `items`. */
    weighted(items, weights) {
      const total = weights.reduce((sum, w) => sum + w, 0);
      let r = next() * total;
      for (let i = 0; i < items.length; i++) if ((r -= weights[i]) < 0) return items[i];
      return items[items.length - 1];
    },
    /**
     * An index in [0, n) with Zipf-like frequencies (rank^-s): a few words very
     * often, a long tail rarely, as in real text. Uses the continuous inverse CDF.
     */
    zipfIndex(n, s = 1.05) {
      const u = next();
      const oneMinus = 1 - s;
      const max = Math.pow(n + 1, oneMinus);
      const x = Math.pow(1 + u * (max - 1), 1 / oneMinus);
      return Math.min(n - 1, Math.max(0, Math.floor(x) - 1));
    },
    /** `count` distinct elements, in random order. */
    sample(items, count) {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, count);
    },
  };
  return random;
}
