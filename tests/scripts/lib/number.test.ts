import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIdNumber, parsePlainIdNumber, plainNumberText } from '../../../scripts/lib/number.ts';

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

describe('parsePlainIdNumber', () => {
  it('gives exactly the double Number() gives for 1234 and 53,02 shapes, and NaN for anything else', () => {
    const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
    fc.assert(
      fc.property(fc.boolean(), digits(1, 9), fc.option(digits(1, 9), { nil: undefined }), (negative, int, frac) => {
        const raw = `${negative ? '-' : ''}${int}${frac === undefined ? '' : `,${frac}`}`;
        const got = parsePlainIdNumber(raw);
        if (int.length + (frac?.length ?? 0) > 15) expect(got).toBeNaN();
        else expect(got).toBe(Number(raw.replace(',', '.')));
      }),
      { numRuns: 2000 },
    );
    for (const raw of ['', '-', ',5', '5,', '1.234', '1,2,3', 'Rp5', '5%', ' 5', '1e5', '+5', '1234567890123456']) expect(parsePlainIdNumber(raw)).toBeNaN();
  });
});

describe('plainNumberText', () => {
  it('gives exactly what String() gives for the number, or null, and null only where the cell is not already that text', () => {
    const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0000123456789'), minLength: min, maxLength: max });
    fc.assert(
      fc.property(fc.boolean(), digits(0, 9), fc.option(digits(0, 9), { nil: undefined }), (negative, int, frac) => {
        const raw = `${negative ? '-' : ''}${int}${frac === undefined ? '' : `,${frac}`}`;
        const text = plainNumberText(raw);
        const value = parsePlainIdNumber(raw);
        if (text !== null) expect(text).toBe(String(value));
        // Where the number's own text, comma for point, is the cell, the cell is used as it is.
        else if (!Number.isNaN(value)) expect(String(value).replace('.', ',')).not.toBe(raw);
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    { raw: '53,02', text: '53.02' },
    { raw: '1234', text: '1234' },
    { raw: '-0,5', text: '-0.5' },
    { raw: '0', text: '0' },
    { raw: '0,000001', text: '0.000001' },
    { raw: '0,0000001', text: null },
    { raw: '53,20', text: null },
    { raw: '007', text: null },
    { raw: '-0', text: null },
    { raw: '-0,00', text: null },
    { raw: '1.234', text: null },
    { raw: '1234567890123456', text: null },
  ])('$raw -> $text', ({ raw, text }) => {
    expect(plainNumberText(raw)).toBe(text);
  });
});
