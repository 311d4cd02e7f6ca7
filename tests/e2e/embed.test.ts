/**
 * Embeds: /embed/indikator/<id>/ shows the chart with its title, unit, sources, licence and a link back,
 * no navigation and nothing that does not work there; the indicator page gives the code to embed it; only
 * embeds are left out of the sitemap and kept from indexing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DIST, describeBrowser, useSession } from './harness.ts';

describeBrowser('embeds', () => {
  const s = useSession({ width: 600, height: 520 });

  it('shows the chart of an indicator with its title, unit, sources, licence and a link back, and no navigation', async () => {
    await s.page.goto(`${s.base}/embed/indikator/idg/`);
    await expect(s.page.locator('h1').innerText()).resolves.toBe('Indeks Pemberdayaan Gender (IDG) (indeks (0–100))');
    expect(await s.page.locator('svg[role="img"]:visible').count()).toBeGreaterThan(0);
    await expect(s.page.locator('nav').count()).resolves.toBe(0);
    await expect(s.page.locator('input:visible, button:visible, select:visible').count()).resolves.toBe(0);
    const text = await s.page.locator('main').innerText();
    expect(text).toContain('Sumber: Renstra Dinas Sosial PPPA 2024–2026');
    expect(text).toContain('Lisensi data: CC BY 4.0');
    await expect(s.page.locator('a[target="_blank"]').getAttribute('href')).resolves.toBe('https://siga.belitungkab.go.id/indikator/idg/');
    await expect(s.page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe('noindex');
  });

  it('gives the embed code on the indicator page, for every embeddable indicator and no other', async () => {
    await s.page.goto(`${s.base}/indikator/idg/#unduh`);
    await expect(s.page.locator('#kode-sematan').inputValue()).resolves.toBe(
      '<iframe src="https://siga.belitungkab.go.id/embed/indikator/idg/" title="Indeks Pemberdayaan Gender (IDG)" width="100%" height="560" style="border:0" loading="lazy"></iframe>',
    );
    const embeds = readdirSync(join(DIST, 'embed', 'indikator')).sort();
    expect(embeds).toContain('desa-layak-anak');
    expect(embeds).not.toContain('ipg'); // no value for the kabupaten: nothing to show
    await s.page.goto(`${s.base}/indikator/ipg/#unduh`);
    await expect(s.page.locator('#kode-sematan').count()).resolves.toBe(0);
    const sitemap = readdirSync(DIST)
      .filter((f) => f.startsWith('sitemap-') && f.endsWith('.xml') && f !== 'sitemap-index.xml')
      .map((f) => readFileSync(join(DIST, f), 'utf8'))
      .join('');
    expect(sitemap).toContain('/indikator/idg/');
    expect(sitemap).not.toContain('/embed/');
  });
});
