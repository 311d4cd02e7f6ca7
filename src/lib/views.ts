/**
 * Which view shows an indicator's data, chosen from the catalogue entry and the shape of its rows (never
 * per indicator id), and the bar panels of the views that are not a trend line:
 *
 *   status     statuses per unit (Desa/Kelurahan Layak Anak): units per status, per kecamatan and for the
 *              kabupaten, one group per year, and the list of units;
 *   breakdown  values split by sex, age group or category at the portal's region: one panel per breakdown,
 *              one group per year, one bar per part (a total is never stacked with its parts);
 *   kecamatan  counts per kecamatan: one group per kecamatan, one bar per year, on one scale;
 *   tier       ordinal tiers (KLA, APE);   trend   a line over the years.
 *
 *   viewsOf(ind, rows, ctx) -> ['trend', 'kecamatan']      // PSKS: the kabupaten line, then the kecamatan bars
 *   statusPanel(rows, ind, ctx) -> { groups: [{ heading: '2022', rows: [{ label: 'Kabupaten Belitung', text: '22 dari 49', … }] }] }
 */
import type { Tier } from '../model/catalog.ts';
import { isTotal, type PublishedRow } from '../model/row.ts';
import { seriesColour } from './chart/palette.ts';
import { disputeReason, formatValue, topTier } from './headline.ts';
import { t } from './i18n.ts';
import type { ViewContext } from './indicator-view.ts';
import type { CatalogIndicator, Region } from './site-data.ts';

export type ViewKind = 'tier' | 'status' | 'trend' | 'breakdown' | 'kecamatan';

export interface Segment {
  value: number;
  colour: string;
  label: string;
}
export interface BarRow {
  label: string;
  /** Stacked parts of the bar; empty where the value is missing. */
  segments: Segment[];
  text: string;
  /** Words beside the value: diperdebatkan, sementara, the kind (pagu indikatif). */
  flags: string[];
  /** Why it is disputed, in one sentence (shown once per group). */
  why: string | null;
}
export interface BarGroup {
  heading: string;
  rows: BarRow[];
}
export interface BarPanel {
  key: string;
  title: string;
  /** The largest bar, for one scale across the panel. */
  max: number;
  groups: BarGroup[];
  legend: Segment[];
  /** Said before the bars: what they show where it is not the obvious (plans, not spending). */
  lead: string;
  note: string;
}

const DIMENSIONS = ['jenis_kelamin', 'kelompok_umur', 'kategori'] as const;
type Dimension = (typeof DIMENSIONS)[number];

const onlyDimension = (r: PublishedRow, d: Dimension): boolean => r[d] !== '' && DIMENSIONS.every((o) => o === d || r[o] === '');

/** The views of an indicator, in the order the chart section shows them. */
export function viewsOf(ind: CatalogIndicator, rows: readonly PublishedRow[], ctx: ViewContext): ViewKind[] {
  const root = ctx.site.wilayah.kode;
  if (ind.tipe === 'ordinal') return ['tier'];
  if (ind.tipe === 'kategori') return ['status'];
  const views: ViewKind[] = [];
  const atRoot = rows.filter((r) => r.kode === root && r.nilai !== null);
  if (rows.some((r) => isTotal(r) && typeof r.nilai === 'number' && r.jenis === 'realisasi')) views.push('trend');
  else if (atRoot.some((r) => isTotal(r))) views.push('trend');
  if (DIMENSIONS.some((d) => atRoot.some((r) => onlyDimension(r, d)))) views.push('breakdown');
  if (ind.tipe === 'jumlah' && kecamatanRows(rows, ctx).length > 0) views.push('kecamatan');
  return views;
}

function kecamatanRows(rows: readonly PublishedRow[], ctx: ViewContext): PublishedRow[] {
  return rows.filter(
    (r) =>
      r.jenis === 'realisasi' &&
      isTotal(r) &&
      ctx.region(r.kode)?.level === 'kecamatan' &&
      ctx.region(r.kode)?.induk === ctx.site.wilayah.kode,
  );
}

const years = (rows: readonly PublishedRow[]): number[] => [...new Set(rows.map((r) => r.tahun))].sort((a, b) => a - b);

