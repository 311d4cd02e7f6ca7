/**
 * Writes the build's output atomically: everything goes to a staging folder first, and only a build
 * without errors swaps it into place. A failed build leaves the last good output untouched.
 *
 *   const stage = await OutputStage.create(root, { generated: 'src/generated', publicData: 'public/data' })
 *   await stage.writeJson('generated', 'catalog.json', catalog)
 *   await stage.commit()   // or stage.abort() when validation failed
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

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

  path(target: K, file: string): string {
    return join(this.stageDir, target, file);
  }

  /** Keys keep insertion order, so callers build objects in a fixed order for byte-identical output. */
  async writeJson(target: K, file: string, value: unknown): Promise<void> {
    await this.writeText(target, file, `${JSON.stringify(value, null, 1)}\n`);
  }

  async writeText(target: K, file: string, text: string): Promise<void> {
    const path = this.path(target, file);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }

  async stream(target: K, file: string): Promise<WriteStream> {
    const path = this.path(target, file);
    await mkdir(dirname(path), { recursive: true });
    return createWriteStream(path);
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

/** Resolves when everything written to the stream has reached the file. */
export function endStream(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.on('error', reject);
    stream.end(() => resolve());
  });
}

/**
 * Collects small strings and hands them to a file stream in ~1 MB pieces, waiting when the disk is
 * behind, so writing a million rows neither calls the stream a million times nor buffers it all.
 *
 *   const w = new ChunkWriter(stream); for (…) if (w.add(line)) await w.flush(); await w.close();
 */
export class ChunkWriter {
  private buffer = '';

  constructor(
    private readonly stream: WriteStream,
    private readonly limit = 1 << 20,
  ) {}

  /** Returns true when the buffer is full and `flush()` should be awaited. */
  add(text: string): boolean {
    this.buffer += text;
    return this.buffer.length >= this.limit;
  }

  async flush(): Promise<void> {
    if (this.buffer === '') return;
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.stream.write(chunk)) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }

  async close(): Promise<void> {
    await this.flush();
    await endStream(this.stream);
  }
}
