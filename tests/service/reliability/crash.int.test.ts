import { randomInt } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadModel, toLogEntry } from '@kroniek/service';
import { bundleChildScript, seededRandom, sleep, startChild } from '../../support/childScript.js';
import {
  checkAcks,
  checkNewEvents,
  createLogState,
  openForCheck,
  readAcks,
  readModelAnswers,
  TODAY,
} from '../../support/logChecks.js';
import { batchTime } from '../../support/syntheticLog.js';

/** Kills from outside at random moments, and kills from inside an open append transaction. */
const KILLS = 24;
const KILLS_INSIDE = 8;
const dir = mkdtempSync(join(tmpdir(), 'kroniek-crash-'));
let writer: string;

beforeAll(async () => {
  writer = await bundleChildScript('tests/support/crashWriter.ts');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  if (writer) rmSync(writer, { force: true });
});

describe('the SQLite store under SIGKILL', () => {
  it(`keeps every acknowledged batch, whole and chained, across ${KILLS + KILLS_INSIDE} kills of its writer`, async () => {
    const seed = randomInt(2 ** 31);
    const random = seededRandom(seed);
    const db = join(dir, 'crash.db');
    const ackFile = join(dir, 'crash.ack');
    const state = createLogState();
    const started = performance.now();
    let killsWhileWriting = 0;

    let insertsRolledBack = 0;
    for (let cycle = 0; cycle < KILLS + KILLS_INSIDE; cycle++) {
      const headBefore = state.position;
      const inside = cycle >= KILLS ? random(1, 60) : null;
      const child = startChild(
        writer,
        inside === null ? [db, ackFile] : [db, ackFile, '0', String(inside)],
      );
      if (inside !== null) {
        // The writer kills itself after its n-th row insert: always before that batch commits.
      } else if (cycle % 4 === 3) {
        // Every fourth kill lands during start-up: opening, migrating or resuming.
        await sleep(random(0, 250));
      } else {
        await child.waitFor((l) => l.startsWith('ready'));
        await sleep(random(5, 250));
        killsWhileWriting += 1;
      }
      if (inside === null) child.process.kill('SIGKILL');
      const exit = await child.exited;
      expect(exit, `writer failed (seed ${seed}):\n${child.stderr()}`).toEqual({
        code: null,
        signal: 'SIGKILL',
      });
      const resumedAt = child.lines.find((l) => l.startsWith('ready'));
      if (resumedAt)
        expect(resumedAt, 'the writer resumes after the last stored batch').toBe(
          `ready ${state.batches}`,
        );

      // After the restart: the chain verifies, nothing partial, every ack present.
      const store = openForCheck(db);
      try {
        const verified = await store.verify();
        expect(verified, `seed ${seed}`).toEqual({ ok: true, checked: await store.head() });
        const added = await checkNewEvents(store, state);
        checkAcks(readAcks(ackFile), state);
        if (inside !== null) {
          // Rows inserted in the open transaction are gone, whole batch with them.
          expect(added, 'the batch open at the kill is rolled back').toBeLessThan(inside);
          insertsRolledBack += inside - added;
          expect(state.position).toBe(headBefore + added);
        }
      } finally {
        await store.close();
      }
    }

    // The live model was fed in as many parts as there were kills; one built from scratch must agree.
    const store = openForCheck(db);
    const scratch = createReadModel({ today: () => TODAY });
    try {
      for await (const stored of store.streamAll({ limit: 1000 }))
        scratch.apply(toLogEntry(stored));
    } finally {
      await store.close();
    }
    const midway = batchTime(Math.floor(state.batches / 2)).toISOString();
    expect(readModelAnswers(state.live, midway)).toEqual(readModelAnswers(scratch, midway));

    const acks = readAcks(ackFile).length;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `crash test (seed ${seed}): ${KILLS + KILLS_INSIDE} SIGKILLs (${killsWhileWriting} while ` +
        `appending, ${KILLS - killsWhileWriting} during start-up, ${KILLS_INSIDE} inside an open ` +
        `append transaction: ${insertsRolledBack} inserted rows rolled back), ${acks} batches acknowledged, ` +
        `${state.batches} batches / ${state.position} events stored and verified, ${seconds} s`,
    );
    expect(acks).toBeGreaterThan(0);
    expect(state.batches).toBeGreaterThanOrEqual(acks);
  }, 120_000);
});
