import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import * as zlib from 'node:zlib';
import { ENGINE_STATE_VERSION } from './engine/engine.js';
import type { EngineState } from './engine/engine.js';
import type { ReadModel } from './readModelTypes.js';
import { MIN_STRING_LIST, SnapshotRejected, attach, detach } from './snapshotCodec.js';

export { SnapshotRejected };

/**
 * Read-model snapshots: the folded state of a read model in a sidecar file next to the store
 * (`<db>.readmodel`), keyed by the log position it covers and the chain hash of the event at
 * that position, so a start-up restores it and folds only the tail of the log.
 *
 * File layout: MAGIC, a 4-byte big-endian header length, the header as JSON (SnapshotHeader),
 * then the body: `v8.serialize` of the model's exportState() with its typed arrays and long
 * string arrays taken out (see `detach`), then those arrays' bytes, each at an offset aligned
 * to 8, which decode as views of the file's buffer without a copy (v8.deserialize builds typed
 * arrays and strings one by one, several times slower at 1M events). A snapshot is used only when
 * the magic, the file format, the state version, the payload's length and SHA-256 and the
 * store's hash at its position all match; anything else (truncated, corrupt, written by other
 * code, of another or a restored store) is ignored and the log folded in full. The file is a
 * cache: deleting it is always safe.
 *
 * Authentication: the checksum guards against corruption, not against someone who can write the
 * file. Given a key (the service keeps one beside the store, `<db>.key`, mode 0600), the header
 * carries an HMAC-SHA256 of its fields and the whole body, and a snapshot without a valid one is
 * rejected like any other: a forged state is never restored.
 */

/** Bump when the file layout or the header changes (the state has its own version). */
export const SNAPSHOT_FORMAT = 4;

const MAGIC = Buffer.from('kroniek read-model snapshot\n', 'ascii');

export interface SnapshotHeader {
  format: number;
  /** ENGINE_STATE_VERSION of the code that wrote it */
  stateVersion: number;
  /** the log position the state covers (everything up to and including it was applied) */
  position: number;
  /** the store's chain hash of the event at `position` */
  hash: string;
  /** body length in bytes (everything after the header), and its SHA-256 (hex) */
  bytes: number;
  /**
   * `crc32:<hex>` of the body (zlib.crc32, Node 20.15 and later; about 4× cheaper than
   * SHA-256 on 150 MB, and corruption, not an attacker, is what it guards against), else
   * `sha256:<hex>`
   */
  checksum: string;
  /** where the raw arrays start in the body (after the serialised skeleton, aligned to 8) */
  arraysAt: number;
  /**
   * The last log position (and its hash) whose chain the writer had verified or written itself:
   * a start-up verifies the chain from there to the head only (integrity/startup.ts).
   */
  verified?: { position: number; hash: string };
  /** hex HMAC-SHA256 of the fields above and the body, with the store's snapshot key */
  hmac?: string;
}

/** What the HMAC covers: every header field but itself, one JSON line, then the body. */
function macOf(
  key: Uint8Array,
  header: Omit<SnapshotHeader, 'hmac'>,
  body: readonly Uint8Array[],
): Buffer {
  const mac = createHmac('sha256', key);
  const { format, stateVersion, position, hash, bytes, checksum, arraysAt } = header;
  const fields = [format, stateVersion, position, hash, bytes, checksum, arraysAt];
  mac.update(`${JSON.stringify([...fields, header.verified ?? null])}\n`);
  for (const part of body) mac.update(part);
  return mac.digest();
}

/** A snapshot whose HMAC is missing or wrong: not written with the store's key. */
export class SnapshotNotAuthentic extends SnapshotRejected {
  override name = 'SnapshotNotAuthentic';
}

/** The snapshot file of a store file. */
export const snapshotPathOf = (dbPath: string): string => `${dbPath}.readmodel`;

/** The chain hash of the event at a position, or null (SqliteEventStore.hashAt). */
export type HashAt = (position: number) => string | null;

const crc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** The checksum of a body given in parts, as the header records it. */
export function checksumOf(
  parts: readonly Uint8Array[],
  algorithm = crc32 ? 'crc32' : 'sha256',
): string {
  if (algorithm === 'crc32' && crc32) {
    let value = 0;
    for (const part of parts) value = crc32(part, value);
    return `crc32:${(value >>> 0).toString(16).padStart(8, '0')}`;
  }
  const hasher = createHash('sha256');
  for (const part of parts) hasher.update(part);
  return `sha256:${hasher.digest('hex')}`;
}

