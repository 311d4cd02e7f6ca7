/** The home page and the catalogue's table in a real browser, offline: values, gaps, both languages, a phone. */
import { expect, it } from 'vitest';
import { describeBrowser, useSession } from './harness.ts';

describeBrowser('home page', () => {
  const s = useSession();

  it('says each headline in one plain sentence: what, where it stands, against what target, from which source', async () => {
    await s.page.goto(`${s.base}/`);
    await expect(s.page.locator('h1').textContent()).resolves.toBe('Data gender dan anak Kabupaten Belitung');
    const card = s.page.locator('li.card', { hasText: 'Indeks Pemberdayaan Gender (IDG)' });
    await expect(card.locator('.card-sentence').innerText()).resolves.toMatch(
      /^Targetnya 46,35: melampaui target\. Sumber: Renstra Dinas Sosial PPPA 2024–2026, Tabel 4\.1\.$/,
    );
    await expect(card.innerText()).resolves.toContain('diperdebatkan');
  });

  it('says which data changed most recently, by the date of their sources', async () => {
    await s.page.goto(`${s.base}/`);
    await expect(s.page.locator('p.latest').innerText()).resolves.toBe(
      'Data terbaru (menurut tanggal sumbernya): Kategori Kabupaten Layak Anak (KLA) (8 Agustus 2025); Jumlah Penduduk (4 Juli 2025); Persentase Penduduk Miskin (P0) (13 Juni 2024).',
    );
    await expect(s.page.locator('p.latest a').first().getAttribute('href')).resolves.toBe('/indikator/kla/');
  });

  it('fits on three phone screens', async () => {
    await s.page.setViewportSize({ width: 360, height: 780 });
    for (const path of ['/', '/en/']) {
      await s.page.goto(`${s.base}${path}`);
      expect(await s.page.evaluate(() => document.documentElement.scrollHeight), path).toBeLessThanOrEqual(3 * 780);
    }
    await s.page.setViewportSize({ width: 1280, height: 900 });
  });

  it('lists each indicator on /indikator/ with its latest value, the disputed alternative and its source', async () => {
    await s.page.goto(`${s.base}/indikator/`);
    const idg = s.page.locator('tr[data-search]', { has: s.page.locator('th', { hasText: 'Indeks Pemberdayaan Gender (IDG)' }) });
    await expect(idg.textContent()).resolves.toMatch(/53,42.*juga 53,02.*2022.*diperdebatkan.*Tabel 4\.1.*baris 8914/s);
  });

  it('says what is missing where there is no value, never 0: the region, and which years exist elsewhere or as targets only', async () => {
    await s.page.goto(`${s.base}/indikator/`);
    const row = (name: string) =>
      s.page
        .locator('tr[data-search]', { has: s.page.locator('th', { hasText: name }) })
        .locator('td')
        .first();
    await expect(row('Indeks Pembangunan Gender (IPG)').innerText()).resolves.toBe(
      'Data Kabupaten Belitung belum tersedia; yang ada hanya pembanding provinsi atau nasional (2013–2016, 2019–2023).',
    );
    await expect(row('Pagu Anggaran Program PPPA').innerText()).resolves.toBe(
      'Hanya pagu indikatif (rencana) 2024–2026 yang tercatat; realisasinya belum tersedia.',
    );
    await expect(row('Status Desa/Kelurahan Layak Anak').innerText()).resolves.toBe('22 dari 49 desa/kelurahan Layak Anak (2022)');
  });

  it('serves English at /en/ with English number formatting', async () => {
    await s.page.goto(`${s.base}/en/`);
    await expect(s.page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await s.page.goto(`${s.base}/en/indikator/`);
    const idg = s.page.locator('tr[data-search]', { has: s.page.locator('th', { hasText: 'Gender Empowerment Index (IDG)' }) });
    await expect(idg.textContent()).resolves.toMatch(/53\.42.*also 53\.02/s);
  });

  it('fits a 360 px phone screen without horizontal scrolling', async () => {
    await s.page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['/', '/en/']) {
      await s.page.goto(`${s.base}${path}`);
      const width = await s.page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(360);
    }
  });

  it('puts the skip link first for keyboard users', async () => {
    await s.page.goto(`${s.base}/`);
    await s.page.keyboard.press('Tab');
    await expect(s.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Langsung ke isi');
  });

  it('made no request outside the local server', () => {
    expect(s.blocked).toEqual([]);
  });
});
