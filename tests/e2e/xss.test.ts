/**
 * Text from data files is inert everywhere it appears: a region name and a note carrying script or an
 * event-handler attribute are shown as text in pages, attributes, tooltips and downloads, and Chromium
 * never opens a dialog.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { csvLine } from '../../src/model/csv.ts';
import { buildSiteCopy, REPO } from '../helpers.ts';
import { describeBrowser, openSession, type Session } from './harness.ts';

const SCRIPT = '<script>alert(1)</script>';
const ATTRIBUTE = '"><img src=x onerror=alert(1)>';

function poison(data: string): void {
  const wilayahPath = join(data, 'wilayah.csv');
  const rows = Papa.parse<string[]>(readFileSync(wilayahPath, 'utf8'), { skipEmptyLines: true }).data;
  for (const r of rows) {
    if (r[0] === '19.02.05.2001') r[1] = `Badau${SCRIPT}`;
    if (r[0] === '19.02.04') r[1] = `Sijuk${ATTRIBUTE}`;
  }
  writeFileSync(wilayahPath, rows.map((r) => csvLine(r)).join(''));
  const idgPath = join(data, 'values', 'idg.csv');
  const idg = Papa.parse<string[]>(readFileSync(idgPath, 'utf8'), { delimiter: ';', skipEmptyLines: true }).data;
  const note = idg[0]!.indexOf('catatan');
  idg[1]![note] = `Catatan ${SCRIPT} ${ATTRIBUTE}`;
  writeFileSync(idgPath, Papa.unparse(idg, { delimiter: ';' }));
}

describeBrowser('hostile text in data/', () => {
  let site: Awaited<ReturnType<typeof buildSiteCopy>>;
  let s: Session;
  const dialogs: string[] = [];
  beforeAll(async () => {
    site = await buildSiteCopy(join(REPO, 'data'), poison);
    s = await openSession({ width: 1280, height: 900 }, site.dist);
    s.context.on('page', (p) => p.on('dialog', (d) => dialogs.push(d.message())));
    s.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  }, 240_000);
  afterAll(async () => {
    await s?.close();
    site?.cleanup();
  });

  it('builds, and never writes the markup unescaped into a page', () => {
    expect(site.result.lines).toEqual([]);
    for (const page of [
      'index.html',
      'indikator/idg/index.html',
      'wilayah/19.02.05.2001/index.html',
      'wilayah/19.02.04/index.html',
      'peta/index.html',
    ]) {
      // Inside a quoted attribute value "<" is inert text; everywhere else it must be escaped.
      const outsideAttributes = readFileSync(join(site.dist, page), 'utf8').replace(/="[^"]*"/g, '=""');
      expect(outsideAttributes.includes(SCRIPT), page).toBe(false);
      expect(outsideAttributes.includes('<img src=x'), page).toBe(false);
    }
  });

  it('shows the names as text on the pages, in tooltips and in the map, and no dialog opens', async () => {
    await s.page.goto(`${s.base}/wilayah/19.02.05.2001/`);
    await expect(s.page.locator('h1').innerText()).resolves.toContain(`Badau${SCRIPT}`);
    await s.page.goto(`${s.base}/wilayah/19.02.04/`);
    await expect(s.page.locator('h1').innerText()).resolves.toContain(`Sijuk${ATTRIBUTE}`);
    await s.page.goto(`${s.base}/indikator/idg/?tab=tabel`);
    // Notes fold under 'Catatan teknis': open them all, as a reader would one by one.
    for (const summary of await s.page.locator('#tabel details.tech-note summary:visible').all()) await summary.click();
    await expect(s.page.locator('#tabel').innerText()).resolves.toContain(`Catatan ${SCRIPT}`);
    await s.page.goto(`${s.base}/indikator/idg/`);
    await s.page.locator('svg.chart .pt').first().focus();
    await s.page.goto(`${s.base}/peta/?tingkat=desa&indikator=desa-layak-anak&tahun=2022`);
    const area = s.page.locator('.peta-leaflet [data-kode="19.02.05.2001"]');
    await area.waitFor();
    await area.focus();
    await expect(s.page.locator('.peta .tooltip').innerText()).resolves.toContain(`Badau${SCRIPT}`);
    await s.page.getByLabel('Kecamatan', { exact: true }).check();
    await s.page.locator('.peta-leaflet [data-kode="19.02.04"]').focus();
    await expect(s.page.locator('.peta .tooltip').innerText()).resolves.toContain(`Sijuk${ATTRIBUTE}`);
    for (const path of ['/', '/en/', '/indikator/desa-layak-anak/', '/kekerasan/', '/wilayah/19.02.05/'])
      await s.page.goto(`${s.base}${path}`);
    await s.page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });

  it('keeps the text as data in the downloads', async () => {
    await s.page.goto(`${s.base}/indikator/idg/?tab=unduh`);
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name: 'Unduh CSV baris yang ditampilkan' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(`Catatan ${SCRIPT}`);
    expect(readFileSync(join(site.dist, 'data', 'desa-layak-anak.csv'), 'utf8')).toContain(`Badau${SCRIPT}`);
    expect(dialogs).toEqual([]);
  });
});
