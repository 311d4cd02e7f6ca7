/**
 * One worker thread of the pipeline (see pool.ts): builds the indicators it is sent into the shared
 * staging folder, one at a time, with the same read, derive and write stages as the main thread, and
 * answers with what the main thread needs to finish the build. Its setup (what the main thread loaded)
 * comes as the first message; a task sent before it waits.
 */
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { Indicator } from '../../src/model/catalog.ts';
import { IssueLog } from '../lib/issues.ts';
import { OutputStage } from '../lib/output.ts';
import { protectedRows, publishedRows } from '../stages/derive.ts';
import { readValueFile } from '../stages/read.ts';
import type { Target } from '../stages/types.ts';
import { writeIndicator } from '../stages/write.ts';
import type { PackedSetup, WorkerResult, WorkerSetup, WorkerTask } from './pool.ts';
import { unpackRegions } from './region-columns.ts';

interface Context {
  setup: WorkerSetup;
  stage: OutputStage<Target>;
  byId: Map<string, Indicator>;
}

let setupArrived: (packed: PackedSetup) => void = () => undefined;
const ready = new Promise<Context>((resolve) => {
  setupArrived = (packed) => {
    const setup: WorkerSetup = { ...packed, loaded: { ...packed.loaded, regions: unpackRegions(packed.loaded.regions) } };
    resolve({ setup, stage: OutputStage.attach(setup.stage), byId: new Map(setup.loaded.catalog.indikator.map((ind) => [ind.id, ind])) });
  };
});

async function run(task: WorkerTask): Promise<WorkerResult> {
  const { setup, stage, byId } = await ready;
  const { loaded, valuesDir } = setup;
  const ind = byId.get(task.id)!;
  const log = new IssueLog();
  const lines = { lines: 0, blank: 0, quotedBreaks: 0 };
  const rows = await readValueFile(join(valuesDir, `${ind.id}.csv`), ind, loaded, log, lines);
  if (log.hasErrors) return { id: ind.id, rows: rows.length, lines, summary: null, map: null, changes: null, log: log.snapshot() };
  const published = publishedRows(protectedRows(rows, ind, loaded, { violence: [], log }), ind, loaded, new Map());
  const { summary, map, changes } = await writeIndicator(stage, ind, published, loaded);
  return { id: ind.id, rows: rows.length, lines, summary, map, changes, log: log.snapshot() };
}

// The pool sends a task only to an idle worker, so tasks never overlap here.
parentPort!.on('message', (message: WorkerTask | { setup: PackedSetup }) => {
  if ('setup' in message) return setupArrived(message.setup);
  run(message).then(
    (result) => parentPort!.postMessage(result),
    (err: unknown) => parentPort!.postMessage({ id: message.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
  );
});
