/**
 * The catalogue for Satu Data portals to harvest, one dataset per indicator with data: as DCAT-AP in
 * JSON-LD (/data/catalog.jsonld) and in the DCAT-US (Project Open Data 1.1) shape that CKAN's harvesters
 * read (/data.json). The Indonesian metadata map onto DCAT: nama → title, definisi → description,
 * konsep and rumus and satuan → their own terms (siga:), sumber → dct:source, periode →
 * accrualPeriodicity, tingkat wilayah → spatial resolution, produsen data/OPD → creator.
 *
 *   (await dcatAp())['dcat:dataset'][0] -> { '@type': 'dcat:Dataset', 'dct:identifier': 'idg', … }
 */
import { API_BASE } from './api.ts';
import { lastUpdated } from './availability.ts';
import { catalog, rootRegion, site, sources, type CatalogIndicator } from './site-data.ts';
import { loadRows } from './values.ts';

const base = () => site.portal.url.replace(/\/$/, '');
const withData = (): CatalogIndicator[] => catalog.indikator.filter((i) => i.ringkasan.jumlah_baris > 0 && i.ringkasan.tahun);

/** Every indicator with data, with the sources its values cite and the newest date among them. */
const XSD_DATE: Record<number, string> = { 4: 'xsd:gYear', 7: 'xsd:gYearMonth', 10: 'xsd:date' };

async function datasets(): Promise<Array<{ ind: CatalogIndicator; cited: string[]; modified: string }>> {
  return Promise.all(
    withData().map(async (ind) => {
      const cited = [...new Set((await loadRows(ind.id)).flatMap((r) => r.sumber.split(' ')).filter(Boolean))].sort();
      return { ind, cited, modified: lastUpdated(cited, sources) ?? site.rilis.tanggal };
    }),
  );
}
const lang = (text: { id: string; en: string }) => [
  { '@language': 'id', '@value': text.id },
  { '@language': 'en', '@value': text.en },
];

export async function dcatAp() {
  const root = rootRegion();
  const publisher = { '@type': 'foaf:Agent', 'foaf:name': site.portal.penyelenggara.id };
  const licence = { '@id': site.portal.lisensi.url };
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
      siga: `${base()}/data/#`,
    },
    '@id': `${base()}/data/catalog.jsonld`,
    '@type': 'dcat:Catalog',
    'dct:title': lang(site.portal.nama),
    'dct:description': { '@language': 'id', '@value': `Data gender dan anak ${root.nama}, diterbitkan ${site.portal.penyelenggara.id}.` },
    'dct:publisher': publisher,
    'dct:license': licence,
    'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/IND' },
    'dct:modified': { '@type': 'xsd:date', '@value': site.rilis.tanggal },
    'foaf:homepage': { '@id': `${base()}/` },
    'dcat:dataset': (await datasets()).map((d) => apDataset(d, { publisher, licence, root })),
  };
}

type Agent = { '@type': string; 'foaf:name': string };

