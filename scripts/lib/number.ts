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

export function parseIdNumber(raw: string): ParsedNumber {
  // Fast paths for the two shapes almost every cell has: 1234 and 53,02.
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
