/**
 * The layer rules hold on the repository, and the checks catch a crossing planted in a scratch copy.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from './helpers.ts';
import { browserProblems, layerProblems, specifiers } from './layers.ts';

describe('layers', () => {
  it('reads every kind of import a file can make', () => {
    const text = [
      "import a from './a.ts';",
      "import type { B } from '../b.ts';",
      "import './c.ts';",
      "export { d } from './d.ts';",
      "const e = await import('./e.ts');",
      "const f = import.meta.glob<{ default: unknown }>('../generated/values/*.json');",
    ].join('\n');
    expect(specifiers(text)).toEqual(['./a.ts', '../b.ts', './c.ts', './d.ts', './e.ts', '../generated/values/*.json']);
  });

  it('holds in the repository: no import crosses a layer, no build code reaches the browser', () => {
    expect(layerProblems(REPO)).toEqual([]);
    expect(browserProblems(REPO)).toEqual([]);
  });

  describe('in a scratch copy with planted crossings', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'siga-layers-'));
    cpSync(join(REPO, 'src'), join(scratch, 'src'), { recursive: true, filter: (p) => !p.includes('generated') });
    cpSync(join(REPO, 'scripts'), join(scratch, 'scripts'), { recursive: true });
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));

    it('catches build code imported by browser code, through a helper it imports', () => {
      appendFileSync(
        join(scratch, 'src/lib/format.ts'),
        "\nimport { formatIssue } from '../../scripts/lib/issues.ts';\nexport const planted = formatIssue;\n",
      );
      expect(browserProblems(scratch)).toContain('src/lib/format.ts puts build code scripts/lib/issues.ts into the browser bundle');
      expect(layerProblems(scratch)).toContain('src/lib/format.ts imports scripts/lib/issues.ts (the site never imports scripts/)');
    });

    it('catches a Node module in a <script> block of a component', () => {
      appendFileSync(
        join(scratch, 'src/components/CatalogPage.astro'),
        "\n<script>\n  import { readFileSync } from 'node:fs';\n  console.log(readFileSync);\n</script>\n",
      );
      expect(browserProblems(scratch)).toContain('src/components/CatalogPage.astro loads the Node module node:fs in the browser');
    });

    it('catches the model importing the site, and the lower build layer importing an upper one', () => {
      appendFileSync(join(scratch, 'src/model/row.ts'), "\nimport type { Locale } from '../lib/i18n.ts';\n");
      appendFileSync(join(scratch, 'scripts/lib/issues.ts'), "\nimport type { Plan } from '../stages/read.ts';\n");
      appendFileSync(join(scratch, 'scripts/stages/site.ts'), "\nimport { t } from '../../src/lib/i18n.ts';\n");
      const problems = layerProblems(scratch);
      expect(problems).toContain('src/model/row.ts imports src/lib/i18n.ts (src/model/ imports neither the site nor the build)');
      expect(problems).toContain(
        'scripts/lib/issues.ts imports scripts/stages/read.ts (scripts/lib/ never imports scripts/datasets/ or scripts/stages/)',
      );
      expect(problems).toContain('scripts/stages/site.ts imports src/lib/i18n.ts (the build imports only src/model/ from src/)');
    });
  });
});
