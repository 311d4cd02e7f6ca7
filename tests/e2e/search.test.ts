/**
 * Search in a real browser: nothing of the index is fetched before the box is used; each spelling a
 * reader types finds its target first (regions forgiven their spelling, indicators found by acronym,
 * pages by Pagefind); the language switch keeps the page's view.
 */
import { expect, it } from 'vitest';
import { describeBrowser, useSession } from './harness.ts';

describeBrowser('search /cari/', () => {
  const s = useSession({ width: 360, height: 780 });

  it('fetches neither the entries nor the Pagefind index before the box is used', async () => {
    const fetched: string[] = [];
    s.page.on('request', (r) => fetched.push(r.url()));
    await s.page.goto(`${s.base}/cari/`);
    await s.page.waitForLoadState('networkidle');
    expect(fetched.filter((u) => /pagefind|entri\.json/.test(u))).toEqual([]);
    await s.page.fill('#q', 'IDG');
    await s.page.locator('[data-search-results] li').first().waitFor();
    expect(fetched.some((u) => u.includes('/cari/entri.json'))).toBe(true);
    expect(fetched.some((u) => u.includes('/pagefind/'))).toBe(true);
  });

  const first = async (query: string): Promise<string> => {
    await s.page.goto(`${s.base}/cari/?q=${encodeURIComponent(query)}`);
    const link = s.page.locator('[data-search-results] li a').first();
    await link.waitFor();
    return `${await link.textContent()} ${await link.getAttribute('href')}`;
  };

  it.each([
    ['Tanjung Pandan', /^Tanjungpandan \/wilayah\/19\.02\.01\/$/],
    ['Lasar', /^Lassar \/wilayah\/19\.02\.02\.2003\/$/],
    ['Lassar', /^Lassar \/wilayah\/19\.02\.02\.2003\/$/],
    ['SelatNasik', /^Selat Nasik \/wilayah\/19\.02\.03(\.2001)?\/$/],
    ['IDG', /^Indeks Pemberdayaan Gender \(IDG\) \/indikator\/idg\/$/],
    ['IPG', /^Indeks Pembangunan Gender \(IPG\) \/indikator\/ipg\/$/],
    ['APE', /\(APE\) \/indikator\/ape\/$/],
    ['KLA', /\(KLA\) \/indikator\/kla\/$/],
    ['DLA', /Desa\/Kelurahan Layak Anak \/indikator\/(cakupan-)?desa-layak-anak\/$/],
    ['PUG', /PUG .*\/indikator\//],
    ['ARG', /^Persentase ARG .*\/indikator\/arg\/$/],
  ])('finds %s first', async (query, target) => {
    expect(await first(query)).toMatch(target);
  });

  it('finds pages by their words through Pagefind, in English on the English page', async () => {
    await s.page.goto(`${s.base}/en/cari/?q=${encodeURIComponent('evidence')}`);
    const links = s.page.locator('[data-search-results] li a');
    await links.first().waitFor();
    expect((await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).every((h) => h?.startsWith('/en/'))).toBe(true);
  });

  it('keeps the tab when the language is switched', async () => {
    await s.page.goto(`${s.base}/indikator/idg/?tab=tabel`);
    await Promise.all([s.page.waitForURL(`${s.base}/en/indikator/idg/?tab=tabel`), s.page.click('a[data-lang-switch]')]);
    await expect(s.page.locator('#tabel').isVisible()).resolves.toBe(true);
    await expect(s.page.locator('#grafik').isVisible()).resolves.toBe(false);
  });
});
