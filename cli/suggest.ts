/**
 * Edit distance with adjacent transpositions (optimal string alignment): the number of single-character
 * insertions, deletions, substitutions or swaps that turn `a` into `b`.
 * @example editDistance('chek', 'check') //=> 1
 * @example editDistance('cehck', 'check') //=> 1
 */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) => [i, ...Array<number>(t.length).fill(0)]);
  for (let j = 1; j <= t.length; j++) d[0][j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[s.length][t.length];
}

/**
 * The known word closest to what was typed, when it is close enough to be a typo (at most one edit in
 * four characters, and never more than two); case is ignored. Ties go to the first candidate.
 * @example closestWord('chek', ['deadline', 'check', 'report']) //=> 'check'
 * @example closestWord('xyz', ['check']) //=> undefined
 */
export function closestWord(typed: string, candidates: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  const limit = Math.min(2, Math.max(1, Math.floor(word.length / 4)));
  let best: { word: string; distance: number } | undefined;
  for (const c of candidates) {
    const distance = editDistance(word, c.toLowerCase());
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { word: c, distance };
  }
  return best?.word;
}
