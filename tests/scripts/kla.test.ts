/**
 * The KLA model and evidence templates in the build: a filled row reaches src/generated/kla.json and the
 * download; a malformed row stops the build naming file, row and column, and the previous output stays;
 * a cell with a child's personal data is refused without the data being repeated in the message.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { personalData } from '../../scripts/datasets/bukti.ts';
import type { KlaFile } from '../../src/model/kla.ts';
import type { Region } from '../../src/model/region.ts';
import { drppaView } from '../../src/lib/kla-view.ts';
import { REPO, run, snapshotTree, tempRoot } from '../helpers.ts';

const HEADER = 'indikator;tahun;status;judul_dokumen;tautan;opd;catatan';

describe('the evidence template in the build', () => {
  it('publishes a filled row, keeps a line break inside a quoted note, and keeps empty rows as "not filled in"', async () => {
    const tmp = tempRoot(join(REPO, 'data'));
    try {
      // An invented evidence row (the document title and archive reference are made up for the test).
      writeFileSync(
        join(tmp.data, 'kla', 'bukti.csv'),
        `${HEADER}\nkla-04;2025;tersedia;Dokumen uji FIKTIF;Arsip uji, map 1;Disdukcapil;"baris satu\nbaris dua"\nkla-05;2025;;;;;\n`,
      );
      const result = await run(tmp.root, tmp.data);
      expect(result.lines).toEqual([]);
      const kla = JSON.parse(readFileSync(join(tmp.root, 'src/generated/kla.json'), 'utf8')) as KlaFile;
      expect(kla.model.indikator).toHaveLength(24);
      expect(kla.model.klaster.map((k) => k.kode)).toEqual(['K', 'I', 'II', 'III', 'IV', 'V']);
      expect(kla.bukti).toEqual([
        {
          indikator: 'kla-04',
          tahun: 2025,
          status: 'tersedia',
          judul_dokumen: 'Dokumen uji FIKTIF',
          tautan: 'Arsip uji, map 1',
          opd: 'Disdukcapil',
          catatan: 'baris satu\nbaris dua',
        },
        { indikator: 'kla-05', tahun: 2025, status: '', judul_dokumen: '', tautan: '', opd: '', catatan: '' },
      ]);
      expect(readFileSync(join(tmp.root, 'public/data/kla-bukti.csv'), 'utf8')).toContain(
        'kla-04,2025,tersedia,Dokumen uji FIKTIF,"Arsip uji, map 1",Disdukcapil,',
      );
      // Every link of the model names a catalogue indicator (the build leaves out and warns about any other).
      expect(result.log.warnings.filter((w) => w.file.startsWith('data/kla') || w.file.startsWith('data/ape'))).toEqual([]);
    } finally {
      tmp.cleanup();
    }
  });

  it('stops at a malformed row with file, row and column, and the previous output stays', async () => {
    const tmp = tempRoot(join(REPO, 'data'));
    try {
      expect((await run(tmp.root, tmp.data)).ok).toBe(true);
      const before = snapshotTree(join(tmp.root, 'src/generated'));
      writeFileSync(join(tmp.data, 'kla', 'bukti.csv'), `${HEADER}\nkla-04;2025;tersedia;;;;\nkla-07;20025;ada;;;;\n`);
      const result = await run(tmp.root, tmp.data);
      expect(result.ok).toBe(false);
      expect(result.lines).toEqual([
        'data/kla/bukti.csv:3:tahun  "20025"  tahun  Tahun harus empat angka dalam rentang 2000–2035.',
        'data/kla/bukti.csv:3:status  "ada"  status-bukti  Status harus kosong (belum diisi) atau salah satu dari: tersedia, sebagian, belum.',
      ]);
      expect(snapshotTree(join(tmp.root, 'src/generated'))).toEqual(before);
    } finally {
      tmp.cleanup();
    }
  });

  it('refuses a klaster the model does not define, naming the field', async () => {
    const tmp = tempRoot(join(REPO, 'data'));
    try {
      const path = join(tmp.data, 'kla', 'indikator.yml');
      writeFileSync(path, readFileSync(path, 'utf8').replace('    klaster: V\n', '    klaster: VI\n'));
      const result = await run(tmp.root, tmp.data);
      expect(result.lines).toEqual([
        'data/kla/indikator.yml::indikator.19.klaster  "VI"  klaster  Klaster tidak dikenal. Pakai salah satu kode di bagian klaster: K, I, II, III, IV, V.',
      ]);
    } finally {
      tmp.cleanup();
    }
  });
});

describe('DRPPA per desa (optional)', () => {
  it('publishes the rows of data/kla/drppa.csv and counts per desa how many indicators are met', async () => {
    const tmp = tempRoot(join(REPO, 'data'));
    try {
      // Invented DRPPA rows for two desa (not real data).
      const lines = ['kode_wilayah;tahun;indikator;status;sumber;catatan'];
      for (let i = 1; i <= 10; i++) lines.push(`19.02.05.2001;2025;drppa-${String(i).padStart(2, '0')};terpenuhi;fiktif-drppa;`);
      lines.push('19.02.04.2001;2025;drppa-01;terpenuhi;fiktif-drppa;', '19.02.04.2001;2025;drppa-09;belum;fiktif-drppa;');
      writeFileSync(join(tmp.data, 'kla', 'drppa.csv'), `${lines.join('\n')}\n`);
      writeFileSync(
        join(tmp.data, 'sources.yml'),
        `${readFileSync(join(tmp.data, 'sources.yml'), 'utf8')}\nfiktif-drppa:\n  judul: Data DRPPA FIKTIF untuk pengujian\n  penerbit: Tim pengembang SIGA\n  bentuk: dataset\n`,
      );
      const result = await run(tmp.root, tmp.data);
      expect(result.lines).toEqual([]);
      const kla = JSON.parse(readFileSync(join(tmp.root, 'src/generated/kla.json'), 'utf8')) as KlaFile;
      expect(kla.drppa).toHaveLength(12);
      const regions = new Map([
        ['19.02.05.2001', { kode: '19.02.05.2001', nama: 'A', induk: '19.02.05' }],
        ['19.02.04.2001', { kode: '19.02.04.2001', nama: 'B', induk: '19.02.04' }],
      ]) as unknown as Map<string, Region>;
      const view = drppaView(kla.drppa, 10, (k) => regions.get(k));
      expect(view?.year).toBe(2025);
      expect(view?.full).toBe(1);
      expect(view?.desa.map((d) => [d.kode, d.met, d.recorded, d.missing])).toEqual([
        ['19.02.04.2001', 1, 2, ['drppa-09']],
        ['19.02.05.2001', 10, 10, []],
      ]);
    } finally {
      tmp.cleanup();
    }
  });

  it('refuses a DRPPA row for a kecamatan, naming file, row and column', async () => {
    const tmp = tempRoot(join(REPO, 'data'));
    try {
      writeFileSync(
        join(tmp.data, 'kla', 'drppa.csv'),
        'kode_wilayah;tahun;indikator;status;sumber;catatan\n19.02.05;2025;drppa-01;terpenuhi;renstra-t2.22;\n',
      );
      const result = await run(tmp.root, tmp.data);
      expect(result.lines).toEqual([
        'data/kla/drppa.csv:2:kode_wilayah  "19.02.05"  kode-wilayah  DRPPA dicatat per desa/kelurahan: pakai kode desa atau kelurahan dari data/wilayah.csv.',
      ]);
    } finally {
      tmp.cleanup();
    }
  });
});

describe('personal data in an evidence cell', () => {
  it.each([
    ['NIK 1902 0112 0310 0001', 'nomor 16 angka seperti NIK'],
    ['1902011203100001', 'nomor 16 angka seperti NIK'],
    ['lahir 3 Maret 2011', 'tanggal lahir'],
    ['TTL: Tanjungpandan, 03-03-2011', 'tanggal lahir'],
    ['Siti Aminah, 12-03-2012', 'nama dengan tanggal lahir'],
  ])('refuses %j', (text, what) => {
    expect(personalData(text)).toBe(what);
  });

  it.each([
    'Profil Anak Kabupaten Belitung 2025',
    'SK Bupati No. 188.45/123/2024 tanggal 12-03-2024',
    'Rapat Gugus Tugas 3 Maret 2024',
    'https://www.scribd.com/document/436615164/x',
  ])('accepts %j', (text) => {
    expect(personalData(text)).toBeNull();
  });
});
