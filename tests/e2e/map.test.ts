/** The map explorer and a region page in a real browser, with every non-local request blocked. */
import { expect, it } from 'vitest';
import { describeBrowser, useSession } from './harness.ts';

describeBrowser('map explorer /peta/', () => {
  const s = useSession();

  it('draws 49 desa shapes at desa level and 5 at kecamatan level', async () => {
    await s.page.goto(`${s.base}/peta/?tingkat=desa&indikator=desa-layak-anak&tahun=2022`);
    await s.page.waitForFunction(() => document.querySelectorAll('.peta-leaflet [data-kode]').length === 49, null, { timeout: 15_000 });
    await s.page.getByLabel('Kecamatan').check();
    await s.page.waitForFunction(() => document.querySelectorAll('.peta-leaflet [data-kode]').length === 5, null, { timeout: 15_000 });
    await s.page.waitForURL((url) => url.searchParams.get('tingkat') === 'kecamatan', { timeout: 5000 });
  });

  it('shows Badau 7 of 7 and Sijuk 0 of 10 on the Desa Layak Anak coverage map, in the tooltip and the table', async () => {
    await s.page.goto(`${s.base}/peta/?tingkat=kecamatan&indikator=cakupan-desa-layak-anak&tahun=2022`);
    const badau = s.page.locator('.peta-leaflet [data-kode="19.02.05"]');
    await badau.waitFor({ timeout: 15_000 });
    await badau.focus();
    await expect(s.page.locator('.peta .tooltip').innerText()).resolves.toMatch(/Badau[\s\S]*100 % desa dan kelurahan \(7 dari 7\)/);
    const rows = await s.page.locator('.peta .sr-only table tbody tr').allTextContents();
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
