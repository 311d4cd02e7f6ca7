/**
 * Worker threads for large builds: indicators that stand on their own (no other indicator is computed
 * from them, no violence data, not computed themselves) are read, derived and written on the
 * machine's other cores, each with the same stage functions as the main thread (fast/worker.ts). Each worker writes its files into the same staging
 * folder; the main thread takes the results in catalog order, so the log and the output are the same as
 * in a single-thread build.
 *
 *   const { pool, jobs } = startWorkers(['idg', 'ipg'], valuesDir, undefined)   // they start up meanwhile
 *   pool?.setup({ loaded, stage: stage.handle(), valuesDir })                  // then they read
 *   const result = await jobs.get('idg')   // { id, rows, summary, map, log }
 *   await pool?.close()
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { MapIndexEntry } from '../../src/model/map-values.ts';
import type { Summary } from '../../src/model/summary.ts';
import type { Changes } from '../lib/changes.ts';
import type { IssueSnapshot } from '../lib/issues.ts';
import type { StageHandle } from '../lib/output.ts';
import type { LineCounts } from '../stages/read.ts';
import type { Loaded, Target } from '../stages/types.ts';
import { packRegions, type PackedRegions } from './region-columns.ts';

export interface WorkerSetup {
  loaded: Loaded;
  stage: StageHandle<Target>;
  valuesDir: string;
}

/** The setup as it travels: the regions packed in columns (see packRegions). */
export interface PackedSetup extends Omit<WorkerSetup, 'loaded'> {
  loaded: Omit<Loaded, 'regions'> & { regions: PackedRegions };
}

export interface WorkerTask {
  id: string;
}

export interface WorkerResult {
  id: string;
  rows: number;
  lines: LineCounts;
  /** Null when nothing was written (the file had errors, or write was false). */
  summary: Summary | null;
  map: MapIndexEntry | null;
  changes: Changes | null;
  log: IssueSnapshot;
}

interface Slot {
  worker: Worker;
  busy: { task: WorkerTask; resolve: (r: WorkerResult) => void; reject: (e: Error) => void } | null;
}

/**
 * Starts a pool for the given value files and queues them all, or starts none (`pool` null) when
 * `requested` is 0 or, by default, when the files add up to less than 64 MB (a pool costs a few hundred
 * milliseconds to start) or the machine has one core. The workers start up at once and read once they
 * have their setup (`pool.setup`). Each job's rejection is awaited by whoever takes the job.
 */
export function startWorkers(
  ids: readonly string[],
  valuesDir: string,
  requested: number | undefined,
): { pool: WorkerPool | null; jobs: Map<string, Promise<WorkerResult>> } {
  const sizes = ids.map((id) => statSync(join(valuesDir, `${id}.csv`)).size);
  const bytes = sizes.reduce((sum, size) => sum + size, 0);
  // One worker per core, at most 4; none on a single core, where a worker only adds its start-up.
  const cores = availableParallelism();
  const wanted = requested === undefined ? (bytes >= 64 * 2 ** 20 && cores > 1 ? Math.min(cores, 4) : 0) : Math.floor(requested) || 0;
  const threads = Math.max(0, Math.min(wanted, ids.length));
  const jobs = new Map<string, Promise<WorkerResult>>();
  if (threads <= 0) return { pool: null, jobs };
  const pool = WorkerPool.start(threads, heapLimitMb(Math.max(...sizes)));
  for (const id of ids) {
    const job = pool.run({ id });
    job.catch(() => undefined); // taken later, in catalog order: no unhandled rejection meanwhile
    jobs.set(id, job);
  }
  return { pool, jobs };
}

/**
 * A worker's heap limit for files of up to `largest` bytes: an indicator's rows take about four times
 * its file in memory, so ten times leaves room to spare. Without a limit each worker's heap grows to
 * several times what it holds before it collects, and a national build's workers together pass
 * 1.5 GB; with it they collect sooner. 40 MB files (83,763 desa × 10 years) -> 400 MB.
 */
/**
 * A worker's young generation: rows that are held survive it anyway, so a small one costs nothing in
 * copying and leaves the memory to the old generation (measured: 36–46 s at 48 MB, 38–48 s at 192 MB).
 */
const YOUNG_HEAP_MB = 48;

export function heapLimitMb(largest: number): number {
  return Math.max(384, Math.ceil((largest * 10) / 2 ** 20));
}

export class WorkerPool {
  private readonly queue: Array<NonNullable<Slot['busy']>> = [];

  private constructor(private readonly slots: Slot[]) {}

  get size(): number {
    return this.slots.length;
  }

  static start(count: number, heapMb: number): WorkerPool {
    const slots: Slot[] = [];
    const pool = new WorkerPool(slots);
    for (let i = 0; i < count; i++) {
      // execArgv [] : the entry registers the TypeScript loader itself (also under vitest).
      const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), {
        execArgv: [],
        resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: YOUNG_HEAP_MB },
      });
      const slot: Slot = { worker, busy: null };
      worker.on('message', (msg: WorkerResult | { id: string; error: string }) => {
        const job = slot.busy!;
        slot.busy = null;
        if ('error' in msg) job.reject(new Error(`worker, ${msg.id}: ${msg.error}`));
        else job.resolve(msg);
        pool.next();
      });
      // A worker that crashed or stopped is gone: fail what it held and everything still queued (the build stops).
      const gone = (err: Error): void => {
        slot.busy?.reject(err);
        slot.busy = null;
        for (const job of pool.queue.splice(0)) job.reject(err);
      };
      worker.on('error', gone);
      worker.on('exit', (code) => {
        if (slot.busy || pool.queue.length > 0) gone(new Error(`worker thread stopped (exit code ${code}) before its work was done`));
      });
      slots.push(slot);
    }
    return pool;
  }

  /** What every worker needs before its first file; tasks sent earlier wait for it in the worker. */
  setup(setup: WorkerSetup): void {
    const packed: PackedSetup = { ...setup, loaded: { ...setup.loaded, regions: packRegions(setup.loaded.regions) } };
    for (const slot of this.slots) slot.worker.postMessage({ setup: packed });
  }

  run(task: WorkerTask): Promise<WorkerResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.next();
    });
  }

  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new Error('worker pool closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private next(): void {
    for (const slot of this.slots) {
      if (slot.busy || this.queue.length === 0) continue;
      slot.busy = this.queue.shift()!;
      slot.worker.postMessage(slot.busy.task);
    }
  }
}
