/** When a dataset's next edition is due, from its newest source's date and the indicator's period. */
import { describe, expect, it } from 'vitest';
import { nextRelease } from '../../src/lib/availability.ts';
import { formatDate, formatMonth } from '../../src/lib/format.ts';

describe('nextRelease', () => {
  it('adds a year to annual data and six months to half-yearly data, and says when the date has passed', () => {
    expect(nextRelease('2023-04-11', 'tahunan', '2026-12-02')).toEqual({ date: '2024-04-11', late: true });
    expect(nextRelease('2026-09-30', 'tahunan (tahun ajaran)', '2026-12-02')).toEqual({ date: '2027-09-30', late: false });
    expect(nextRelease('2026-05-31', 'semesteran (DKB) / tahunan', '2026-12-02')).toEqual({ date: '2026-12-01', late: true });
    // A source that shows only its month counts from the 1st.
    expect(nextRelease('2025-11', 'tahunan', '2026-12-02')).toEqual({ date: '2026-11-01', late: true });
  });

  it('gives no estimate for periods without a fixed rhythm, or without a date', () => {
    expect(nextRelease('2023-04-11', 'sesuai penilaian', '2026-12-02')).toBeNull();
    expect(nextRelease('2023-04-11', '5-tahunan (per pemilu) + PAW', '2026-12-02')).toBeNull();
    expect(nextRelease('April 2023', 'tahunan', '2026-12-02')).toBeNull();
    expect(nextRelease('2024', 'tahunan', '2026-12-02')).toBeNull();
  });

  it('names the month in each language', () => {
    expect(formatMonth('2024-04-11', 'id')).toBe('April 2024');
    expect(formatMonth('2024-08-11', 'id')).toBe('Agustus 2024');
    expect(formatMonth('2024-08-11', 'en')).toBe('August 2024');
    // A source dated only by its month is said as that month, not as "2025-11".
    expect(formatDate('2025-11', 'id')).toBe('November 2025');
    expect(formatDate('2025-11-30', 'en')).toBe('30 November 2025');
  });
});