/** Flags of a row in words. */
function flagsOf(r: PublishedRow, ctx: ViewContext): string[] {
  return r.status === 'diperdebatkan' || r.status === 'sementara' ? [t(ctx.locale, `status.${r.status}`)] : [];
}

/**
 * Status per unit: for each year, the kabupaten then each kecamatan, as units of the finest level with
 * the top status (dark) and the rest (light), "22 dari 49".
 */
export function statusPanel(rows: readonly PublishedRow[], ind: CatalogIndicator, ctx: ViewContext): BarPanel | null {
  const { locale } = ctx;
  const scheme = ind.skema ? ctx.schemes[ind.skema] : undefined;
  const tiers = scheme?.berlaku.at(-1)?.peringkat ?? [];
  const top = tiers.at(-1);
  const units = rows.filter((r) => r.jenis === 'realisasi' && typeof r.nilai === 'string' && ctx.region(r.kode)?.level === 'desa');
  if (!top || units.length === 0) return null;
  const root = ctx.site.wilayah.kode;
  const colours = ['#0072B2', '#c8d3de'];
  const legend: Segment[] = [
    { value: 0, colour: colours[0]!, label: top.nama[locale] },
    {
      value: 0,
      colour: colours[1]!,
      label:
        tiers
          .slice(0, -1)
          .map((tr) => tr.nama[locale])
          .join(', ') || t(locale, 'view.other'),
    },
  ];
  const groups = years(units)
    .reverse()
    .map((year) => {
      const ofYear = new Map<string, PublishedRow>();
      for (const r of units) if (r.tahun === year && !ofYear.has(r.kode)) ofYear.set(r.kode, r);
      const count = (prefix: string): BarRow => statusBar(prefix, [...ofYear.values()], top, legend, ctx);
      const kecamatan = (ctx.region(root)?.anak ?? []).filter((k) => [...ofYear.keys()].some((c) => c.startsWith(`${k}.`)));
      return { heading: String(year), rows: [count(root), ...kecamatan.map(count)] };
    });
  const max = Math.max(0, ...groups.flatMap((g) => g.rows.map((r) => r.segments[0]!.value + r.segments[1]!.value)));
  return {
    key: 'status',
    title: t(locale, 'view.status.title', { status: top.nama[locale] }),
    max,
    groups,
    legend,
    lead: '',
    note: t(locale, 'view.status.note'),
  };
}

/** One area's bar: its units with the top status and the rest, "22 dari 49". */
function statusBar(prefix: string, units: readonly PublishedRow[], top: Tier, legend: readonly Segment[], ctx: ViewContext): BarRow {
  const { locale } = ctx;
  const inside = units.filter((r) => r.kode.startsWith(`${prefix}.`));
  const yes = inside.filter((r) => r.nilai === top.kode).length;
  return {
    label: ctx.region(prefix)?.nama ?? prefix,
    segments: [
      { value: yes, colour: legend[0]!.colour, label: top.nama[locale] },
      { value: inside.length - yes, colour: legend[1]!.colour, label: legend[1]!.label },
    ],
    text: t(locale, 'view.of', { n: yes, total: inside.length }),
    flags: [],
    why: null,
  };
}

/** The units of a status indicator for the desa table: name, type, kecamatan, status, per year (latest first). */
export function statusUnits(
  rows: readonly PublishedRow[],
  ind: CatalogIndicator,
  ctx: ViewContext,
): Array<{ year: number; unit: Region; kecamatan: Region | undefined; status: string; top: boolean; row: PublishedRow }> {
  const top = topTier(ind, ctx.schemes)?.kode;
  return rows
    .filter((r) => r.jenis === 'realisasi' && typeof r.nilai === 'string' && ctx.region(r.kode)?.level === 'desa')
    .map((r) => {
      const unit = ctx.region(r.kode)!;
      return {
        year: r.tahun,
        unit,
        kecamatan: unit.induk ? ctx.region(unit.induk) : undefined,
        status: formatValue(r, ind, ctx.locale, ctx.schemes) ?? '',
        top: r.nilai === top,
        row: r,
      };
    })
    .sort((a, b) => b.year - a.year || a.row.kode.localeCompare(b.row.kode));
}

/**
 * Breakdown panels at the portal's region: one per dimension that has rows split by it alone; one group
 * per year, one bar per part. Realised values where any exist, else the targets under their own name.
 */
