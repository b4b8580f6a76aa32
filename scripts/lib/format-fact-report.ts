import type { FactReport } from './fact-report.js';
import { MIN_PRECISION } from './fact-report.js';
import type { PrecisionRecall } from './pair-metrics.js';

const f = (n: number): string => n.toFixed(3);
const prf = (s: PrecisionRecall): string =>
  `precision ${f(s.precision)}  recall ${f(s.recall)}  F1 ${f(s.f1)}  (${s.truePositives} of ${s.predicted} predicted, ${s.actual} gold)`;
const COLUMN = 26;

/** The fact-alignment figures as lines of text, scorers side by side in one table. */
export function formatFactReport(r: FactReport, source: string): string[] {
  const labels = Object.entries(r.labels)
    .map(([l, n]) => `${l} ${n}`)
    .join(', ');
  const lines = [
    `fact pairs ${r.pairs} (${labels}) from ${source}`,
    `same fact  isSameKeyPoint  ${prf(r.sameKeyPoint)}`,
    'same-fact curve: min(carries(a,b), carries(b,a)) >= threshold',
    `threshold  ${r.scorers.map((s) => s.name.padEnd(COLUMN)).join('')}`,
    `           ${r.scorers.map(() => 'P      R      F1'.padEnd(COLUMN)).join('')}`,
  ];
  const rows = r.scorers[0]?.curve.length ?? 0;
  for (let i = 0; i < rows; i++) {
    const cells = r.scorers.map((s) => {
      const p = s.curve[i];
      return (p ? `${f(p.precision)}  ${f(p.recall)}  ${f(p.f1)}` : '').padEnd(COLUMN);
    });
    lines.push(`${(r.scorers[0]?.curve[i]?.threshold ?? 0).toFixed(2).padEnd(11)}${cells.join('')}`);
  }
  for (const s of r.scorers) {
    const best = s.best
      ? `threshold ${s.best.threshold.toFixed(2)}, recall ${f(s.best.recall)}`
      : `no threshold reaches precision ${MIN_PRECISION}`;
    const d = s.direction;
    lines.push(
      `${s.name}: best at precision >= ${MIN_PRECISION}: ${best}`,
      `${s.name}: direction right in ${d.correct} of ${d.total} (${f(d.accuracy)}, ${d.ties} ties)`,
      `${s.name}: x carries y at ${s.carries.threshold.toFixed(2)}: ${prf(s.carries)}`,
    );
  }
  return lines.map((l) => l.trimEnd());
}
