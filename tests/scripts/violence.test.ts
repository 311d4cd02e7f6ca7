/**
 * Violence figures: refusal of identifying or desa-level input, primary and secondary suppression, and
 * the independent checker run on the real build, on a build with the invented fixture, and on builds
 * that deliberately leak.
 */
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCube, suppress } from '../../scripts/lib/disclosure-cube.ts';
import { determinedCells, rref } from '../../scripts/lib/rank-test.ts';
import { regionsWith, violenceRow } from './violence-rows.ts';
import { IssueLog } from '../../scripts/lib/issues.ts';
import { checkSite } from '../checker/disclosure-checker.ts';
import { attackIntervals } from '../checker/interval-attack.ts';
import { buildSiteCopy, FIXTURES, REPO, run, snapshotTree, tempRoot } from '../helpers.ts';

const FIXTURE = join(FIXTURES, 'kekerasan-fiktif', 'kekerasan-fiktif.csv');
const INVENTED_SOURCE =
  '\nfiktif-kekerasan:\n  judul: Data kekerasan FIKTIF untuk pengujian (bukan data sungguhan)\n  penerbit: Tim pengembang SIGA\n  bentuk: dataset\n';
const withFixture = (data: string): void => {
  mkdirSync(join(data, 'kekerasan'), { recursive: true });
  copyFileSync(FIXTURE, join(data, 'kekerasan', 'kekerasan-fiktif.csv'));
  appendFileSync(join(data, 'sources.yml'), INVENTED_SOURCE);
};
const opts = { threshold: 10, rootCode: '19.02' };
/** The invented counts behind the fixture, by kode|tahun|jenis|jk|ku|tempat|hubungan. */
const fixtureTruth = (): Map<string, number> =>
  new Map(
    Papa.parse<Record<string, string>>(readFileSync(FIXTURE, 'utf8'), { header: true, delimiter: ';', skipEmptyLines: true }).data.map(
      (r) => [
        [r.kode_wilayah, r.tahun, r.jenis_kekerasan, r.jenis_kelamin_korban, r.kelompok_umur_korban, '', ''].join('|'),
        Number(r.jumlah),
      ],
    ),
  );

describe('disclosure control of the aggregate cube', () => {
  const regions = regionsWith(['19.02.01', '19.02.02']);
  // Invented counts.
  const row = violenceRow;

  it('hides the partner of a lone hidden cell so it cannot be worked out from the total', () => {
    const cube = buildCube([row('19.02', 20), row('19.02.01', 12), row('19.02.02', 8)], regions, '19.02', new IssueLog());
    expect(cube.relations).toEqual([{ parent: 0, children: [1, 2] }]);
    expect(suppress(cube, 10, '19.02')).toEqual({ primer: 1, sekunder: 1 });
    expect(cube.cells.map((c) => [c.kode, c.status, c.alasan])).toEqual([
      ['19.02', '', ''],
      ['19.02.01', 'disembunyikan', 'sekunder'],
      ['19.02.02', 'disembunyikan', 'primer'],
    ]);
    expect(determinedCells(cube)).toEqual([]);
  });

  it('keeps a kabupaten figure split one way, hides a kabupaten cross-tab of two splits', () => {
    const cube = buildCube([row('19.02', 8, { jk: 'P' }), row('19.02', 3, { jk: 'P', ku: '13-17' })], regions, '19.02', new IssueLog());
    suppress(cube, 10, '19.02');
    expect(cube.cells.map((c) => c.status)).toEqual(['', 'disembunyikan']);
  });

  it('reads every pivot row after the whole elimination, so a cell solved through a later step is found', () => {
    // x0 + x1 = a and x1 = b: x1 is determined, and so is x0 (= a − b). The pivot row of x0 is [1, 1]
    // when it is taken and [1, 0] once x1 is eliminated; read too early, x0 looked safe.
    expect(
      rref(
        [
          [1, 1],
          [0, 1],
        ],
        2,
      ).map((p) => p.row),
    ).toEqual([
      [1, 0],
      [0, 1],
    ]);
    // The same as cells: two hidden cells under a published total, one of them also a published
    // parent's only hidden part (invented counts).
    const cube = {
      cells: (
        [
          ['19.02', 20, ''],
          ['19.02.01', 12, 'disembunyikan'],
          ['19.02.02', 8, 'disembunyikan'],
          ['19.02.02', 8, ''],
        ] as const
      ).map(([kode, jumlah, status], i) => ({
        ...{ kode, tahun: 2024, jenis: i === 3 ? 'fisik' : '', jk: '', ku: '', tempat: '', hubungan: '', kelompok: '' as const },
        jumlah,
        sumber: 'fiktif',
        status,
        alasan: '' as const,
      })),
      relations: [
        { parent: 0, children: [1, 2] },
        { parent: 3, children: [2] },
      ],
    };
    expect(determinedCells(cube).sort()).toEqual([1, 2]);
  });

  it('reports a total that disagrees with its complete split', () => {
    const log = new IssueLog();
    buildCube([row('19.02', 30), row('19.02.01', 12), row('19.02.02', 8)], regions, '19.02', log);
    expect(log.errors.map((e) => e.rule)).toEqual(['jumlah-rincian']);
  });
});

