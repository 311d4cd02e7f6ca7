import { describe, expect, it } from 'vitest';
import { formatIssue, IssueLog } from '../../../scripts/lib/issues.ts';

describe('formatIssue', () => {
  it.each([
    {
      issue: { file: 'a.csv', row: 4, column: 'nilai', value: 'x', rule: 'angka', message: 'M.' },
      expected: 'a.csv:4:nilai  "x"  angka  M.',
    },
    { issue: { file: 'a.csv', rule: 'berkas-kosong', message: 'M.' }, expected: 'a.csv  -  berkas-kosong  M.' },
    { issue: { file: 'a.csv', row: 2, value: 'y'.repeat(60), rule: 'r', message: 'M.' }, expected: `a.csv:2  "${'y'.repeat(39)}…"  r  M.` },
  ])('$expected', ({ issue, expected }) => expect(formatIssue(issue)).toBe(expected));
});

describe('IssueLog', () => {
  it('keeps the first issues of a rule per file and counts the rest', () => {
    const log = new IssueLog(2);
    for (let i = 0; i < 5; i++) log.error({ file: 'a.csv', row: i, rule: 'angka', message: 'M' });
    log.error({ file: 'b.csv', rule: 'angka', message: 'M' });
    expect(log.errors).toHaveLength(3);
    expect(log.omitted()).toEqual([{ file: 'a.csv', rule: 'angka', count: 3 }]);
    expect(log.hasErrors).toBe(true);
  });
});
