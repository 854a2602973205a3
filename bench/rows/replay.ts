import { measureReplay } from '../readModel.js';
import { report, workloadArgs } from './common.js';

/** Replay to 200 random (asOf, knownBy) pairs beside the naive refold (bench/readModel.ts). */
const { files } = workloadArgs();
report({ ...(await measureReplay(files.db, { pairs: 200, seed: files.seed })) });