/** One indicator as a dcat:Dataset. */
function apDataset(
  { ind, cited, modified }: { ind: CatalogIndicator; cited: string[]; modified: string },
  { publisher, licence, root }: { publisher: Agent; licence: { '@id': string }; root: { kode: string; nama: string } },
) {
  const [from, to] = ind.ringkasan.tahun!;
  const page = `${base()}/indikator/${ind.id}/`;
  return {
    '@id': page,
    '@type': 'dcat:Dataset',
    'dct:identifier': ind.id,
    'dct:title': lang(ind.nama),
    'dct:description': lang(ind.definisi),
    'siga:konsep': lang(ind.konsep),
    'siga:rumus': lang(ind.rumus),
    'siga:satuan': lang(ind.satuan),
    'siga:tingkatWilayah': ind.level_wilayah,
    'dcat:keyword': [ind.tema, ...(ind.nama.id.match(/\(([A-Z]{2,})\)/g)?.map((m) => m.slice(1, -1)) ?? [])],
    'dcat:theme': ind.tema,
    'dct:publisher': publisher,
    'dct:creator': { '@type': 'foaf:Agent', 'foaf:name': ind.opd.id },
    'dcat:contactPoint': {
      '@type': 'vcard:Organization',
      'vcard:fn': site.portal.penyelenggara.id,
      ...(site.portal.koreksi ? { 'vcard:hasURL': { '@id': site.portal.koreksi } } : {}),
    },
    'dct:license': licence,
    'dct:spatial': { '@type': 'dct:Location', 'dct:identifier': root.kode, 'foaf:name': root.nama },
    'dct:temporal': {
      '@type': 'dct:PeriodOfTime',
      'dcat:startDate': { '@type': 'xsd:gYear', '@value': String(from) },
      'dcat:endDate': { '@type': 'xsd:gYear', '@value': String(to) },
    },
    'dct:accrualPeriodicity': lang(ind.periode),
    // A source dated only by year or month keeps that precision (xsd:gYear, xsd:gYearMonth), never a guessed day.
    'dct:modified': { '@type': XSD_DATE[modified.length] ?? 'xsd:date', '@value': modified },
    'dct:source': cited.map((id) => ({
      '@id': sources[id]?.url ?? sources[sources[id]?.induk ?? '']?.url ?? `${base()}/data/sumber.csv#${id}`,
      'dct:title': sources[id]?.judul_lengkap ?? id,
    })),
    'dcat:landingPage': { '@id': page },
    'dcat:distribution': apDistributions(ind.id, licence),
  };
}

/** An indicator's CSV download and its API file. */
function apDistributions(id: string, licence: { '@id': string }) {
  return [
    {
      '@type': 'dcat:Distribution',
      'dct:title': 'CSV',
      'dcat:downloadURL': { '@id': `${base()}/data/${id}.csv` },
      'dcat:mediaType': 'text/csv',
      'dct:license': licence,
    },
    {
      '@type': 'dcat:Distribution',
      'dct:title': 'JSON (API v1)',
      'dcat:accessURL': { '@id': `${base()}${API_BASE}/indikator/${id}.json` },
      'dcat:mediaType': 'application/json',
      'dct:license': licence,
    },
  ];
}

/** The DCAT-US 1.1 data.json shape (Project Open Data), as CKAN's data.json harvester reads it. */
export async function dcatUs() {
  const root = rootRegion();
  const mail = site.portal.koreksi?.startsWith('mailto:') ? site.portal.koreksi : null;
  return {
    '@context': 'https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld',
    '@id': `${base()}/data.json`,
    '@type': 'dcat:Catalog',
    conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
    describedBy: 'https://project-open-data.cio.gov/v1.1/schema/catalog.json',
    dataset: (await datasets()).map(({ ind, cited, modified }) => {
      const [from, to] = ind.ringkasan.tahun!;
      return {
        '@type': 'dcat:Dataset',
        identifier: `${base()}/indikator/${ind.id}/`,
        title: ind.nama.id,
        description: `${ind.definisi.id} Konsep: ${ind.konsep.id} Rumus: ${ind.rumus.id} Satuan: ${ind.satuan.id}.`,
        keyword: [ind.tema, ind.id],
        modified,
        publisher: { '@type': 'org:Organization', name: site.portal.penyelenggara.id },
        contactPoint: { '@type': 'vcard:Contact', fn: ind.opd.id, ...(mail ? { hasEmail: mail } : {}) },
        accessLevel: 'public',
        license: site.portal.lisensi.url,
        spatial: root.nama,
        temporal: `${from}-01-01/${to}-12-31`,
        accrualPeriodicity: 'irregular',
        language: ['id'],
        theme: [ind.tema],
        landingPage: `${base()}/indikator/${ind.id}/`,
        references: cited.map((id) => sources[id]?.url ?? sources[sources[id]?.induk ?? '']?.url).filter((u): u is string => Boolean(u)),
        distribution: [
          { '@type': 'dcat:Distribution', title: 'CSV', downloadURL: `${base()}/data/${ind.id}.csv`, mediaType: 'text/csv', format: 'CSV' },
          {
            '@type': 'dcat:Distribution',
            title: 'JSON (API v1)',
            accessURL: `${base()}${API_BASE}/indikator/${ind.id}.json`,
            mediaType: 'application/json',
            format: 'JSON',
          },
        ],
      };
    }),
  };
}
