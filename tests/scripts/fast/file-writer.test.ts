import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileWriter } from '../../../scripts/fast/file-writer.ts';

describe('FileWriter', () => {
  it('keeps the order of small and oversized pieces, multi-byte text included, and starts over on truncate', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'siga-writer-')), 'sub', 'out.txt');
    const w = new FileWriter(path, 64);
    const pieces = ['a', 'é→', 'x'.repeat(100), 'b', 'ü'.repeat(70_000), 'c'];
    for (const p of pieces) w.add(p);
    w.truncate();
    for (const p of pieces) w.add(p);
    w.close();
    expect(readFileSync(path, 'utf8')).toBe(pieces.join(''));
  });

  it('keeps text, bytes, ASCII, single bytes and bytes written in place in order across buffer boundaries', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'siga-writer-')), 'out.txt');
    const w = new FileWriter(path, 16);
    let expected = '';
    const steps: Array<[string, (s: string) => void]> = [
      ['désa,', (s) => w.add(s)],
      ['Desa Ömega,desa,', (s) => w.addBytes(Buffer.from(s))],
      ['2024', (s) => w.addAscii(s)],
      [',', (s) => w.addByte(s.charCodeAt(0))],
      ['53.02', (s) => w.addAscii(s)],
      ['x'.repeat(40), (s) => w.addBytes(Buffer.from(s))],
      ['y'.repeat(40), (s) => w.addAscii(s)],
      ['\n', (s) => w.addByte(s.charCodeAt(0))],
      // Written straight into the buffer where it has room; a piece larger than the buffer gets -1.
      [
        'ROOM',
        (s) => {
          const at = w.room(s.length);
          expect(at).toBeGreaterThanOrEqual(0);
          for (let i = 0; i < s.length; i++) w.buffer[at + i] = s.charCodeAt(i);
          w.wrote(at + s.length);
        },
      ],
      ['', () => expect(w.room(17)).toBe(-1)],
    ];
    for (let round = 0; round < 7; round++) {
      for (const [text, write] of steps.slice(round % 3)) {
        write(text);
        expected += text;
      }
    }
    w.close();
    expect(readFileSync(path, 'utf8')).toBe(expected);
  });
});
