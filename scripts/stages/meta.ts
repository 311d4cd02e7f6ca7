/**
 * Read, the catalogue: data/config.yml, data/sources.yml and data/indicators.yml through their zod
 * schemas (src/model/catalog.ts), then the cross-references a schema cannot see (duplicate ids,
 * unknown schemes, programmes, sources and indicators).
 *
 *   loadMeta('data', log) -> { config, sources, catalog }, or null when a file cannot be read
 */
import { join } from 'node:path';
import { CatalogSchema, ConfigSchema, SourcesSchema, type Catalog, type Source } from '../../src/model/catalog.ts';
import { placeholderProblems } from '../lib/config-placeholders.ts';
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
  for (const problem of placeholderProblems(config)) log.error({ file: 'data/config.yml', ...problem });
  checkReferences(catalog, sources, log);
  return { config, sources, catalog };
}

/** A reference a schema cannot check, with the field of the file it is in. */
interface Reference {
  column: string;
  value?: string;
  rule: string;
  message: string;
}

/** Cross-file references the schemas cannot see: duplicate ids, unknown schemes, programmes, indicators and sources. */
function checkReferences(catalog: Catalog, sources: Record<string, Source>, log: IssueLog): void {
  const ids = new Set(catalog.indikator.map((ind) => ind.id));
  const file = 'data/indicators.yml';
  for (const problem of [...indicatorProblems(catalog), ...referenceProblems(catalog, ids)]) log.error({ file, ...problem });
  for (const problem of sourceProblems(sources)) log.error({ file: 'data/sources.yml', ...problem });
}

function indicatorProblems(catalog: Catalog): Reference[] {
  const seen = new Set<string>();
  return catalog.indikator.flatMap((ind, i): Reference[] => {
    const column = `indikator.${i}`;
    const twice = seen.has(ind.id);
    seen.add(ind.id);
    return [
      twice && {
        column: `${column}.id`,
        value: ind.id,
        rule: 'kunci-ganda',
        message: 'Id indikator dipakai dua kali. Setiap indikator butuh id sendiri.',
      },
      ind.skema &&
        !catalog.skema[ind.skema] && {
          column: `${column}.skema`,
          value: ind.skema,
          rule: 'skema',
          message: `Skema "${ind.skema}" tidak ada di bagian skema.`,
        },
      ind.program &&
        !catalog.program[ind.program] && {
          column: `${column}.program`,
          value: ind.program,
          rule: 'program',
          message: 'Kode program tidak ada di bagian program.',
        },
      ind.kategori &&
        !ind.disagregasi.includes('kategori') && {
          column: `${column}.kategori`,
          rule: 'disagregasi',
          message: 'Indikator punya daftar kategori tetapi "kategori" tidak ada di disagregasi.',
        },
    ].filter((p): p is Reference => Boolean(p));
  });
}

/** Indicators named by another indicator (its score, its terms) or by a SIGA element that the catalogue lacks. */
function referenceProblems(catalog: Catalog, ids: ReadonlySet<string>): Reference[] {
  const named = catalog.indikator.flatMap((ind, i) => {
    const { turunan } = ind;
    const terms = turunan?.cara === 'rasio' ? [...turunan.pembilang, ...turunan.penyebut].map((t) => t.indikator) : [];
    const refs = new Set([ind.skor_indikator, ...terms, ...(turunan?.cara === 'cakupan' ? [turunan.dari] : [])]);
    return [...refs].map((ref) => ({
      ref,
      column: `indikator.${i}.turunan`,
      message: `Indikator "${ref}" yang dirujuk tidak ada di katalog.`,
    }));
  });
  const byElement = catalog.elemen_standar.map((el, i) => ({
    ref: el.indikator,
    column: `elemen_standar.${i}.indikator`,
    message: 'Indikator yang dirujuk elemen ini tidak ada di katalog.',
  }));
  return [...named, ...byElement]
    .filter((r): r is typeof r & { ref: string } => Boolean(r.ref) && !ids.has(r.ref!))
    .map(({ ref, column, message }) => ({ column, value: ref, rule: 'indikator', message }));
}

function sourceProblems(sources: Record<string, Source>): Reference[] {
  return Object.entries(sources)
    .filter(([, src]) => src.induk && !sources[src.induk])
    .map(([id, src]) => ({
      column: `${id}.induk`,
      value: src.induk,
      rule: 'sumber',
      message: 'Sumber induk tidak ada di data/sources.yml.',
    }));
}
