/**
 * A crawl of dist/ (no browser): every disputed value the data holds is shown with its flag wherever
 * a page shows it — indicator tables, region pages, home cards and tables, bar views, map labels, chart
 * sentences — in both languages, and carries its status in both download flavours.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { isTotal, type PublishedRow } from '../../src/model/row.ts';
import type { Summary } from '../../src/model/summary.ts';
import { DIST } from './harness.ts';

const GENERATED = new URL('../../src/generated/', import.meta.url);
const catalog = JSON.parse(readFileSync(new URL('catalog.json', GENERATED), 'utf8')) as {
  indikator: Array<{ id: string; ringkasan: Summary }>;
};
const rowsOf = (id: string): PublishedRow[] => {
  const file = new URL(`values/${id}.json`, GENERATED);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PublishedRow[]) : [];
};
const FLAG = { id: 'diperdebatkan', en: 'disputed' } as const;
const PREFIX = { id: '', en: '/en' } as const;
const page = (path: string): string => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const decode = (s: string): string =>
  s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The <tr>, <li> or <div> elements of an HTML text (not nested in one another of their kind) that contain `inside`. */
function blocks(html: string, tag: 'tr' | 'li' | 'div', inside: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(new RegExp(`<${tag}[\\s>][\\s\\S]*?</${tag}>`, 'g'))) if (m[0].includes(inside)) out.push(m[0]);
  return out;
}

const disputed = catalog.indikator
  .map((ind) => ({ ind, rows: rowsOf(ind.id) }))
  .filter(({ rows }) => rows.some((r) => r.status === 'diperdebatkan'));

