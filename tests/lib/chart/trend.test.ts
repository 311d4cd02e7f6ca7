import { describe, expect, it } from 'vitest';
import { describeTrend } from '../../../src/lib/chart/describe.ts';
import { ACHIEVED, NOT_ACHIEVED, seriesColour } from '../../../src/lib/chart/palette.ts';
import { trendGeometry, wrapWords, yDomain, type ChartPointInput } from '../../../src/lib/chart/trend.ts';

// Invented values for geometry tests only.
const p = (year: number, value: number | null, over: Partial<ChartPointInput> = {}): ChartPointInput => ({
  year,
  value,
  achieved: null,
  disputed: false,
  missing: value === null,
  text: String(value).replace('.', ','),
  note: '',
  ...over,
});
const opts = { width: 640, height: 320, from: 2019, to: 2026, formatTick: (v: number) => String(v) };

describe('yDomain', () => {
  it.each([
    { values: [43.07, 53.42], expected: [42.2416, 54.2484] },
    { values: [2, 30], expected: [0, 32.4] },
    { values: [5, 5], expected: [4.42, 5.58] },
    { values: [], expected: [0, 1] },
    // Counts that are all zero: the axis starts at zero, never below.
    { values: [0, 0], expected: [0, 1.08] },
    { values: [-3, 2], expected: [-3.4, 2.4] },
  ])('$values', ({ values, expected }) => {
    const [a, b] = yDomain(values);
    expect(a).toBeCloseTo(expected[0]!, 3);
    expect(b).toBeCloseTo(expected[1]!, 3);
  });
});

