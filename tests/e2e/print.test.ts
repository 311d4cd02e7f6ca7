/**
 * Printing on A4: a region page fits two pages; on paper no page is wider than the sheet, navigation and
 * controls are gone, technical notes print open, and the page ends with its address and the data's
 * release date.
 */
import { expect, it } from 'vitest';
import { describeBrowser, useSession } from './harness.ts';

/** Pages in a PDF, counted from its page objects. */
const pdfPages = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describeBrowser('print', () => {
  // A4 less 15 mm margins each side: 180 mm, 680 CSS pixels.
  const s = useSession({ width: 680, height: 1000 });

  it('prints a kecamatan page on at most 2 A4 pages', async () => {
    for (const path of ['/wilayah/19.02.05/', '/en/wilayah/19.02.05/']) {
      await s.page.goto(`${s.base}${path}`);
      const pdf = await s.page.pdf({ format: 'A4', printBackground: true });
      expect(pdfPages(pdf), path).toBeGreaterThanOrEqual(1);
      expect(pdfPages(pdf), path).toBeLessThanOrEqual(2);
    }
  });

  it('keeps every page within the sheet on paper, without navigation, with its address and date at the end', async () => {
    const paths = [
      '/wilayah/19.02.05/',
      '/wilayah/19.02/',
      '/indikator/idg/',
      '/en/indikator/idg/',
      '/data/celah/',
      '/kla/',
      '/opd/',
      '/indikator/',
    ];
    for (const path of paths) {
      await s.page.goto(`${s.base}${path}`);
      await s.page.emulateMedia({ media: 'print' });
      const r = await s.page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        nav: getComputedStyle(document.querySelector('.site-header nav')!).display,
        footer: (document.querySelector('.print-footer') as HTMLElement).innerText,
      }));
      expect(r.overflow, path).toBe(0);
      expect(r.nav, path).toBe('none');
      expect(r.footer, path).toMatch(new RegExp(`${path.replace(/[/.]/g, '\\$&')} · data (rilis|released) \\d{1,2} \\S+ \\d{4}$`));
    }
    await s.page.emulateMedia({ media: 'screen' });
  });

  it('tells a met target from a missed one by shape as well as colour, for grey print', async () => {
    await s.page.goto(`${s.base}/indikator/penurunan-pmks/`);
    const svg = (await s.page.locator('#grafik svg').first().innerHTML()).replace(/\s+/g, ' ');
    // 2019 and 2021 fall short of their targets: squares; 2020 meets it: a circle.
    expect(svg.match(/<rect [^>]*width="10" height="10"/g)?.length).toBe(2);
    expect(svg).toMatch(/<circle [^>]*r="5\.5"/);
    await expect(s.page.getByText('Kotak jingga: belum mencapai target').count()).resolves.toBeGreaterThan(0);
  });

  it('prints technical notes open', async () => {
    await s.page.goto(`${s.base}/indikator/idg/`);
    await s.page.emulateMedia({ media: 'print' });
    await expect(s.page.getByText('Rasio capaian tercetak 102,53').first().isVisible()).resolves.toBe(true);
    await s.page.emulateMedia({ media: 'screen' });
    await expect(s.page.getByText('Rasio capaian tercetak 102,53').first().isVisible()).resolves.toBe(false);
  });
});
