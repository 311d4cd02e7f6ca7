/**
 * A trend chart as SVG text, from its geometry: realisation lines with gaps, each line named at its end,
 * points coloured and shaped by achievement (a circle met, a square short of its target; hollow where disputed), targets as outlined diamonds, and the years
 * without data. The same text is written into the page at build time and rewritten in the browser when
 * the year range changes, so both draw exactly the same chart.
 *
 *   trendSvg(trendGeometry(series, targets, opts), { id: 'grafik-idg', title: 'IDG', desc: '…', … })
 *   -> '<svg id="grafik-idg" class="chart chart-wide" …>…</svg>'
 */
import { escapeMarkup as esc } from '../escape.ts';
import { formatNumber } from '../format.ts';
import type { Locale } from '../i18n.ts';
import { GRID, INK, MUTED, TARGET } from './palette.ts';
import { trendGeometry, type SeriesInput, type TargetInput, type TrendGeometry } from './trend.ts';

export interface TrendSvgText {
  id: string;
  title: string;
  desc: string;
  missingLabel: string;
  targetLabel: string;
  /** 'narrow' is the copy drawn for a phone: larger text relative to its width, fewer year labels. */
  variant: 'wide' | 'narrow';
}

/** Font size of a chart's text, by variant: the narrow copy is shown at about its own size on a phone. */
export const CHART_FONT = { wide: 12, narrow: 13 } as const;

export function trendSvg(g: TrendGeometry, text: TrendSvgText): string {
  const { id, variant } = text;
  const fontSize = CHART_FONT[variant];
  // Each point is a target of at least 24 CSS px on a 360 px screen.
  const hit = variant === 'narrow' ? 14 : 12;
  const out: string[] = [
    `<svg id="${esc(id)}" class="chart chart-${variant}" viewBox="0 0 ${g.width} ${g.height}" role="img" aria-labelledby="${esc(id)}-title ${esc(id)}-desc" xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" font-size="${fontSize}">`,
    `<title id="${esc(id)}-title">${esc(text.title)}</title><desc id="${esc(id)}-desc">${esc(text.desc)}</desc>`,
    `<rect x="0" y="0" width="${g.width}" height="${g.height}" fill="#ffffff"/>`,
    '<g aria-hidden="true">',
    ...backdrop(g, text),
    '</g>',
  ];
  for (const s of g.series) {
    out.push(`<g class="series" data-series="${esc(s.key)}"><path d="${s.path}" fill="none" stroke="${s.colour}" stroke-width="2.5"/>`);
    if (s.end) {
      // The line's name in its own colour at its end; the legend below it keeps the switches.
      out.push(`<text class="end-label" x="${s.end.x}" y="${s.end.y}" fill="${s.colour}" font-weight="600" aria-hidden="true">`);
      s.end.lines.forEach((line, i) =>
        out.push(`<tspan x="${s.end!.x}" dy="${i === 0 ? 0 : Math.round(fontSize * 1.2)}">${esc(line)}</tspan>`),
      );
      out.push('</text>');
    }
    for (const pt of s.points) {
      const tip = `${s.label} · ${pt.year}: ${pt.text}${pt.note ? ` (${pt.note})` : ''}`;
      out.push(
        `<g class="pt" tabindex="0" data-year="${pt.year}" data-tip="${esc(tip)}"><title>${esc(tip)}</title>`,
        `<circle cx="${pt.x}" cy="${pt.y}" r="${hit}" fill="transparent"/>`,
        // A value short of its target is a square, not only another colour: it reads in grey print and without colour vision.
        pt.achieved === false
          ? `<rect x="${pt.x - 5}" y="${pt.y - 5}" width="10" height="10" fill="${pt.hollow ? '#ffffff' : pt.fill}" stroke="${pt.fill}" stroke-width="2.5"/></g>`
          : `<circle cx="${pt.x}" cy="${pt.y}" r="5.5" fill="${pt.hollow ? '#ffffff' : pt.fill}" stroke="${pt.fill}" stroke-width="2.5"/></g>`,
      );
    }
    out.push('</g>');
  }
  out.push('<g class="targets">');
  for (const tg of g.targets) {
    const tip = `${text.targetLabel} ${tg.year}: ${tg.text}`;
    out.push(
      `<g class="pt" tabindex="0" data-year="${tg.year}" data-tip="${esc(tip)}"><title>${esc(tip)}</title>`,
      `<circle cx="${tg.x}" cy="${tg.y}" r="${hit}" fill="transparent"/>`,
      `<path d="M${tg.x},${tg.y - 7}L${tg.x + 7},${tg.y}L${tg.x},${tg.y + 7}L${tg.x - 7},${tg.y}Z" fill="none" stroke="${TARGET}" stroke-width="2"${tg.disputed ? ' stroke-dasharray="3 2"' : ''}/></g>`,
    );
  }
  out.push('</g></svg>');
  return out.join('');
}

