// Benchmarks with autocannon (see bench/README.md):
//   npm run bench            # public service-guide pages
//   npm run bench -- queue   # ticket issue and the full queue cycle, next to a baseline
//   npm run bench -- cases   # the case ledger (bench/cases-ledger.mjs, issue 4)
const scenario = process.argv[2] ?? 'public';
const scenarios = { public: './public.mjs', queue: './queue.mjs', cases: './cases-ledger.mjs' };
if (!scenarios[scenario]) {
  console.error(`unknown benchmark "${scenario}"; try: ${Object.keys(scenarios).join(', ')}`);
  process.exit(2);
}
await import(scenarios[scenario]);
