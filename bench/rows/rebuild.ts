import { measureRebuild } from '../readModel.js';
import { report, workloadArgs } from './common.js';

/** Full projection rebuild from the store beside raw read + JSON.parse + a trivial fold (bench/readModel.ts). */
const { files } = workloadArgs();
report({ ...(await measureRebuild(files.db)) });