export function breakdownPanels(rows: readonly PublishedRow[], ind: CatalogIndicator, ctx: ViewContext, kindName: string): BarPanel[] {
  const { locale } = ctx;
  const root = ctx.site.wilayah.kode;
  const atRoot = rows.filter((r) => r.kode === root && r.status !== 'disembunyikan' && r.status !== 'digantikan');
  const panels: BarPanel[] = [];
  for (const d of DIMENSIONS) {
    const split = atRoot.filter((r) => onlyDimension(r, d));
    const realised = split.filter((r) => r.jenis === 'realisasi' && typeof r.nilai === 'number');
    const shown = realised.length > 0 ? realised : split.filter((r) => r.jenis === 'target' && typeof r.nilai === 'number');
    if (shown.length === 0) continue;
    const parts = [...new Set(shown.map((r) => r[d]))];
    const name = (code: string): string =>
      d === 'jenis_kelamin'
        ? t(locale, code === 'L' ? 'sex.male' : 'sex.female')
        : d === 'kelompok_umur'
          ? t(locale, 'unit.years', { range: code })
          : (ind.kategori?.find((k) => k.kode === code)?.nama[locale] ?? code);
    // Every bar is labelled; colour only helps to follow a part across years, and more than six colours do not.
    const colour = (code: string): string => (parts.length > 6 ? seriesColour(0) : seriesColour(parts.indexOf(code)));
    let max = 0;
    const groups = years(shown).map((year) => ({
      heading: String(year),
      rows: shown
        .filter((r) => r.tahun === year)
        .map((r): BarRow => {
          const value = r.nilai as number;
          max = Math.max(max, value);
          return {
            label: name(r[d]),
            segments: [{ value, colour: colour(r[d]), label: name(r[d]) }],
            text: formatValue(r, ind, locale, ctx.schemes) ?? '',
            flags: flagsOf(r, ctx),
            why: r.status === 'diperdebatkan' ? disputeReason(ind, r.tahun, locale) : null,
          };
        }),
    }));
    panels.push({
      key: d,
      title: `${t(locale, `view.by.${d}`)} (${ind.satuan[locale]})`,
      max,
      groups,
      legend: parts.length > 6 ? [] : parts.map((p) => ({ value: 0, colour: colour(p), label: name(p) })),
      lead: realised.length > 0 ? '' : t(locale, 'view.only.kind', { kind: kindName }),
      note: '',
    });
  }
  return panels;
}

/** Counts per kecamatan: one group per kecamatan, one bar per year, on one scale. */
export function kecamatanPanel(rows: readonly PublishedRow[], ind: CatalogIndicator, ctx: ViewContext): BarPanel | null {
  const { locale } = ctx;
  const shown = kecamatanRows(rows, ctx).filter((r) => typeof r.nilai === 'number');
  if (shown.length === 0) return null;
  const allYears = years(shown);
  let max = 0;
  const order = ctx.region(ctx.site.wilayah.kode)?.anak ?? [];
  const groups = order
    .filter((k) => shown.some((r) => r.kode === k))
    .map((k) => ({
      heading: ctx.region(k)?.nama ?? k,
      rows: allYears.map((year): BarRow => {
        const r = shown.find((x) => x.kode === k && x.tahun === year);
        const value = r ? (r.nilai as number) : null;
        if (value !== null) max = Math.max(max, value);
        return {
          label: String(year),
          segments: value === null ? [] : [{ value, colour: seriesColour(0), label: String(year) }],
          text: r ? (formatValue(r, ind, locale, ctx.schemes) ?? '') : t(locale, 'value.missing'),
          flags: r ? flagsOf(r, ctx) : [],
          why: null,
        };
      }),
    }));
  return {
    key: 'kecamatan',
    title: t(locale, 'view.kecamatan.title'),
    max,
    groups,
    legend: [],
    lead: '',
    note: t(locale, 'view.kecamatan.note', { unit: ind.satuan[locale] }),
  };
}

/** A bar's width: its share of the panel's largest value, of the track less room for the value's words. */
export function barWidth(value: number, max: number): string {
  const share = max > 0 ? Math.round((value / max) * 1000) / 1000 : 0;
  return `calc((100% - 7rem) * ${share})`;
}
