import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/format.ts';

describe('formatNumber uses Intl with an explicit locale', () => {
  it.each([
    { value: 53.02, locale: 'id' as const, decimals: 2, expected: '53,02' },
    { value: 53.02, locale: 'en' as const, decimals: 2, expected: '53.02' },
    { value: 91366, locale: 'id' as const, decimals: 0, expected: '91.366' },
    { value: 91366, locale: 'en' as const, decimals: 0, expected: '91,366' },
    { value: 3.2, locale: 'id' as const, decimals: 2, expected: '3,20' },
    { value: 100, locale: 'id' as const, decimals: 2, expected: '100' },
    { value: 0.015, locale: 'id' as const, decimals: 3, expected: '0,015' },
    { value: -5.93, locale: 'id' as const, decimals: 2, expected: '-5,93' },
    { value: 562727520, locale: 'id' as const, decimals: 0, expected: '562.727.520' },
  ])('$value in $locale -> $expected', ({ value, locale, decimals, expected }) => {
    expect(formatNumber(value, locale, decimals)).toBe(expected);
  });
});
