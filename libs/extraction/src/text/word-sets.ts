/**
 * "Does this sentence contain any word of this trigger set?": the pre-check every detector makes
 * before it reads a sentence, some thirty sets on every sentence. Done as set lookups it was ~5% of
 * extraction time; here each trigger set gets a bit the first time it is asked about, each word
 * keeps the bits of the sets it is in, and a sentence's words are folded once into a bit mask, after
 * which every pre-check is a bit test.
 *
 * Trigger sets must not change after their first use (they are module constants). A set of words
 * (a sentence's `words`) may be asked about any number of trigger sets; its mask is recomputed only
 * when trigger sets were added since it was made, which stops happening once every detector has run.
 */
const bitOf = new Map<ReadonlySet<string>, number>();
const bitsOfWord = new Map<string, number[]>();
const masks = new WeakMap<ReadonlySet<string>, { sets: number; mask: Uint32Array }>();

function register(trigger: ReadonlySet<string>): number {
  const bit = bitOf.size;
  bitOf.set(trigger, bit);
  for (const w of trigger) {
    const bits = bitsOfWord.get(w);
    if (bits) bits.push(bit);
    else bitsOfWord.set(w, [bit]);
  }
  return bit;
}

function maskOf(words: ReadonlySet<string>): Uint32Array {
  const known = masks.get(words);
  if (known && known.sets === bitOf.size) return known.mask;
  const mask = new Uint32Array((bitOf.size >>> 5) + 1);
  for (const w of words) {
    const bits = bitsOfWord.get(w);
    if (bits) for (const b of bits) mask[b >>> 5] |= 1 << (b & 31);
  }
  masks.set(words, { sets: bitOf.size, mask });
  return mask;
}

/** True when `words` (a sentence's distinct lower-case tokens) holds a word of `trigger` (a constant set). */
export function containsAny(words: ReadonlySet<string>, trigger: ReadonlySet<string>): boolean {
  const bit = bitOf.get(trigger) ?? register(trigger);
  return ((maskOf(words)[bit >>> 5] >>> (bit & 31)) & 1) === 1;
}
