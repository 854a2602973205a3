// The arrows of the house (docs/ARCHITECTURE.md): no cycles, and nothing points back up.
// Run by `pnpm check:deps` and by `npm test` after tsc.
const READ_MODEL = '^service/src/readmodel/';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes two modules one: neither can change or be read without the other.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'events-imports-nothing-of-ours',
      severity: 'error',
      comment: 'events/ is the vocabulary: pure, and below everything else.',
      from: { path: '^events/' },
      to: { path: '^(service|dashboard|tests|bench)/' },
    },
    {
      name: 'store-below-read-model-and-http',
      severity: 'error',
      comment: 'Stores never import the read model, routes or the HTTP layer.',
      from: { path: '^service/src/store/' },
      to: { path: [READ_MODEL, '^service/src/(routes|http)/'] },
    },
    {
      name: 'read-model-not-on-adapters',
      severity: 'error',
      comment:
        'The read model knows the store port (store/eventStore.ts) and neutral store modules, ' +
        'never an adapter (sqlite*, eventStoreDb*), a route or the HTTP layer.',
      from: { path: READ_MODEL },
      to: {
        path: ['^service/src/store/(sqlite|eventStoreDb)[^/]*$', '^service/src/(routes|http)/'],
      },
    },
    {
      name: 'temporal-below-read-model',
      severity: 'error',
      comment: 'The time axes are used by the read model, never the other way round.',
      from: { path: '^service/src/temporal/' },
      to: { path: READ_MODEL },
    },
    {
      name: 'engine-room-behind-its-interface',
      severity: 'error',
      comment:
        'Outside the engine room only engine/engine.ts is imported: the columns, indexes and ' +
        'caches behind it can change without touching the views.',
      from: { path: '^service/src/', pathNot: '^service/src/readmodel/engine/' },
      to: {
        path: '^service/src/readmodel/engine/',
        pathNot: '^service/src/readmodel/engine/engine[.]ts$',
      },
    },
    {
      name: 'dashboard-not-service',
      severity: 'error',
      comment: 'The dashboard talks to the service over HTTP only (types come generated).',
      from: { path: '^dashboard/' },
      to: { path: '^service/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import the checker cannot resolve is an arrow it cannot check.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|build|\\.svelte-kit)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.svelte', '.json'],
    },
  },
};
