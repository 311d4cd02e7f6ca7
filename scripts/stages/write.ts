/**
 * Write: one indicator's published rows to its files, and what the site-wide files need from it.
 *
 *   src/generated/values/<id>.json    the rows as a plain JSON array (what the pages read)
 *   public/data/<id>.csv              the download, DOWNLOAD_COLUMNS
 *   public/data/<id>.json             the catalogue entry, the download's columns and the sources cited
 *   public/data/peta/nilai/<id>.json  the map layer (kecamatan and desa values; copied to src/generated)
 *
 *   const { summary, map } = await writeIndicator(stage, ind, rows, loaded)
 *
 * An indicator without rows has no files; its summary says so.
 */
import type { Indicator } from '../../src/model/catalog.ts';
import type { MapIndexEntry } from '../../src/model/map-values.ts';
import { DOWNLOAD_COLUMNS, isTotal, mainSeriesCode, type PublishedRow } from '../../src/model/row.ts';
import type { Summary } from '../../src/model/summary.ts';
import { HIDDEN_LABEL, hiddenRule } from '../../src/model/violence.ts';
import { MapLayer } from '../fast/map-layer.ts';
import { RowWriter } from '../fast/row-writer.ts';
import type { OutputStage } from '../lib/output.ts';
import { regionCodes, regionIndex } from '../lib/region-index.ts';
import { sourceTitle } from '../lib/source-title.ts';
import { changes, previousRows, type Changes } from '../lib/changes.ts';
import { summarise } from '../lib/summary.ts';
import type { Loaded, Target } from './types.ts';

export async function writeIndicator(
  stage: OutputStage<Target>,
  ind: Indicator,
  rows: readonly PublishedRow[],
  loaded: Loaded,
): Promise<{ summary: Summary; map: MapIndexEntry | null; changes: Changes | null }> {
  const summary = summarise(rows, loaded.config.wilayah.kode, (kode) => loaded.regions.get(kode)?.level);
  // Against the last successful build's rows, still in place until this build commits.
  const before = previousRows(stage.published('generated', `values/${ind.id}.json`));
  const changed = before === null ? null : changes(before, rows);
  if (rows.length === 0) return { summary, map: null, changes: changed };
  writeRows(stage, ind, rows, loaded);
  await writeMetadata(stage, ind, rows, loaded);
  return { summary, map: await writeMapLayer(stage, ind, rows, loaded), changes: changed };
}

function writeRows(stage: OutputStage<Target>, ind: Indicator, rows: readonly PublishedRow[], loaded: Loaded): void {
  const json = stage.writer('generated', `values/${ind.id}.json`);
  const csv = stage.writer('publicData', `${ind.id}.csv`);
  const writer = new RowWriter(json, csv, {
    indicator: ind.id,
    unit: ind.satuan.id,
    hidden: HIDDEN_LABEL,
    area: (kode) => loaded.regions.get(kode),
  });
  for (const r of rows) writer.write(r);
  writer.close();
  json.close();
  csv.close();
}

async function writeMetadata(stage: OutputStage<Target>, ind: Indicator, rows: readonly PublishedRow[], loaded: Loaded): Promise<void> {
  const { sources } = loaded;
  const used = new Set<string>();
  let last = '';
  for (const r of rows) {
    if (r.sumber === last) continue; // consecutive rows mostly cite the same sources
    last = r.sumber;
    for (const id of last.split(' ')) used.add(id);
  }
  const cited = [...used].filter((id) => sources[id]).sort();
  const hidden = rows.some((r) => r.status === 'disembunyikan');
  const url = (id: string): string | null => sources[id]!.url ?? sources[sources[id]!.induk ?? '']?.url ?? null;
  await stage.writeJson('publicData', `${ind.id}.json`, {
    ...ind,
    unduhan: { csv: `${ind.id}.csv`, kolom: DOWNLOAD_COLUMNS, baris: rows.length },
    sumber: Object.fromEntries(cited.map((id) => [id, { judul: sourceTitle(sources, id), url: url(id) }])),
    // Where counts are hidden to protect victims, the download says what a hidden cell means.
    ...(hidden ? { disembunyikan: hiddenRule(loaded.config.kekerasan.ambang) } : {}),
  });
}

/** The layer of realised "all" values at kecamatan and desa level; null when there are none. */
async function writeMapLayer(
  stage: OutputStage<Target>,
  ind: Indicator,
  rows: readonly PublishedRow[],
  loaded: Loaded,
): Promise<MapIndexEntry | null> {
  const { regions, config } = loaded;
  const layer = new MapLayer(regions.size, config.tahun);
  const index = regionIndex(regions);
  let area = { kode: '\u0000', level: undefined as string | undefined, index: -1 };
  // One series on a map: an area's value of another series (method, recording system) is not the same figure.
  const seri = mainSeriesCode(rows);
  for (const r of rows) {
    // Consecutive rows mostly share their area: it is looked up once.
    if (r.kode !== area.kode) area = { kode: r.kode, level: regions.get(r.kode)?.level, index: index.get(r.kode) ?? -1 };
    const { level } = area;
    if ((level !== 'kecamatan' && level !== 'desa') || r.jenis !== 'realisasi' || !isTotal(r) || r.seri !== seri) continue;
    const detail = r.rumus && 'total' in r.rumus ? `${r.rumus.jumlah}/${r.rumus.total}` : '';
    layer.add(area.index, level, r.tahun, r.nilai, r.status, r.sumber, detail);
  }
  const level = layer.levels();
  if (level.length === 0) return null;
  const file = stage.writer('publicData', `peta/nilai/${ind.id}.json`);
  const codes = regionCodes(regions);
  layer.write((area) => codes[area]!, file);
  file.close();
  await stage.copy('publicData', `peta/nilai/${ind.id}.json`, 'generated', `peta-nilai/${ind.id}.json`);
  return { id: ind.id, level, tahun: layer.years(), sumber: layer.sources() };
}
