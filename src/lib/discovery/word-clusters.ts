import { pushTo } from './multimap';
import { endingsOf, foldWord } from '../mentions/name-endings';
import { aliasWord, matchesWord } from '../mentions/word-match';

/** Union-find over indexes. */
export class DisjointSets {
  readonly #parent: number[] = [];
  add(): number {
    this.#parent.push(this.#parent.length);
    return this.#parent.length - 1;
  }
  find(i: number): number {
    while (this.#parent[i] !== i) {
      this.#parent[i] = this.#parent[this.#parent[i]!]!;
      i = this.#parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.#parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** The words of names in one language, grouped by inflection. */
export interface WordClusters {
  /** Cluster of a word as written. */
  clusterOf(word: string): number;
  /** The word that names a cluster: its nominative where the forms show it. */
  canonical(cluster: number): string;
}

/**
 * Groups the forms of each name word of a language: "Tuska", "Tuskiem", "Tusk"
 * are one word, as are "России", "Россия", "Россию". Two words are forms of
 * one when the mention matcher would find one for the other (the same rule
 * the site uses to count mentions: a case ending of the language on a shared
 * base). Words are compared only with those that share their first three
 * folded letters, as every form of a word does.
 */
export function clusterWords(counts: ReadonlyMap<string, number>, lang: string): WordClusters {
  const words = [...counts.keys()].sort();
  const index = new Map(words.map((word, i) => [word, i]));
  const sets = new DisjointSets();
  words.forEach(() => sets.add());
  const byPrefix = new Map<string, number[]>();
  words.forEach((word, i) => {
    const key = foldWord(word, lang).slice(0, 3);
    pushTo(byPrefix, key, i);
  });
  for (const members of byPrefix.values()) {
    const prepared = members.map((i) => aliasWord(words[i]!, lang));
    for (let a = 0; a < members.length; a++)
      for (let b = a + 1; b < members.length; b++) {
        if (sets.find(members[a]!) === sets.find(members[b]!)) continue;
        const wa = words[members[a]!]!;
        const wb = words[members[b]!]!;
        if (matchesWord(wa, prepared[b]!, lang) || matchesWord(wb, prepared[a]!, lang))
          sets.union(members[a]!, members[b]!);
      }
  }
  const names = new Map<number, string>();
  const groups = new Map<number, string[]>();
  words.forEach((word, i) => {
    const root = sets.find(i);
    pushTo(groups, root, word);
  });
  for (const [root, members] of groups) names.set(root, nominative(members, counts, lang));
  return {
    clusterOf: (word) => sets.find(index.get(word) ?? -1),
    canonical: (cluster) => names.get(cluster) ?? '',
  };
}

/**
 * The form that names a group: the one the others are "it plus an ending" of
 * (Tusk for Tuska, Tuskiem), else the most frequent, else the shortest.
 */
function nominative(members: string[], counts: ReadonlyMap<string, number>, lang: string): string {
  const endings = endingsOf(lang);
  const score = (word: string) => {
    const folded = foldWord(word, lang);
    return members.filter((other) => {
      const f = foldWord(other, lang);
      return f !== folded && f.startsWith(folded) && endings.has(f.slice(folded.length));
    }).length;
  };
  return [...members].sort(
    (a, b) =>
      score(b) - score(a) ||
      (counts.get(b) ?? 0) - (counts.get(a) ?? 0) ||
      a.length - b.length ||
      a.localeCompare(b),
  )[0]!;
}
