import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { id } from '../../src/i18n/id.ts';
import { t } from '../../src/lib/i18n.ts';
import { alternatePath, localeOf, localePath } from '../../src/lib/routes.ts';

describe('t()', () => {
  it.each([
    { locale: 'id' as const, key: 'home.title' as const, params: { region: 'Kabupaten Belitung' }, expected: 'Data gender dan anak Kabupaten Belitung' },
    { locale: 'en' as const, key: 'home.title' as const, params: { region: 'Kabupaten Belitung' }, expected: 'Gender and child data of Kabupaten Belitung' },
    { locale: 'id' as const, key: 'value.missing' as const, params: {}, expected: 'data belum tersedia' },
    { locale: 'en' as const, key: 'home.elements' as const, params: { total: 50, tersedia: 6, sebagian: 3 }, expected: 'Of the 50 standard SIGA data elements, 6 are available and 3 partly available. The rest are not yet available.' },
  ])('$locale $key', ({ locale, key, params, expected }) => expect(t(locale, key, params)).toBe(expected));

  it('has the same placeholders in both languages for every key', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(id) as Array<keyof typeof id>) expect(names(en[key]), key).toEqual(names(id[key]));
  });
});

describe('routes per language', () => {
  it.each([
    { fn: () => localePath('id', '/'), expected: '/' },
    { fn: () => localePath('en', '/'), expected: '/en/' },
    { fn: () => localePath('en', '/indikator/idg/'), expected: '/en/indikator/idg/' },
    { fn: () => alternatePath('/en/indikator/idg/'), expected: '/indikator/idg/' },
    { fn: () => alternatePath('/en/'), expected: '/' },
    { fn: () => alternatePath('/wilayah/19.02/'), expected: '/en/wilayah/19.02/' },
    { fn: () => localeOf('/en/peta/'), expected: 'en' },
    { fn: () => localeOf('/english-thing/'), expected: 'id' },
  ])('$expected', ({ fn, expected }) => expect(fn()).toBe(expected));
});
