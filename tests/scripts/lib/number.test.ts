import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberReadings, parseIdNumber, parsePlainIdNumber } from '../../../scripts/lib/number.ts';

describe('parseIdNumber reads numbers as Indonesian spreadsheets write them', () => {
  it.each([
    { input: '53,02', expected: 53.02 },
    { input: '91.366', expected: 91366 },
    { input: '1.234.567', expected: 1234567 },
    { input: 'Rp48.637.842', expected: 48637842 },
    { input: 'Rp 48.637.842,00', expected: 48637842 },
    { input: '36,50%', expected: 36.5 },
    { input: '1.234,5', expected: 1234.5 },
    { input: '-5,93', expected: -5.93 },
    { input: '\u22125,93', expected: -5.93 },
    { input: '53.02', expected: 53.02 },
    { input: '0,015', expected: 0.015 },
    { input: '1,234.5', expected: 1234.5 },
    { input: ' 100 ', expected: 100 },
    { input: '0', expected: 0 },
  ])('$input -> $expected', ({ input, expected }) => {
    expect(parseIdNumber(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    { input: '', reason: 'kosong' },
    { input: 'n/a', reason: 'bukan angka' },
    { input: 'lima', reason: 'bukan angka' },
    { input: '1,2,3', reason: 'bukan angka' },
    { input: '12.34.5', reason: 'bukan angka' },
    { input: '1.2,3', reason: 'bukan angka' },
    { input: '9'.repeat(400), reason: 'terlalu besar' },
  ])('$input is rejected ($reason)', ({ input, reason }) => {
    expect(parseIdNumber(input)).toEqual({ ok: false, reason });
  });
});

/** Cells shaped 1234 or 53,02, maybe negative, up to 9 + 9 digits drawn from `units` (repeat one to weight it). */
const plainCell = (units: string, minDigits: number) => {
  const digits = fc.string({ unit: fc.constantFrom(...units), minLength: minDigits, maxLength: 9 });
  return fc.tuple(fc.boolean(), digits, fc.option(digits, { nil: undefined })).map(([negative, int, frac]) => ({
    raw: `${negative ? '-' : ''}${int}${frac === undefined ? '' : `,${frac}`}`,
    digits: int.length + (frac?.length ?? 0),
  }));
};

describe('parsePlainIdNumber', () => {
  it('gives exactly the double Number() gives for 1234 and 53,02 shapes, and NaN for anything else', () => {
    fc.assert(
      fc.property(plainCell('0123456789', 1), ({ raw, digits }) => {
        const got = parsePlainIdNumber(raw);
        if (digits > 15) expect(got).toBeNaN();
        else expect(got).toBe(Number(raw.replace(',', '.')));
      }),
      { numRuns: 2000 },
    );
    for (const raw of ['', '-', ',5', '5,', '1.234', '1,2,3', 'Rp5', '5%', ' 5', '1e5', '+5', '1234567890123456'])
      expect(parsePlainIdNumber(raw)).toBeNaN();
  });
});

describe('numberReadings', () => {
  it.each([
    { raw: '53,02', expected: [[53.02, false]] },
    { raw: '1234', expected: [[1234, false]] },
    {
      raw: '91.366',
      expected: [
        [91366, false],
        [91.366, true],
      ],
    },
    { raw: '1.234.567', expected: [[1234567, false]] },
    { raw: '0.379', expected: [[0.379, true]] },
    { raw: '53.42', expected: [[53.42, true]] },
    {
      raw: '-8.790',
      expected: [
        [-8790, false],
        [-8.79, true],
      ],
    },
    { raw: 'Rp48.637.842', expected: [[48637842, false]] },
    { raw: '1.234,5', expected: [[1234.5, false]] },
    { raw: '1,234.5', expected: [[1234.5, true]] },
    { raw: '36,5%', expected: [[36.5, false]] },
    { raw: 'lima', expected: [] },
  ])('$raw', ({ raw, expected }) => {
    expect(numberReadings(raw).map((r) => [r.value, r.dotDecimal])).toEqual(expected);
  });
});