describe('refused input: the build fails and the previous output stays', () => {
  it.each([
    {
      name: 'a desa-level row',
      header: 'tahun;kode_wilayah;jenis_kekerasan;jenis_kelamin_korban;kelompok_umur_korban;jumlah;sumber',
      line: '2024;19.02.05.2001;fisik;P;13-17;3;renstra-t4.1',
      expected:
        'data/kekerasan/ekspor.csv:2:kode_wilayah  "19.02.05.2001"  level-wilayah  Data kekerasan tidak boleh di tingkat desa/kelurahan: angka sekecil itu dapat mengenali korban. Jumlahkan ke tingkat kecamatan atau kabupaten.',
    },
    {
      name: 'a nik column',
      header: 'tahun;kode_wilayah;jenis_kekerasan;jenis_kelamin_korban;kelompok_umur_korban;jumlah;sumber;nik',
      line: '2024;19.02;fisik;P;13-17;3;renstra-t4.1;1902000000000001',
      expected:
        'data/kekerasan/ekspor.csv:1:nik  -  identitas  Kolom "nik" dapat mengenali korban dan tidak boleh ada di data kekerasan. Hapus kolom ini dari berkas (dan dari riwayat git): data kekerasan hanya boleh berupa jumlah agregat.',
    },
    {
      name: 'a nama_korban column',
      header: 'tahun;kode_wilayah;nama_korban;jenis_kekerasan;jenis_kelamin_korban;kelompok_umur_korban;jumlah;sumber',
      line: '2024;19.02;X;fisik;P;13-17;3;renstra-t4.1',
      expected:
        'data/kekerasan/ekspor.csv:1:nama_korban  -  identitas  Kolom "nama_korban" dapat mengenali korban dan tidak boleh ada di data kekerasan. Hapus kolom ini dari berkas (dan dari riwayat git): data kekerasan hanya boleh berupa jumlah agregat.',
    },
  ])('$name', async ({ header, line, expected }) => {
    const tmp = tempRoot(join(REPO, 'data'));
    try {
      expect((await run(tmp.root, tmp.data)).ok).toBe(true);
      const before = snapshotTree(join(tmp.root, 'src/generated'));
      mkdirSync(join(tmp.data, 'kekerasan'));
      writeFileSync(join(tmp.data, 'kekerasan', 'ekspor.csv'), `${header}\n${line}\n`);
      const result = await run(tmp.root, tmp.data);
      expect(result.ok).toBe(false);
      expect(result.lines).toEqual([expected]);
      expect(snapshotTree(join(tmp.root, 'src/generated'))).toEqual(before);
    } finally {
      tmp.cleanup();
    }
  });
});