describe('trendGeometry', () => {
  const geometry = trendGeometry(
    [
      {
        key: 'kab',
        label: 'Kab',
        points: [
          p(2019, 40, { achieved: true }),
          p(2020, 50, { achieved: false }),
          p(2022, 60),
          p(2022, 55, { disputed: true }),
          p(2023, null),
        ],
      },
    ],
    [{ year: 2026, value: 70, text: '70', disputed: false }],
    opts,
  );
  const [s] = geometry.series;

  it('places one tick per year from 2019 to 2026', () => {
    expect(geometry.xTicks.map((t) => t.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(geometry.xTicks[0]!.x).toBe(64);
    expect(geometry.xTicks.at(-1)!.x).toBe(624);
  });

  it('breaks the line at a missing year and labels the gap, including an explicit belum_tersedia row', () => {
    expect(s!.path.match(/M/g)).toHaveLength(2);
    expect(geometry.gaps.map((g) => g.year)).toEqual([2021, 2023]);
  });

  it('colours points by achievement and draws disputed or second values hollow', () => {
    expect(s!.points.map((pt) => [pt.year, pt.fill, pt.hollow])).toEqual([
      [2019, ACHIEVED, false],
      [2020, NOT_ACHIEVED, false],
      [2022, seriesColour(0), false],
      [2022, seriesColour(0), true],
    ]);
  });

  it('puts a higher value higher on the chart and keeps targets in range', () => {
    const y = Object.fromEntries(s!.points.filter((pt) => !pt.hollow).map((pt) => [pt.year, pt.y]));
    expect(y[2019]!).toBeGreaterThan(y[2020]!);
    expect(y[2020]!).toBeGreaterThan(y[2022]!);
    expect(geometry.targets).toHaveLength(1);
    expect(geometry.targets[0]!.y).toBeLessThan(y[2022]!);
  });

  it('drops points outside the year range', () => {
    const g = trendGeometry([{ key: 'n', label: 'N', points: [p(2010, 68.15), p(2019, 75.24)] }], [], opts);
    expect(g.series[0]!.points.map((pt) => pt.year)).toEqual([2019]);
  });
});

describe('names at the ends of the lines', () => {
  // Three invented lines, two of them ending close together.
  const lines = [
    { key: 'a', label: 'Kabupaten Belitung', points: [p(2019, 40), p(2022, 50)] },
    { key: 'b', label: 'Provinsi Kepulauan Bangka Belitung', points: [p(2019, 41), p(2022, 50.5)] },
    { key: 'c', label: 'Indonesia', points: [p(2019, 60), p(2023, 70)] },
  ];

  it('names each line once there are two or more, in the right margin, without overlapping, inside the plot', () => {
    for (const [width, size] of [
      [720, 12],
      [320, 13],
    ] as const) {
      const g = trendGeometry(lines, [], { ...opts, width, labelSize: size });
      const ends = g.series.map((s) => s.end!);
      for (const end of ends) {
        expect(end.x).toBeGreaterThan(width - g.margin.right);
        // The longest line of the name fits the margin (about 0.68 em a character for bold text).
        expect(end.x + 0.68 * size * Math.max(...end.lines.map((l) => l.length))).toBeLessThanOrEqual(width);
      }
      const boxes = ends
        .map((e) => ({ top: e.y - size, bottom: e.y - size + e.lines.length * Math.round(size * 1.2) }))
        .sort((a, b) => a.top - b.top);
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom);
      expect(boxes[0]!.top).toBeGreaterThanOrEqual(g.margin.top - size);
      expect(boxes.at(-1)!.bottom).toBeLessThanOrEqual(g.height - g.margin.bottom + size);
    }
  });

  it('leaves the names to the legend when, stacked, they would not fit beside the plot (many series on a phone)', () => {
    const many = [
      ...lines,
      { key: 'd', label: 'Provinsi Kepulauan Bangka Belitung — Metode baru (Long Form SP2020)', points: [p(2020, 72), p(2023, 74)] },
      { key: 'e', label: 'Indonesia — Metode lama (sebelum Long Form SP2020)', points: [p(2022, 72), p(2023, 73)] },
    ];
    const phone = trendGeometry(many, [], { ...opts, width: 320, height: 240, labelSize: 13 });
    expect(phone.series.every((s) => s.end === null)).toBe(true);
    expect(phone.margin.right).toBeLessThan(60);
    const wide = trendGeometry(many, [], { ...opts, width: 720, height: 400, labelSize: 12 });
    expect(wide.series.every((s) => s.end !== null)).toBe(true);
  });

  it('leaves a single line unnamed (the title names it) and draws no names unless asked', () => {
    expect(trendGeometry(lines.slice(0, 1), [], { ...opts, labelSize: 12 }).series[0]!.end).toBeNull();
    expect(trendGeometry(lines, [], opts).series.every((s) => s.end === null)).toBe(true);
  });

  it('rescales both axes to the years chosen', () => {
    const all = trendGeometry(lines, [], opts);
    const late = trendGeometry(lines, [], { ...opts, from: 2022, to: 2023 });
    expect(late.xTicks.map((t) => t.year)).toEqual([2022, 2023]);
    expect(late.xTicks[0]!.x).toBe(all.xTicks[0]!.x);
    expect(late.yTicks[0]!.text).not.toBe(all.yTicks[0]!.text);
  });

  it.each([
    { text: 'Provinsi Kepulauan Bangka Belitung', width: 9, expected: ['Provinsi', 'Kepulauan', 'Bangka', 'Belitung'] },
    { text: 'Provinsi Kepulauan Bangka Belitung', width: 20, expected: ['Provinsi Kepulauan', 'Bangka Belitung'] },
    { text: 'Indonesia', width: 4, expected: ['Indonesia'] },
  ])('wraps $text at $width', ({ text, width, expected }) => expect(wrapWords(text, width)).toEqual(expected));
});

describe('describeTrend', () => {
  it.each([
    {
      pts: [p(2019, 43.07), p(2022, 53.42)],
      tg: [{ year: 2026, value: 53.45, text: '53,45', disputed: false }],
      expected: 'IDG naik dari 43,07 (2019) ke 53,42 (2022); target 2026: 53,45.',
    },
    {
      pts: [p(2019, 43.07), p(2022, 53.42), p(2022, 53.02, { disputed: true })],
      tg: [],
      expected: 'IDG: 43,07 (2019) dan 53,42 (2022, diperdebatkan); arah perubahannya tidak disimpulkan.',
    },
    { pts: [p(2020, 1.92, { disputed: true })], tg: [], expected: 'IDG: 1,92 (2020, diperdebatkan).' },
    { pts: [p(2020, 2.85), p(2021, 1.5)], tg: [], expected: 'IDG turun dari 2,85 (2020) ke 1,5 (2021).' },
    { pts: [p(2021, 100), p(2022, 100)], tg: [], expected: 'IDG tetap 100 dari 2021 sampai 2022.' },
    { pts: [p(2022, 55.8)], tg: [], expected: 'IDG: 55,8 (2022).' },
    {
      pts: [p(2023, null)],
      tg: [{ year: 2026, value: 75, text: '75', disputed: false }],
      expected: 'IDG: data belum tersedia; target 2026: 75.',
    },
  ])('$expected', ({ pts, tg, expected }) => expect(describeTrend('IDG', pts, tg, 'id')).toBe(expected));
  it('speaks English too', () =>
    expect(describeTrend('IDG', [p(2019, 43.07), p(2022, 53.42)], [], 'en')).toBe('IDG rose from 43,07 (2019) to 53,42 (2022).'));
});
