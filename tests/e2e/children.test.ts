/**
 * The "Untuk Anak" pages as built: readable by a 12-year-old (sentences of 12 words or fewer on
 * average, every acronym explained where the page uses it), figures from the data with their source,
 * no violence figure, nothing collected, and the help contacts of the configured region.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './harness.ts';

const site = JSON.parse(readFileSync(join(DIST, '..', 'src', 'generated', 'site.json'), 'utf8')) as {
  kekerasan: { bantuan: Array<{ nama: string; telepon?: string }> };
};
const PAGES = ['', 'desaku/', 'angka/', 'forum-anak/', 'bantuan/'].flatMap((p) => [`untuk-anak/${p}`, `en/untuk-anak/${p}`]);

const main = (path: string) => /<main[^>]*>([\s\S]*)<\/main>/.exec(readFileSync(join(DIST, path, 'index.html'), 'utf8'))![1]!;
const words = (html: string) =>
  html
    .replace(/<\/(p|li|h\d|dt|dd)>/g, '. ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;|&#39;|&amp;/g, ' ')
    .replace(/\s+/g, ' ');

describe('Untuk Anak', () => {
  it.each(PAGES)('%s reads at a 12-year-old level: short sentences, no unexplained acronym', (path) => {
    const body = words(main(path));
    const sentences = body
      .split(/[.!?:](?:\s|$)/)
      .map((s) =>
        s
          .trim()
          .split(/\s+/)
          .filter((w) => /\p{L}/u.test(w)),
      )
      .filter((s) => s.length > 0);
    const average = sentences.reduce((n, s) => n + s.length, 0) / sentences.length;
    expect(average, path).toBeLessThanOrEqual(12);
    // An acronym is explained where it appears: "Kabupaten Layak Anak (KLA)" or "SAPA 129 (Sahabat …)".
    for (const acronym of new Set(body.match(/\b[A-Z]{2,}\b/g) ?? [])) {
      expect(new RegExp(`\\(${acronym}\\)|\\b${acronym}\\b[^(.]{0,8}\\(`).test(body), `${path}: ${acronym}`).toBe(true);
    }
  });

  it('shows each figure with its source, and no violence figure', () => {
    const desa = words(main('untuk-anak/desaku/'));
    expect(desa).toMatch(
      /Tahun 2022, 22 dari 49 desa dan kelurahan di Kabupaten Belitung sudah Layak Anak\.+ Sumber: Rencana Strategis Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Belitung 2024–2026, Tabel 2\.22/,
    );
    expect(words(main('untuk-anak/angka/'))).toMatch(/Tahun \d{4}, Kabupaten Belitung mendapat tingkat \w+\.+ (.* )?Sumber: /);
    for (const path of PAGES) expect(words(main(path)), path).not.toMatch(/\d+\s+(kasus|cases)\b|kekerasan\s+\d|violence\s+\d/i);
  });

  it('collects nothing and embeds nothing from another site', () => {
    for (const path of PAGES) {
      const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
      expect(html, path).not.toMatch(/<form|<iframe|<script[^>]+src="https?:/);
    }
  });

  it('names the configured help contacts, each with a way to reach it', () => {
    const help = main('untuk-anak/bantuan/');
    for (const b of site.kekerasan.bantuan) expect(help).toContain(b.nama.replace(/&/g, '&amp;'));
    expect(help).toMatch(/href="tel:129"/);
  });

  it('offers the headline figure as a picture to share', () => {
    expect(readFileSync(join(DIST, 'untuk-anak/desaku/index.html'), 'utf8')).toMatch(/<a href="\/og\/untuk-anak\/desaku\.png" download>/);
    expect(readFileSync(join(DIST, 'og/untuk-anak/desaku.png')).subarray(1, 4).toString()).toBe('PNG');
  });
});
