import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { writeZip } from '../../../scripts/lib/zip.ts';

const dir = mkdtempSync(join(tmpdir(), 'siga-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeZip: files on disk into one zip, one file at a time', () => {
  // Text that compresses, bytes that do not, an empty file and one in a folder.
  const files: Record<string, Uint8Array> = {
    'a.csv': new TextEncoder().encode('kode,tahun,nilai\n' + '19.02,2022,53.42\n'.repeat(5000)),
    'acak.bin': Uint8Array.from({ length: 70_000 }, (_, i) => (i * 2654435761) >>> 24),
    'kosong.csv': new Uint8Array(0),
    'peta/wilayah.topo.json': new TextEncoder().encode('{"type":"Topology"}'),
  };
  mkdirSync(join(dir, 'in', 'peta'), { recursive: true });
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, 'in', name), bytes);
  const entries = Object.keys(files).map((name) => ({ name, path: join(dir, 'in', name) }));
  const date = new Date('2026-12-02T00:00:00Z');

  it('holds every file with its very bytes, as fflate reads it back', () => {
    writeZip(join(dir, 'a.zip'), entries, date);
    const read = unzipSync(readFileSync(join(dir, 'a.zip')));
    expect(Object.keys(read).sort()).toEqual(Object.keys(files).sort());
    for (const [name, bytes] of Object.entries(files)) expect(Buffer.from(read[name]!).equals(Buffer.from(bytes)), name).toBe(true);
    expect(readFileSync(join(dir, 'a.zip')).length).toBeLessThan(70_000 + 20_000); // the CSV was compressed
  });

  it('passes Info-ZIP’s own test of every CRC, where unzip is installed', () => {
    let out: string;
    try {
      out = execFileSync('unzip', ['-t', join(dir, 'a.zip')], { encoding: 'utf8' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return void console.warn('unzip not installed: CRC check skipped');
      throw err;
    }
    expect(out).toMatch(/No errors detected/);
  });

  it('gives the same bytes for the same files and date', () => {
    writeZip(join(dir, 'b.zip'), entries, date);
    writeZip(join(dir, 'c.zip'), entries, date);
    expect(readFileSync(join(dir, 'b.zip')).equals(readFileSync(join(dir, 'c.zip')))).toBe(true);
  });

  it('stops on a file that is not there, naming it', () => {
    expect(() => writeZip(join(dir, 'd.zip'), [{ name: 'x.csv', path: join(dir, 'in', 'tidak-ada.csv') }], date)).toThrow(/tidak-ada\.csv/);
  });
});