/** A model's state as the two parts of a snapshot file (header, payload), or null at position 0. */
export function encodeSnapshot(
  model: ReadModel,
  hashAt: HashAt,
  options: {
    minStringList?: number;
    /** the snapshot key: the header gets an HMAC */
    key?: Uint8Array;
    /** the chain point known good to record (SnapshotHeader.verified) */
    verified?: { position: number; hash: string } | null;
  } = {},
): Buffer[] | null {
  const position = model.position();
  const hash = position > 0 ? hashAt(position) : null;
  if (hash === null) return null;
  // Synchronous on purpose: the state is views of live columns, valid until the next apply.
  const arrays: Buffer[] = [];
  const skeleton = serialize(
    detach(model.exportState(), arrays, {
      bytes: 0,
      minStringList: options.minStringList ?? MIN_STRING_LIST,
    }),
  );
  const pad = Buffer.alloc((8 - (skeleton.length % 8)) % 8);
  const body = [skeleton, pad, ...arrays];
  const header: SnapshotHeader = {
    format: SNAPSHOT_FORMAT,
    stateVersion: ENGINE_STATE_VERSION,
    position,
    hash,
    bytes: body.reduce((n, p) => n + p.length, 0),
    checksum: checksumOf(body),
    arraysAt: skeleton.length + pad.length,
    ...(options.verified ? { verified: options.verified } : {}),
  };
  if (options.key) header.hmac = macOf(options.key, header, body).toString('hex');
  // The header is padded with spaces so that the body starts at an offset aligned to 8.
  let json = JSON.stringify(header);
  json += ' '.repeat((8 - ((MAGIC.length + 4 + json.length) % 8)) % 8);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return [Buffer.concat([MAGIC, length, Buffer.from(json, 'ascii')]), ...body];
}

/**
 * Reads the header and checks the payload of a snapshot file's bytes; throws SnapshotRejected.
 * With a key, a snapshot whose HMAC is missing or wrong is rejected.
 */
export function decodeSnapshot(
  file: Buffer,
  key?: Uint8Array,
): { header: SnapshotHeader; state: EngineState } {
  const reject = (why: string): never => {
    throw new SnapshotRejected(why);
  };
  if (file.length < MAGIC.length + 4 || !file.subarray(0, MAGIC.length).equals(MAGIC))
    reject('not a read-model snapshot');
  const headerLength = file.readUInt32BE(MAGIC.length);
  const start = MAGIC.length + 4 + headerLength;
  if (start > file.length) reject('truncated header');
  let header: SnapshotHeader;
  try {
    header = JSON.parse(file.subarray(MAGIC.length + 4, start).toString('utf8')) as SnapshotHeader;
  } catch {
    return reject('unreadable header');
  }
  if (header?.format !== SNAPSHOT_FORMAT) reject(`file format ${String(header?.format)}`);
  if (header.stateVersion !== ENGINE_STATE_VERSION)
    reject(`state version ${String(header.stateVersion)}, this code reads ${ENGINE_STATE_VERSION}`);
  if (!Number.isSafeInteger(header.position) || header.position < 1) reject('no position');
  if (typeof header.hash !== 'string') reject('no hash');
  const payload = file.subarray(start);
  if (payload.length !== header.bytes)
    reject(`payload of ${payload.length} bytes, header says ${header.bytes}`);
  const algorithm = typeof header.checksum === 'string' ? header.checksum.split(':')[0]! : '';
  if (algorithm === 'crc32' && !crc32) reject('crc32 checksum, and this Node has no zlib.crc32');
  if (algorithm !== 'crc32' && algorithm !== 'sha256') reject('no checksum');
  const checked = () => {
    if (checksumOf([payload], algorithm) !== header.checksum)
      reject('payload checksum does not match');
  };
  if (key) {
    const given = typeof header.hmac === 'string' ? Buffer.from(header.hmac, 'hex') : null;
    const expected = macOf(key, header, [payload]);
    // A matching HMAC covers the body and its checksum: the checksum is read only to tell a
    // damaged file from one written with another key.
    if (!given || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      checked();
      throw new SnapshotNotAuthentic(
        given
          ? 'its HMAC does not match: not written with this store’s key (forged, or the key was replaced)'
          : 'it carries no HMAC: not written with this store’s key',
      );
    }
  } else checked();
  const arraysAt = header.arraysAt;
  if (!Number.isSafeInteger(arraysAt) || arraysAt < 0 || arraysAt > payload.length)
    reject('no arrays offset');
  // Views need aligned offsets; a file buffer normally is, else it is copied once.
  const body = payload.byteOffset % 8 === 0 ? payload : Buffer.from(payload);
  let state: EngineState;
  try {
    state = deserialize(body.subarray(0, arraysAt)) as EngineState;
  } catch (error) {
    return reject(`payload does not decode: ${String(error)}`);
  }
  return { header, state: attach(state, body.subarray(arraysAt)) as EngineState };
}

