/**
 * Fuzzing: valid data files are mutated (delimiters, Windows-1252 encoding, truncation, random bytes,
 * huge numbers, empty files, a 1 MB single line, duplicated headers, a quote never closed, an English
 * decimal, a value out of range) and the pipeline must either
 * succeed or stop with its structured errors — never an uncaught exception, never partial output.
 *
 * SIGA_FUZZ_RUNS (default 1000) and SIGA_FUZZ_SEED replay a run; the seed is printed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../scripts/pipeline.ts';
import { MINIMAL, tempRoot } from '../helpers.ts';

const RUNS = Number(process.env.SIGA_FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.SIGA_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
}

type Mutation = (bytes: Buffer, pick: number, extra: Uint8Array) => Buffer;
const text = (b: Buffer) => b.toString('utf8');
const MUTATIONS: Record<string, Mutation> = {
  swapDelimiter: (b) => Buffer.from(text(b).replace(/[;,]/g, (c) => (c === ';' ? ',' : ';'))),
  windows1252: (b) => Buffer.from(`${text(b)}\n19.02;2022;;;;realisasi;1;;fiktif-uji;;Pemeriksaan désa é`.replace(/\n/g, '\r\n'), 'latin1'),
  truncate: (b, pick) => b.subarray(0, pick % (b.length + 1)),
  randomBytes: (b, pick, extra) =>
    Buffer.concat([b.subarray(0, pick % (b.length + 1)), Buffer.from(extra), b.subarray(pick % (b.length + 1))]),
  hugeNumber: (b) => Buffer.from(text(b).replace(/(;|,)(\d+(,\d+)?)(;|,|\r?\n)/, `$1${'9'.repeat(400)}$4`)),
  empty: () => Buffer.alloc(0),
  megabyteLine: (b) => Buffer.concat([b, Buffer.from(`\n${'x;'.repeat(512 * 1024)}\n`)]),
  duplicateHeader: (b) => {
    const [head, ...rest] = text(b).split('\n');
    return Buffer.from([`${head};${head!.split(/[;,]/)[0]}`, ...rest].join('\n'));
  },
  // A quote opened at the start of a cell and never closed (the fixtures hold no other quote).
  openQuote: (b, pick) => {
    const s = text(b);
    const cells = [...s.matchAll(/[;,]/g)].map((m) => m.index! + 1);
    const at = cells.length ? cells[pick % cells.length]! : 0;
    return Buffer.from(`${s.slice(0, at)}"${s.slice(at)}`);
  },
  // A comma decimal written with a dot, as an English-locale Excel does.
  englishDecimal: (b) => Buffer.from(text(b).replace(/(\d),(\d)/, '$1.$2')),
  // A value far outside any indicator's range.
  outOfRange: (b) => Buffer.from(text(b).replace(/([;,])(\d+(,\d+)?)([;,]fiktif)/, '$1987654321$4')),
  cellNoise: (b, pick, extra) => {
    const s = text(b);
    const at = pick % (s.length + 1);
    return Buffer.from(s.slice(0, at) + Buffer.from(extra).toString('latin1').replace(/\n/g, '') + s.slice(at + 3));
  },
};

describe('fuzzed input', () => {
  it(`never crashes and never leaves partial output (${RUNS} cases, seed ${SEED})`, async () => {
    console.log(`fuzz: SIGA_FUZZ_SEED=${SEED} SIGA_FUZZ_RUNS=${RUNS}`);
    const tmp = tempRoot(MINIMAL);
    mkdirSync(join(tmp.data, 'kekerasan'));
    writeFileSync(
      join(tmp.data, 'kekerasan', 'fiktif.csv'),
      'tahun;kode_wilayah;jenis_kekerasan;jenis_kelamin_korban;kelompok_umur_korban;jumlah;sumber\n2024;19.02;;;;14;fiktif-uji\n2024;19.02.01;;;;9;fiktif-uji\n2024;19.02.02;;;;5;fiktif-uji\n',
    );
    const originals = new Map(files(tmp.data).map((f) => [f, readFileSync(f)]));
    const targets = [...originals.keys()];
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: targets.length - 1 }),
          fc.constantFrom(...Object.keys(MUTATIONS)),
          fc.nat(),
          fc.uint8Array({ minLength: 1, maxLength: 64 }),
          async (fileIndex, name, pick, extra) => {
            for (const [f, bytes] of originals) writeFileSync(f, bytes);
            for (const out of ['src', 'public', '.build-tmp', '.build-old']) rmSync(join(tmp.root, out), { recursive: true, force: true });
            const target = targets[fileIndex]!;
            writeFileSync(target, MUTATIONS[name]!(originals.get(target)!, pick, extra));
            const result = await runPipeline({ root: tmp.root, dataDir: tmp.data });
            const wrote = existsSync(join(tmp.root, 'src', 'generated'));
            // A quote never closed in a data file is never read past silently.
            if (name === 'openQuote' && /\.csv$/.test(target)) expect(result.ok, `${relative(tmp.root, target)} openQuote`).toBe(false);
            if (result.ok) {
              expect(existsSync(join(tmp.root, 'src', 'generated', 'catalog.json'))).toBe(true);
              expect(existsSync(join(tmp.root, 'public', 'data'))).toBe(true);
            } else {
              expect(result.log.errors.length, `${relative(tmp.root, target)} ${name}`).toBeGreaterThan(0);
              for (const e of result.log.errors)
                expect(typeof e.message === 'string' && e.message.length > 0 && typeof e.rule === 'string').toBe(true);
              expect(wrote, 'a failed build wrote output').toBe(false);
            }
            expect(existsSync(join(tmp.root, '.build-tmp')) && readdirSync(join(tmp.root, '.build-tmp')).length > 0).toBe(false);
          },
        ),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    } finally {
      tmp.cleanup();
    }
  }, 600_000);
});
