import { openReadOnlyLog } from '../service/src/store/sqliteReadOnly.js';
import { walkChain, GENESIS_HASH } from '../service/src/store/chain.js';
const log = openReadOnlyLog(process.argv[2]!);
const c0 = process.cpuUsage(); const t0 = performance.now();
const r = await walkChain(log.page, { position: 0, hash: GENESIS_HASH });
const c = process.cpuUsage(c0);
console.log(r.ok, r.checked, 'wall', Math.round(performance.now() - t0), 'cpu', Math.round((c.user + c.system) / 1000));
