import type { FoldRow, ReadAllOptions, StoredEvent } from './eventStore.js';
import { checkReadAll } from './input.js';
import type { Statements } from './sqliteStatements.js';
import { readHead, toStored } from './sqliteStatements.js';

/** The reads of a SQLite store, all synchronous underneath (an embedded file answers at once). */
export function createSqliteReads(sql: Statements, pageSize: number) {
  const readPage = (after: number, limit: number) => sql.page.all(after, limit).map(toStored);
  return {
    readPage,
    head: () => readHead(sql).position,
    readStream: (stream: string) => sql.stream.all(stream).map(toStored),
    readAll(options?: ReadAllOptions) {
      const { after, limit } = checkReadAll(options, pageSize);
      return readPage(after, limit);
    },
    async *streamAll(options?: ReadAllOptions): AsyncGenerator<StoredEvent> {
      let { after } = checkReadAll(options, pageSize);
      const { limit } = checkReadAll(options, pageSize);
      for (;;) {
        const page = readPage(after, limit);
        yield* page;
        if (page.length < limit) return;
        after = page[page.length - 1]!.position;
      }
    },
    readPositions(positions: readonly number[]) {
      const found: StoredEvent[] = [];
      for (const position of positions) {
        const row = sql.byPosition.get(position);
        if (row) found.push(toStored(row));
      }
      return found;
    },
    readFoldPage(after: number, limit: number): FoldRow[] {
      const { after: from, limit: size } = checkReadAll({ after, limit }, pageSize);
      return sql.foldPage.all(from, size);
    },
    getById(id: string) {
      const row = sql.byId.get(id);
      return row ? toStored(row) : null;
    },
    hashAt: (position: number) => sql.hashAt.get(position) ?? null,
  };
}
