/** An indicator page in a real browser, offline: tabs in the URL, tooltip on focus, downloads. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, it } from 'vitest';
import { DIST, describeBrowser, useSession } from './harness.ts';

describeBrowser('indicator page /indikator/idg/', () => {
  const s = useSession();

  it('keeps the active tab in the URL and restores it on reload', async () => {
    await s.page.goto(`${s.base}/indikator/idg/`);
    await expect(s.page.locator('#grafik').isVisible()).resolves.toBe(true);
    await s.page.getByRole('tab', { name: 'Tabel' }).click();
    await s.page.waitForURL((url) => url.searchParams.get('tab') === 'tabel', { timeout: 5000 });
    await s.page.reload();
    await expect(s.page.getByRole('tab', { name: 'Tabel' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(s.page.locator('#tabel').isVisible()).resolves.toBe(true);
    await expect(s.page.locator('#grafik').isVisible()).resolves.toBe(false);
  });

  it('moves between tabs with the arrow keys', async () => {
    await s.page.goto(`${s.base}/indikator/idg/`);
    await s.page.getByRole('tab', { name: 'Grafik' }).focus();
    await s.page.keyboard.press('ArrowRight');
    await expect(s.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Tabel');
    await s.page.waitForURL((url) => url.searchParams.get('tab') === 'tabel', { timeout: 5000 });
  });

  it('shows every value of the year, on keyboard focus as on hover, whichever mark of that year is reached', async () => {
    await s.page.goto(`${s.base}/indikator/idg/`);
    const point = s.page.locator('svg.chart .pt').first();
    await point.focus();
    const onFocus = await s.page.locator('.tooltip').innerText();
    expect(onFocus.split('\n')).toEqual(['Kabupaten Belitung · 2019: 43,07', 'Indonesia · 2019: 75,24', 'Target 2019: 42,62']);
    await point.blur();
    // Where the target of 2019 lies on top of its value, the pointer reaches the target: the same words show.
    const box = (await point.boundingBox())!;
    await s.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(s.page.locator('.tooltip').innerText()).resolves.toBe(onFocus);
  });

  it('downloads a CSV with exactly the rows of the table', async () => {
    await s.page.goto(`${s.base}/indikator/idg/?tab=unduh`);
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name: 'Unduh CSV baris yang ditampilkan' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    const table = await s.page
      .locator('table.data-table tbody tr')
      .evaluateAll((trs) =>
        trs
          .filter((tr) => !(tr as HTMLElement).hidden)
          .map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent]),
      );
    expect(parsed.length).toBe(table.length);
    expect(parsed.length).toBeGreaterThan(10);
    expect(parsed.map((r) => [r.nama_wilayah, r.tahun])).toEqual(table);
    expect(parsed.find((r) => r.tahun === '2022' && r.nilai === '53.42')?.status).toBe('diperdebatkan');
  });

  it('narrows the table and the download to the chosen year range, kept in the URL', async () => {
    await s.page.goto(`${s.base}/indikator/idg/`);
    await s.page.locator('select[data-range="dari"]').selectOption('2022');
    await s.page.waitForURL((url) => url.searchParams.get('dari') === '2022', { timeout: 5000 });
    const years = await s.page
      .locator('table.data-table tbody tr')
      .evaluateAll((trs) => trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => Number((tr as HTMLElement).dataset.year)));
    expect(Math.min(...years)).toBe(2022);
  });

  it('draws the chart again on the scale of the chosen years, with its tooltip, and opens a shared range the same way', async () => {
    await s.page.goto(`${s.base}/indikator/idg/`);
    const axis = () => s.page.locator('svg.chart-wide > g[aria-hidden] text').allTextContents();
    const before = await axis();
    expect(before).toContain('2019');
    const valuesBefore = await s.page.locator('svg.chart-wide text[text-anchor="end"]').allTextContents();
    await s.page.getByLabel('Dari').selectOption('2020');
    await s.page.getByLabel('Sampai').selectOption('2023');
    const after = await axis();
    expect(after.filter((x) => /^20\d\d$/.test(x))).toEqual(['2020', '2021', '2022', '2023']);
    // The value axis follows the years shown (its labels are the right-aligned texts).
    const valueAxis = () => s.page.locator('svg.chart-wide text[text-anchor="end"]').allTextContents();
    expect(await valueAxis()).not.toEqual(valuesBefore);
    await expect(s.page.locator('svg.chart-wide .end-label').allTextContents()).resolves.toEqual(['Kabupaten Belitung', 'Indonesia']);
    await s.page.locator('svg.chart-wide .pt[data-year="2021"]').first().focus();
    await expect(s.page.locator('.tooltip').innerText()).resolves.toContain('Kabupaten Belitung · 2021');
    const shared = await s.page.evaluate(() => location.href);
    const other = await s.context.newPage();
    await other.goto(shared);
    await expect(other.locator('svg.chart-wide > g[aria-hidden] text').allTextContents()).resolves.toEqual(after);
    await other.close();
  });

  it('downloads the chart as SVG and PNG that explain themselves: title, unit, legend, every source, address, licence, date', async () => {
    await s.page.goto(`${s.base}/indikator/idg/?tab=unduh`);
    const [png] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: 'Unduh grafik (PNG)' }).click()]);
    const bytes = readFileSync((await png.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const [svg] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: 'Unduh grafik (SVG)' }).click()]);
    const text = readFileSync((await svg.path())!, 'utf8');
    for (const part of [
      'Indeks Pemberdayaan Gender (IDG)',
      'Satuan: indeks (0–100)',
      // The legend: each line with its colour, then the marks.
      'Kabupaten Belitung',
      'Indonesia',
      'Target (belah ketupat)',
      // Every source the indicator's rows cite, not only the first.
      'Tabel 2.6',
      'Tabel 4.1',
      'Alamat: https://siga.belitungkab.go.id/indikator/idg/',
      'Lisensi data: CC BY 4.0',
    ])
      expect(text).toContain(part);
    expect(text).toMatch(/Diunduh \d+ \w+ 20\d\d dari SIGA Belitung/);
    // The PNG is that SVG drawn at twice its size: same proportions, and the same picture pixel for pixel
    // (within anti-aliasing), so its legend and sources are there too.
    const compared = await s.page.evaluate(
      async ({ png64, svgText }) => {
        const load = async (src: string) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          return img;
        };
        const a = await load(`data:image/png;base64,${png64}`);
        const b = await load(URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' })));
        const draw = (img: HTMLImageElement) => {
          const c = document.createElement('canvas');
          c.width = a.naturalWidth;
          c.height = a.naturalHeight;
          const ctx = c.getContext('2d')!;
          ctx.drawImage(img, 0, 0, c.width, c.height);
          return ctx.getImageData(0, 0, c.width, c.height).data;
        };
        const [pa, pb] = [draw(a), draw(b)];
        let diff = 0;
        let ink = 0;
        const legendFrom = Math.floor(pa.length * 0.7);
        for (let i = 0; i < pa.length; i += 4) {
          diff += Math.abs(pa[i]! - pb[i]!);
          if (i > legendFrom && pa[i]! < 100) ink++;
        }
        return { w: a.naturalWidth, h: a.naturalHeight, sw: b.naturalWidth, sh: b.naturalHeight, meanDiff: diff / (pa.length / 4), ink };
      },
      { png64: bytes.toString('base64'), svgText: text },
    );
    expect([compared.w, compared.h]).toEqual([compared.sw * 2, compared.sh * 2]);
    expect(compared.meanDiff).toBeLessThan(2);
    // Dark text in the lower part of the picture, where the legend and the sources are written.
    expect(compared.ink).toBeGreaterThan(2000);
  });

  it('downloads the map of the year shown, with its size legend, notes and sources', async () => {
    await s.page.goto(`${s.base}/indikator/psks-pendamping/?tab=peta`);
    await s.page.getByLabel('Tahun', { exact: true }).selectOption('2019');
    await s.page.getByRole('tab', { name: 'Unduh' }).click();
    const [svg] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: 'Unduh peta (SVG)' }).click()]);
    expect(svg.suggestedFilename()).toBe('psks-pendamping-peta.svg');
    const text = readFileSync((await svg.path())!, 'utf8');
    expect(text).toContain('>PSKS: Pendamping');
    expect(text).toContain('kecamatan, 2019</text>');
    expect(text).toContain('Luas lingkaran sebanding dengan jumlah');
    expect(text).toMatch(/<circle cx="[\d.]+" cy="[\d.]+" r="[\d.]+" fill="#0072B2"[^>]*\/><text[^>]*>\d+ orang<\/text>/);
    expect(text).toContain('Sumber: Renstra Dinas Sosial PPPA 2024–2026, Tabel 2.9–2.21');
    const [png] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: 'Unduh peta (PNG)' }).click()]);
    expect(
      readFileSync((await png.path())!)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });

  it('without JavaScript shows every section as an anchored section', async () => {
    const context = await s.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.route('**/*', (route) => (route.request().url().startsWith(s.base) ? route.continue() : route.abort()));
    await page.goto(`${s.base}/indikator/idg/`);
    for (const id of ['grafik', 'tabel', 'metadata', 'unduh']) await expect(page.locator(`#${id}`).isVisible()).resolves.toBe(true);
    await expect(page.locator('svg.chart-wide desc').textContent()).resolves.toBe(
      'Indeks Pemberdayaan Gender (IDG): 43,07 (2019) dan 53,42 (2022, diperdebatkan); arah perubahannya tidak disimpulkan; target 2026: 53,45.',
    );
    await context.close();
  });

  it('has a page for every catalog indicator, and an indicator without data says what is missing and who provides it', async () => {
    const catalog = JSON.parse(readFileSync(new URL('../../src/generated/catalog.json', import.meta.url), 'utf8')) as {
      indikator: Array<{ id: string }>;
    };
    for (const { id } of catalog.indikator) {
      const response = await s.page.request.get(`${s.base}/indikator/${id}/`);
      expect(response.status(), id).toBe(200);
    }
    await s.page.goto(`${s.base}/indikator/ipg/`);
    const text = await s.page.locator('#grafik').innerText();
    expect(text).toContain('Data Kabupaten Belitung belum tersedia');
    expect(text).toContain('Data ini diharapkan dari: BPS.');
  });

  it('draws KLA tiers with their score bands and the 2019 evaluation score', async () => {
    await s.page.goto(`${s.base}/indikator/kla/`);
    const labels = await s.page.locator('svg.chart text').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['Pratama 500–600', 'Madya 601–700', 'KLA 901–1000', 'tidak ada penilaian']));
    await expect(s.page.locator('svg.chart .pt').first().getAttribute('data-tip')).resolves.toBe('2019: Pratama (nilai 609,93)');
  });

  it('never lets two texts of a chart overlap, on a wide screen or a phone, on any indicator page', async () => {
    const ids = readdirSync(join(DIST, 'indikator')).filter((d) => existsSync(join(DIST, 'indikator', d, 'index.html')));
    expect(ids.length).toBeGreaterThan(80);
    const overlaps: string[] = [];
    for (const width of [1280, 360]) {
      await s.page.setViewportSize({ width, height: 900 });
      for (const id of ids) {
        await s.page.goto(`${s.base}/indikator/${id}/`);
        const found = await s.page.evaluate(() => {
          const out: string[] = [];
          for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart')) {
            const boxes = [...svg.querySelectorAll('text')]
              .map((t) => ({ t: t.textContent ?? '', b: t.getBoundingClientRect() }))
              .filter(({ b }) => b.width > 0);
            for (let i = 0; i < boxes.length; i++)
              for (let j = i + 1; j < boxes.length; j++) {
                const [a, b] = [boxes[i]!.b, boxes[j]!.b];
                // One pixel of slack for antialiased edges.
                if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
                  out.push(`"${boxes[i]!.t}" / "${boxes[j]!.t}"`);
              }
          }
          return out.slice(0, 2);
        });
        for (const f of found) overlaps.push(`${id} at ${width}: ${f}`);
      }
    }
    await s.page.setViewportSize({ width: 1280, height: 900 });
    expect(overlaps).toEqual([]);
  }, 300_000);

  it('made no request outside the local server', () => {
    expect(s.blocked).toEqual([]);
  });
});