export interface SnapshotOpen {
  model: ReadModel;
  /** the position the snapshot covered, 0 when none was used */
  position: number;
  /** why no snapshot was used (absent when one was, or when there was no file) */
  rejected?: string;
  /** the chain point the snapshot's writer knew to be good (SnapshotHeader.verified) */
  verified?: { position: number; hash: string };
  ms: number;
}

/**
 * A read model restored from the snapshot file when it is valid for this store (its hash at
 * the snapshot's position is the one recorded), else a fresh one from `create`. A model that
 * failed half way through a restore is thrown away, never used.
 */
export function openFromSnapshot(
  path: string,
  create: () => ReadModel,
  hashAt: HashAt,
  options: { key?: Uint8Array } = {},
): SnapshotOpen {
  const t0 = performance.now();
  if (!existsSync(path)) return { model: create(), position: 0, ms: performance.now() - t0 };
  try {
    const { header, state } = decodeSnapshot(readFileSync(path), options.key);
    const hash = hashAt(header.position);
    if (hash === null)
      throw new SnapshotRejected(`the store has no event at position ${header.position}`);
    if (hash !== header.hash)
      throw new SnapshotRejected(`the store's hash at position ${header.position} differs`);
    const model = create();
    model.restoreState(state);
    if (model.position() !== header.position)
      throw new SnapshotRejected('the state does not cover the position in its header');
    const { verified: v } = header;
    const verified =
      v && Number.isSafeInteger(v.position) && v.position >= 0 && typeof v.hash === 'string'
        ? { position: v.position, hash: v.hash }
        : undefined;
    return {
      model,
      position: header.position,
      ...(verified ? { verified } : {}),
      ms: performance.now() - t0,
    };
  } catch (error) {
    const rejected = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { model: create(), position: 0, rejected, ms: performance.now() - t0 };
  }
}

/** Writes the parts to `path` atomically: a temporary file, fsync, rename, fsync of the folder. */
export async function writeSnapshotFile(path: string, parts: Buffer[]): Promise<void> {
  const tmp = `${path}.${randomUUID()}.tmp`;
  try {
    const file = await open(tmp, 'wx', 0o600);
    try {
      await file.chmod(0o600); // whatever the umask
      await file.writev(parts);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  try {
    const folder = await open(dirname(path), 'r');
    await folder.sync().finally(() => folder.close());
  } catch {
    // Not every file system syncs a folder; the rename itself is atomic.
  }
}

export interface SnapshotWriter {
  /**
   * Writes a snapshot when the model moved at least `minMove` positions since the last one
   * (read or written); resolves true when it wrote. Calls are serialised. Serialising the
   * state blocks the event loop (about a second at 1M events); writing the file does not.
   */
  save(minMove: number): Promise<boolean>;
  /** The position of the last snapshot read or written. */
  position(): number;
}

/** Saves snapshots of one model to one file; failures go to `onError` and leave the old file. */
export function createSnapshotWriter(options: {
  path: string;
  model: ReadModel;
  hashAt: HashAt;
  /** the position of the snapshot the model was restored from, 0 if none */
  from: number;
  /** the snapshot key (see encodeSnapshot) */
  key?: Uint8Array;
  /** the chain point known good when a snapshot is taken (SnapshotHeader.verified) */
  verified?: () => { position: number; hash: string } | null;
  onSaved?: (info: { position: number; bytes: number; ms: number }) => void;
  onError?: (error: unknown) => void;
}): SnapshotWriter {
  let saved = options.from;
  let queue: Promise<boolean> = Promise.resolve(false);
  const once = async (minMove: number): Promise<boolean> => {
    const position = options.model.position();
    if (position === 0 || position - saved < Math.max(1, minMove)) return false;
    const t0 = performance.now();
    try {
      const parts = encodeSnapshot(options.model, options.hashAt, {
        ...(options.key ? { key: options.key } : {}),
        verified: options.verified?.() ?? null,
      });
      if (!parts) return false;
      await writeSnapshotFile(options.path, parts);
      saved = position;
      options.onSaved?.({
        position,
        bytes: parts.reduce((n, p) => n + p.length, 0),
        ms: performance.now() - t0,
      });
      return true;
    } catch (error) {
      options.onError?.(error);
      return false;
    }
  };
  return {
    save(minMove) {
      queue = queue.then(() => once(minMove));
      return queue;
    },
    position: () => saved,
  };
}
