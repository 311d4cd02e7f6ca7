/**
 * Every built page on a 360 × 780 phone: nothing extends past the screen (measured on every element's
 * edges, so a clipped overflow cannot hide it), chart text is at least 12 CSS px, no table cell is
 * narrower than its content (a long word would spill out of it), every control (select, button, text
 * field, checkbox and radio with their label, menu link, tab, fold-out summary) is at least 44 px high,
 * and form text is at least 16 px (smaller makes a phone zoom in on focus).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { DIST, describeBrowser, useSession } from './harness.ts';

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? pages(path) : name === 'index.html' ? [path] : [];
  });
}

describeBrowser('every page on a 360 px phone', () => {
  const s = useSession({ width: 360, height: 780 });
  const paths = pages(DIST).map((p) => `/${relative(DIST, p).replace(/index\.html$/, '')}`);

  it('keeps every element inside the screen, chart text at 12 px or more, every table cell as wide as its content, and controls 44 px high with 16 px text', async () => {
    expect(paths.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const path of paths) {
      await s.page.goto(`${s.base}${path}`);
      // The map explorer draws its map (and Leaflet's zoom buttons) after the page has loaded.
      if (path.endsWith('/peta/')) await s.page.locator('.peta-leaflet [data-kode]').first().waitFor({ timeout: 15_000 });
      const found = await s.page.evaluate(() => {
        const out: string[] = [];
        const width = document.documentElement.clientWidth;
        for (const el of document.querySelectorAll<HTMLElement>('body *')) {
          if (el.closest('.sr-only')) continue; // visually hidden text for screen readers
          // Leaflet draws its panes larger than the map so it can pan; the map box itself is measured.
          if (el.parentElement?.closest('.leaflet-container')) continue;
          const box = el.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) continue;
          if (box.right <= 0) continue; // moved out of sight on purpose (the skip link until it is focused)
          if (box.right > width + 0.5) out.push(`${el.tagName.toLowerCase()} extends to ${Math.round(box.right)} px`);
          if ((el.tagName === 'TD' || el.tagName === 'TH') && el.scrollWidth > el.clientWidth + 1)
            out.push(`cell "${el.textContent?.trim().slice(0, 30)}" narrower than its content`);
        }
        for (const text of document.querySelectorAll<SVGTextElement>('svg text')) {
          const svg = text.ownerSVGElement!;
          const shown = svg.getBoundingClientRect();
          if (shown.width === 0 || text.getBoundingClientRect().height === 0 || !svg.viewBox.baseVal?.width) continue;
          const px = parseFloat(getComputedStyle(text).fontSize) * (shown.width / svg.viewBox.baseVal.width);
          if (px < 11.95) out.push(`chart text "${text.textContent}" at ${px.toFixed(1)} px`);
        }
        // Touch and type. Controls the page script has not shown yet (hidden) have no box and are skipped.
        const controls = document.querySelectorAll<HTMLElement>(
          'select, button, textarea, input, [role="button"], .site-header nav a, .tabs a, summary',
        );
        for (const el of controls) {
          const box = el.getBoundingClientRect();
          if (box.width === 0 || box.height === 0 || el.closest('.sr-only')) continue;
          const name = `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || (el as HTMLInputElement).name || '').trim().slice(0, 24)}"`;
          const kind = (el as HTMLInputElement).type;
          const target = kind === 'checkbox' || kind === 'radio' ? (el.closest('label') ?? el) : el;
          if (target.getBoundingClientRect().height < 43.5)
            out.push(`${name} is ${Math.round(target.getBoundingClientRect().height)} px high`);
          if (
            el.matches('select, input, textarea') &&
            kind !== 'checkbox' &&
            kind !== 'radio' &&
            kind !== 'range' &&
            parseFloat(getComputedStyle(el).fontSize) < 16
          )
            out.push(`${name} has ${getComputedStyle(el).fontSize} text`);
        }
        return [...new Set(out)].slice(0, 3);
      });
      for (const f of found) problems.push(`${path}: ${f}`);
    }
    expect(problems).toEqual([]);
  }, 600_000);
});
