/**
 * Write, site-wide: the files that do not belong to one indicator. The regions and sources (written
 * while worker threads read), the map geometry, and the catalogue with every indicator's summary.
 *
 *   await writeRegistry(stage, loaded)                       // wilayah.json, sources.json
 *   await writeGeometry(stage, geometry)                     // peta.json, peta/wilayah.topo.json
 *   await writeSite(stage, loaded, summaries, mapIndex, geometry)   // site.json, catalog.json, peta/indeks.json
 */
import type { MapIndexEntry } from '../../src/model/map-values.ts';
import type { SiteCatalog, SiteConfig, SiteSource } from '../../src/model/site.ts';
import type { Summary } from '../../src/model/summary.ts';
import type { Geometry } from '../datasets/geometry.ts';
import type { OutputStage } from '../lib/output.ts';
import { sourceTitle } from '../lib/source-title.ts';
import type { Loaded, Target } from './types.ts';

export async function writeRegistry(stage: OutputStage<Target>, loaded: Loaded): Promise<void> {
  const { regions, sources } = loaded;
  await stage.writeJson('generated', 'wilayah.json', [...regions.values()]);
  const shown: Record<string, SiteSource> = Object.fromEntries(
    Object.entries(sources).map(([id, s]) => [
      id,
      { ...s, judul_lengkap: sourceTitle(sources, id), judul_singkat: sourceTitle(sources, id, true) },
    ]),
  );
  await stage.writeJson('generated', 'sources.json', shown);
}

/** The downloadable geometry says what it is: estimated or official, and from where. */
export async function writeGeometry(stage: OutputStage<Target>, geometry: Geometry): Promise<void> {
  const note = {
    resmi: geometry.resmi,
    catatan: geometry.resmi ? 'batas resmi' : 'batas perkiraan — bukan batas resmi',
    sumber: geometry.sumber,
    atribusi: geometry.atribusi,
  };
  await stage.writeText('publicData', 'peta/wilayah.topo.json', JSON.stringify({ ...geometry.topology, siga: note }));
  await stage.writeText('generated', 'peta.json', JSON.stringify(geometry.topology));
}

export async function writeSite(
  stage: OutputStage<Target>,
  loaded: Loaded,
  summaries: Map<string, Summary>,
  mapIndex: MapIndexEntry[],
  geometry: Geometry | null,
  release: SiteConfig['rilis'],
): Promise<void> {
  const { config, catalog } = loaded;
  await stage.writeJson('publicData', 'peta/indeks.json', mapIndex);
  await stage.writeJson('generated', 'peta-indeks.json', mapIndex);
  const peta = geometry
    ? { ada: true, resmi: geometry.resmi, sumber: geometry.sumber, atribusi: geometry.atribusi }
    : { ada: false, resmi: false, sumber: '', atribusi: '' };
  const site: SiteConfig = {
    wilayah: config.wilayah,
    portal: config.portal,
    kekerasan: config.kekerasan,
    peta: { ...peta, ubin: config.peta.ubin },
    rilis: release,
  };
  await stage.writeJson('generated', 'site.json', site);
  const hasData = (id: string | null): boolean => Boolean(id && summaries.get(id)?.ada_data);
  const elements = catalog.elemen_standar.map((el) => ({
    ...el,
    tersedia: hasData(el.indikator) && !el.sebagian,
    sebagian: hasData(el.indikator) && Boolean(el.sebagian),
  }));
  const siteCatalog: SiteCatalog = {
    kelompok: catalog.kelompok,
    program: catalog.program,
    skema: catalog.skema,
    indikator: catalog.indikator.map((ind) => ({ ...ind, ringkasan: summaries.get(ind.id)! })),
    elemen_standar: elements,
    pemenuhan_elemen: {
      tersedia: elements.filter((e) => e.tersedia).length,
      sebagian: elements.filter((e) => e.sebagian).length,
      total: elements.length,
    },
  };
  await stage.writeJson('generated', 'catalog.json', siteCatalog);
}
