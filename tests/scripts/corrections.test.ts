/**
 * The correction log (data/koreksi.yml): read through its schema, checked against the catalogue, shown on
 * /tentang/koreksi/ and on the page of every indicator it names; the data-gap page and the open-data
 * page of the same build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteCopy, REPO, run, tempRoot } from '../helpers.ts';

// An invented correction, for the test only.
const LOG = `koreksi:
  - tanggal: "2026-11-30"
    indikator: [idg]
    salah: { id: "Contoh uji: IDG 2022 tertulis 53,24.", en: "Test example: the 2022 IDG read 53.24." }
    perubahan: { id: "Contoh uji: diperbaiki menjadi 53,42.", en: "Test example: corrected to 53.42." }
`;

describe('the correction log in the build', () => {
  it('refuses a correction naming an indicator the catalogue lacks', async () => {
    const tmp = tempRoot(join(REPO, 'data'));
    try {
      writeFileSync(join(tmp.data, 'koreksi.yml'), LOG.replace('[idg]', '[idg-salah]'));
      const result = await run(tmp.root, tmp.data);
      expect(result.lines).toEqual([
        'data/koreksi.yml::koreksi.0.indikator  "idg-salah"  indikator  Indikator ini tidak ada di data/indicators.yml. Periksa ejaannya.',
      ]);
    } finally {
      tmp.cleanup();
    }
  });

  it('refuses a date that is not YYYY-MM-DD, naming the line', async () => {
    const tmp = tempRoot(join(REPO, 'data'));
    try {
      writeFileSync(join(tmp.data, 'koreksi.yml'), LOG.replace('"2026-11-30"', '"30-11-2026"'));
      const result = await run(tmp.root, tmp.data);
      expect(result.lines).toEqual([
        expect.stringMatching(/^data\/koreksi\.yml:2:koreksi\.0\.tanggal {2}"30-11-2026" {2}skema {2}tanggal YYYY-MM-DD/),
      ]);
    } finally {
      tmp.cleanup();
    }
  });
});

describe('a built site with a correction', () => {
  let site: Awaited<ReturnType<typeof buildSiteCopy>>;
  beforeAll(async () => {
    site = await buildSiteCopy(join(REPO, 'data'), (data) => writeFileSync(join(data, 'koreksi.yml'), LOG));
  }, 240_000);
  afterAll(() => site?.cleanup());

  it('lists it on /tentang/koreksi/ with what was wrong and what changed, and the indicator page links to it', () => {
    expect(site.result.lines).toEqual([]);
    const page = readFileSync(join(site.dist, 'tentang/koreksi/index.html'), 'utf8');
    expect(page).toContain('id="koreksi-2026-11-30-idg"');
    expect(page).toContain('Contoh uji: IDG 2022 tertulis 53,24.');
    expect(page).toContain('Contoh uji: diperbaiki menjadi 53,42.');
    const idg = readFileSync(join(site.dist, 'indikator/idg/index.html'), 'utf8');
    expect(idg).toContain('href="/tentang/koreksi/#koreksi-2026-11-30-idg"');
    expect(readFileSync(join(site.dist, 'en/indikator/idg/index.html'), 'utf8')).toContain('Test example: corrected to 53.42.');
    expect(readFileSync(join(site.dist, 'indikator/ipg/index.html'), 'utf8')).not.toContain('/tentang/koreksi/#');
  });
});
