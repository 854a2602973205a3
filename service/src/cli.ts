import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { KroniekError } from './errors.js';
import { ListenError } from './http/listen.js';
import { anchorPathOf, createAnchorWriter } from './integrity/anchor.js';
import type { SqliteEventStore } from './store/sqlite.js';
import { createSqliteEventStore } from './store/sqlite.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const USAGE = `usage: kroniek <verb> [options]

  import <file...>   validate recorded-event YAML files, then append what is new (a source
                     the log lacks is registered first, from <events-dir>/sources/<id>.yaml
                     or beside the file);
                     .ndjson files (one event per line, or \`kroniek export\` output) are
                     bulk-imported in checked chunks of 1,000 events per transaction
  export             write the whole log to stdout as NDJSON, in position order
  verify             check the store read-only: the hash chain and every row's JSON, the
                     head anchor and the read-model snapshot beside it; exit code 1 at a
                     broken link, a store shorter than its anchor or rewritten, or a
                     snapshot that is not authentic
  serve              start the HTTP service (imports the seed data first)
  copy --from <store> --to <store>
                     copy the whole log between stores (sqlite:<file> or esdb://...),
                     keeping ids, order, content and recordedAt, then verify the copy
  backup <file>      write a consistent copy of the store to a new file while it serves,
                     then verify the copy's hash chain
  draft <file|id>    draft events from a document or held source for review: --json (default) or --yaml
                     (a recorded-events file for \`kroniek import\`); --date YYYY-MM-DD,
                     --language nl|en|sv and --document-id ID when the file does not say
  source add <file>  register a document as a source (plain text, Markdown, HTML or PDF,
                     at most 2 MiB): its text is extracted and stored in the log with
                     --title, --publisher, --date (YYYY-MM-DD, YYYY-MM, YYYY or
                     EARLIEST..LATEST), --url, --parliamentary-number, --language (detected
                     when not given), --licence, --id (default: made of the title),
                     --date-rule, --kind; the same file twice stores one source
  restore <file>     put a verified copy of a backup in place as the store (stop the service
                     first); refuses a store that holds events unless --force, which moves
                     the old store aside

options:
  --db <file>          the store file (default: $KRONIEK_DB or <repo>/data/kroniek.db)
  --events-dir <dir>   where sources/ and recorded/ live (default: <repo>/events)
  --port <n>           serve: the port to listen on
  --expect-head <position>:<hash>
                       verify: also check that the store holds this head (as recorded
                       from GET /api/log/head)
  --force              restore: replace a store that holds events
  -h, --help           this text`;

/** Exit codes: 0 done, 1 the data or the log is at fault, 2 the command line is. */
class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      'events-dir': { type: 'string' },
      port: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      force: { type: 'boolean' },
      json: { type: 'boolean' },
      yaml: { type: 'boolean' },
      date: { type: 'string' },
      language: { type: 'string' },
      'document-id': { type: 'string' },
      title: { type: 'string' },
      publisher: { type: 'string' },
      url: { type: 'string' },
      id: { type: 'string' },
      licence: { type: 'string' },
      kind: { type: 'string' },
      'parliamentary-number': { type: 'string' },
      'date-rule': { type: 'string' },
      'expect-head': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [verb, ...rest] = positionals;
  if (values.help || verb === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const dbPath = resolve(values.db ?? process.env.KRONIEK_DB ?? join(REPO, 'data/kroniek.db'));
  const eventsDir = resolve(values['events-dir'] ?? join(REPO, 'events'));
  const open = () => {
    mkdirSync(dirname(dbPath), { recursive: true });
    // Appends move the head anchor beside the store, as the service's do (integrity/anchor.ts).
    const anchor = createAnchorWriter({ path: anchorPathOf(dbPath), dbPath });
    const store = createSqliteEventStore({
      path: dbPath,
      clock: () => new Date(),
      onCommitted: (commit) => anchor.record(commit.to),
    });
    const close = store.close.bind(store);
    return Object.assign(store, { close: async () => (await anchor.flush(), close()) });
  };

  switch (verb) {
    case 'import': {
      if (rest.length === 0) throw new UsageError('import needs at least one file');
      // Loaded here: the other verbs need neither the schemas nor the YAML parser.
      const { shippedSourceCatalog } = await import('./sources/shipped.js');
      return withStore(open(), async (store) => {
        const ndjson = rest.filter((f) => f.endsWith('.ndjson'));
        const yaml = rest.filter((f) => !f.endsWith('.ndjson'));
        if (ndjson.length > 0 && yaml.length > 0)
          throw new UsageError(
            'import either .ndjson files or recorded-event YAML files, not both',
          );
        // NDJSON: quotations are checked against the sources in the log, the shipped files for
        // those it does not hold yet, and the sources the import registers itself. YAML: a
        // source the log lacks is registered from its files, before the events.
        let report: { files: number; events: number; appended: number; head: number };
        let registered = '';
        if (ndjson.length > 0) {
          const { importNdjson } = await import('./import/ndjson.js');
          const shipped = await shippedSourceCatalog(store, eventsDir, { register: false });
          report = await importNdjson(store, ndjson, shipped.sources);
        } else {
          const { importRecordedFiles } = await import('./import/recordedSources.js');
          const done = await importRecordedFiles(store, rest, eventsDir);
          registered = `${done.sourcesRegistered} source(s) registered, `;
          report = done;
        }
        const skipped = report.events - report.appended;
        console.error(
          `imported ${report.files} file(s): ${registered}${report.appended} event(s) appended, ${skipped} already stored; head ${report.head}`,
        );
        return 0;
      });
    }
    case 'export':
      return withStore(open(), async (store) => {
        for await (const event of store.streamAll({ limit: 1000 }))
          await writeLine(JSON.stringify(event));
        return 0;
      });
    case 'verify': {
      const { parseHeadSpec } = await import('./integrity/anchor.js');
      const spec = values['expect-head'];
      const expectHead = spec === undefined ? undefined : parseHeadSpec(spec);
      if (expectHead === null)
        throw new UsageError(`--expect-head must be POSITION:HASH (64 hex digits), not '${spec}'`);
      // Read-only: never creates, migrates or re-arms the store it checks.
      const { verifyStoreFile } = await import('./integrity/verifyFile.js');
      const report = await verifyStoreFile({ path: dbPath, ...(expectHead ? { expectHead } : {}) });
      for (const line of report.lines) console.log(line);
      return report.ok ? 0 : 1;
    }
    case 'serve': {
      const port = values.port === undefined ? undefined : Number(values.port);
      if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) {
        throw new UsageError(`--port must be a port number, not '${values.port}'`);
      }
      const { startServer } = await import('./main.js');
      await startServer({
        dbPath,
        port,
        eventsDir,
        // No log option: the default logger writes info lines to stdout and errors to stderr.
        print: (line: string) => console.log(line),
        handleSignals: true,
      });
      return -1; // keeps running
    }
    case 'copy': {
      if (!values.from || !values.to)
        throw new UsageError('copy needs --from <store> and --to <store>');
      const { copyLog } = await import('./store/copy.js');
      const { openStore, parseStoreSpec } = await import('./store/open.js');
      // The target stamps each batch with the source's recordedAt, so the copy keeps all three time axes.
      let recordedAt = new Date();
      const from = await openStore(parseStoreSpec(values.from), { clock: () => new Date() });
      try {
        const to = await openStore(parseStoreSpec(values.to), { clock: () => recordedAt });
        try {
          const result = await copyLog(from, to, {
            setTargetClock: (at) => {
              recordedAt = new Date(at);
            },
          });
          console.error(
            `copied ${result.copied} event(s) (${result.alreadyThere} already there); ${result.total} in the target, hash chain verified`,
          );
          return 0;
        } finally {
          await to.close();
        }
      } finally {
        await from.close();
      }
    }
    case 'backup': {
      const [file] = rest;
      if (file === undefined || rest.length > 1) throw new UsageError('backup needs one file');
      const { backupSqliteStore } = await import('./store/sqliteBackup.js');
      const report = await backupSqliteStore({ from: dbPath, to: resolve(file) });
      console.error(`backed up ${report.events} event(s) to ${report.path}; hash chain verified`);
      return 0;
    }
    case 'restore': {
      const [file] = rest;
      if (file === undefined || rest.length > 1) throw new UsageError('restore needs one file');
      const { restoreSqliteStore } = await import('./store/sqliteBackup.js');
      mkdirSync(dirname(dbPath), { recursive: true });
      const report = await restoreSqliteStore({
        from: resolve(file),
        to: dbPath,
        force: values.force ?? false,
        clock: () => new Date(),
      });
      const { anchorRestoredStore } = await import('./integrity/restored.js');
      anchorRestoredStore(dbPath);
      const aside = report.replaced ? `; the old store is kept as ${report.replaced}` : '';
      console.error(
        `restored ${report.events} event(s) into ${report.path}${aside}; hash chain verified`,
      );
      return 0;
    }
    case 'draft': {
      const [file] = rest;
      if (file === undefined || rest.length > 1)
        throw new UsageError('draft needs one file or source id');
      if (values.json && values.yaml) throw new UsageError('draft: --json or --yaml, not both');
      const { runDraftCommand } = await import('./draft/command.js');
      const { DraftInputError } = await import('./draft/document.js');
      const { draftTarget } = await import('./draft/target.js');
      try {
        const { output, note } = runDraftCommand({
          file: await draftTarget(file, eventsDir),
          eventsDir,
          format: values.yaml ? 'yaml' : 'json',
          ...(values.date !== undefined ? { date: values.date } : {}),
          ...(values.language !== undefined ? { language: values.language } : {}),
          ...(values['document-id'] !== undefined ? { documentId: values['document-id'] } : {}),
        });
        await writeLine(output);
        console.error(note);
        return 0;
      } catch (error) {
        if (error instanceof DraftInputError) throw new UsageError(error.message);
        throw error;
      }
    }
    case 'source': {
      const [sub, file, ...more] = rest;
      if (sub !== 'add' || file === undefined || more.length > 0)
        throw new UsageError('source add needs one file');
      const { runSourceAdd } = await import('./sources/intake/command.js');
      const fields = Object.fromEntries(
        Object.entries({
          id: values.id,
          title: values.title,
          publisher: values.publisher,
          date: values.date,
          dateRule: values['date-rule'],
          url: values.url,
          parliamentaryNumber: values['parliamentary-number'],
          language: values.language,
          licence: values.licence,
          kind: values.kind,
        }).filter(([, v]) => v !== undefined),
      );
      return withStore(open(), async (store) => {
        const { source, created } = await runSourceAdd(store, resolve(file), fields);
        await writeLine(
          JSON.stringify({
            created,
            id: source.id,
            title: source.title,
            language: source.language,
            mediaType: source.mediaType,
            length: source.text.length,
            textSha256: source.textSha256,
            originalSha256: source.originalSha256,
          }),
        );
        console.error(
          created
            ? `registered source '${source.id}' (${source.text.length} characters)`
            : `already registered as '${source.id}': nothing stored`,
        );
        return 0;
      });
    }
    default:
      throw new UsageError(`unknown verb '${verb}'`);
  }
}

async function withStore(
  store: SqliteEventStore,
  run: (store: SqliteEventStore) => Promise<number>,
) {
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

/** Writes one line to stdout, waiting when the pipe is full. */
async function writeLine(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) {
    await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}

// `kroniek export | head` closes the pipe early; that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      console.error(`kroniek: ${(error as Error).message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else if (error instanceof KroniekError || error instanceof ListenError) {
      console.error(`kroniek: ${error.message}`);
      process.exitCode = 1;
    } else {
      console.error('kroniek: unexpected failure', error);
      process.exitCode = 1;
    }
  },
);
