/**
 * The evaluator's workspace in a real browser: the evidence report prints to a PDF of several pages
 * with every klaster and "belum diisi" for empty evidence; the build's own PDF is linked; every KLA
 * indicator a portal indicator evidences links to it with its latest value; /kla/desa/ counts 2022 as
 * the Renstra does; /ape/ says that no award is on record.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DIST, describeBrowser, useSession } from './harness.ts';

const KLASTER = [
  'Kelembagaan',
  'Klaster I: Hak Sipil dan Kebebasan',
  'Klaster II: Lingkungan Keluarga dan Pengasuhan Alternatif',
  'Klaster III: Kesehatan Dasar dan Kesejahteraan',
  'Klaster IV: Pendidikan, Pemanfaatan Waktu Luang dan Kegiatan Budaya',
  'Klaster V: Perlindungan Khusus',
];

/** Pages of a PDF file: its page objects. */
const pdfPages = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describeBrowser('KLA evaluator workspace', () => {
  const s = useSession();

  it('prints /kla/laporan/ to an A4 PDF of several pages, every klaster on its own page, empty evidence as "belum diisi"', async () => {
    await s.page.goto(`${s.base}/kla/laporan/`);
    await s.page.emulateMedia({ media: 'print' });
    const headings = await s.page.locator('.report-klaster h2').allInnerTexts();
    expect(headings).toEqual(KLASTER);
    // Each klaster starts a page; the navigation does not print.
    const breaks = await s.page.locator('.report-klaster').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
    expect(breaks).toEqual(KLASTER.map(() => 'page'));
    await expect(s.page.locator('.site-header nav').isVisible()).resolves.toBe(false);
    await expect(s.page.locator('.report-klaster [data-status="kosong"]').first().innerText()).resolves.toBe('Belum diisi');
    expect(await s.page.locator('.report-klaster [data-status="kosong"]').count()).toBe(24);
    const pdf = await s.page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(KLASTER.length + 1);
    await s.page.emulateMedia({ media: 'screen' });
  });

  it('links the PDF the build printed beside the report, in both languages, dated on the release day, its links to the portal', async () => {
    const site = JSON.parse(readFileSync(join(DIST, '..', 'src', 'generated', 'site.json'), 'utf8')) as {
      portal: { url: string };
      rilis: { tanggal: string };
    };
    for (const [path, file] of [
      ['/kla/laporan/', 'laporan-kla.pdf'],
      ['/en/kla/laporan/', 'kla-report.pdf'],
    ] as const) {
      expect(existsSync(join(DIST, path, file)), file).toBe(true);
      const pdf = readFileSync(join(DIST, path, file));
      expect(pdfPages(pdf)).toBeGreaterThan(1);
      // A rebuild writes the same bytes: the PDF carries the release day, not the second it was printed.
      const dates = pdf.toString('latin1').match(/\/CreationDate ?\(D:(\d{14})/);
      expect(dates?.[1]).toBe(`${site.rilis.tanggal.replaceAll('-', '')}000000`);
      const links = [...pdf.toString('latin1').matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]!);
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(link.startsWith('http://127.0.0.1'), link).toBe(false);
      expect(links.some((link) => link.startsWith(new URL(site.portal.url).origin))).toBe(true);
      await s.page.goto(`${s.base}${path}`);
      await expect(s.page.locator(`a[href="${file}"]`).count()).resolves.toBe(1);
    }
  });

  it('links each KLA indicator to the portal indicators that evidence it, with their latest values', async () => {
    await s.page.goto(`${s.base}/kla/`);
    const row = (id: string) => s.page.locator(`tr#${id}`);
    await expect(row('kla-02').locator('a[href="/indikator/desa-layak-anak/"]').count()).resolves.toBe(1);
    await expect(row('kla-02').innerText()).resolves.toContain('22 dari 49 berstatus Layak Anak (2022)');
    await expect(row('kla-20').locator('a[href="/indikator/korban-kekerasan-anak-terlayani/"]').count()).resolves.toBe(1);
    await expect(row('kla-20').locator('a[href="/indikator/anak-korban-ditangani/"]').count()).resolves.toBe(1);
    // Unconfirmed wording and OPDs say so; empty evidence says it is not filled in, never a guess.
    await expect(row('kla-07').innerText()).resolves.toContain('belum diverifikasi');
    await expect(row('kla-04').locator('[data-status]').innerText()).resolves.toBe('Belum diisi');
    await expect(s.page.locator('p.counts').innerText()).resolves.toBe('Bukti: 0 tersedia, 0 sebagian, 0 belum, 24 belum diisi (dari 24).');
  });

  it('counts Desa/Kelurahan Layak Anak 2022 as the Renstra does: 5 kecamatan, 3 kelurahan, 19 desa; Badau 7 of 7, Sijuk 0 of 10', async () => {
    await s.page.goto(`${s.base}/kla/desa/`);
    await expect(s.page.locator('.headline-sentence').innerText()).resolves.toMatch(
      /^Tahun 2022: 5 kecamatan, 3 kelurahan dan 19 desa berstatus Layak Anak\./,
    );
    const kecamatan = (name: string) => s.page.locator('#per-kecamatan ~ .table-wrap tr', { has: s.page.locator('th', { hasText: name }) });
    await expect(kecamatan('Badau').locator('td').first().innerText()).resolves.toBe('7 dari 7');
    await expect(kecamatan('Sijuk').locator('td').first().innerText()).resolves.toBe('0 dari 10');
    await expect(s.page.locator('[data-indicator-map] svg').count()).resolves.toBe(1);
  });

  it('says on /ape/ that no award is on record and sets the Renstra targets that disagree side by side', async () => {
    await s.page.goto(`${s.base}/ape/`);
    await expect(s.page.locator('#catatan-ape ~ .headline-sentence').innerText()).resolves.toBe(
      'Belum ada APE yang tercatat untuk Kabupaten Belitung.',
    );
    const y2024 = s.page.locator('#target-ape ~ .table-wrap tr', { has: s.page.locator('th', { hasText: '2024' }) });
    await expect(y2024.locator('td').allInnerTexts()).resolves.toEqual(['Pratama (baris 8942)', 'Madya (baris 10013)']);
    await expect(y2024.getAttribute('class')).resolves.toContain('conflict');
  });
});