describe('the independent checker on built sites', () => {
  let real: Awaited<ReturnType<typeof buildSiteCopy>>;
  let invented: Awaited<ReturnType<typeof buildSiteCopy>>;
  beforeAll(async () => {
    real = await buildSiteCopy(join(REPO, 'data'));
    invented = await buildSiteCopy(join(REPO, 'data'), withFixture);
  }, 240_000);
  afterAll(() => {
    real?.cleanup();
    invented?.cleanup();
  });

  it('passes on the real build, which has no violence figure at desa level', () => {
    expect(real.result.ok).toBe(true);
    expect(checkSite(real.dist, opts)).toEqual([]);
    expect(readFileSync(join(real.dist, 'kekerasan/index.html'), 'utf8')).toContain('Butuh bantuan?');
  });

  it('passes on the build with the invented fixture, where both kinds of suppression were needed', async () => {
    expect(invented.result.lines).toEqual([]);
    const summary = JSON.parse(readFileSync(join(invented.root, 'src/generated/kekerasan.json'), 'utf8')) as {
      disembunyikan: { primer: number; sekunder: number };
    };
    expect(summary.disembunyikan.primer).toBeGreaterThan(50);
    expect(summary.disembunyikan.sekunder).toBeGreaterThan(5);
    expect(checkSite(invented.dist, opts)).toEqual([]);
    // The interval attack: no small count bounded inside 1–9 by anything the site publishes.
    const attack = await attackIntervals(invented.dist, { ...opts, truth: fixtureTruth() });
    expect(attack.model).toBe('strict');
    expect(attack.unknowns).toBeGreaterThan(100);
    expect(attack.narrow).toEqual([]);
    // Every hidden cell, primary or secondary, carries the same label, and nothing states a bound.
    const page = readFileSync(join(invented.dist, 'kekerasan/index.html'), 'utf8');
    expect(page).toMatch(/data-kekerasan="[^"]*"[^>]*>disembunyikan</);
    expect(page).not.toContain('&lt;10');
    expect(readFileSync(join(invented.dist, 'data', 'kekerasan-agregat.csv'), 'utf8')).not.toContain('<10');
    const meta = JSON.parse(readFileSync(join(invented.dist, 'data', 'kasus-kekerasan.json'), 'utf8')) as {
      disembunyikan?: { id: string };
    };
    expect(meta.disembunyikan?.id).toContain('berisi 1 sampai 9 kasus, atau disembunyikan untuk melindungi sel lain');
  });

  it('catches a hidden cell labelled with a bound ("<10") instead of the one label', () => {
    const path = join(invented.dist, 'data', 'kekerasan-agregat.csv');
    const original = readFileSync(path, 'utf8');
    try {
      writeFileSync(path, original.replace(',disembunyikan,disembunyikan,', ',<10,disembunyikan,'));
      expect(readFileSync(path, 'utf8')).not.toBe(original);
      expect(checkSite(invented.dist, opts).map((f) => f.kind)).toEqual(['label']);
    } finally {
      writeFileSync(path, original);
    }
  });

  it('catches a small count published below the kabupaten total', () => {
    const path = join(invented.dist, 'data', 'kekerasan-agregat.csv');
    const original = readFileSync(path, 'utf8');
    try {
      const lines = original.split('\n');
      const i = lines.findIndex((l) => /^19\.02\.0\d,/.test(l) && l.includes(',disembunyikan,disembunyikan,'));
      expect(i).toBeGreaterThan(0);
      lines[i] = lines[i]!.replace(',disembunyikan,disembunyikan,', ',4,,');
      writeFileSync(path, lines.join('\n'));
      expect(checkSite(invented.dist, opts).map((f) => f.kind)).toContain('kecil');
    } finally {
      writeFileSync(path, original);
    }
  });

  it('catches a build with primary suppression only, from which hidden cells can be solved', async () => {
    const path = join(invented.dist, 'data', 'kekerasan-agregat.csv');
    const original = readFileSync(path, 'utf8');
    const truth = fixtureTruth();
    try {
      // Reveal every hidden cell that primary suppression alone would have shown.
      const rows = Papa.parse<string[]>(original, { skipEmptyLines: true }).data;
      let revealed = 0;
      const out = rows.map((r, i) => {
        if (i === 0 || r[8] !== 'disembunyikan' || r[7] !== '') return r;
        const value = truth.get([r[0], r[1], r[2], r[3], r[4], '', ''].join('|'))!;
        const splits = [r[2], r[3], r[4]].filter(Boolean).length;
        const primary = value > 0 && value < 10 && (r[0] !== '19.02' || splits > 1);
        if (primary) return r;
        revealed += 1;
        return [...r.slice(0, 8), String(value), '', ...r.slice(10)];
      });
      expect(revealed).toBeGreaterThan(5);
      writeFileSync(path, out.map((r) => r.join(',')).join('\n'));
      const kinds = new Set(checkSite(invented.dist, opts).map((f) => f.kind));
      expect(kinds.has('terbuka')).toBe(true);
      expect(kinds.has('kecil')).toBe(false);
      const attack = await attackIntervals(invented.dist, { ...opts, truth });
      expect(attack.narrow.length).toBeGreaterThan(5);
      expect(attack.narrow.every((n) => n.truth! >= 1 && n.truth! <= 9 && (n.lower > 1 || n.upper < 9))).toBe(true);
    } finally {
      writeFileSync(path, original);
    }
  });

  it('catches a small count in a map layer of violence cases', () => {
    // The build writes no such layer (cases are not mapped); the checker still reads one if it appears.
    // The year is one no other file publishes, so the layer alone decides what the checker sees.
    const path = join(invented.dist, 'data', 'peta', 'nilai', 'kasus-kekerasan.json');
    mkdirSync(join(invented.dist, 'data', 'peta', 'nilai'), { recursive: true });
    const layer = (nilai: number | null) => ({
      teks: [
        ['', 'fiktif-kekerasan', ''],
        ['disembunyikan', 'fiktif-kekerasan', ''],
      ],
      kecamatan: { kode: ['19.02.01', '19.02.02'], nilai: { 2031: [nilai, 25] }, teks: { 2031: nilai === null ? [1, 1, 0, 1] : [0, 2] } },
      desa: { kode: [], nilai: {}, teks: {} },
    });
    try {
      writeFileSync(path, JSON.stringify(layer(null)));
      expect(checkSite(invented.dist, opts).map((f) => f.kind)).not.toContain('kecil');
      writeFileSync(path, JSON.stringify(layer(4)));
      expect(checkSite(invented.dist, opts).map((f) => f.kind)).toContain('kecil');
    } finally {
      rmSync(path, { force: true });
    }
  });

  it('catches violence figures at desa level', () => {
    const path = join(invented.dist, 'data', 'kekerasan-agregat.csv');
    const original = readFileSync(path, 'utf8');
    try {
      writeFileSync(path, `${original}19.02.05.2001,2024,,,,,,,12,,fiktif-kekerasan\n`);
      expect(checkSite(invented.dist, opts).map((f) => f.kind)).toContain('desa');
    } finally {
      writeFileSync(path, original);
    }
  });
});
