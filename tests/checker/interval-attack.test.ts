/**
 * The independent interval attack (interval-attack.ts) on small invented releases, each planting one of
 * the leaks an attacker with an integer-programming solver found: it must report the cell it bounds, and
 * pass a release where every small count could still be anything from 1 to 9.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { attackIntervals } from './interval-attack.ts';

const opts = { threshold: 10, rootCode: '19.02' };
const HEADER =
  'kode_wilayah,tahun,jenis_kekerasan,jenis_kelamin_korban,kelompok_umur_korban,tempat_kejadian,hubungan_pelaku,kelompok,jumlah,status,sumber';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A site folder holding one aggregate download with the rows given (invented counts). */
function release(
  rows: Array<[kode: string, jenis: string, jk: string, ku: string, kelompok: string, jumlah: number | 'disembunyikan']>,
): string {
  const dir = mkdtempSync(join(tmpdir(), 'siga-attack-'));
  dirs.push(dir);
  const lines = rows.map(([kode, jenis, jk, ku, kelompok, jumlah]) =>
    [kode, 2024, jenis, jk, ku, '', '', kelompok, jumlah, jumlah === 'disembunyikan' ? 'disembunyikan' : '', 'fiktif'].join(','),
  );
  writeFileSync(join(dir, 'kekerasan-agregat.csv'), [HEADER, ...lines, ''].join('\n'));
  return dir;
}

const H = 'disembunyikan' as const;
const bounds = async (dir: string) => (await attackIntervals(dir, opts)).narrow.map(({ cell, lower, upper }) => [cell, lower, upper]);

describe('the interval attack finds each planted leak', () => {
  it('adult men, the rest of a total: 70 − children 28 − adult women 40 = 2', async () => {
    const dir = release([
      ['19.02.01', '', '', '', '', 70],
      ['19.02.01', '', '', '', 'anak', 28],
      ['19.02.01', '', '', '', 'perempuan', 40],
    ]);
    expect(await bounds(dir)).toEqual([['19.02.01|2024||||||laki_dewasa', 2, 2]]);
  });

  it('two large published numbers: L/13-17 = 27 and eksploitasi/L/13-17 = 25 leave 1 and 1', async () => {
    const dir = release([
      ['19.02.01', '', 'L', '13-17', '', 27],
      ['19.02.01', 'eksploitasi', 'L', '13-17', '', 25],
      ['19.02.01', 'fisik', 'L', '13-17', '', H],
      ['19.02.01', 'seksual', 'L', '13-17', '', H],
    ]);
    expect(await bounds(dir)).toEqual([
      ['19.02.01|2024|fisik|L|13-17|||', 1, 1],
      ['19.02.01|2024|seksual|L|13-17|||', 1, 1],
    ]);
  });

  it('a chain of published sums pins a hidden cell: 137 − 58 − 11 − 29 − 30 = 9', async () => {
    const dir = release([
      ['19.02.01', '', '', '', '', 137],
      ['19.02.01', 'fisik', '', '', '', 58],
      ['19.02.01', 'psikis', '', '', '', 11],
      ['19.02.01', 'seksual', '', '', '', 29],
      ['19.02.01', 'penelantaran', '', '', '', 30],
      ['19.02.01', 'eksploitasi', '', '', '', H],
    ]);
    expect(await bounds(dir)).toEqual([['19.02.01|2024|eksploitasi|||||', 9, 9]]);
  });

  it('a small kabupaten figure split one way caps every hidden cell below it (tppo = 2)', async () => {
    const dir = release([
      ['19.02', 'tppo', '', '', '', 2],
      ['19.02.01', 'tppo', '', '', '', H],
      ['19.02.02', 'tppo', '', '', '', H],
    ]);
    expect(await bounds(dir)).toEqual([
      ['19.02.01|2024|tppo|||||', 1, 1],
      ['19.02.02|2024|tppo|||||', 1, 1],
    ]);
  });

  it('a part left unlisted beneath a hidden total is still bounded when a published sum pins it', async () => {
    // fisik/L is hidden, so its age groups are not listed; but L/13-17 = 12 with eksploitasi/L/13-17 = 9
    // published and no other type listed leaves fisik/L/13-17 = 3 exactly.
    const dir = release([
      ['19.02.01', '', 'L', '13-17', '', 12],
      ['19.02.01', 'eksploitasi', 'L', '13-17', '', 9],
      ['19.02.01', 'fisik', 'L', '', '', H],
      ['19.02.01', 'fisik', '', '', '', 15],
      ['19.02.01', 'fisik', 'P', '', '', H],
    ]);
    expect(await bounds(dir)).toContainEqual(['19.02.01|2024|fisik|L|13-17|||', 3, 3]);
  });
});

describe('the interval attack passes what protects', () => {
  it('a release where two hidden cells share 18 of a total of 40 (each lies in 1–17)', async () => {
    const dir = release([
      ['19.02.01', '', '', '', '', 40],
      ['19.02.01', 'fisik', '', '', '', H],
      ['19.02.01', 'psikis', '', '', '', H],
      ['19.02.01', 'seksual', '', '', '', 22],
    ]);
    const attack = await attackIntervals(dir, opts);
    expect(attack.narrow).toEqual([]);
    expect(attack.unknowns).toBe(2);
    expect(attack.solves).toBeGreaterThanOrEqual(2);
  });

  it('judges by the invented truth when given one: a hidden 31 an attacker knows is at least 3 is no small count', async () => {
    // 50 = fisik + psikis, fisik = fisik/L 2 + fisik/P: fisik lies in 3–49, which would be narrow were it small.
    const dir = release([
      ['19.02.01', '', '', '', '', 50],
      ['19.02.01', 'fisik', '', '', '', H],
      ['19.02.01', 'psikis', '', '', '', H],
      ['19.02.01', 'fisik', 'L', '', '', 2],
      ['19.02.01', 'fisik', 'P', '', '', H],
    ]);
    expect(await bounds(dir)).toEqual([['19.02.01|2024|fisik|||||', 3, 49]]);
    const truth = new Map([
      ['19.02.01|2024||||||', 50],
      ['19.02.01|2024|fisik|||||', 31],
      ['19.02.01|2024|psikis|||||', 19],
      ['19.02.01|2024|fisik|L||||', 2],
      ['19.02.01|2024|fisik|P||||', 29],
    ]);
    expect((await attackIntervals(dir, { ...opts, truth })).narrow).toEqual([]);
  });
});
