/**
 * Read, the catalogue: data/config.yml, data/sources.yml and data/indicators.yml through their zod
 * schemas (src/model/catalog.ts), then the cross-references a schema cannot see (duplicate ids,
 * unknown schemes, programmes, sources and indicators).
 *
 *   loadMeta('data', log) -> { config, sources, catalog }, or null when a file cannot be read
 */
import { join } from 'node:path';
import { CatalogSchema, ConfigSchema, SourcesSchema, type Catalog, type Source } from '../../src/model/catalog.ts';
import type { IssueLog } from '../lib/issues.ts';
import { loadYaml } from '../lib/yaml-load.ts';
import type { Loaded } from './types.ts';

export type Meta = Omit<Loaded, 'regions'>;

/** The configuration, sources and catalog, with their cross-references checked; null when one cannot be read. */
export function loadMeta(dataDir: string, log: IssueLog): Meta | null {
  const config = loadYaml(join(dataDir, 'config.yml'), 'data/config.yml', ConfigSchema, log);
  const sources = loadYaml(join(dataDir, 'sources.yml'), 'data/sources.yml', SourcesSchema, log);
  const catalog = loadYaml(join(dataDir, 'indicators.yml'), 'data/indicators.yml', CatalogSchema, log);
  if (!config || !sources || !catalog) return null;
  checkReferences(catalog, sources, log);
  return { config, sources, catalog };
}

/** Cross-file references the schemas cannot see: duplicate ids, unknown schemes, sources and terms. */
function checkReferences(catalog: Catalog, sources: Record<string, Source>, log: IssueLog): void {
  const file = 'data/indicators.yml';
  const ids = new Set<string>();
  for (const [i, ind] of catalog.indikator.entries()) {
    const column = `indikator.${i}`;
    if (ids.has(ind.id))
      log.error({
        file,
        column: `${column}.id`,
        value: ind.id,
        rule: 'kunci-ganda',
        message: 'Id indikator dipakai dua kali. Setiap indikator butuh id sendiri.',
      });
    ids.add(ind.id);
    if (ind.skema && !catalog.skema[ind.skema])
      log.error({
        file,
        column: `${column}.skema`,
        value: ind.skema,
        rule: 'skema',
        message: `Skema "${ind.skema}" tidak ada di bagian skema.`,
      });
    if (ind.program && !catalog.program[ind.program])
      log.error({
        file,
        column: `${column}.program`,
        value: ind.program,
        rule: 'program',
        message: 'Kode program tidak ada di bagian program.',
      });
    if (ind.kategori && !ind.disagregasi.includes('kategori'))
      log.error({
        file,
        column: `${column}.kategori`,
        rule: 'disagregasi',
        message: 'Indikator punya daftar kategori tetapi "kategori" tidak ada di disagregasi.',
      });
  }
  for (const [i, ind] of catalog.indikator.entries()) {
    const refs = new Set([
      ind.skor_indikator,
      ...(ind.turunan?.cara === 'rasio' ? [...ind.turunan.pembilang, ...ind.turunan.penyebut].map((t) => t.indikator) : []),
      ...(ind.turunan?.cara === 'cakupan' ? [ind.turunan.dari] : []),
    ]);
    for (const ref of refs)
      if (ref && !ids.has(ref))
        log.error({
          file,
          column: `indikator.${i}.turunan`,
          value: ref,
          rule: 'indikator',
          message: `Indikator "${ref}" yang dirujuk tidak ada di katalog.`,
        });
  }
  for (const [i, el] of catalog.elemen_standar.entries()) {
    if (el.indikator && !ids.has(el.indikator))
      log.error({
        file,
        column: `elemen_standar.${i}.indikator`,
        value: el.indikator,
        rule: 'indikator',
        message: 'Indikator yang dirujuk elemen ini tidak ada di katalog.',
      });
  }
  for (const [id, src] of Object.entries(sources)) {
    if (src.induk && !sources[src.induk])
      log.error({
        file: 'data/sources.yml',
        column: `${id}.induk`,
        value: src.induk,
        rule: 'sumber',
        message: 'Sumber induk tidak ada di data/sources.yml.',
      });
  }
}
