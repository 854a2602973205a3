import { measureReplay } from '../readModel.js';
import { report, workloadArgs } from './common.js';

/**
 * Replay to 1,000 random (asOf, knownBy) pairs beside the naive refold (bench/readModel.ts):
 * the p99 of 1,000 is the 10th worst replay, not the 2nd worst of 200 that one garbage
 * collection decided.
 */
const { files } = workloadArgs();
report({ ...(await measureReplay(files.db, { pairs: 1000, seed: files.seed })) });