describeBrowser('indicator catalogue /indikator/', () => {
  const s = useSession();

  it('filters by text and keeps the filter in the URL', async () => {
    await s.page.goto(`${s.base}/indikator/`);
    await s.page.getByLabel('Cari indikator').fill('kekerasan');
    await s.page.waitForURL((url) => url.searchParams.get('q') === 'kekerasan', { timeout: 5000 });
    const shown = await s.page.locator('.catalog-group tr[data-search]:not([hidden]) th').allInnerTexts();
    expect(shown.length).toBeGreaterThan(3);
    for (const text of shown) expect(text.toLowerCase()).toContain('kekerasan');
  });

  it('filters by theme from a home page link, and shows each indicator with its latest value', async () => {
    await s.page.goto(`${s.base}/`);
    await s.page.getByRole('link', { name: /^Anak/ }).click();
    await s.page.waitForURL((url) => url.searchParams.get('tema') === 'anak', { timeout: 5000 });
    const rows = s.page.locator('.catalog-group tr[data-search]:not([hidden])');
    expect(await rows.count()).toBeGreaterThan(2);
    for (const tema of await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.tema))) expect(tema).toBe('anak');
    await expect(rows.filter({ hasText: 'Status Desa/Kelurahan Layak Anak' }).innerText()).resolves.toContain('22 dari 49');
  });
});
