import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileWriter } from '../../../scripts/lib/output.ts';

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
});
