import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/lib/template.ts';
import { en } from '../../src/i18n/en.ts';
import { id } from '../../src/i18n/id.ts';
import { t } from '../../src/lib/i18n.ts';
import { alternatePath, localeOf, localePath } from '../../src/lib/routes.ts';

const cases: Array<{
  locale: 'id' | 'en';
  key: 'home.title' | 'value.missing' | 'home.elements';
  params: Record<string, string | number>;
  expected: string;
}> = [
  { locale: 'id', key: 'home.title', params: { region: 'Kabupaten Belitung' }, expected: 'Data gender dan anak Kabupaten Belitung' },
  { locale: 'en', key: 'home.title', params: { region: 'Kabupaten Belitung' }, expected: 'Gender and child data of Kabupaten Belitung' },
  { locale: 'id', key: 'value.missing', params: {}, expected: 'data belum tersedia' },
  {
    locale: 'en',
    key: 'home.elements',
    params: { total: 50, tersedia: 6, sebagian: 3 },
    expected: 'Of the 50 standard SIGA data elements, 6 are available and 3 partly available. The rest are not yet available.',
  },
];

describe('t()', () => {
  it.each(cases)('$locale $key', ({ locale, key, params, expected }) => expect(t(locale, key, params)).toBe(expected));

  it('has the same placeholders in both languages for every key', () => {
    const names = (s: string) =>
      [...s.matchAll(/\{(\w+)(?:\|[^|{}]*\|[^|{}]*)?\}/g)]
        .map((m) => m[1])
        .filter((v, i, all) => all.indexOf(v) === i)
        .sort();
    for (const key of Object.keys(id) as Array<keyof typeof id>) expect(names(en[key]), key).toEqual(names(id[key]));
  });
});

describe('plurals', () => {
  it('chooses the form a count needs, in English only where the message writes both', () => {
    expect(t('en', 'opd.other.owes', { n: 1 })).toBe('(1 element)');
    expect(t('en', 'opd.other.owes', { n: 10 })).toBe('(10 elements)');
    expect(t('id', 'opd.other.owes', { n: 1 })).toBe('(1 elemen)');
    expect(t('en', 'cat.shown', { n: 1 })).toBe('1 indicator shown');
    // Handed to a page script as a template, both forms stay for the script's own count.
    expect(fillTemplate(t('en', 'cat.shown', { n: '{n}' }), { n: 1 })).toBe('1 indicator shown');
  });

  it('leaves no English count before a plural noun without both forms', () => {
    // "{n} indicators" reads "1 indicators" for one: such a message must write {n|# indicator|# indicators}.
    const count = /\{(?:n|total|full|kecamatan|kelurahan|desa|el|elTotal|part|linked|met|shown|count)\} (?:[A-Za-z-]+ )?[a-z]+(?<![su])s\b/;
    const bare = Object.entries(en).filter(([, text]) => count.test(text));
    expect(bare.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
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
