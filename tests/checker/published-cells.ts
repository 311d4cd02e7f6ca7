/**
 * What the built site publishes of violence, read on its own terms for the independent checks
 * (disclosure-checker.ts, interval-attack.ts), sharing no code with the pipeline: table cells marked
 * data-kekerasan and data-csv rows in HTML, aggregate and indicator CSV files, the map's values of
 * kasus-kekerasan. A hidden count is null.
 *
 *   readSite('dist').cells -> [{ cell: { kode: '19.02.01', tahun: 2024, jenis: 'fisik', … }, value: null, file }]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Papa from 'papaparse';

export interface Cell {
  kode: string;
  tahun: number;
  jenis: string;
  jk: string;
  ku: string;
  tempat: string;
  hubungan: string;
  kelompok: string;
}

export const FIELDS = ['kode', 'tahun', 'jenis', 'jk', 'ku', 'tempat', 'hubungan', 'kelompok'] as const;
export const SPLITS = ['jenis', 'jk', 'ku', 'tempat', 'hubungan', 'kelompok'] as const;
export const PARTITIONS = ['jenis', 'jk', 'ku', 'tempat', 'hubungan'] as const;
export const CHILD = ['0-5', '6-12', '13-17'];
export const ADULT = ['18-24', '25-44', '45-59', '60+'];
export const RATES: Record<string, string[]> = {
  'rasio-kekerasan': ['perempuan', 'anak'],
  'prevalensi-kekerasan-perempuan': ['perempuan'],
  'prevalensi-kekerasan-anak': ['anak'],
};
export const id = (c: Cell): string => FIELDS.map((f) => c[f]).join('|');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function unescapeHtml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#34;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The one label of a hidden count, in the downloads and on Indonesian and English pages. */
export const HIDDEN = new Set(['disembunyikan', 'hidden']);
/** A hidden count written some other way ('<10'). */
const WRONG_LABEL = 'label';

/** 'disembunyikan' is hidden (null); '<10' is hidden under a wrong label; '1.234' / '1,234' / '12' are numbers. */
function count(text: string): number | null | undefined | typeof WRONG_LABEL {
  const t = text.replace(/<[^>]+>/g, '').trim();
  if (HIDDEN.has(t)) return null;
  if (t.startsWith('<')) return WRONG_LABEL;
  if (!/^\d{1,3}([.,]\d{3})*$/.test(t)) return undefined;
  return Number(t.replace(/[.,]/g, ''));
}

export interface PublishedCell {
  cell: Cell;
  /** The published count; null where hidden. */
  value: number | null;
  file: string;
}

export interface Published {
  cells: PublishedCell[];
  /** Rates computed from a count (asal 'dihitung') that the site publishes. */
  rates: Array<{ file: string; indikator: string; kode: string; tahun: number }>;
  /** Hidden counts written some other way than the one label ('<10'). */
  labels: Array<{ file: string; cell: string }>;
}

