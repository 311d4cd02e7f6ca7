/**
 * The map explorer: kecamatan or desa areas coloured by one indicator in one year, with a legend, a
 * hatch for "no data", a tooltip on hover and on keyboard focus, and a visually hidden table of the same
 * values. Its state (level, indicator, year, selected area) lives in the URL. Leaflet is loaded inside
 * an effect through src/lib/map/leaflet-map.ts; the table renders on the server too.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { formatNumber } from '../../lib/format.ts';
import type { Locale } from '../../lib/i18n.ts';
import { categoryScale, NO_DATA, numericScale } from '../../lib/map/scale.ts';
import { readState, writeState, type MapState } from '../../lib/map/state.ts';
import type { SigaMap } from '../../lib/map/leaflet-map.ts';
import { mapCells, type MapCell, type MapValues } from '../../model/map-values.ts';
import '../../styles/leaflet-trimmed.css';

export interface MapIndicator {
  id: string;
  nama: string;
  satuan: string;
  polaritas: 'naik' | 'turun' | 'netral';
  desimal: number;
  kategori: Array<{ kode: string; nama: string }> | null;
  tingkat: Array<'kecamatan' | 'desa'>;
  tahun: number[];
}

export interface ChoroplethProps {
  locale: Locale;
  labels: Record<string, string>;
  indicators: MapIndicator[];
  areas: Array<{ kode: string; nama: string; level: 'kecamatan' | 'desa' }>;
  sources: Record<string, string>;
  initial: MapState;
  initialValues: MapValues;
  tiles: { url: string; attribution: string } | null;
  estimated: boolean;
  regionPath: string;
  dataPath: string;
}

const fill = (template: string, params: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));

export default function ChoroplethMap(props: ChoroplethProps) {
  const { locale, labels, indicators, areas } = props;
  const [state, setState] = useState<MapState>(props.initial);
  const [values, setValues] = useState<Record<string, MapValues>>({ [props.initial.indikator]: props.initialValues });
  const [topology, setTopology] = useState<Topology | null>(null);
  const [tip, setTip] = useState<{ kode: string; x: number; y: number } | null>(null);
  const holder = useRef<HTMLDivElement>(null);
  const map = useRef<SigaMap | null>(null);

  const available = indicators.filter((i) => i.tingkat.includes(state.tingkat));
  const indicator = available.find((i) => i.id === state.indikator) ?? available[0];
  const year = indicator && indicator.tahun.includes(state.tahun) ? state.tahun : (indicator?.tahun.at(-1) ?? state.tahun);
  const layer = indicator ? values[indicator.id] : undefined;
  const cells = useMemo(() => mapCells(layer, state.tingkat, year), [layer, state.tingkat, year]);
  const shown = areas.filter((a) => a.level === state.tingkat);
  const cell = (kode: string): MapCell | undefined => cells.get(kode);

  const scale = useMemo(() => {
    if (!indicator) return null;
    if (indicator.kategori) return { kind: 'kategori' as const, ...categoryScale(indicator.kategori.map((k) => k.kode)) };
    const nums = shown.map((a) => cell(a.kode)?.[0]).filter((v): v is number => typeof v === 'number');
    return { kind: 'angka' as const, ...numericScale(nums, indicator.polaritas) };
  }, [indicator, cells]);

  const text = (kode: string): string => {
    const c = cell(kode);
    if (!indicator || !c || c[0] === null) return c?.[1] === 'disembunyikan' ? labels.hidden! : labels.missing!;
    const value =
      typeof c[0] === 'number'
        ? formatNumber(c[0], locale, indicator.desimal)
        : (indicator.kategori?.find((k) => k.kode === c[0])?.nama ?? c[0]);
    const detail = c[3] ? ` (${fill(labels.ofTotal!, { n: c[3].split('/')[0]!, total: c[3].split('/')[1]! })})` : '';
    return `${value}${typeof c[0] === 'number' ? ` ${indicator.satuan}` : ''}${detail}`;
  };
  const colourOf = (kode: string): string => {
    const v = cell(kode)?.[0];
    if (v === null || v === undefined || !scale) return NO_DATA;
    return scale.kind === 'kategori' ? scale.colour(String(v)) : scale.colour(v as number);
  };
  const name = (kode: string) => areas.find((a) => a.kode === kode)?.nama ?? kode;

  useEffect(() => {
    const fromUrl = readState(location.search, props.initial);
    setState(fromUrl);
    fetch(`${props.dataPath}/peta/wilayah.topo.json`)
      .then((r) => r.json())
      .then((t: Topology) => setTopology(t))
      .catch(() => setTopology(null));
    let cancelled = false;
    void import('../../lib/map/leaflet-map.ts').then(async ({ createMap }) => {
      if (cancelled || !holder.current) return;
      map.current = await createMap(holder.current, {
        tiles: props.tiles,
        onActivate: (kode) => {
          location.href = `${props.regionPath}${kode}/`;
        },
        onFocus: (kode, at) => {
          setTip({ kode, ...at });
          setState((st) => (st.wilayah === kode ? st : { ...st, wilayah: kode }));
        },
        onBlur: () => setTip(null),
      });
      setTopology((t) => (t ? { ...t } : t));
    });
    return () => {
      cancelled = true;
      map.current?.destroy();
    };
  }, []);

  useEffect(() => {
    if (!indicator || values[indicator.id]) return;
    fetch(`${props.dataPath}/peta/nilai/${indicator.id}.json`)
      .then((r) => r.json())
      .then((v: MapValues) => setValues((all) => ({ ...all, [indicator.id]: v })))
      .catch(() => undefined);
  }, [indicator?.id]);

  useEffect(() => {
    history.replaceState(
      null,
      '',
      `${location.pathname}?${writeState({ ...state, indikator: indicator?.id ?? state.indikator, tahun: year })}`,
    );
  }, [state, indicator?.id, year]);

  useEffect(() => {
    if (!map.current || !topology) return;
    const object = topology.objects[state.tingkat];
    if (!object) return;
    const fc = feature(topology, object) as unknown as GeoJSON.FeatureCollection<GeoJSON.Geometry, { kode: string; nama: string }>;
    map.current.show(fc.features, colourOf, (kode) => `${name(kode)}: ${text(kode)}`, props.estimated);
    // A link with ?wilayah= reopens the tooltip of that area.
    const selected = state.wilayah ? holder.current?.querySelector(`[data-kode="${CSS.escape(state.wilayah)}"]`) : null;
    if (selected && holder.current) {
      const box = selected.getBoundingClientRect();
      const host = holder.current.getBoundingClientRect();
      setTip({ kode: state.wilayah, x: box.left - host.left + box.width / 2, y: box.top - host.top + box.height / 2 });
    }
  }, [topology, state.tingkat, indicator?.id, year, cells, map.current]);

  const tipCell = tip ? cell(tip.kode) : undefined;
  return (
    <div className="peta">
      <form className="peta-kontrol" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{labels.level}</legend>
          {(['kecamatan', 'desa'] as const).map((t) => (
            <label key={t}>
              <input
                type="radio"
                name="tingkat"
                value={t}
                checked={state.tingkat === t}
                onChange={() => setState({ ...state, tingkat: t, wilayah: '' })}
              />{' '}
              {labels[t]}
            </label>
          ))}
        </fieldset>
        <label>
          {labels.indicator}{' '}
          <select value={indicator?.id ?? ''} onChange={(e) => setState({ ...state, indikator: e.target.value })}>
            {available.map((i) => (
              <option key={i.id} value={i.id}>
                {i.nama}
              </option>
            ))}
          </select>
        </label>
        {indicator && indicator.tahun.length > 1 && (
          <label>
            {labels.year} <output>{year}</output>
            <input
              type="range"
              min={indicator.tahun[0]}
              max={indicator.tahun.at(-1)}
              step={1}
              value={year}
              onChange={(e) => setState({ ...state, tahun: Number(e.target.value) })}
              list="peta-tahun"
            />
            <datalist id="peta-tahun">
              {indicator.tahun.map((y) => (
                <option key={y} value={y} />
              ))}
            </datalist>
          </label>
        )}
      </form>
      <div className="peta-kanvas">
        <div ref={holder} className="peta-leaflet" role="region" aria-label={labels.mapLabel} />
        {tip && indicator && (
          <div className="tooltip" role="status" style={{ left: Math.max(0, tip.x - 90), top: Math.max(0, tip.y - 70) }}>
            <strong>{name(tip.kode)}</strong>
            <br />
            {indicator.nama}, {year}: {text(tip.kode)}
            {tipCell?.[2] && (
              <>
                <br />
                {labels.source}:{' '}
                {tipCell[2]
                  .split(' ')
                  .map((s) => props.sources[s] ?? s)
                  .join('; ')}
              </>
            )}
            {tipCell?.[1] && tipCell[1] !== 'disembunyikan' && (
              <>
                <br />
                {labels[`status.${tipCell[1]}`] ?? tipCell[1]}
              </>
            )}
          </div>
        )}
      </div>
      <div className="peta-legenda" aria-hidden="true">
        {scale?.kind === 'kategori' &&
          scale.legend.map((l) => (
            <span key={l.code}>
              <i style={{ background: l.colour }} /> {indicator?.kategori?.find((k) => k.kode === l.code)?.nama ?? l.code}
            </span>
          ))}
        {scale?.kind === 'angka' &&
          scale.legend.map((l) => (
            <span key={l.from}>
              <i style={{ background: l.colour }} /> {formatNumber(l.from, locale, indicator?.desimal ?? 1)}–
              {formatNumber(l.to, locale, indicator?.desimal ?? 1)}
            </span>
          ))}
        <span>
          <i className="hatch" /> {labels.missing}
        </span>
        {props.estimated && <span className="perkiraan">{labels.estimated}</span>}
      </div>
      <div className="sr-only">
        <table>
          <caption>{indicator ? `${indicator.nama}, ${year}` : ''}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.area}</th>
              <th scope="col">{labels.value}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((a) => (
              <tr key={a.kode}>
                <th scope="row">
                  <a href={`${props.regionPath}${a.kode}/`}>{a.nama}</a>
                </th>
                <td>{text(a.kode)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