/** What lies behind the lines, hidden from screen readers: the years without data, the grid and the axis labels. */
function backdrop(g: TrendGeometry, text: TrendSvgText): string[] {
  const small = text.variant === 'narrow' ? 13 : 11;
  // A year label every `every` years, so labels never touch (about 38 px for '2019' with room).
  const step = g.xTicks.length > 1 ? g.xTicks[1]!.x - g.xTicks[0]!.x : 100;
  const every = Math.max(1, Math.ceil(38 / step));
  const bottom = g.height - g.margin.bottom;
  const out: string[] = [];
  // A gap's label only where it has room beside the previous one (on a phone, two one-year gaps a year
  // apart would overlap); the dashed line stays, and the legend says what it means.
  let labelEnd = -Infinity;
  const gapLabel = (x: number, label: string): string => {
    const half = (label.length * small * 0.55) / 2;
    if (x - half < labelEnd + 4) return '';
    labelEnd = x + half;
    return `<text x="${x}" y="${bottom + 35}" text-anchor="middle" fill="${MUTED}" font-size="${small}">${esc(label)}</text>`;
  };
  for (const sp of gapSpans(g)) {
    if (sp.from === sp.to)
      out.push(
        `<g class="gap"><line x1="${sp.x0}" x2="${sp.x0}" y1="${g.margin.top}" y2="${bottom}" stroke="${MUTED}" stroke-dasharray="2 4"/>`,
        `${gapLabel(sp.x0, text.missingLabel)}</g>`,
      );
    else
      out.push(
        `<g class="gap"><rect x="${sp.x0 - step / 2}" width="${sp.x1 - sp.x0 + step}" y="${g.margin.top}" height="${bottom - g.margin.top}" fill="#eef1f4"/>`,
        `${gapLabel((sp.x0 + sp.x1) / 2, `${text.missingLabel} ${sp.from}–${sp.to}`)}</g>`,
      );
  }
  for (const tk of g.yTicks)
    out.push(
      `<g><line x1="${g.margin.left}" x2="${g.width - g.margin.right}" y1="${tk.y}" y2="${tk.y}" stroke="${GRID}"/>`,
      `<text x="${g.margin.left - 6}" y="${tk.y + 4}" text-anchor="end" fill="${MUTED}">${esc(tk.text)}</text></g>`,
    );
  g.xTicks.forEach((tk, i) => {
    // Low enough under the axis to clear the lowest value label at the axis's left end.
    if (i % every === 0) out.push(`<text x="${tk.x}" y="${bottom + 19}" text-anchor="middle" fill="${INK}">${tk.year}</text>`);
  });
  return out;
}

/** Consecutive years without data as one span with one label, so labels never pile up. */
function gapSpans(g: TrendGeometry): Array<{ from: number; to: number; x0: number; x1: number }> {
  const years = [...new Set(g.gaps.map((gap) => gap.year))].sort((a, b) => a - b);
  const spans: Array<{ from: number; to: number; x0: number; x1: number }> = [];
  for (const year of years) {
    const x = g.gaps.find((gap) => gap.year === year)!.x;
    const last = spans.at(-1);
    if (last && last.to === year - 1) Object.assign(last, { to: year, x1: x });
    else spans.push({ from: year, to: year, x0: x, x1: x });
  }
  return spans;
}

/** What a trend chart is drawn from, kept in the page so the browser can draw it again for another year range. */
export interface TrendChartInput {
  id: string;
  series: SeriesInput[];
  targets: TargetInput[];
  locale: Locale;
  decimals: number;
  height: { wide: number; narrow: number };
  text: Omit<TrendSvgText, 'variant' | 'id'>;
}

export const CHART_WIDTH = { wide: 720, narrow: 320 } as const;

/** Both copies of a chart (wide, and narrow for a phone) for the years from–to. */
export function renderTrend(input: TrendChartInput, from: number, to: number): { wide: string; narrow: string; geometry: TrendGeometry } {
  const draw = (variant: 'wide' | 'narrow') => {
    const geometry = trendGeometry(input.series, input.targets, {
      width: CHART_WIDTH[variant],
      height: input.height[variant],
      from,
      to,
      formatTick: (v) => formatNumber(v, input.locale, input.decimals),
      labelSize: CHART_FONT[variant],
    });
    const id = variant === 'wide' ? input.id : `${input.id}-sempit`;
    return { geometry, svg: trendSvg(geometry, { ...input.text, id, variant }) };
  };
  const wide = draw('wide');
  return { wide: wide.svg, narrow: draw('narrow').svg, geometry: wide.geometry };
}
