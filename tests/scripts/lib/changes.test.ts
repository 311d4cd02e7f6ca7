import { describe, expect, it } from 'vitest';
import { changes } from '../../../scripts/lib/changes.ts';
import { inventedRow } from '../../rows.ts';

const row = inventedRow;

describe('changes since the last build', () => {
  it.each([
    { name: 'nothing', before: [row({})], after: [row({ catatan: 'catatan lain' })], expected: [0, 0, 0] },
    { name: 'a new year', before: [row({})], after: [row({}), row({ tahun: 2023 })], expected: [1, 0, 0] },
    { name: 'a value changed', before: [row({ nilai: 53.02 })], after: [row({ nilai: 53.42 })], expected: [0, 1, 0] },
    { name: 'a status changed', before: [row({})], after: [row({ status: 'diperdebatkan' })], expected: [0, 1, 0] },
    { name: 'a value removed', before: [row({}), row({ kode: '19.02.01' })], after: [row({})], expected: [0, 0, 1] },
    { name: 'a second source for a cell', before: [row({})], after: [row({}), row({ sumber: 'lain' })], expected: [1, 0, 0] },
    {
      name: 'a computed value beside the data one',
      before: [row({}), row({ asal: 'dihitung', nilai: 1.5 })],
      after: [row({}), row({ asal: 'dihitung', nilai: 1.5 })],
      expected: [0, 0, 0],
    },
  ])('$name', ({ before, after, expected }) => {
    const c = changes(before, after);
    expect([c.ditambah, c.diubah, c.dihapus]).toEqual(expected);
  });

  it('says what changed in Indonesian number format', () => {
    expect(changes([row({ nilai: 53.02 })], [row({ nilai: 53.42 })]).contoh).toEqual(['19.02 2022: 53,02 → 53,42']);
  });
});
