// Starts the fold worker (foldWorker.ts). There is no build step, so the worker registers tsx
// itself: Node 20 does not apply an inherited `--import tsx` to a worker's entry file.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./foldWorker.ts', import.meta.url).href);
