// Benchmarks with autocannon (see bench/README.md):
//   npm run bench            # public service-guide pages
//   npm run bench -- queue   # ticket issue and the full queue cycle, next to a baseline
//   npm run bench -- cases   # accept-a-case on SQLite and PostgreSQL next to a baseline (issue 4);
//                            # with --ledger also the 1M-case ledger and Excel export
//   npm run bench -- cases-ledger   # only the ledger (bench/cases-ledger.mjs)
const scenario = process.argv[2] ?? 'public';
const scenarios = {
  public: './public.mjs',
  queue: './queue.mjs',
  cases: './cases.mjs',
  'cases-ledger': './cases-ledger.mjs',
};
if (!scenarios[scenario]) {
  console.error(`unknown benchmark "${scenario}"; try: ${Object.keys(scenarios).join(', ')}`);
  process.exit(2);
}
await import(scenarios[scenario]);
