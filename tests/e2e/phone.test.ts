/**
 * Every built page on a 360 × 780 phone: nothing extends past the screen (measured on every element's
 * edges, so a clipped overflow cannot hide it), chart text is at least 12 CSS px, and no table cell is
 * narrower than its content (a long word would spill out of it).
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

  it('keeps every element inside the screen, chart text at 12 px or more, and every table cell as wide as its content', async () => {
    expect(paths.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const path of paths) {
      await s.page.goto(`${s.base}${path}`);
      const found = await s.page.evaluate(() => {
        const out: string[] = [];
        const width = document.documentElement.clientWidth;
        for (const el of document.querySelectorAll<HTMLElement>('body *')) {
          if (el.closest('.sr-only')) continue; // visually hidden text for screen readers
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
        return [...new Set(out)].slice(0, 3);
      });
      for (const f of found) problems.push(`${path}: ${f}`);
    }
    expect(problems).toEqual([]);
  }, 600_000);
});
