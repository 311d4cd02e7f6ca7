/**
 * Another kabupaten in one command: `npm run wilayah -- --kode 19.01` (Kabupaten Bangka) writes its region
 * tree, points data/config.yml at it with "ISI: …" values for the publisher, address and local help, and
 * cuts its land and neighbouring village points; the data step then refuses to publish until those are
 * filled, builds the approximate map of its desa once they are, and names 19.01 in its examples. The
 * region sources are extracts of the pinned packages and the land an invented rectangle
 * (tests/fixtures/wilayah-sumber/README.md), so nothing is downloaded.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { FIXTURES, REPO, run, tempRoot } from '../helpers.ts';

const SOURCES = join(FIXTURES, 'wilayah-sumber');

describe('npm run wilayah for another kabupaten', () => {
  it('prepares Kabupaten Bangka in one command, and the build refuses to publish until its Dinas fills the contacts', async () => {
    const tmp = tempRoot();
    try {
      // Belitung's invented test values have no place in Bangka: a new region starts without values.
      for (const file of readdirSync(join(tmp.data, 'values'))) rmSync(join(tmp.data, 'values', file));
      // The command itself, as staff type it (npm run wilayah -- …), with the offline sources.
      const out = execFileSync(
        process.execPath,
        [
          '--import',
          'tsx',
          join(REPO, 'scripts', 'wilayah.ts'),
          '--kode',
          '19.01',
          '--data',
          tmp.data,
          '--sumber',
          SOURCES,
          '--daratan',
          join(SOURCES, 'daratan-FIKTIF.geojson'),
        ],
        { cwd: REPO, encoding: 'utf8' },
      );
      expect(out).toContain('data/wilayah.csv: 8 kecamatan, 62 desa, 19 kelurahan.');
      expect(out).toMatch(/data\/config\.yml: wilayah 19\.01 \(Kabupaten Bangka\)\. Isi setiap nilai "ISI: …"/);
      expect(out).toMatch(/data\/geo\/daratan\.geojson: 1 pulau; data\/geo\/titik-tetangga\.csv: \d+ titik desa tetangga/);

      // The region tree: kabupaten under the province, every kecamatan under the kabupaten, every desa under a kecamatan.
      const rows = readFileSync(join(tmp.data, 'wilayah.csv'), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(','));
      const byCode = new Map(rows.map((r) => [r[0]!, r]));
      expect(byCode.get('19.01')?.slice(1, 4)).toEqual(['Kabupaten Bangka', 'kabupaten', '19']);
      for (const r of rows.filter((r) => r[2] === 'desa' || r[2] === 'kelurahan')) expect(byCode.get(r[3]!)?.[2], r[0]).toBe('kecamatan');
      expect(rows.some((r) => r[0]!.startsWith('19.02'))).toBe(false);

      // Unfilled contacts stop the build, by field; Belitung's office appears nowhere.
      const config = readFileSync(join(tmp.data, 'config.yml'), 'utf8');
      expect(config).not.toMatch(/Belitung/);
      const refused = await run(tmp.root, tmp.data);
      expect(refused.ok).toBe(false);
      expect(refused.lines.map((l) => l.split('  ')[0])).toEqual(
        expect.arrayContaining([
          'data/config.yml::portal.penyelenggara.id',
          'data/config.yml::portal.url',
          'data/config.yml::kekerasan.bantuan.0.nama',
          'data/config.yml::kekerasan.bantuan.0.situs',
        ]),
      );
      expect(refused.lines.every((l) => l.includes('isi-konfigurasi'))).toBe(true);

      // Filled in (invented values for the test), it builds the approximate map of Bangka's desa.
      writeFileSync(
        join(tmp.data, 'config.yml'),
        config.replace(/"ISI: [^"]*"/g, '"Isian uji FIKTIF"').replace(/https:\/\/isi-[a-z-]+\.invalid/g, 'https://contoh.invalid'),
      );
      const built = await run(tmp.root, tmp.data);
      expect(built.lines).toEqual([]);
      const topology = JSON.parse(readFileSync(join(tmp.root, 'src', 'generated', 'peta.json'), 'utf8')) as {
        objects: Record<string, { geometries: Array<{ properties?: { kode?: string }; id?: string }> }>;
      };
      expect(topology.objects.desa!.geometries).toHaveLength(81);
      expect(topology.objects.kecamatan!.geometries).toHaveLength(8);
      const site = JSON.parse(readFileSync(join(tmp.root, 'src', 'generated', 'site.json'), 'utf8')) as {
        wilayah: { kode: string };
        peta: { resmi: boolean };
      };
      expect(site.wilayah.kode).toBe('19.01');
      expect(site.peta.resmi).toBe(false);

      // Examples in build messages name the configured region.
      writeFileSync(join(tmp.data, 'values', 'angka-uji.csv'), 'kode_wilayah;tahun;jenis;nilai;sumber\n19.99;2024;realisasi;5;uji\n');
      const wrong = await run(tmp.root, tmp.data);
      expect(wrong.lines.find((l) => l.includes('kode-wilayah'))).toMatch(/mis\. 19\.01 \(kabupaten\) atau 19\.01\.\d{2}\.2\d{3} \(desa\)/);
    } finally {
      tmp.cleanup();
    }
  }, 120_000);
});
