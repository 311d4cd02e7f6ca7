/**
 * Every built page, in both languages, in Chromium at 360 × 740: zero axe-core violations of the
 * WCAG 2.1 A and AA rules, no horizontal scrolling, and no request to another origin (the default
 * configuration loads no map tiles). Plus a keyboard-only walk through the navigation, the indicator tabs and the map.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, it } from 'vitest';
import { describeBrowser, DIST, useSession } from './harness.ts';

function paths(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return paths(path);
    return path.endsWith('index.html') ? [`/${relative(DIST, path).replace(/index\.html$/, '')}`] : [];
  });
}

describeBrowser('every page', () => {
  const s = useSession({ width: 360, height: 740 });

  it('passes axe (WCAG 2.1 A and AA) and fits 360 px without horizontal scrolling', async () => {
    const all = [...paths(DIST), '/404.html'].sort();
    expect(all.length).toBeGreaterThan(200);
    const violations: string[] = [];
    const wide: string[] = [];
    for (const path of all) {
      await s.page.goto(`${s.base}${path}`, { waitUntil: 'load' });
      if (path.endsWith('/peta/')) await s.page.waitForSelector('.peta-leaflet [data-kode]');
      const result = await new AxeBuilder({ page: s.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of result.violations)
        violations.push(
          `${path} ${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
        );
      const width = await s.page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide.push(`${path} (${width}px)`);
    }
    expect(violations).toEqual([]);
    expect(wide).toEqual([]);
    expect(s.blocked).toEqual([]);
  }, 1_800_000);
});

describeBrowser('keyboard only', () => {
  const s = useSession();

  it('walks the navigation in order', async () => {
    await s.page.goto(`${s.base}/`);
    const seen: string[] = [];
    for (let i = 0; i < 9; i++) {
      await s.page.keyboard.press('Tab');
      seen.push(await s.page.evaluate(() => (document.activeElement as HTMLElement).innerText.split('\n')[0]!.trim()));
    }
    expect(seen).toEqual([
      'Langsung ke isi',
      'SIGA Belitung',
      'Beranda',
      'Indikator',
      'Peta',
      'Kekerasan',
      'Layak Anak',
      'Cari',
      'English',
    ]);
  });

  it('follows the skip link into the content', async () => {
    await s.page.goto(`${s.base}/indikator/idg/`);
    await s.page.keyboard.press('Tab');
    await s.page.keyboard.press('Enter');
    // Read the address inside the page: Playwright's page.url() learns of a fragment navigation from an
    // event that can arrive after the key press returns.
    await s.page.waitForFunction(() => location.hash === '#isi', null, { timeout: 5000 });
    await s.page.keyboard.press('Tab');
    const inContent = await s.page.evaluate(() => !!document.activeElement?.closest('#isi'));
    expect(inContent).toBe(true);
  });

  it('reaches the indicator tabs, switches them with the arrows and opens the table with Enter', async () => {
    await s.page.goto(`${s.base}/indikator/idg/`);
    for (let i = 0; i < 20; i++) {
      await s.page.keyboard.press('Tab');
      if (await s.page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab')) break;
    }
    await expect(s.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Grafik');
    await s.page.keyboard.press('ArrowRight');
    await s.page.keyboard.press('Enter');
    await expect(s.page.locator('#tabel').isVisible()).resolves.toBe(true);
  });

  it('tabs into the map areas and opens one with Enter', async () => {
    await s.page.goto(`${s.base}/peta/`);
    await s.page.waitForSelector('.peta-leaflet [data-kode]');
    let kode: string | null = null;
    for (let i = 0; i < 30 && !kode; i++) {
      await s.page.keyboard.press('Tab');
      kode = await s.page.evaluate(() => document.activeElement?.getAttribute('data-kode') ?? null);
    }
    expect(kode).toMatch(/^19\.02\.0\d$/);
    await expect(s.page.locator('.peta .tooltip').isVisible()).resolves.toBe(true);
    await Promise.all([s.page.waitForURL(`${s.base}/wilayah/${kode}/`), s.page.keyboard.press('Enter')]);
  });
});
