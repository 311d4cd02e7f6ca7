/**
 * Parses a number as Indonesian spreadsheets write it.
 *
 *   "53,02" -> 53.02   "91.366" -> 91366   "Rp48.637.842" -> 48637842   "36,50%" -> 36.5
 *   "1.234,5" -> 1234.5   "53.02" -> 53.02 (a dot not followed by groups of 3 digits is a decimal point)
 *
 * Rules: a comma is the decimal separator; dots followed by groups of exactly three digits are thousands
 * separators. Where both appear, the last one is the decimal separator. "Rp", "%", spaces and
 * non-breaking spaces are ignored. Anything else is rejected with a reason a person can act on.
 */
export type ParsedNumber = { ok: true; value: number } | { ok: false; reason: string };

const THOUSANDS_DOTS = /^-?\d{1,3}(\.\d{3})+$/;
const PLAIN = /^-?\d+(\.\d+)?$/;

const INTEGER = /^-?\d{1,15}$/;
const COMMA_DECIMAL = /^-?\d{1,15},\d{1,15}$/;

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The two shapes almost every cell has, 1234 and 53,02 (optionally negative, at most 15 digits in all),
 * read without a regular expression or a new string; NaN for anything else. The digits make an exact
 * integer below 2^53 and dividing it by an exact power of ten rounds once, so the result is the
 * double that Number("53.02") gives.
 */
export function parsePlainIdNumber(raw: string): number {
  const n = raw.length;
  let i = raw.charCodeAt(0) === 45 ? 1 : 0; // '-'
  if (i === n || n - i > 16) return NaN;
  let m = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits += 1;
      if (decimals >= 0) decimals += 1;
    } else if (c === 44 && decimals < 0 && digits > 0) {
      decimals = 0; // ','
    } else {
      return NaN;
    }
  }
  if (digits > 15 || decimals === 0) return NaN;
  const value = decimals > 0 ? m / POW10[decimals]! : m;
  return raw.charCodeAt(0) === 45 ? -value : value;
}

export function parseIdNumber(raw: string): ParsedNumber {
  const plain = parsePlainIdNumber(raw);
  if (!Number.isNaN(plain)) return { ok: true, value: plain };
  // The same two shapes with more digits than the fast path takes.
  if (INTEGER.test(raw)) return { ok: true, value: Number(raw) };
  if (COMMA_DECIMAL.test(raw)) return { ok: true, value: Number(raw.replace(',', '.')) };
  let text = raw.replace(/[\s\u00a0]/g, '');
  if (/^rp/i.test(text)) text = text.slice(2);
  else if (/^-rp/i.test(text)) text = '-' + text.slice(3);
  if (text.endsWith('%')) text = text.slice(0, -1);
  if (text === '') return { ok: false, reason: 'kosong' };
  if (text.startsWith('+')) text = text.slice(1);
  // U+2212 (minus sign) and en dash as minus are what word processors paste.
  text = text.replace(/^[\u2212\u2013]/, '-');

  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let normalised: string;
  if (lastComma >= 0 && lastDot >= 0) {
    if (lastComma > lastDot) {
      // 1.234,5 : dots group thousands, comma is the decimal separator
      const [int, frac, extra] = text.split(',');
      if (extra !== undefined || !THOUSANDS_DOTS.test(int ?? '')) return invalid();
      normalised = `${(int ?? '').replace(/\./g, '')}.${frac}`;
    } else {
      // 1,234.5 : English style, commas group thousands
      const [int, frac, extra] = text.split('.');
      if (extra !== undefined || !/^-?\d{1,3}(,\d{3})+$/.test(int ?? '')) return invalid();
      normalised = `${(int ?? '').replace(/,/g, '')}.${frac}`;
    }
  } else if (lastComma >= 0) {
    const parts = text.split(',');
    if (parts.length !== 2) return invalid();
    normalised = `${parts[0]}.${parts[1]}`;
  } else if (lastDot >= 0 && THOUSANDS_DOTS.test(text)) {
    normalised = text.replace(/\./g, '');
  } else {
    normalised = text;
  }
  if (!PLAIN.test(normalised)) return invalid();
  const value = Number(normalised);
  if (!Number.isFinite(value)) return { ok: false, reason: 'terlalu besar' };
  return { ok: true, value };
}

function invalid(): ParsedNumber {
  return { ok: false, reason: 'bukan angka' };
}

/** One way to read a cell: the number, and whether it took a dot as the decimal point (English style). */
export interface Reading {
  value: number;
  dotDecimal: boolean;
}

/**
 * Every way a cell can be read. A cell of digits and dots alone is ambiguous: "91.366" is 91366 with a
 * thousands dot or 91.366 with a decimal dot, and the indicator decides (a count is whole, a value lies
 * in its range). A thousands group never starts with 0, so "0.379" is only 0.379; "53.42" has no
 * group of three, so only 53.42. A rupiah amount ("Rp1.200") is read the Indonesian way. Every other
 * shape has one reading (parseIdNumber), or none.
 *
 *   numberReadings('91.366') -> [{ value: 91366, dotDecimal: false }, { value: 91.366, dotDecimal: true }]
 *   numberReadings('0.379')  -> [{ value: 0.379, dotDecimal: true }]
 *   numberReadings('53,02')  -> [{ value: 53.02, dotDecimal: false }]
 */
export function numberReadings(raw: string): Reading[] {
  const plain = parsePlainIdNumber(raw);
  if (!Number.isNaN(plain)) return [{ value: plain, dotDecimal: false }];
  const core = raw.replace(/[\s\u00a0%]/g, '').replace(/^(-?)rp/i, '$1');
  // Rupiah are written the Indonesian way: "Rp1.200" is twelve hundred.
  if (/^-?rp/i.test(raw.trim())) {
    const parsed = parseIdNumber(raw);
    return parsed.ok ? [{ value: parsed.value, dotDecimal: false }] : [];
  }
  if (/^-?\d+(\.\d+)+$/.test(core)) {
    const readings: Reading[] = [];
    if (THOUSANDS_DOTS.test(core) && !/^-?0\./.test(core)) readings.push({ value: Number(core.replace(/\./g, '')), dotDecimal: false });
    if (/^-?\d+\.\d+$/.test(core)) readings.push({ value: Number(core), dotDecimal: true });
    return readings;
  }
  const parsed = parseIdNumber(raw);
  return parsed.ok ? [{ value: parsed.value, dotDecimal: /^-?\d{1,3}(,\d{3})+\.\d+$/.test(core) }] : [];
}

/**
 * The decimal mark a cell was written with, given the value it was read as: ',' (Indonesian), '.'
 * (English), or null for a whole number without one. "53,02" -> ','; "0.379" read as 0.379 -> '.';
 * "91.366" read as 91366 -> null.
 */
export function decimalMark(raw: string, value: number): ',' | '.' | null {
  const reading = numberReadings(raw).find((r) => r.value === value);
  if (!reading) return null;
  if (reading.dotDecimal) return '.';
  return /\d,\d/.test(raw) ? ',' : null;
}
