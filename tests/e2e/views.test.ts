/**
 * Every view tells the truth of its data, in a real browser: an indicator with a realised value never
 * opens on "data belum tersedia", an indicator without one says what exists, the desa status view and
 * its map work without JavaScript, the year selector of a map switches its values, and the region
 * page flags disputed values.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Summary } from '../../src/model/summary.ts';
import { describeBrowser, useSession } from './harness.ts';

const catalog = JSON.parse(readFileSync(new URL('../../src/generated/catalog.json', import.meta.url), 'utf8')) as {
  indikator: Array<{ id: string; ringkasan: Summary }>;
};

describeBrowser('views chosen from the shape of the data', () => {
  const s = useSession();

  it('shows a chart, bars or a map for every indicator with a realised value, and never says its data is missing', async () => {
    const withData = catalog.indikator.filter((ind) => ind.ringkasan.ada_data);
    expect(withData.length).toBeGreaterThan(60);
    for (const { id } of withData) {
      await s.page.goto(`${s.base}/indikator/${id}/`);
      const grafik = s.page.locator('#grafik');
      await expect(grafik.locator('.empty').count(), id).resolves.toBe(0);
      await expect(grafik.locator('svg.chart, .bar-panel').count(), id).resolves.toBeGreaterThan(0);
      expect(await grafik.innerText(), id).not.toMatch(/data belum tersedia untuk indikator ini/i);
    }
    // Over 60 pages in one browser: on a machine busy with the disclosure audit this walk can pass a minute.
  }, 180_000);

  it('says exactly what exists where there is no realised value: only targets, or values the source records as missing', async () => {
    const without = catalog.indikator.filter((ind) => !ind.ringkasan.ada_data && ind.ringkasan.ketersediaan.pembanding.length === 0);
    expect(without.length).toBeGreaterThan(3);
    for (const { id, ringkasan } of without) {
      await s.page.goto(`${s.base}/indikator/${id}/`);
      const text = await s.page.locator('#grafik').innerText();
      if (ringkasan.ketersediaan.target.length > 0) expect(text, id).toMatch(/Hanya (target|pagu indikatif \(rencana\)) \d{4}/);
      if (ringkasan.ketersediaan.kosong.length > 0) expect(text, id).toMatch(/Dokumen sumber mencatat nilai Kabupaten Belitung \d{4}/);
    }
    await s.page.goto(`${s.base}/indikator/anggaran-pppa/`);
    const anggaran = await s.page.locator('#grafik').innerText();
    expect(anggaran).toContain('Belum ada realisasi: yang digambar adalah pagu indikatif (rencana).');
    expect(anggaran).toContain('Pemenuhan Hak Anak');
    expect(anggaran).toContain('528.770.000');
  });

  it('keeps the breakdown shown in the URL where there are several', async () => {
    await s.page.goto(`${s.base}/indikator/pegawai-dinas/`);
    const panels = s.page.locator('.breakdown .bar-panel');
    await expect(panels.count()).resolves.toBe(2);
    await s.page.getByLabel('Rincian').selectOption('kategori');
    await s.page.waitForURL((url) => url.searchParams.get('rincian') === 'kategori', { timeout: 5000 });
    await expect(s.page.locator('.bar-panel[data-panel-key="kategori"]').isVisible()).resolves.toBe(true);
    await expect(s.page.locator('.bar-panel[data-panel-key="jenis_kelamin"]').isVisible()).resolves.toBe(false);
    await s.page.reload();
    await expect(s.page.locator('.bar-panel[data-panel-key="kategori"]').innerText()).resolves.toMatch(/ASN\s+29/);
  });

  it('switches the map of an indicator between years, and says the value of the area focused', async () => {
    await s.page.goto(`${s.base}/indikator/psks-pendamping/?tab=peta`);
    const title = s.page.locator('.map-title');
    await expect(title.innerText()).resolves.toMatch(/per kecamatan, 2022$/);
    const area = s.page.locator('g.area[data-name="Tanjungpandan"]');
    await area.focus();
    await expect(s.page.locator('.map-readout').innerText()).resolves.toBe('Tanjungpandan: 14 orang (2022)');
    const radius2022 = Number(await area.locator('circle.symbol').getAttribute('r'));
    await s.page.getByLabel('Tahun', { exact: true }).selectOption('2018');
    await s.page.waitForURL((url) => url.searchParams.get('peta-tahun') === '2018', { timeout: 5000 });
    await expect(title.innerText()).resolves.toMatch(/, 2018$/);
    await area.focus();
    await expect(s.page.locator('.map-readout').innerText()).resolves.toBe('Tanjungpandan: 17 orang (2018)');
    expect(Number(await area.locator('circle.symbol').getAttribute('r'))).toBeGreaterThan(radius2022);
  });

  it('filters the list of desa by kecamatan and status', async () => {
    await s.page.goto(`${s.base}/indikator/desa-layak-anak/`);
    await s.page.getByLabel('Kecamatan', { exact: true }).selectOption({ label: 'Badau' });
    await s.page.getByLabel('Status', { exact: true }).selectOption('Layak Anak');
    await expect(s.page.locator('.units-table tbody tr:not([hidden])').count()).resolves.toBe(7);
    await s.page.waitForURL((url) => url.searchParams.get('kecamatan') === '19.02.05' && url.searchParams.get('status') === 'Layak Anak', {
      timeout: 5000,
    });
    await s.page.reload();
    await expect(s.page.locator('.units-table tbody tr:not([hidden])').count()).resolves.toBe(7);
  });

  it('shows 22 of 49 units layak anak in 2022, the counts per kecamatan and the SVG map, without JavaScript', async () => {
    const context = await s.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.route('**/*', (route) => (route.request().url().startsWith(s.base) ? route.continue() : route.abort()));
    await page.goto(`${s.base}/indikator/desa-layak-anak/`);
    const bars = page.locator('#grafik .bar-panel .bar-row');
    await expect(bars.first().innerText()).resolves.toMatch(/Kabupaten Belitung\s+22 dari 49/);
    const perKecamatan = await bars.allInnerTexts();
    expect(perKecamatan.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([
      'Kabupaten Belitung 22 dari 49',
      'Tanjungpandan 8 dari 16',
      'Membalong 6 dari 12',
      'Selat Nasik 1 dari 4',
      'Sijuk 0 dari 10',
      'Badau 7 dari 7',
    ]);
    await expect(page.locator('.units-table tbody tr').count()).resolves.toBe(49);
    await expect(page.locator('#peta').isVisible()).resolves.toBe(true);
    await expect(page.locator('#peta svg g.area').count()).resolves.toBe(49);
    await expect(page.locator('#peta .map-title').innerText()).resolves.toMatch(/2022$/);
    await expect(page.locator('#peta').innerText()).resolves.toContain('Batas perkiraan, bukan batas resmi.');
    const layak = await page.locator('#peta g.area[aria-label*="Layak Anak (2022)"]').count();
    expect(layak).toBe(22);
    await context.close();
  });

  it('marks the disputed values of the kabupaten on its region page, with why', async () => {
    await s.page.goto(`${s.base}/wilayah/19.02/`);
    const cell = (name: RegExp) => s.page.locator('tr', { has: s.page.locator('th', { hasText: name }) }).locator('td.num');
    for (const [name, value] of [
      [/^Indeks Pemberdayaan Gender/, '53,42'],
      [/^Rasio Kekerasan terhadap Perempuan dan Anak$/, '2,64'],
      [/^Prevalensi Kekerasan terhadap Anak$/, '9,59'],
    ] as const) {
      const text = await cell(name).innerText();
      expect(text, String(name)).toContain(value);
      expect(text, String(name)).toContain('diperdebatkan');
      await expect(cell(name).locator('.dispute-why').count()).resolves.toBe(1);
    }
  });

  it('shows the Forum Anak facilitation budget 2024–2026 with its line, and keeps superseded versions out of the bars', async () => {
    await s.page.goto(`${s.base}/indikator/anggaran-kegiatan-pppa/`);
    const bars = (await s.page.locator('.bar-row', { hasText: 'Fasilitasi Forum Anak Kabupaten Belitung' }).allInnerTexts()).map((t) =>
      t.replace(/\s+/g, ' '),
    );
    expect(bars).toEqual([
      'Fasilitasi Forum Anak Kabupaten Belitung 385.000.000',
      'Fasilitasi Forum Anak Kabupaten Belitung 423.500.000',
      'Fasilitasi Forum Anak Kabupaten Belitung 465.850.000',
    ]);
    await expect(s.page.locator('.bar-row', { hasText: '175.000.000' }).count()).resolves.toBe(0);
    await s.page.getByRole('tab', { name: 'Tabel' }).click();
    const rows = s.page.locator('table.data-table tbody tr', { hasText: 'Fasilitasi Forum Anak Kabupaten Belitung' });
    await expect(rows.count()).resolves.toBe(3);
    for (const text of await rows.allInnerTexts()) expect(text).toContain('baris 19807');
    const superseded = s.page.locator('table.data-table tbody tr', { hasText: '175.000.000' });
    await expect(superseded.innerText()).resolves.toContain('digantikan (versi lama)');
  });

  it('shares the view as it is: a copied link opens on the same tab, series and year, and the WhatsApp link carries it', async () => {
    await s.page.goto(`${s.base}/indikator/psks-pendamping/?tab=peta`);
    await s.page.getByLabel('Tahun', { exact: true }).selectOption('2019');
    await s.page.getByRole('tab', { name: 'Peta' }).click();
    // The address as the page holds it: page.url() learns of history.replaceState from a later event.
    const shared = await s.page.evaluate(() => location.href);
    const wa = await s.page.evaluate(() => {
      const a = document.querySelector<HTMLAnchorElement>('a[data-share-wa]')!;
      a.addEventListener('click', (e) => e.preventDefault());
      a.click();
      return a.href;
    });
    expect(decodeURIComponent(wa)).toContain(shared);
    const other = await s.context.newPage();
    await other.goto(shared);
    await expect(other.getByRole('tab', { name: 'Peta' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(other.locator('.map-title').innerText()).resolves.toMatch(/, 2019$/);
    await other.close();
    // And on a line chart: the series switched off and the year range stay as they were.
    await s.page.goto(`${s.base}/indikator/idg/`);
    await s.page.getByLabel('Indonesia').uncheck();
    await s.page.getByLabel('Dari').selectOption('2020');
    const idg = await s.context.newPage();
    await idg.goto(await s.page.evaluate(() => location.href));
    await expect(idg.getByLabel('Indonesia').isChecked()).resolves.toBe(false);
    await expect(idg.getByLabel('Dari').inputValue()).resolves.toBe('2020');
    await idg.close();
  });

  it('made no request outside the local server', () => {
    expect(s.blocked).toEqual([]);
  });
});
