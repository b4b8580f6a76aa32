import { describe, expect, it } from 'vitest';
import { fitPowerLaw, growthFactors, interpolateMs } from '../bench/growth.js';
import { median, quantile, round } from '../bench/stats.js';

describe('growthFactors', () => {
  it('gives 2 per doubling for linear time and 4 for quadratic', () => {
    const linear = growthFactors([1000, 2000, 4000].map((size) => ({ size, ms: size / 10 })));
    const quadratic = growthFactors([1000, 2000].map((size) => ({ size, ms: (size / 100) ** 2 })));

    expect(linear.map((g) => g.factor)).toEqual([2, 2]);
    expect(quadratic[0]?.perDoubling).toBeCloseTo(4);
  });

  it('states growth over a quadrupling per doubling, and sorts the sizes first', () => {
    const [growth] = growthFactors([
      { size: 4000, ms: 900 },
      { size: 1000, ms: 100 },
    ]);

    expect(growth).toMatchObject({ from: 1000, to: 4000, factor: 9 });
    expect(growth?.perDoubling).toBeCloseTo(3);
  });
});

describe('fitPowerLaw', () => {
  it('recovers the exponent and scale of exact power-law points', () => {
    const law = fitPowerLaw([1000, 2000, 4000, 8000].map((size) => ({ size, ms: 0.002 * size ** 1.2 })));

    expect(law.b).toBeCloseTo(1.2);
    expect(law.a).toBeCloseTo(0.002);
  });

  it('needs two points', () => {
    expect(() => fitPowerLaw([{ size: 1, ms: 1 }])).toThrow(/two points/);
  });
});

describe('interpolateMs', () => {
  const points = [
    { size: 1000, ms: 100 },
    { size: 2000, ms: 200 },
    { size: 4000, ms: 800 },
  ];

  it('hits the measured points and follows a power law between neighbours', () => {
    expect(interpolateMs(points, 2000)).toBeCloseTo(200);
    expect(interpolateMs(points, 3000)).toBeCloseTo(200 * 1.5 ** 2);
  });

  it('extends the nearest segment beyond the measured sizes', () => {
    expect(interpolateMs(points, 500)).toBeCloseTo(50);
    expect(interpolateMs(points, 8000)).toBeCloseTo(3200);
    expect(interpolateMs([], 1)).toBeNaN();
  });
});

describe('stats', () => {
  it('interpolates quantiles and takes the middle as the median', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(quantile([0, 10], 0.9)).toBe(9);
    expect(median([])).toBeNaN();
  });

  it('rounds to significant digits', () => {
    expect(round(1234.5678)).toBe(1235);
    expect(round(0.000123456, 2)).toBe(0.00012);
  });
});
