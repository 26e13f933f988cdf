/**
 * A perceptron's weights by feature hash, read-only once built. A `Map` of ~160,000 number keys
 * spent over a third of extraction's time in its lookups. This open-addressing table keeps the
 * keys in their own `Int32Array` (a 1 MB run that caches well; most lookups are of features the
 * perceptron never weighted, and end there) and the weights beside it. Before the table, a bit per
 * hash bucket (128 KB, which stays in cache) answers most of those lookups without touching it.
 */
export interface WeightLookup {
  get(feature: number): number | undefined;
}

const EMPTY = -1;
const PRESENT_BITS = 1 << 20;
const PRESENT_MASK = PRESENT_BITS - 1;

export class WeightTable implements WeightLookup {
  /** EMPTY marks a free slot (feature hashes are 30-bit, never negative). */
  private readonly keys: Int32Array;
  private readonly weights: Float64Array;
  private readonly mask: number;
  /** Bit `h & PRESENT_MASK` is set when some weighted feature has those low bits. */
  private readonly present = new Int32Array(PRESENT_BITS >>> 5);

  /** `hashes[k]` has weight `weights[k]`; a repeated hash keeps its last weight, as a Map built from them would. */
  constructor(hashes: readonly number[], weights: readonly number[]) {
    if (hashes.length !== weights.length) throw new Error(`weight table: ${hashes.length} hashes but ${weights.length} weights`);
    let capacity = 1024;
    while (capacity < hashes.length * 1.5) capacity *= 2;
    this.mask = capacity - 1;
    this.keys = new Int32Array(capacity).fill(EMPTY);
    this.weights = new Float64Array(capacity);
    hashes.forEach((h, k) => {
      if (!Number.isInteger(h) || h < 0 || h > 0x3fffffff) throw new Error(`weight table: feature hash ${h} is not a 30-bit integer`);
      this.weights[this.slotOf(h)] = weights[k]!;
      this.present[(h & PRESENT_MASK) >>> 5]! |= 1 << (h & 31);
    });
  }

  get(feature: number): number | undefined {
    if ((this.present[(feature & PRESENT_MASK) >>> 5]! & (1 << (feature & 31))) === 0) return undefined;
    const keys = this.keys;
    for (let slot = this.spread(feature); ; slot = (slot + 1) & this.mask) {
      const key = keys[slot]!;
      if (key === feature) return this.weights[slot];
      if (key === EMPTY) return undefined;
    }
  }

  /** The slot holding `feature`, claimed for it if it has none. */
  private slotOf(feature: number): number {
    const keys = this.keys;
    let slot = this.spread(feature);
    while (keys[slot] !== EMPTY && keys[slot] !== feature) slot = (slot + 1) & this.mask;
    keys[slot] = feature;
    return slot;
  }

  /** Feature hashes are already mixed; a multiply spreads any low-bit regularity anyway. */
  private spread(feature: number): number {
    return (Math.imul(feature, 0x9e3779b1) >>> 0) & this.mask;
  }
}
