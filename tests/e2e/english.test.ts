/**
 * English without gaps, read from dist/: Indonesian that exists only in Indonesian (source titles, their
 * lines, data notes) is marked lang="id" and labelled; counts take the right number; no Indonesian
 * interface word is left unmarked on an English page.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './harness.ts';

const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<head>[\s\S]*?<\/head>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&quot;|&amp;/g, ' ')
    .replace(/\s+/g, ' ');

/** The page without the elements marked as Indonesian (and everything inside them). */
function withoutIndonesian(html: string): string {
  const VOID = /^(area|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;
  const stack: boolean[] = [];
  let out = '';
  let at = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)\b[^>]*?(\/?)>/g)) {
    if (!stack.includes(true)) out += html.slice(at, m.index);
    at = m.index + m[0].length;
    const [tag, closing, name, selfClosing] = m;
    if (closing) stack.pop();
    else if (!VOID.test(name!) && !selfClosing) stack.push(stack.at(-1) === true || /\blang="id"/.test(tag));
    if (!stack.includes(true)) out += ' ';
  }
  return out + html.slice(at);
}

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? pages(path) : name === 'index.html' ? [path] : [];
  });
}

describe('English pages', () => {
  it('mark source titles, lines and notes as Indonesian on an indicator page, and say so', () => {
    const html = readFileSync(join(DIST, 'en/indikator/idg/index.html'), 'utf8');
    expect(html).toMatch(
      /<span lang="id">Renstra Dinas Sosial PPPA 2024–2026, Tabel 2\.6 [^<]*<span class="note"> \(baris 2399–2400\)<\/span><\/span>/,
    );
    expect(text(html)).toContain('Source titles and technical notes are in Indonesian, as their sources publish them.');
    expect(text(readFileSync(join(DIST, 'indikator/idg/index.html'), 'utf8'))).not.toContain('Judul sumber dan catatan teknis');
  });

  it('count in the right number', () => {
    const page = text(readFileSync(join(DIST, 'en/opd/index.html'), 'utf8'));
    expect(page).toContain('Belitung Police (1 element)');
    expect(page).toContain('Statistics Indonesia (10 elements)');
    expect(page).not.toMatch(/\b1 elements\b/);
  });

  it('leave no Indonesian word unmarked outside code examples', () => {
    // Words of running Indonesian that no English sentence, name or code uses.
    const words = /\b(baris|belum|menurut|dengan|yang|untuk|tidak|dipotong|sumber terbaru)\b/i;
    const found: string[] = [];
    for (const file of pages(join(DIST, 'en'))) {
      const path = relative(DIST, file);
      if (path.startsWith('en/embed/')) continue;
      const source = readFileSync(file, 'utf8')
        .replace(/<script[\s\S]*?<\/script>/g, ' ')
        .replace(/<pre[\s\S]*?<\/pre>/g, ' ');
      const html = withoutIndonesian(source);
      // Addresses (…/untuk-anak/) are names, not words.
      const plain = text(html).replace(/https?:\/\/\S+/g, ' ');
      const m = words.exec(plain);
      if (m) found.push(`${path}: …${plain.slice(Math.max(0, m.index - 60), m.index + 40)}…`);
    }
    expect(found).toEqual([]);
  });
});
