/**
 * One worker thread of the pipeline (see pool.ts): streams the value files it is sent into the shared
 * staging folder, one at a time, and answers with what the main thread needs to finish the build. Its
 * setup (what the main thread loaded) comes as the first message; a task sent before it waits.
 */
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { unpackRegions } from '../datasets/wilayah.ts';
import { IssueLog } from '../lib/issues.ts';
import { OutputStage } from '../lib/output.ts';
import type { Indicator } from '../lib/schema.ts';
import { IndicatorOutput } from './publish.ts';
import type { PackedSetup, WorkerResult, WorkerSetup, WorkerTask } from './pool.ts';
import type { Target } from './types.ts';
import { streamIndicator } from './values.ts';

interface Context {
  setup: WorkerSetup;
  stage: OutputStage<Target>;
  byId: Map<string, Indicator>;
  sourceIds: Set<string>;
}

let setupArrived: (packed: PackedSetup) => void = () => undefined;
const ready = new Promise<Context>((resolve) => {
  setupArrived = (packed) => {
    const setup: WorkerSetup = { ...packed, loaded: { ...packed.loaded, regions: unpackRegions(packed.loaded.regions) } };
    resolve({ setup, stage: OutputStage.attach(setup.stage), byId: new Map(setup.loaded.catalog.indikator.map((ind) => [ind.id, ind])), sourceIds: new Set(Object.keys(setup.loaded.sources)) });
  };
});

async function run(task: WorkerTask): Promise<WorkerResult> {
  const { setup, stage, byId, sourceIds } = await ready;
  const ind = byId.get(task.id)!;
  const log = new IssueLog();
  const out = new IndicatorOutput(stage, ind, setup.loaded);
  const rows = await streamIndicator(join(setup.valuesDir, `${ind.id}.csv`), ind, setup.loaded, sourceIds, log, out);
  const done = log.hasErrors ? null : await out.finish();
  return { id: ind.id, rows, summary: done?.summary ?? null, map: done?.map ?? null, log: log.snapshot() };
}

// The pool sends a task only to an idle worker, so tasks never overlap here.
parentPort!.on('message', (message: WorkerTask | { setup: PackedSetup }) => {
  if ('setup' in message) return setupArrived(message.setup);
  run(message).then(
    (result) => parentPort!.postMessage(result),
    (err: unknown) => parentPort!.postMessage({ id: message.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
  );
});
