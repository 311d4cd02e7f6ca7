// A worker thread starts without the TypeScript loader that runs the build: register it, then load the
// worker itself (scripts/fast/worker.ts).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
