/**
 * Writes the build's output atomically: everything goes to a staging folder first, and only a build
 * without errors swaps it into place. A failed build leaves the last good output untouched.
 *
 *   const stage = await OutputStage.create(root, { generated: 'src/generated', publicData: 'public/data' })
 *   await stage.writeJson('generated', 'catalog.json', catalog)
 *   await stage.commit()   // or stage.abort() when validation failed
 */
import { copyFile, link, mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { FileWriter } from '../fast/file-writer.ts';

export interface StageHandle<K extends string> {
  stageDir: string;
  oldDir: string;
  targets: Record<K, string>;
}

export class OutputStage<K extends string> {
  private constructor(
    private readonly stageDir: string,
    private readonly oldDir: string,
    private readonly targets: Record<K, string>,
  ) {}

  static async create<K extends string>(root: string, targets: Record<K, string>): Promise<OutputStage<K>> {
    const stageDir = join(root, '.build-tmp', `${process.pid}-${Date.now()}`);
    await mkdir(stageDir, { recursive: true });
    for (const name of Object.keys(targets)) await mkdir(join(stageDir, name), { recursive: true });
    const absolute = Object.fromEntries(Object.entries(targets).map(([k, v]) => [k, join(root, v as string)])) as Record<K, string>;
    return new OutputStage(stageDir, join(root, '.build-old', `${process.pid}-${Date.now()}`), absolute);
  }

  /** What another thread needs to write into the same staging folder (see `attach`). */
  handle(): StageHandle<K> {
    return { stageDir: this.stageDir, oldDir: this.oldDir, targets: this.targets };
  }

  /** The staging folder of another thread's stage: for writing only; the owner commits or aborts. */
  static attach<K extends string>(handle: StageHandle<K>): OutputStage<K> {
    return new OutputStage(handle.stageDir, handle.oldDir, handle.targets);
  }

  path(target: K, file: string): string {
    return join(this.stageDir, target, file);
  }

  /** Where the file of the last successful build is (it stays there until commit). */
  published(target: K, file: string): string {
    return join(this.targets[target], file);
  }

  /** Keys keep insertion order, so callers build objects in a fixed order for byte-identical output. */
  async writeJson(target: K, file: string, value: unknown): Promise<void> {
    await this.writeText(target, file, `${JSON.stringify(value, null, 1)}\n`);
  }

  async writeText(target: K, file: string, text: string | Uint8Array): Promise<void> {
    const path = this.path(target, file);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }

  /**
   * Puts a file already staged at another place in the stage too: a hard link where the file system
   * allows one (the bytes are not written twice), else a copy.
   */
  async copy(fromTarget: K, from: string, toTarget: K, to: string): Promise<void> {
    const path = this.path(toTarget, to);
    await mkdir(dirname(path), { recursive: true });
    await link(this.path(fromTarget, from), path).catch(() => copyFile(this.path(fromTarget, from), path));
  }

  /** A synchronous writer for a large file in the staging folder. */
  writer(target: K, file: string): FileWriter {
    return new FileWriter(this.path(target, file));
  }

  async commit(): Promise<void> {
    await mkdir(this.oldDir, { recursive: true });
    for (const [name, finalPath] of Object.entries(this.targets) as Array<[K, string]>) {
      await mkdir(dirname(finalPath), { recursive: true });
      const previous = join(this.oldDir, name);
      await rename(finalPath, previous).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      });
      await rename(join(this.stageDir, name), finalPath);
    }
    await rm(this.oldDir, { recursive: true, force: true });
    await this.cleanup();
  }

  async abort(): Promise<void> {
    await this.cleanup();
  }

  private async cleanup(): Promise<void> {
    await rm(this.stageDir, { recursive: true, force: true });
    for (const dir of [join(this.stageDir, '..'), join(this.oldDir, '..')]) await rmdir(dir).catch(() => undefined);
  }
}
