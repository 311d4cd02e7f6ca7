/**
 * The public series beside the Renstra (data/values from ../shared/reference/public-data/), read from what
 * the build wrote and from dist/ (no browser): every value from a web page names its publisher and its
 * date (or says none is shown), no secondary-source figure is published, and no chart line joins two
 * series (a method, a recording system, a survey period). The acceptance figures are checked by value.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/format.ts';
import { NO_DATE, type Source } from '../../src/model/catalog.ts';
import { isTotal, type PublishedRow } from '../../src/model/row.ts';
import { DIST } from './harness.ts';

const GENERATED = new URL('../../src/generated/', import.meta.url);
const catalog = JSON.parse(readFileSync(new URL('catalog.json', GENERATED), 'utf8')) as {
  indikator: Array<{ id: string; desimal: number; seri?: Array<{ kode: string }> }>;
};
const sources = JSON.parse(readFileSync(new URL('sources.json', GENERATED), 'utf8')) as Record<string, Source>;
const rowsOf = (id: string): PublishedRow[] => {
  const file = new URL(`values/${id}.json`, GENERATED);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PublishedRow[]) : [];
};
const all = catalog.indikator.map((ind) => ({ ind, rows: rowsOf(ind.id) }));
const realised = (rows: PublishedRow[], kode: string, seri = '') =>
  rows.filter((r) => r.kode === kode && r.seri === seri && r.jenis === 'realisasi' && isTotal(r));
const decode = (s: string): string =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

const PUBLIC_DATA = join(import.meta.dirname, '..', '..', '..', 'shared', 'reference', 'public-data', 'values.csv');

describe('public series from their sources', () => {
  it('cites every value from a web page with its publisher and a date, or "tidak tercantum"', () => {
    const cited = new Set(all.flatMap(({ rows }) => rows.flatMap((r) => r.sumber.split(' '))));
    const web = [...cited].filter((id) => sources[id]?.url);
    expect(web.length).toBeGreaterThan(20);
    for (const id of web) {
      expect(sources[id]!.penerbit, id).toBeTruthy();
      expect(sources[id]!.tanggal, id).toMatch(new RegExp(`^(\\d{4}(-\\d{2}(-\\d{2})?)?|${NO_DATE})$`));
    }
  });

  it('publishes no figure whose only source is a secondary one (marked SECONDARY in the checked collection)', () => {
    if (!existsSync(PUBLIC_DATA)) return void console.warn(`Skipped: ${PUBLIC_DATA} is absent (it sits beside the repository).`);
    const checked = Papa.parse<Record<string, string>>(readFileSync(PUBLIC_DATA, 'utf8'), { header: true, skipEmptyLines: true }).data;
    const secondary = new Set(checked.filter((r) => r.publisher!.includes('SECONDARY')).map((r) => r.source_url!.replace(/\/$/, '')));
    expect(secondary.size).toBeGreaterThan(0);
    for (const { ind, rows } of all)
      for (const r of rows)
        for (const id of r.sumber.split(' '))
          expect(secondary.has((sources[id]?.url ?? '').replace(/\/$/, '')), `${ind.id} ${r.kode} ${r.tahun} ${id}`).toBe(false);
  });

  it('shows the provincial child-marriage series 2018–2022 with the 2020 dispute, and Belitung poverty 2017, 2018, 2022, 2023', () => {
    const marriage = realised(rowsOf('perkawinan-anak'), '19').map((r) => [r.tahun, r.nilai, r.status]);
    expect(marriage).toEqual([
      [2018, 14.22, ''],
      [2019, 15.48, ''],
      [2020, 18.76, 'diperdebatkan'],
      [2020, 18.78, 'diperdebatkan'],
      [2021, 14.05, ''],
      [2022, 7.91, ''],
    ]);
    expect(realised(rowsOf('penduduk-miskin'), '19.02').map((r) => r.tahun)).toEqual([2017, 2018, 2022, 2023]);
    const html = readFileSync(join(DIST, 'indikator', 'perkawinan-anak', 'index.html'), 'utf8');
    for (const text of ['14,22', '15,48', '18,76', '18,78', '14,05', '7,91']) expect(html).toContain(text);
  });
});

/** Each chart line of a built page: its series key and the points it draws ("2022: 72,24"). */
function chartLines(html: string): Map<string, Set<string>> {
  const lines = new Map<string, Set<string>>();
  for (const part of html.split('<g class="series" data-series="').slice(1)) {
    const key = part.slice(0, part.indexOf('"'));
    const body = part.slice(0, part.search(/<g class="series"|<\/svg>/));
    // The tip says "2022: 73,38 (diperdebatkan)": the value is what comes before the flag.
    const points = [...body.matchAll(/data-tip="[^"]*? · (\d{4}): ([^"(]*?)(?: \([^"]*\))?"/g)].map((m) => `${m[1]}: ${decode(m[2]!)}`);
    lines.set(key, new Set([...(lines.get(key) ?? []), ...points]));
  }
  return lines;
}

describe('series are never joined', () => {
  const withSeries = all.filter(({ ind }) => ind.seri?.length);

  it('draws each series of each area as a line of its own, holding exactly that series’ values', () => {
    expect(withSeries.map(({ ind }) => ind.id)).toEqual(
      expect.arrayContaining(['ipm', 'umur-harapan-hidup', 'penduduk-miskin', 'stunting-balita', 'kasus-kekerasan']),
    );
    for (const { ind, rows } of withSeries) {
      const lines = chartLines(readFileSync(join(DIST, 'indikator', ind.id, 'index.html'), 'utf8'));
      expect(lines.size, ind.id).toBeGreaterThan(1);
      for (const [key, points] of lines) {
        const [kode, seri = ''] = key.split('~');
        const expected = realised(rows, kode!, seri)
          .filter((r) => typeof r.nilai === 'number')
          .map((r) => `${r.tahun}: ${formatNumber(r.nilai as number, 'id', ind.desimal)}`);
        expect([...points].sort(), `${ind.id} ${key}`).toEqual([...new Set(expected)].sort());
      }
    }
  });

  it('keeps the IPM method break apart: the province’s old and new figures for 2022 are on two lines', () => {
    const lines = chartLines(readFileSync(join(DIST, 'indikator', 'ipm', 'index.html'), 'utf8'));
    expect([...lines.get('19')!]).toContain('2022: 72,24');
    expect([...lines.get('19~uhh-lf-sp2020')!]).toContain('2022: 73,50');
    expect([...lines.get('19')!]).not.toContain('2022: 73,50');
  });

  it('never marks values of two series as disputed', () => {
    for (const { ind, rows } of all) {
      const disputed = rows.filter((r) => r.status === 'diperdebatkan');
      for (const r of disputed) {
        const sameCell = rows.filter(
          (o) =>
            o !== r &&
            o.kode === r.kode &&
            o.tahun === r.tahun &&
            o.jenis === r.jenis &&
            o.jenis_kelamin === r.jenis_kelamin &&
            o.kelompok_umur === r.kelompok_umur &&
            o.kategori === r.kategori,
        );
        // A disputed value has a rival in its own series; a value of another series is never its only rival.
        if (sameCell.length > 0)
          expect(
            sameCell.some((o) => o.seri === r.seri),
            `${ind.id} ${r.kode} ${r.tahun}`,
          ).toBe(true);
      }
    }
    expect(readdirSync(new URL('values/', GENERATED)).length).toBeGreaterThan(50);
  });
});
