/**
 * What `npm run wilayah` writes into data/config.yml for a new region until its Dinas fills it in, and
 * the build's refusal to publish while any of it is left: text beginning "ISI:" and addresses such as
 * https://isi-situs-dinas.invalid (the reserved .invalid domain). So another kabupaten's portal never
 * shows Belitung's office as its help.
 *
 *   placeholderProblems(config) -> [{ column: 'portal.penyelenggara.id', value: 'ISI: …', … }]
 */
import type { Config } from '../../src/model/catalog.ts';

export const FILL_MARK = 'ISI:';
export const FILL_DOMAIN = '.invalid';

export function isPlaceholder(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (value.trim().startsWith(FILL_MARK)) return true;
  try {
    const host = new URL(value).hostname;
    return host.startsWith('isi-') && host.endsWith(FILL_DOMAIN);
  } catch {
    return false;
  }
}

/** Every unfilled value of the configuration, by its field. */
export function placeholderProblems(config: Config): Array<{ column: string; value: string; rule: string; message: string }> {
  const out: Array<{ column: string; value: string; rule: string; message: string }> = [];
  const walk = (value: unknown, path: string): void => {
    if (isPlaceholder(value))
      out.push({
        column: path,
        value: String(value),
        rule: 'isi-konfigurasi',
        message:
          'Isian ini belum diisi Dinas (ditulis `npm run wilayah` untuk wilayah baru). Ganti dengan data yang sudah diperiksa sebelum portal diterbitkan.',
      });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}.${i}`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(config, '');
  return out;
}
