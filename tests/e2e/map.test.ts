/** The map explorer and a region page in a real browser, with every non-local request blocked. */
import { expect, it } from 'vitest';
import { describeBrowser, useSession } from './harness.ts';

describeBrowser('map explorer /peta/', () => {
  const s = useSession();

  it('draws 49 desa shapes at desa level and 5 at kecamatan level', async () => {
    await s.page.goto(`${s.base}/peta/?tingkat=desa&indikator=desa-layak-anak&tahun=2022`);
    await s.page.waitForFunction(() => document.querySelectorAll('.peta-leaflet [data-kode]').length === 49, null, { timeout: 15_000 });
    await s.page.getByLabel('Kecamatan', { exact: true }).check();
    await s.page.waitForFunction(() => document.querySelectorAll('.peta-leaflet [data-kode]').length === 5, null, { timeout: 15_000 });
    await s.page.waitForURL((url) => url.searchParams.get('tingkat') === 'kecamatan', { timeout: 5000 });
  });

  it('shows Badau 7 of 7 and Sijuk 0 of 10 on the Desa Layak Anak coverage map, in the tooltip and the table', async () => {
    await s.page.goto(`${s.base}/peta/?tingkat=kecamatan&indikator=cakupan-desa-layak-anak&tahun=2022`);
    const badau = s.page.locator('.peta-leaflet [data-kode="19.02.05"]');
    await badau.waitFor({ timeout: 15_000 });
    await badau.focus();
    await expect(s.page.locator('.peta .tooltip').innerText()).resolves.toMatch(/Badau[\s\S]*100 % desa dan kelurahan \(7 dari 7\)/);
    const rows = await s.page.locator('.peta-tabel table tbody tr').allTextContents();
    expect(rows).toContain('Badau100 % desa dan kelurahan (7 dari 7)');
    expect(rows).toContain('Sijuk0 % desa dan kelurahan (0 dari 10)');
  });

  it('shows the tooltip on hover as well as on focus', async () => {
    await s.page.goto(`${s.base}/peta/?tingkat=kecamatan&indikator=cakupan-desa-layak-anak&tahun=2022`);
    const sijuk = s.page.locator('.peta-leaflet [data-kode="19.02.04"]');
    await sijuk.waitFor({ timeout: 15_000 });
    await sijuk.hover({ force: true });
    await expect(s.page.locator('.peta .tooltip').innerText()).resolves.toMatch(/Sijuk[\s\S]*\(0 dari 10\)/);
  });

  it('opens /wilayah/19.02.05/ when Badau is activated with the keyboard', async () => {
    await s.page.goto(`${s.base}/peta/?tingkat=kecamatan&indikator=cakupan-desa-layak-anak&tahun=2022`);
    const badau = s.page.locator('.peta-leaflet [data-kode="19.02.05"]');
    await badau.waitFor({ timeout: 15_000 });
    await badau.focus();
    await Promise.all([s.page.waitForURL(`${s.base}/wilayah/19.02.05/`), s.page.keyboard.press('Enter')]);
    await expect(s.page.locator('h1').innerText()).resolves.toMatch(/^Badau/);
  });

  it('keeps the area last focused in the URL and reopens its tooltip from a copied link', async () => {
    await s.page.goto(`${s.base}/peta/?tingkat=kecamatan&indikator=cakupan-desa-layak-anak&tahun=2022`);
    const badau = s.page.locator('.peta-leaflet [data-kode="19.02.05"]');
    await badau.waitFor({ timeout: 15_000 });
    await badau.focus();
    await s.page.waitForURL((url) => url.searchParams.get('wilayah') === '19.02.05', { timeout: 5000 });
    await s.page.goto(`${s.base}/peta/?tingkat=kecamatan&indikator=cakupan-desa-layak-anak&tahun=2022&wilayah=19.02.04`);
    await s.page.locator('.peta .tooltip').waitFor({ timeout: 15_000 });
    await expect(s.page.locator('.peta .tooltip').innerText()).resolves.toMatch(/^Sijuk/);
  });

  it('titles the map with the indicator, level and year, gives the unit in the legend, and keeps the indicator when the level changes', async () => {
    await s.page.goto(`${s.base}/peta/?tingkat=desa&indikator=desa-layak-anak&tahun=2022`);
    await s.page.locator('.peta-leaflet [data-kode]').first().waitFor({ timeout: 15_000 });
    await expect(s.page.locator('.peta .map-title').innerText()).resolves.toBe('Status Desa/Kelurahan Layak Anak per desa/kelurahan, 2022');
    await expect(s.page.locator('.peta-legenda').innerText()).resolves.toContain('Satuan: status');
    await s.page.getByLabel('Kecamatan', { exact: true }).check();
    await s.page.waitForFunction(() => document.querySelectorAll('.peta-leaflet [data-kode]').length === 5, null, { timeout: 15_000 });
    await expect(s.page.getByLabel('Indikator').inputValue()).resolves.toBe('desa-layak-anak');
    await expect(s.page.locator('.peta .map-title').innerText()).resolves.toBe('Status Desa/Kelurahan Layak Anak per kecamatan, 2022');
    // An indicator held only per kecamatan: the desa level cannot be chosen, and says why.
    await s.page.getByLabel('Indikator').selectOption('cakupan-desa-layak-anak');
    await expect(s.page.getByRole('radio', { name: /Desa\/kelurahan/ }).isDisabled()).resolves.toBe(true);
    await expect(s.page.locator('.peta-kontrol fieldset').innerText()).resolves.toContain(
      'Desa/kelurahan: tidak tersedia untuk indikator ini',
    );
    await expect(s.page.locator('.peta-legenda').innerText()).resolves.toContain('Satuan: % desa dan kelurahan');
    // The way to the indicator's own page, with its downloadable map of the same year.
    await expect(s.page.locator('a[data-indicator-page]').getAttribute('href')).resolves.toBe(
      '/indikator/cakupan-desa-layak-anak/?tab=peta&peta-tahun=2022',
    );
  });

  it('draws counts as circles sized by the count over plain areas, never as a choropleth', async () => {
    await s.page.goto(`${s.base}/peta/?tingkat=kecamatan&indikator=psks-pendamping&tahun=2022`);
    await s.page.locator('.peta-leaflet [data-kode]').first().waitFor({ timeout: 15_000 });
    const fills = await s.page
      .locator('.peta-leaflet [data-kode]')
      .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('fill')))]);
    expect(fills).toEqual(['#f4f6f8']);
    // One circle per kecamatan with a count, larger for a larger count (Tanjungpandan 14 against Badau 2).
    const radii = await s.page
      .locator('.peta-leaflet path:not([data-kode])[fill="#0072B2"]')
      .evaluateAll((els) => els.map((e) => (e as SVGPathElement).getBBox().width));
    expect(radii).toHaveLength(5);
    expect(Math.max(...radii)).toBeGreaterThan(2 * Math.min(...radii));
    await expect(s.page.locator('.peta-legenda').innerText()).resolves.toMatch(
      /Satuan: orang[\s\S]*14 orang[\s\S]*Luas lingkaran sebanding dengan jumlah/,
    );
  });

  it('on a touch screen shows the value at the first tap and opens the area at the second', async () => {
    const context = await s.browser.newContext({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });
    await context.route('**/*', (route) => (route.request().url().startsWith(s.base) ? route.continue() : route.abort()));
    const page = await context.newPage();
    await page.goto(`${s.base}/peta/?tingkat=kecamatan&indikator=cakupan-desa-layak-anak&tahun=2022`);
    const badau = page.locator('.peta-leaflet [data-kode="19.02.05"]');
    await badau.waitFor({ timeout: 15_000 });
    await badau.tap();
    await expect(page.locator('.peta .tooltip').innerText()).resolves.toMatch(/Badau[\s\S]*\(7 dari 7\)[\s\S]*Buka halaman Badau/);
    expect(new URL(page.url()).pathname).toBe('/peta/');
    await Promise.all([page.waitForURL(`${s.base}/wilayah/19.02.05/`), badau.tap()]);
    await context.close();
  });

  it('without JavaScript shows the title and the table, and no empty map box or dead controls', async () => {
    const context = await s.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${s.base}/peta/`);
    await expect(page.locator('.peta .map-title').innerText()).resolves.toBe('Cakupan Desa/Kelurahan Layak Anak per kecamatan, 2022');
    await expect(page.locator('.peta-tabel table tbody tr').count()).resolves.toBe(5);
    await expect(page.locator('.peta-tabel').isVisible()).resolves.toBe(true);
    for (const hidden of ['.peta-kontrol', '.peta-kanvas', '.peta-legenda'])
      await expect(page.locator(hidden).isVisible()).resolves.toBe(false);
    await expect(page.locator('main noscript').first().textContent()).resolves.toContain('nilainya ada di tabel di bawah');
    await context.close();
  });

  it('makes no request to another origin with the default configuration (no background tiles)', () => {
    expect(s.blocked).toEqual([]);
  });
});

describeBrowser('region page /wilayah/19.02.05/', () => {
  const s = useSession();

  it('shows a locator map without JavaScript, the Desa Layak Anak history and the villages within', async () => {
    const context = await s.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.route('**/*', (route) => (route.request().url().startsWith(s.base) ? route.continue() : route.abort()));
    await page.goto(`${s.base}/wilayah/19.02.05/`);
    await expect(page.locator('figure.locator svg path').count()).resolves.toBe(5);
    await expect(page.locator('#dla + ul').innerText()).resolves.toContain('2022: Layak Anak');
    await expect(page.locator('ul.children li').count()).resolves.toBe(7);
    await expect(page.locator('figure.locator figcaption').innerText()).resolves.toBe('batas perkiraan — bukan batas resmi');
    await context.close();
  });
});