describe.runIf(existsSync(join(DIST, 'index.html')))('disputed values carry their flag wherever they appear', () => {
  it('finds disputed values to check (the data has them)', () => {
    expect(disputed.length).toBeGreaterThan(5);
  });

  for (const locale of ['id', 'en'] as const) {
    it(`flags every disputed row of every indicator table (${locale})`, () => {
      let checked = 0;
      for (const { ind, rows } of disputed) {
        const html = page(`${PREFIX[locale]}/indikator/${ind.id}`);
        const trs = blocks(html, 'tr', 'data-csv=');
        expect(trs.length, ind.id).toBe(rows.length);
        for (const tr of trs) {
          const csv = JSON.parse(decode(/data-csv="([^"]*)"/.exec(tr)![1]!)) as unknown[];
          if (!csv.includes('diperdebatkan')) continue;
          expect(tr, ind.id).toContain(`>${FLAG[locale]}`);
          checked += 1;
        }
      }
      expect(checked).toBe(disputed.flatMap(({ rows }) => rows).filter((r) => r.status === 'diperdebatkan').length);
    });

    it(`flags the latest value of a region where that year is disputed, on the region page (${locale})`, () => {
      let checked = 0;
      for (const { ind, rows } of disputed) {
        const byRegion = new Map<string, PublishedRow[]>();
        for (const r of rows)
          if (r.jenis === 'realisasi' && isTotal(r) && (r.nilai !== null || r.status === 'disembunyikan'))
            byRegion.set(r.kode, [...(byRegion.get(r.kode) ?? []), r]);
        for (const [kode, own] of byRegion) {
          if (!existsSync(join(DIST, PREFIX[locale], 'wilayah', kode))) continue;
          const latest = Math.max(...own.map((r) => r.tahun));
          if (!own.some((r) => r.tahun === latest && r.status === 'diperdebatkan')) continue;
          const [tr] = blocks(page(`${PREFIX[locale]}/wilayah/${kode}`), 'tr', `<a href="${PREFIX[locale]}/indikator/${ind.id}/"`);
          expect(tr, `${ind.id} ${kode}`).toContain(FLAG[locale]);
          expect(tr, `${ind.id} ${kode}`).toContain('dispute-why');
          checked += 1;
        }
      }
      expect(checked).toBeGreaterThan(5);
    });

    it(`flags a disputed headline on the home cards and in the catalogue's table (${locale})`, () => {
      const home = page(PREFIX[locale] || '/') + page(`${PREFIX[locale]}/indikator`);
      let checked = 0;
      for (const { ind } of disputed) {
        const { terakhir, lain } = ind.ringkasan;
        if (![terakhir, ...lain].some((r) => r?.status === 'diperdebatkan')) continue;
        const link = `<a href="${PREFIX[locale]}/indikator/${ind.id}/"`;
        // Every home table row of the indicator, and its card where it has one.
        const found = [
          ...blocks(home, 'li', link).filter((b) => b.startsWith('<li class="card"')),
          ...blocks(home, 'tr', link).filter((b) => b.includes('data-search=')),
        ];
        expect(found.length, ind.id).toBeGreaterThan(0);
        for (const block of found) {
          expect(block, ind.id).toContain(FLAG[locale]);
          checked += 1;
        }
      }
      expect(checked).toBeGreaterThan(5);
    });

    it(`never draws a direction across a disputed year in a chart sentence, and flags it there (${locale})`, () => {
      for (const { ind, rows } of disputed) {
        const desc = /<desc id="grafik-[^"]*-desc">([^<]*)<\/desc>/.exec(page(`${PREFIX[locale]}/indikator/${ind.id}`))?.[1];
        if (!desc) continue;
        const root = rows.filter((r) => r.kode === '19.02' && r.jenis === 'realisasi' && isTotal(r) && r.nilai !== null);
        const years = [...new Set(root.map((r) => r.tahun))].sort();
        const disputedYears = new Set(root.filter((r) => r.status === 'diperdebatkan').map((r) => r.tahun));
        if (!disputedYears.has(years.at(-1)!) && !disputedYears.has(years[0]!)) continue;
        expect(decode(desc), ind.id).toContain(FLAG[locale]);
        expect(decode(desc), ind.id).not.toMatch(/ naik dari | turun dari | rose from | fell from /);
      }
    });

    it(`flags disputed parts in bar views and in map labels (${locale})`, () => {
      for (const { ind, rows } of disputed) {
        const html = page(`${PREFIX[locale]}/indikator/${ind.id}`);
        const splitDisputed = rows.filter((r) => r.status === 'diperdebatkan' && !isTotal(r) && r.kode === '19.02');
        if (splitDisputed.length > 0)
          expect(blocks(html, 'li', 'bar-label').filter((b) => b.includes(FLAG[locale])).length, ind.id).toBeGreaterThan(0);
        for (const m of html.matchAll(/data-kode="([^"]*)"[^>]*data-values="([^"]*)"/g)) {
          const cells = JSON.parse(decode(m[2]!)) as Record<string, { text: string }>;
          for (const [year, cell] of Object.entries(cells)) {
            const cell_disputed = rows.some(
              (r) => r.kode === m[1] && r.tahun === Number(year) && r.jenis === 'realisasi' && isTotal(r) && r.status === 'diperdebatkan',
            );
            if (cell_disputed) expect(cell.text, `${ind.id} ${m[1]} ${year}`).toContain(FLAG[locale]);
          }
        }
      }
    });
  }

  it('writes the status diperdebatkan beside every disputed value in both download flavours', () => {
    for (const { ind, rows } of disputed) {
      const machine = Papa.parse<Record<string, string>>(readFileSync(join(DIST, 'data', `${ind.id}.csv`), 'utf8'), {
        header: true,
        skipEmptyLines: true,
      }).data;
      const excel = Papa.parse<Record<string, string>>(readFileSync(join(DIST, 'data', 'excel', `${ind.id}.csv`), 'utf8').slice(1), {
        header: true,
        skipEmptyLines: true,
        delimiter: ';',
      }).data;
      const count = rows.filter((r) => r.status === 'diperdebatkan').length;
      expect(machine.filter((r) => r.status === 'diperdebatkan').length, ind.id).toBe(count);
      expect(excel.filter((r) => r.status === 'diperdebatkan').length, ind.id).toBe(count);
    }
  });
});
