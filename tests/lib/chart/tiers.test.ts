import { describe, expect, it } from 'vitest';
import { tierGeometry, type TierPointInput } from '../../../src/lib/chart/tiers.ts';

const tp = (year: number, tier: string, over: Partial<TierPointInput> = {}): TierPointInput => ({
  year,
  tier,
  disputed: false,
  achieved: null,
  text: tier,
  note: '',
  ...over,
});
const opts = { width: 600, height: 240, from: 2019, to: 2026, labelWidth: 100 };

describe('tierGeometry', () => {
  const tiers = ['Pratama', 'Madya', 'Nindya', 'Utama', 'KLA'];
  const g = tierGeometry(
    tiers,
    [
      tp(2019, 'Pratama'),
      tp(2022, 'Pratama', { disputed: true }),
      tp(2022, 'Madya', { disputed: true }),
      tp(2023, 'Madya'),
      tp(2025, 'Pratama'),
    ],
    [tp(2024, 'Madya'), tp(2026, 'Madya')],
    opts,
  );

  it('orders tiers from the bottom up', () => {
    const y = Object.fromEntries(g.rows.map((r) => [r.tier, r.y]));
    expect(y.Pratama!).toBeGreaterThan(y.Madya!);
    expect(y.Utama!).toBeGreaterThan(y.KLA!);
  });

  it('marks the years without an assessment', () => {
    expect(g.missing.map((m) => m.year)).toEqual([2020, 2021, 2024, 2026]);
  });

  it('draws a step line through the first value of consecutive years only, and both disputed values as hollow points', () => {
    // 2019 stands alone (2020 and 2021 unassessed), 2022–2023 is one run, 2025 stands alone: one line, no line across a gap.
    const x = (year: number) => g.points.find((pt) => pt.year === year)!.x;
    expect(g.path.match(/M/g)).toHaveLength(1);
    expect(g.path.startsWith(`M${x(2022)},`)).toBe(true);
    expect(g.path).toContain(`${x(2023)},`);
    expect(g.path).not.toContain(`${x(2025)},`);
    expect(g.points.map((pt) => [pt.year, pt.tier, pt.hollow])).toEqual([
      [2019, 'Pratama', false],
      [2022, 'Pratama', true],
      [2022, 'Madya', true],
      [2023, 'Madya', false],
      [2025, 'Pratama', false],
    ]);
    expect(g.targets.map((t) => t.year)).toEqual([2024, 2026]);
  });

  it('ignores a tier that is not in the scheme shown', () => {
    expect(tierGeometry(['A', 'B'], [tp(2020, 'Z')], [], opts).points).toEqual([]);
  });
});
