/**
 * The exact audit (scripts/lib/disclosure-audit.ts) on small invented cubes, each planting one of the
 * leaks an attacker with an integer-programming solver found: it must report the cell it can bound.
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditCube } from '../../scripts/lib/disclosure-audit.ts';
import { buildCube, suppress, type Cube } from '../../scripts/lib/disclosure-cube.ts';
import { determinedCells } from '../../scripts/lib/rank-test.ts';
import { IssueLog } from '../../scripts/lib/issues.ts';
import type { CubeCell } from '../../src/model/violence.ts';
import type { ViolenceRow } from '../../scripts/lib/rows.ts';
import { regionsWith, violenceRow } from './violence-rows.ts';
import { attackIntervals } from '../checker/interval-attack.ts';
import { REPO, run, tempRoot } from '../helpers.ts';

const INVENTED_SOURCE =
  '\nfiktif-kekerasan:\n  judul: Data kekerasan FIKTIF untuk pengujian (bukan data sungguhan)\n  penerbit: Tim pengembang SIGA\n  bentuk: dataset\n';

// Invented counts: [value, hidden as 'primer' | 'sekunder' | ''].
function cube(values: Array<[number, '' | 'primer' | 'sekunder']>, relations: Cube['relations']): Cube {
  const cells: CubeCell[] = values.map(([jumlah, alasan], i) => ({
    kode: '19.02',
    tahun: 2024,
    jenis: String(i),
    jk: '',
    ku: '',
    tempat: '',
    hubungan: '',
    kelompok: '',
    jumlah,
    sumber: 'fiktif',
    status: alasan ? 'disembunyikan' : '',
    alasan,
  }));
  return { cells, relations };
}

describe('exact audit of a release', () => {
  it('bounds two hidden cells left between two large published numbers (27 − 25 = 2: each is 1)', async () => {
    const c = cube(
      [
        [27, ''],
        [25, ''],
        [1, 'primer'],
        [1, 'primer'],
      ],
      [{ parent: 0, children: [1, 2, 3] }],
    );
    const audit = await auditCube(c, 10);
    expect(audit.intervals).toEqual([
      { cell: 2, lower: 1, upper: 1 },
      { cell: 3, lower: 1, upper: 1 },
    ]);
    expect(audit.narrow.map((n) => n.cell)).toEqual([2, 3]);
  });

  it('pins a hidden cell through a chain of published sums (137 − 58 − 11 − 29 − 30 = 9)', async () => {
    const c = cube(
      [
        [137, ''],
        [58, ''],
        [11, ''],
        [29, ''],
        [30, ''],
        [9, 'primer'],
      ],
      [{ parent: 0, children: [1, 2, 3, 4, 5] }],
    );
    expect((await auditCube(c, 10)).narrow).toEqual([{ cell: 5, lower: 9, upper: 9 }]);
  });

  it('finds the cap a small published kabupaten figure puts on every hidden cell below it (tppo = 2)', async () => {
    const c = cube(
      [
        [2, ''],
        [1, 'primer'],
        [1, 'primer'],
      ],
      [{ parent: 0, children: [1, 2] }],
    );
    expect((await auditCube(c, 10)).narrow.map((n) => [n.cell, n.lower, n.upper])).toEqual([
      [1, 1, 1],
      [2, 1, 1],
    ]);
  });

  it('passes a release where each small count could be anything from 1 to 9', async () => {
    // 40 = 3 (hidden) + 15 (hidden) + 22: the two hidden cells share 18, so each lies in 1–17.
    const c = cube(
      [
        [40, ''],
        [3, 'primer'],
        [15, 'sekunder'],
        [22, ''],
      ],
      [{ parent: 0, children: [1, 2, 3] }],
    );
    const audit = await auditCube(c, 10);
    expect(audit.intervals).toEqual([
      { cell: 1, lower: 1, upper: 17 },
      { cell: 2, lower: 1, upper: 17 },
    ]);
    expect(audit.narrow).toEqual([]);
    expect(audit.solves).toBeGreaterThanOrEqual(4);
  });
});

describe('adult men, the rest of a total', () => {
  const regions = regionsWith(['19.02.01']);
  const row = (jumlah: number, jk: string, ku: string) => violenceRow('19.02.01', jumlah, { tahun: 2023, jk, ku });

  it('models total − children − adult women as a cell, hides it when small, and keeps it from being solved', () => {
    // Invented: a kecamatan total of 70, children 28 (by age), adult women 40 (by age): 2 adult men.
    const rows = [
      row(70, '', ''),
      row(10, '', '0-5'),
      row(8, '', '6-12'),
      row(10, '', '13-17'),
      row(10, 'P', '18-24'),
      row(20, 'P', '25-44'),
      row(5, 'P', '45-59'),
      row(5, 'P', '60+'),
    ];
    const c = buildCube(rows, regions, '19.02', new IssueLog());
    const men = c.cells.find((x) => x.kelompok === 'laki_dewasa');
    expect(men?.jumlah).toBe(2);
    suppress(c, 10, '19.02');
    expect(men?.status).toBe('disembunyikan');
    expect(determinedCells(c)).toEqual([]);
  });

  it('keeps the children sum when one age group has no row (it counts 0), instead of dropping it', () => {
    const c = buildCube([row(12, '', '0-5'), row(15, '', '13-17')], regions, '19.02', new IssueLog());
    expect(c.cells.find((x) => x.kelompok === 'anak')?.jumlah).toBe(27);
  });
});

describe('protection of invented tables, audited', () => {
  const KECAMATAN = ['19.02.01', '19.02.02', '19.02.03', '19.02.04', '19.02.05'];
  const TYPES = ['fisik', 'psikis', 'seksual', 'penelantaran'];
  const AGES = ['0-5', '6-12', '13-17'];
  // A fixed seed, printed, so a failure can be repeated; SIGA_DISCLOSURE_SEED tries others.
  const base = Number(process.env.SIGA_DISCLOSURE_SEED ?? 20261202);

  /** 2 years × 5 kecamatan × 4 types × 2 sexes × 3 age groups of invented counts, with every margin. */
  function table(seed: number): ViolenceRow[] {
    let s = seed;
    const random = () => {
      s = (s * 1103515245 + 12345) % 2147483648;
      return s / 2147483648;
    };
    const fine: Array<{ tahun: number; kode: string; jenis: string; jk: string; ku: string; n: number }> = [];
    for (const tahun of [2023, 2024])
      for (const kode of KECAMATAN)
        for (const jenis of TYPES)
          for (const jk of ['L', 'P'])
            for (const ku of AGES) {
              const n = random() < 0.55 ? Math.ceil(random() * (kode === '19.02.01' ? 12 : 5)) : 0;
              if (n > 0) fine.push({ tahun, kode, jenis, jk, ku, n });
            }
    const rows: ViolenceRow[] = [];
    for (const tahun of [2023, 2024])
      for (const kode of ['19.02', ...KECAMATAN])
        for (const jenis of ['', ...TYPES])
          for (const jk of ['', 'L', 'P'])
            for (const ku of ['', ...AGES]) {
              const n = fine
                .filter(
                  (f) =>
                    f.tahun === tahun &&
                    (kode === '19.02' || f.kode === kode) &&
                    (!jenis || f.jenis === jenis) &&
                    (!jk || f.jk === jk) &&
                    (!ku || f.ku === ku),
                )
                .reduce((sum, f) => sum + f.n, 0);
              if (n > 0) rows.push(violenceRow(kode, n, { tahun, jenis, jk, ku }));
            }
    return rows;
  }

  it.each([0, 1, 2])(
    'leaves no small count an attacker can bound inside 1–9 in what the build publishes (table %i)',
    async (k) => {
      const seed = base + k;
      console.log(`disclosure: SIGA_DISCLOSURE_SEED=${base} (table ${k}, seed ${seed})`);
      const rows = table(seed);
      const regions = regionsWith(KECAMATAN);
      const { primer } = suppress(buildCube(rows, regions, '19.02', new IssueLog()), 10, '19.02');
      expect(primer).toBeGreaterThan(20);
      // The whole data step on the real data plus this table, then the independent attack on its output.
      const tmp = tempRoot(join(REPO, 'data'));
      try {
        mkdirSync(join(tmp.data, 'kekerasan'));
        const csv = ['tahun;kode_wilayah;jenis_kekerasan;jenis_kelamin_korban;kelompok_umur_korban;jumlah;sumber'];
        for (const r of rows) csv.push([r.tahun, r.kode, r.jenis, r.jk, r.ku, r.jumlah, 'fiktif-kekerasan'].join(';'));
        writeFileSync(join(tmp.data, 'kekerasan', 'tabel-fiktif.csv'), `${csv.join('\n')}\n`);
        appendFileSync(join(tmp.data, 'sources.yml'), INVENTED_SOURCE);
        const result = await run(tmp.root, tmp.data);
        expect(result.lines).toEqual([]);
        const truth = new Map(rows.map((r) => [[r.kode, r.tahun, r.jenis, r.jk, r.ku, r.tempat, r.hubungan].join('|'), r.jumlah]));
        const attack = await attackIntervals(join(tmp.root, 'public', 'data'), { threshold: 10, rootCode: '19.02', truth });
        console.log(`disclosure: table ${k}: ${attack.unknowns} unknowns, ${attack.solves} solves, ${attack.narrow.length} narrow`);
        expect(attack.model).toBe('strict');
        expect(attack.unknowns).toBeGreaterThan(50);
        expect(attack.narrow).toEqual([]);
        // The kabupaten's totals stay published.
        const published = readFileSync(join(tmp.root, 'public', 'data', 'kekerasan-agregat.csv'), 'utf8');
        for (const tahun of [2023, 2024]) {
          const total = rows.find((r) => r.kode === '19.02' && r.tahun === tahun && !r.jenis && !r.jk && !r.ku)!.jumlah;
          expect(published).toContain(`19.02,${tahun},,,,,,,${total},,`);
        }
      } finally {
        tmp.cleanup();
      }
    },
    120_000,
  );
});

