import { describe, expect, it } from 'vitest';
import { parseIdNumber } from '../../../scripts/lib/number.ts';

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
