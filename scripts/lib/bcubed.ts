/** BCubed precision, recall and F1 of a clustering against gold classes. */
export interface BcubedScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Scores the items' predicted clusters against their gold classes (Bagga and Baldwin's BCubed). */
export function bcubed<T>(
  items: readonly T[],
  goldOf: (item: T) => string,
  predictedOf: (item: T) => string,
): BcubedScore {
  const byGold = new Map<string, T[]>();
  const byPredicted = new Map<string, T[]>();
  for (const item of items) {
    byGold.set(goldOf(item), [...(byGold.get(goldOf(item)) ?? []), item]);
    byPredicted.set(predictedOf(item), [...(byPredicted.get(predictedOf(item)) ?? []), item]);
  }
  let precision = 0;
  let recall = 0;
  for (const item of items) {
    const cluster = byPredicted.get(predictedOf(item)) ?? [];
    const klass = byGold.get(goldOf(item)) ?? [];
    const both = cluster.filter((other) => goldOf(other) === goldOf(item)).length;
    precision += both / cluster.length;
    recall += both / klass.length;
  }
  precision /= items.length || 1;
  recall /= items.length || 1;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