describe('a table that cannot be protected is published at less detail, never unprotected', () => {
  it('publishes the kabupaten alone for a year whose cases all lie in one kecamatan', async () => {
    // Invented: in 2024 all 5 cases lie in 19.02.01, so the kabupaten's total (always published) gives
    // the kecamatan's 5 away; 2023 is spread out and keeps its kecamatan.
    const lines = [
      '2023;19.02;;;;40',
      '2023;19.02.01;;;;20',
      '2023;19.02.02;;;;20',
      '2024;19.02;;;;5',
      '2024;19.02;fisik;;;3',
      '2024;19.02;psikis;;;2',
      '2024;19.02.01;;;;5',
      '2024;19.02.01;fisik;;;3',
      '2024;19.02.01;psikis;;;2',
    ];
    const tmp = tempRoot(join(REPO, 'data'));
    try {
      mkdirSync(join(tmp.data, 'kekerasan'));
      const header = 'tahun;kode_wilayah;jenis_kekerasan;jenis_kelamin_korban;kelompok_umur_korban;jumlah;sumber';
      writeFileSync(
        join(tmp.data, 'kekerasan', 'satu-kecamatan.csv'),
        `${[header, ...lines.map((l) => `${l};fiktif-kekerasan`)].join('\n')}\n`,
      );
      appendFileSync(join(tmp.data, 'sources.yml'), INVENTED_SOURCE);
      const result = await run(tmp.root, tmp.data);
      expect(result.lines).toEqual([]);
      const warning = result.log.warnings.find((w) => w.rule === 'pengungkapan');
      expect(warning?.file).toBe('data/kekerasan/satu-kecamatan.csv');
      expect(warning?.message).toContain('Data kekerasan tahun 2024 tidak dapat dilindungi pada rincian lengkap');
      expect(warning?.message).toContain('angka kabupaten saja');
      const published = readFileSync(join(tmp.root, 'public', 'data', 'kekerasan-agregat.csv'), 'utf8');
      expect(published).toContain('19.02,2024,,,,,,,5,,');
      expect(published).toContain('19.02,2024,fisik,,,,,,3,,');
      expect(published).not.toMatch(/^19\.02\.01,2024,/m);
      expect(published).toMatch(/^19\.02\.01,2023,,,,,,,20,,/m);
      const truth = new Map(
        lines.map((l) => {
          const [tahun, kode, jenis, jk, ku, jumlah] = l.split(';');
          return [[kode, tahun, jenis, jk, ku, '', ''].join('|'), Number(jumlah)];
        }),
      );
      expect((await attackIntervals(join(tmp.root, 'public', 'data'), { threshold: 10, rootCode: '19.02', truth })).narrow).toEqual([]);
    } finally {
      tmp.cleanup();
    }
  }, 60_000);
});
