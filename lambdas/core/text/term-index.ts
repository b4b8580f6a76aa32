/**
 * Stems numbered in the order first seen. Grouping sums and compares integers in typed arrays: a
 * string-keyed Map costs a hash per lookup and dozens of bytes per entry, which at tens of
 * thousands of articles is most of grouping's time and memory.
 */
export class TermIndex {
  private readonly byStem = new Map<string, number>();
  private readonly stems: string[] = [];

  /** The id of a stem, numbering it if it is new. */
  id(stem: string): number {
    let id = this.byStem.get(stem);
    if (id === undefined) {
      id = this.stems.length;
      this.byStem.set(stem, id);
      this.stems.push(stem);
    }
    return id;
  }

  stem(id: number): string {
    return this.stems[id] ?? '';
  }

  get size(): number {
    return this.stems.length;
  }

  /**
   * Each id's place in `localeCompare` order, stems that compare equal sharing one: ranks break
   * ties between equal weights as comparing the stems themselves would, without a string compare.
   */
  collationRanks(): Int32Array {
    const order = this.stems.map((_, id) => id).sort((a, b) => this.stem(a).localeCompare(this.stem(b)));
    const ranks = new Int32Array(this.stems.length);
    let rank = 0;
    order.forEach((id, k) => {
      const previous = order[k - 1];
      if (previous !== undefined && this.stem(previous).localeCompare(this.stem(id)) !== 0) rank++;
      ranks[id] = rank;
    });
    return ranks;
  }
}
