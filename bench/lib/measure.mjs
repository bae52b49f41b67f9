// One autocannon measurement, reduced to the figures the benchmark prints.
import autocannon from 'autocannon';
import { cpuMsOf, cpuMsOfCommand } from './server.mjs';

/**
 * Run autocannon; with `pid`, also the server's CPU time per answered request (µs), which depends
 * far less than req/s on what else the machine is doing.
 */
export async function measure(name, { pid, postgres, ...opts }) {
  const cpu0 = pid ? cpuMsOf(pid) : null;
  const pg0 = postgres ? cpuMsOfCommand('postgres') : null;
  const r = await autocannon({ connections: 50, duration: 10, ...opts });
  const cpu1 = pid ? cpuMsOf(pid) : null;
  const pg1 = postgres ? cpuMsOfCommand('postgres') : null;
  const perReq = (a, b) =>
    a !== null && b !== null && r.requests.total ? Math.round(((b - a) * 1000) / r.requests.total) : null;
  return {
    postgresCpuUsPerReq: perReq(pg0, pg1),
    cpuUsPerReq: perReq(cpu0, cpu1),
    name,
    reqPerSec: Math.round(r.requests.average),
    p50ms: r.latency.p50,
    p99ms: r.latency.p99,
    maxMs: r.latency.max,
    requests: r.requests.total,
    ok: r['2xx'],
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
  };
}

export function formatRow(row, extra = '') {
  let cpu = row.cpuUsPerReq === null ? '' : `  server CPU ${row.cpuUsPerReq} µs/req`;
  if (row.postgresCpuUsPerReq !== null) cpu += ` + PostgreSQL ${row.postgresCpuUsPerReq} µs/req`;
  return `${row.name.padEnd(30)} ${String(row.reqPerSec).padStart(7)} req/s  p50 ${String(row.p50ms).padStart(4)} ms  p99 ${String(row.p99ms).padStart(4)} ms  non-2xx ${row.non2xx}  errors ${row.errors}${cpu}${extra}`;
}

/** p-th percentile (0–100) of a list of numbers. */
export function percentile(values, p) {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
