/**
 * Numbers through Intl with an explicit locale.
 *
 *   formatNumber(53.02, 'id', 2)   -> '53,02'      formatNumber(53.02, 'en', 2) -> '53.02'
 *   formatNumber(91366, 'id', 0)   -> '91.366'     formatNumber(100, 'id', 2)   -> '100'
 *   formatNumber(3.2, 'id', 2)     -> '3,20'
 *
 * Whole numbers show no decimals; others show exactly the indicator's number of decimals.
 */
import type { Locale } from './i18n.ts';

const INTL_LOCALE: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, locale: Locale, decimals: number): string {
  const digits = Number.isInteger(value) ? 0 : decimals;
  const key = `${locale}|${digits}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { minimumFractionDigits: digits, maximumFractionDigits: digits });
    cache.set(key, format);
  }
  return format.format(value);
}

/** An ISO date (2025-08-08) in the locale's words: '8 Agustus 2025', '8 August 2025'; other text as it is. */
export function formatDate(iso: string, locale: Locale): string {
  if (/^\d{4}-\d{2}$/.test(iso)) return formatMonth(iso, locale); // a source that shows only its month
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** An ISO date as its month in the locale's words: 'April 2024'. */
export function formatMonth(iso: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)),
  );
}
