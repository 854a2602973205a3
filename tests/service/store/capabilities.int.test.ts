import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { foldPagesOf, openStore, storeBodyLoader } from '@kroniek/service';
import type { CommittedHead, EventStore } from '@kroniek/service';
import { createChainGuard } from '../../../service/src/integrity/chainGuard.js';
import { ChainBrokenError } from '../../../service/src/integrity/errors.js';
import { refuseWritesWhenBroken } from '../../../service/src/integrity/serving.js';
import { chainStoreOf } from '../../../service/src/integrity/startup.js';
import { createTestClock, testId } from '../../support/storeContract.js';

/** A store that declares none of the optional capabilities (as EventStoreDB's does). */
function plainStore(inner: EventStore): EventStore {
  return {
    append: (...a) => inner.append(...a),
    readStream: (s) => inner.readStream(s),
    readAll: (o) => inner.readAll(o),
    streamAll: (o) => inner.streamAll(o),
    getById: (id) => inner.getById(id),
    head: () => inner.head(),
    subscribe: (l, o) => inner.subscribe(l, o),
    verify: () => inner.verify(),
    close: () => inner.close(),
  };
}

const event = (n: number) => ({ id: testId(n), type: 'T', data: { n } });

describe('store capabilities', () => {
  let dir: string;
  let store: EventStore;
  const commits: CommittedHead[] = [];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kroniek-capabilities-'));
    commits.length = 0;
    store = await openStore(
      { kind: 'sqlite', path: join(dir, 'store.db') },
      { clock: createTestClock().clock, sqlite: { onCommitted: (c) => commits.push(c) } },
    );
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('are declared by the SQLite store that openStore opens, with its options passed through', async () => {
    await store.append('s-1', [event(1), event(2)]);
    expect(commits).toHaveLength(1);
    expect(commits[0]!.to.position).toBe(2);
    expect(store.hashAt?.(2)).toBe(commits[0]!.to.hash);
    expect(store.readPositions?.([2]).map((e) => e.id)).toEqual([testId(2)]);
    expect(
      foldPagesOf(store)
        ?.readFoldPage(0, 10)
        .map((r) => r.position),
    ).toEqual([1, 2]);
    expect(storeBodyLoader(store)).toBeTypeOf('function');
    const chain = chainStoreOf(store);
    expect(await chain?.walkChain({ position: 0, hash: '0'.repeat(64) })).toMatchObject({
      ok: true,
      checked: 2,
    });
  });

  it('fall back when a store declares none of them', async () => {
    const plain = plainStore(store);
    expect(foldPagesOf(plain)).toBeUndefined();
    expect(storeBodyLoader(plain)).toBeUndefined();
    expect(chainStoreOf(plain)).toBeNull();
  });

  it('counted appends are refused like the others while the chain is broken', async () => {
    const guard = createChainGuard();
    const guarded = refuseWritesWhenBroken(store, guard);
    guard.broken(1, 'test');
    await expect(guarded.append('s-1', [event(1)])).rejects.toBeInstanceOf(ChainBrokenError);
    await expect(
      guarded.appendCounted!([{ stream: 's-1', events: [event(1)] }]),
    ).rejects.toBeInstanceOf(ChainBrokenError);
    await expect(
      guarded.appendCountedJson!([
        { stream: 's-1', events: [{ id: testId(1), type: 'T', data: '{}', metadata: '{}' }] },
      ]),
    ).rejects.toBeInstanceOf(ChainBrokenError);
    expect(await store.head()).toBe(0);
  });
});
