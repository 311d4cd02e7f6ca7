/**
 * The data-gap page and the correction log as built from the real data, read from dist/ without a
 * browser: each gap said as it is, and no correction claimed where none was made.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './harness.ts';

const text = (path: string) =>
  readFileSync(join(DIST, path), 'utf8')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('data gaps and corrections', () => {
  it('lists each incomplete indicator with the years and levels it lacks, and the standard elements not yet delivered', () => {
    const page = text('data/celah/index.html');
    expect(page).toMatch(/Indeks Pemberdayaan Gender \(IDG\) 2019–2022 \(target 2019–2026\) 2023–2025 –/);
    expect(page).toMatch(/Indeks Pembangunan Gender \(IPG\) belum ada nilai – Kabupaten/);
    expect(page).toMatch(/Elemen standar SIGA yang belum ada datanya \(\d+ dari 50\)/);
    expect(page).not.toContain('>0<');
    // The next edition: the newest source's date plus the indicator's period, said overdue once passed.
    expect(page).toMatch(
      /Indeks Pemberdayaan Gender \(IDG\) 2019–2022 \(target 2019–2026\) 2023–2025 – 11 April 2023 April 2024 \(tahunan, sudah lewat\)/,
    );
    expect(text('indikator/idg/index.html')).toContain('Rilis berikutnya diperkirakan April 2024 (tahunan); belum masuk portal.');
    expect(text('en/data/celah/index.html')).toMatch(/Expected next/);
  });

  it('says that no correction has been made yet, in both languages, and links it from every footer', () => {
    expect(text('tentang/koreksi/index.html')).toContain('Belum ada koreksi: tidak satu pun angka yang terbit sampai');
    expect(text('en/tentang/koreksi/index.html')).toContain('No corrections yet');
    expect(readFileSync(join(DIST, 'index.html'), 'utf8')).toContain('href="/tentang/koreksi/"');
  });
});
