/** What the pipeline's stages share: the loaded inputs and the two output folders. */
import type { Catalog, Config, Source } from '../../src/model/catalog.ts';
import type { Region } from '../../src/model/region.ts';

export const TARGETS = { generated: 'src/generated', publicData: 'public/data' } as const;
export type Target = keyof typeof TARGETS;

export interface Loaded {
  config: Config;
  sources: Record<string, Source>;
  catalog: Catalog;
  regions: Map<string, Region>;
}
