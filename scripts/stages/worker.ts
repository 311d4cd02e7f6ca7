/**
 * One worker thread of the pipeline (see pool.ts): streams the value files it is sent into the shared
 * staging folder, one at a time, and answers with what the main thread needs to finish the build.
 */
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { IssueLog } from '../lib/issues.ts';
import { OutputStage } from '../lib/output.ts';
import { IndicatorOutput } from './publish.ts';
import type { WorkerResult, WorkerSetup, WorkerTask } from './pool.ts';
import { streamIndicator } from './values.ts';

const setup = workerData as WorkerSetup;
const stage = OutputStage.attach(setup.stage);
const byId = new Map(setup.loaded.catalog.indikator.map((ind) => [ind.id, ind]));
const sourceIds = new Set(Object.keys(setup.loaded.sources));

async function run(task: WorkerTask): Promise<WorkerResult> {
  const ind = byId.get(task.id)!;
  const log = new IssueLog();
  const out = task.write ? new IndicatorOutput(stage, ind, setup.loaded) : null;
  const rows = await streamIndicator(join(setup.valuesDir, `${ind.id}.csv`), ind, setup.loaded, sourceIds, log, out);
  const done = out && !log.hasErrors ? await out.finish() : null;
  return { id: ind.id, rows, summary: done?.summary ?? null, map: done?.map ?? null, log: log.snapshot() };
}

// The pool sends a task only to an idle worker, so tasks never overlap here.
parentPort!.on('message', (task: WorkerTask) => {
  run(task).then(
    (result) => parentPort!.postMessage(result),
    (err: unknown) => parentPort!.postMessage({ id: task.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
  );
});
