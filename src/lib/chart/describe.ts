/**
 * The sentence a screen reader hears for a chart, generated from the data.
 *
 *   describeTrend('IDG', points, targets, 'id', fmt)
 *   -> 'IDG naik dari 43,07 (2019) ke 53,42 (2022); target 2026: 53,45.'
 *
 * A sentence never draws a direction across a disputed value: 'IDG: 43,07 (2019) dan 53,42 (2022,
 * diperdebatkan); arah perubahannya tidak disimpulkan.'
 */
import { t, type Locale } from '../i18n.ts';
import type { ChartPointInput, TargetInput } from './trend.ts';

export function describeTrend(name: string, points: readonly ChartPointInput[], targets: readonly TargetInput[], locale: Locale): string {
  const primary = new Map<number, ChartPointInput>();
  for (const p of points) if (p.value !== null && !primary.has(p.year)) primary.set(p.year, p);
  const valued = [...primary.values()].sort((a, b) => a.year - b.year);
  const lastTarget = [...targets].sort((a, b) => a.year - b.year).pop();
  const targetPart = lastTarget ? t(locale, 'chart.desc.target', { year: lastTarget.year, value: lastTarget.text }) : '';
  if (valued.length === 0) return `${t(locale, 'chart.desc.none', { name })}${targetPart}.`;
  const first = valued[0]!;
  const last = valued[valued.length - 1]!;
  // A year is disputed when any of its values is, not only the headline one.
  const disputed = new Set(points.filter((p) => p.disputed).map((p) => p.year));
  const year = (p: ChartPointInput): string => (disputed.has(p.year) ? `${p.year}, ${t(locale, 'status.diperdebatkan')}` : String(p.year));
  if (valued.length === 1) return `${t(locale, 'chart.desc.single', { name, value: last.text, year: year(last) })}${targetPart}.`;
  if (disputed.has(first.year) || disputed.has(last.year)) {
    const pair = { name, from: first.text, fromYear: year(first), to: last.text, toYear: year(last) };
    return `${t(locale, 'chart.desc.pair', pair)}${targetPart}.`;
  }
  const key = last.value! > first.value! ? 'chart.desc.rise' : last.value! < first.value! ? 'chart.desc.fall' : 'chart.desc.flat';
  return `${t(locale, key, { name, from: first.text, fromYear: first.year, to: last.text, toYear: last.year })}${targetPart}.`;
}
