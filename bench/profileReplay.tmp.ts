import { openReadModel, replayOnce } from './readModel.js';
const db = process.argv[2]!;
const { model } = await openReadModel(db);
let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const day = () => new Date(Date.UTC(2014, 0, 1) + Math.floor(rnd() * 16 * 365) * 86400000).toISOString().slice(0, 10);
const sums = { timeline: 0, money: 0, quantities: 0, months: 0 };
const t0 = process.cpuUsage();
for (let i = 0; i < 200; i++) {
  const a = day(), b = day();
  const r = replayOnce(model, { asOf: a < b ? a : b, knownBy: a < b ? b : a });
  sums.timeline += r.timeline; sums.money += r.money; sums.quantities += r.quantities; sums.months += r.months;
}
const u = process.cpuUsage(t0);
console.log(JSON.stringify({ perReplayMs: Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, +(v / 200).toFixed(2)])), cpuPerReplay: ((u.user + u.system) / 1000 / 200).toFixed(2) }));
