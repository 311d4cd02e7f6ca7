import { describe, expect, it } from 'vitest';
import { previewAlt, previewCard, type PreviewCard } from '../../src/lib/preview.ts';

// An invented card: the figure and names are test fixtures, not data.
const card: PreviewCard = {
  title: 'Indikator <uji> & contoh dengan nama yang cukup panjang untuk dipotong menjadi dua baris atau lebih',
  subtitle: 'Kabupaten Contoh, 2024',
  value: '12,5',
  flag: 'sementara',
  sentence: 'Targetnya 10: melampaui target.',
  source: 'Sumber: Dokumen Uji, Tabel 1',
  site: 'SIGA Contoh',
  address: 'siga.contoh.go.id/indikator/uji/',
};

describe('preview picture', () => {
  it('writes the title, the figure with its flag, the sentence, the source and the address, escaped', () => {
    const svg = previewCard(card);
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
    for (const part of [
      '12,5',
      'sementara',
      'Targetnya 10: melampaui target.',
      'Sumber: Dokumen Uji, Tabel 1',
      'SIGA Contoh',
      'siga.contoh.go.id/indikator/uji/',
    ])
      expect(svg).toContain(`>${part}</text>`);
    expect(svg).toContain('Indikator &lt;uji&gt; &amp; contoh');
    expect(svg).not.toContain('<uji>');
    // A long title takes at most two lines, the second cut with an ellipsis.
    const titleLines = [...svg.matchAll(/font-size="46"[^>]*>([^<]*)</g)].map((m) => m[1]!);
    expect(titleLines).toHaveLength(2);
    expect(titleLines[1]!.endsWith('…')).toBe(true);
  });

  it('says what is missing in place of a figure, and in the alternative text', () => {
    const none = { ...card, value: null, flag: '', sentence: 'Data belum tersedia untuk Kabupaten Contoh.' };
    expect(previewCard(none)).toContain('>Data belum tersedia untuk Kabupaten Contoh.</text>');
    expect(previewAlt(none)).toBe(`${card.title} — Kabupaten Contoh, 2024: Data belum tersedia untuk Kabupaten Contoh.`);
    expect(previewAlt(card)).toBe(`${card.title} — Kabupaten Contoh, 2024: 12,5 (sementara)`);
  });
});
