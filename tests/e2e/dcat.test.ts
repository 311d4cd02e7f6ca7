/**
 * The catalogues Satu Data portals harvest, read from dist/ as a harvester would: /data/catalog.jsonld
 * (DCAT-AP, JSON-LD) and /data.json (DCAT-US 1.1 for CKAN), one dataset per indicator with data, each
 * with title, description, publisher, licence, distribution and temporal coverage, and the Indonesian
 * metadata (konsep, rumus, satuan, tingkat wilayah, OPD) mapped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './harness.ts';

type Node = Record<string, unknown>;
const withData = readdirSync(join(DIST, 'api', 'v1', 'indikator'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

describe('DCAT catalogues', () => {
  it('DCAT-AP: a dcat:Catalog with one dcat:Dataset per indicator with data, each complete', () => {
    const cat = JSON.parse(readFileSync(join(DIST, 'data', 'catalog.jsonld'), 'utf8')) as Node & { 'dcat:dataset': Node[] };
    expect(cat['@type']).toBe('dcat:Catalog');
    expect((cat['@context'] as Node).dcat).toBe('http://www.w3.org/ns/dcat#');
    const datasets = cat['dcat:dataset'];
    expect(datasets.map((d) => d['dct:identifier']).sort()).toEqual(withData);
    for (const d of datasets) {
      const id = d['dct:identifier'] as string;
      expect(d['@type'], id).toBe('dcat:Dataset');
      for (const key of [
        'dct:title',
        'dct:description',
        'dct:publisher',
        'dct:license',
        'dct:temporal',
        'dcat:distribution',
        'siga:konsep',
        'siga:rumus',
        'siga:satuan',
        'siga:tingkatWilayah',
        'dct:creator',
        'dct:modified',
      ])
        expect(d[key], `${id} ${key}`).toBeTruthy();
      const modified = d['dct:modified'] as { '@type': string; '@value': string };
      expect({ 4: 'xsd:gYear', 7: 'xsd:gYearMonth', 10: 'xsd:date' }[modified['@value'].length], `${id} dct:modified`).toBe(
        modified['@type'],
      );
      const temporal = d['dct:temporal'] as Record<string, { '@value': string }>;
      expect(Number(temporal['dcat:startDate']!['@value'])).toBeLessThanOrEqual(Number(temporal['dcat:endDate']!['@value']));
      const csv = (d['dcat:distribution'] as Node[]).find((x) => x['dcat:mediaType'] === 'text/csv')!;
      expect((csv['dcat:downloadURL'] as Node)['@id']).toMatch(new RegExp(`/data/${id}\\.csv$`));
    }
    const idg = datasets.find((d) => d['dct:identifier'] === 'idg')!;
    expect(idg['dct:title']).toEqual([
      { '@language': 'id', '@value': 'Indeks Pemberdayaan Gender (IDG)' },
      { '@language': 'en', '@value': 'Gender Empowerment Index (IDG)' },
    ]);
  });

  it('DCAT-US data.json: the shape CKAN harvests, the same datasets', () => {
    const cat = JSON.parse(readFileSync(join(DIST, 'data.json'), 'utf8')) as Node & { dataset: Node[] };
    expect(cat.conformsTo).toBe('https://project-open-data.cio.gov/v1.1/schema');
    expect(cat.dataset).toHaveLength(withData.length);
    for (const d of cat.dataset) {
      for (const key of [
        'title',
        'description',
        'keyword',
        'modified',
        'publisher',
        'contactPoint',
        'identifier',
        'accessLevel',
        'license',
        'temporal',
        'distribution',
      ])
        expect(d[key], `${String(d.identifier)} ${key}`).toBeTruthy();
      expect(d.temporal).toMatch(/^\d{4}-01-01\/\d{4}-12-31$/);
      // ISO 8601 at the precision the source shows (a year, a month or a day).
      expect(d.modified).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });
});