export function readSite(dir: string): Published {
  const seen = new Map<string, { cell: Cell; values: Array<number | null>; file: string }>();
  const rates: Array<{ file: string; indikator: string; kode: string; tahun: number }> = [];
  const labels: Array<{ file: string; cell: string }> = [];
  const put = (cell: Cell, read: number | null | undefined | typeof WRONG_LABEL, file: string): void => {
    if (read === undefined) return;
    if (read === WRONG_LABEL) labels.push({ file, cell: id(cell) });
    const value = read === WRONG_LABEL ? null : read;
    const key = id(cell);
    const entry = seen.get(key) ?? { cell, values: [], file };
    entry.values.push(value);
    seen.set(key, entry);
  };
  const fromIndicatorRow = (row: unknown[], file: string): void => {
    const [indikator, kode, , tahun, jk, ku, kat, jenis, nilai, , asal] = row as [
      string,
      string,
      string,
      number,
      string,
      string,
      string,
      string,
      unknown,
      string,
      string,
    ];
    if (indikator === 'kasus-kekerasan' && jenis === 'realisasi') {
      put(
        { kode, tahun: Number(tahun), jenis: '', jk, ku, tempat: '', hubungan: '', kelompok: kat },
        nilai === null || nilai === '' ? undefined : typeof nilai === 'number' ? nilai : count(String(nilai)),
        file,
      );
    }
    if (
      RATES[indikator] &&
      asal === 'dihitung' &&
      nilai !== null &&
      nilai !== '' &&
      !HIDDEN.has(String(nilai)) &&
      !String(nilai).startsWith('<')
    )
      rates.push({ file, indikator, kode, tahun: Number(tahun) });
  };

  for (const path of files(dir)) {
    const file = relative(dir, path);
    if (path.endsWith('.html')) {
      const html = readFileSync(path, 'utf8');
      for (const m of html.matchAll(/data-kekerasan="([^"]*)"[^>]*>([\s\S]*?)<\/t[dh]>/g)) {
        const cell = JSON.parse(unescapeHtml(m[1]!)) as Cell;
        put(cell, count(unescapeHtml(m[2]!)), file);
      }
      for (const m of html.matchAll(/data-csv="([^"]*)"/g)) fromIndicatorRow(JSON.parse(unescapeHtml(m[1]!)) as unknown[], file);
    } else if (/peta[\\/]nilai[\\/]kasus-kekerasan\.json$/.test(path)) {
      // Read here on its own terms (scripts/lib/map-values.ts describes the format): per level, codes
      // once and per year a column of values, with notes as (note, count) runs; note -1 is no value.
      type Level = { kode: string[]; nilai: Record<string, unknown[]>; teks: Record<string, number[]> };
      const layers = JSON.parse(readFileSync(path, 'utf8')) as { kecamatan: Level; desa: Level };
      for (const level of [layers.kecamatan, layers.desa]) {
        for (const [tahun, column] of Object.entries(level.nilai)) {
          const runs = level.teks[tahun] ?? [];
          const notes = runs.flatMap((note, k) => (k % 2 === 0 ? Array<number>(runs[k + 1] ?? 0).fill(note) : []));
          level.kode.forEach((kode, i) => {
            if ((notes[i] ?? -1) < 0) return;
            const nilai = column[i];
            put(
              { kode, tahun: Number(tahun), jenis: '', jk: '', ku: '', tempat: '', hubungan: '', kelompok: '' },
              typeof nilai === 'number' ? nilai : nilai === null ? null : undefined,
              file,
            );
          });
        }
      }
    } else if (path.endsWith('.csv')) {
      // Both download flavours: comma and decimal point, or (for Excel) semicolon, decimal comma and texts written as ="…".
      const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
      const excel = (text.split('\n', 1)[0] ?? '').includes(';');
      const rows = Papa.parse<Record<string, string>>(text, {
        header: true,
        skipEmptyLines: true,
        delimiter: excel ? ';' : ',',
        transform: excel ? (v) => /^="(.*)"$/.exec(v)?.[1] ?? (/^-?\d+,\d+$/.test(v) ? v.replace(',', '.') : v) : undefined,
      }).data;
      for (const r of rows) {
        if ('jenis_kekerasan' in r && 'jumlah' in r) {
          put(
            {
              kode: r.kode_wilayah!,
              tahun: Number(r.tahun),
              jenis: r.jenis_kekerasan!,
              jk: r.jenis_kelamin_korban!,
              ku: r.kelompok_umur_korban!,
              tempat: r.tempat_kejadian ?? '',
              hubungan: r.hubungan_pelaku ?? '',
              kelompok: r.kelompok ?? '',
            },
            count(r.jumlah!),
            file,
          );
        } else if ('indikator' in r) {
          fromIndicatorRow(
            [r.indikator, r.kode_wilayah, '', r.tahun, r.jenis_kelamin, r.kelompok_umur, r.kategori, r.jenis, r.nilai, r.status, r.asal],
            file,
          );
        }
      }
    }
  }

  const cells = [...seen.values()].map((e) => ({ cell: e.cell, file: e.file, value: e.values.find((v) => v !== null) ?? null }));
  return { cells, rates, labels };
}
