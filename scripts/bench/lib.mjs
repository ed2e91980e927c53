// Helpers of the benchmark: processes it starts (and always stops), Postgres, Kafka tools, an HTTP
// load generator with keep-alive agents, latency statistics and peak memory. Plain ESM, no deps
// beyond what Dyad already installs (pg, kafkajs).
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serviceNodeArgs } from '../node-args.mjs';

export const require = createRequire(import.meta.url);
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const benchDir = path.join(root, '.dyad/bench');
mkdirSync(benchDir, { recursive: true });

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const now = () => Number(process.hrtime.bigint()) / 1e6; // ms, monotonic
export const log = (msg) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

// ---------------------------------------------------------------------------------------------
// Cleanup: everything started registers its undo; run in reverse order on exit, error or signal.
const cleanups = [];
export function onCleanup(label, fn) {
  const entry = { label, fn };
  cleanups.push(entry);
  return () => {
    const i = cleanups.indexOf(entry);
    if (i >= 0) cleanups.splice(i, 1);
  };
}
let cleaning = null;
export function cleanupAll() {
  cleaning ??= (async () => {
    while (cleanups.length) {
      const { label, fn } = cleanups.pop();
      try {
        await fn();
      } catch (err) {
        log(`cleanup "${label}" failed: ${err.message}`);
      }
    }
  })();
  return cleaning;
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    log(`${sig}: stopping everything the bench started`);
    cleanupAll().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------
// Child processes.

/** Peak resident set (VmHWM) and current RSS of a pid, in MB, or null when it is gone. */
export function memOf(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(s)?.[1] ?? NaN);
    return { hwmMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
  } catch {
    return null;
  }
}

/** CPU time (user+sys) a pid has used so far, in ms. */
export function cpuMsOf(pid) {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime, stime in clock ticks (100 Hz)
  } catch {
    return NaN;
  }
}

/** CPU time (ms) the whole machine spent not idle, over all cores, from /proc/stat. */
export function machineBusyMs() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = f; // idle and iowait are not busy
  return ((user + nice + system + irq + softirq + (steal || 0)) * 1000) / 100;
}

/**
 * Where the CPU goes: a snapshot of each component's CPU time; `cpuDelta(a, b, units)` gives ms of
 * CPU per unit (article) per component, and `other` = the machine's busy time not in any of them.
 */
export async function cpuSnapshot(parts) {
  const u = process.cpuUsage();
  const snap = { machine: machineBusyMs(), self: (u.user + u.system) / 1000 };
  for (const [name, f] of Object.entries(parts)) snap[name] = await f();
  return snap;
}

/** Per database: the PostgreSQL processes last read and the CPU time of those that have exited. */
const pgSeen = new Map();
/**
 * CPU time (ms) of the PostgreSQL server processes working for one database (its client backends
 * and autovacuum workers), and of the server's shared processes (WAL writer, checkpointer, ...),
 * which also work for anything else on the server. `pg` is a client of any database there.
 */
export async function postgresCpuMs(pg, dbName) {
  const { rows } = await pg.query(`SELECT pid, datname, backend_type FROM pg_stat_activity`);
  const now = new Map();
  for (const r of rows) {
    const part = r.datname === dbName ? 'db' : r.datname === null && r.backend_type !== 'client backend' ? 'shared' : null;
    if (part) now.set(r.pid, { part, ms: cpuMsOf(r.pid) || 0 });
  }
  // A backend that exits (a pooled connection closed when idle) takes its CPU time with it: keep
  // its last reading, so that the totals never go down (a negative share was seen at 04:10 on
  // 2026-11-28). CPU spent after that last reading is still missed, and shows in "other".
  const state = pgSeen.get(dbName) ?? { seen: new Map(), retired: { db: 0, shared: 0 } };
  // (A pid whose CPU time went down is a new process under a reused pid.)
  for (const [pid, last] of state.seen) if (!now.has(pid) || now.get(pid).ms < last.ms) state.retired[last.part] += last.ms;
  state.seen = now;
  pgSeen.set(dbName, state);
  let db = state.retired.db;
  let shared = state.retired.shared;
  for (const v of now.values()) v.part === 'db' ? (db += v.ms) : (shared += v.ms);
  return { db, shared };
}
export function cpuDelta(a, b, units) {
  const per = {};
  let known = 0;
  for (const k of Object.keys(a)) {
    if (k === 'machine') continue;
    per[k === 'self' ? 'loadGenerator' : k] = (b[k] - a[k]) / units;
    known += b[k] - a[k];
  }
  per.other = Math.max(0, (b.machine - a.machine - known) / units);
  per.total = (b.machine - a.machine) / units;
  return per;
}

/**
 * A Dyad process (API or projector) started from dist/ with the given env. Its peak memory is
 * read before it is stopped. `stop()` sends SIGTERM and SIGKILL after 15 s.
 */
export class Service {
  constructor(name, script, env, extraArgs = []) {
    this.name = name;
    this.logFile = path.join(benchDir, `${name}.log`);
    const out = openSync(this.logFile, 'a');
    // BENCH_CPU_PROF=<dir>: every service writes a V8 CPU profile there when it stops (for the
    // profiles in docs/benchmarks.md; Node refuses --cpu-prof in NODE_OPTIONS).
    const prof = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
    this.child = spawn(process.execPath, [...serviceNodeArgs(), ...prof, ...extraArgs, path.join(root, script)], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', out, out],
    });
    this.pid = this.child.pid;
    this.stopping = false;
    this.exited = new Promise((r) =>
      this.child.once('exit', (code, sig) => {
        // A service that ends before the bench stops it is a finding, not noise: say so.
        if (!this.stopping) log(`${name} (pid ${this.pid}) exited on its own: code ${code}, signal ${sig}; log ${this.logFile}`);
        r({ code, sig });
      }),
    );
    this.peak = { hwmMb: 0, rssMb: 0 };
    this.undo = onCleanup(`stop ${name}`, () => this.stop());
  }

  sampleMemory() {
    const m = memOf(this.pid);
    if (m) this.peak = { hwmMb: Math.max(this.peak.hwmMb, m.hwmMb), rssMb: Math.max(this.peak.rssMb, m.rssMb) };
    return this.peak;
  }

  cpuMs() {
    return cpuMsOf(this.pid);
  }

  async stop() {
    this.undo();
    this.stopping = true;
    if (this.child.exitCode !== null || this.child.signalCode !== null) return this.peak;
    this.sampleMemory();
    this.child.kill('SIGTERM');
    const t = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await this.exited;
    clearTimeout(t);
    return this.peak;
  }

  tail(n = 20) {
    try {
      return readFileSync(this.logFile, 'utf8').trim().split('\n').slice(-n).join('\n');
    } catch {
      return '';
    }
  }
}

/** Waits until GET url answers 200 (bounded). */
export async function waitHttp(url, timeoutMs = 60_000, svc = null) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const r = await request('GET', url);
      if (r.status === 200) return;
    } catch {
      /* not up yet */
    }
    if (svc && svc.child.exitCode !== null) throw new Error(`${svc.name} exited (${svc.child.exitCode}):\n${svc.tail()}`);
    if (Date.now() > deadline) throw new Error(`${url} not ready after ${timeoutMs} ms${svc ? `:\n${svc.tail()}` : ''}`);
    await sleep(250);
  }
}

/** Runs a command to completion, capturing its output (bounded by timeoutMs). */
export function run(cmd, args, { env = {}, timeoutMs = 600_000, input } = {}) {
  const r = spawnSync(cmd, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: timeoutMs, input, maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}

// ---------------------------------------------------------------------------------------------
// Postgres.
export const PG_ADMIN = process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const pg = require('pg');

export function dbUrl(name) {
  const u = new URL(PG_ADMIN);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function pgClient(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  return c;
}

/** Creates a database for this run and registers its drop. */
export async function createDb(name) {
  const admin = await pgClient(PG_ADMIN);
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  onCleanup(`drop database ${name}`, () => dropDb(name));
  return dbUrl(name);
}

export async function dropDb(name) {
  if (process.env.BENCH_KEEP_DB) return log(`keeping database ${name} (BENCH_KEEP_DB)`);
  const admin = await pgClient(PG_ADMIN);
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Kafka.
export function kafkaScript(script, env = {}, timeoutMs = 300_000) {
  return run('bash', [path.join(root, 'scripts/kafka', script)], { env, timeoutMs });
}

export function kafkaTool(cls, args, timeoutMs = 600_000) {
  return run('bash', [path.join(root, 'scripts/kafka/run-class.sh'), cls, ...args], { timeoutMs });
}

// ---------------------------------------------------------------------------------------------
// HTTP.
export function agent(maxSockets) {
  return new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, scheduling: 'fifo' });
}

/** One request; resolves with { status, body (string), ms }. */
export function request(method, url, body, ag, headers = {}, timeoutMs = 120_000) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body);
    const t0 = process.hrtime.bigint();
    const req = http.request(
      url,
      {
        method,
        agent: ag,
        headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers } : headers,
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8'), ms: Number(process.hrtime.bigint() - t0) / 1e6 }),
        );
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error('request timeout')));
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

/**
 * Closed-loop load: `concurrency` workers each send the next request as soon as the previous one
 * answers, for `durationMs` or until `make` returns null. `make(i)` gives { method, url, body };
 * `check(res, i)` returns how many units (articles, queries) the answer counts for, or throws.
 */
export async function closedLoop({ concurrency, durationMs, maxRequests = Infinity, make, check = () => 1, warmupMs = 0 }) {
  const ag = agent(concurrency);
  const lat = [];
  let units = 0;
  let errors = 0;
  let next = 0;
  let firstError = null;
  const tStart = now();
  const tMeasure = tStart + warmupMs;
  const tEnd = tMeasure + durationMs;
  let measuredUnits = 0;
  async function worker() {
    while (now() < tEnd && next < maxRequests) {
      const i = next++;
      const spec = make(i);
      if (!spec) return;
      const t0 = now();
      try {
        const res = await request(spec.method, spec.url, spec.body, ag, spec.headers);
        const u = check(res, i);
        const t1 = now();
        units += u;
        if (t0 >= tMeasure) {
          lat.push(t1 - t0);
          measuredUnits += u;
        }
      } catch (err) {
        errors++;
        firstError ??= err.message;
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = now() - Math.max(tStart, tMeasure);
  ag.destroy();
  return { concurrency, requests: lat.length, units: measuredUnits, totalUnits: units, errors, firstError, seconds: elapsed / 1000, perSec: (measuredUnits / elapsed) * 1000, reqPerSec: (lat.length / elapsed) * 1000, ...percentiles(lat) };
}

export function percentiles(values) {
  if (values.length === 0) return { p50: NaN, p95: NaN, p99: NaN, max: NaN, n: 0 };
  const s = Float64Array.from(values).sort();
  const q = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return { p50: q(0.5), p95: q(0.95), p99: q(0.99), max: s[s.length - 1], n: s.length };
}

/**
 * An SSE client of GET /streams/events: calls onEvent(id, type, data, receivedAtMs) per message.
 * Returns { close() }.
 */
export function sseSubscribe(url, onEvent) {
  let req;
  const ready = new Promise((resolve, reject) => {
    req = http.get(url, { headers: { accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`SSE answered ${res.statusCode}`));
      resolve();
      res.setEncoding('utf8');
      let buf = '';
      res.on('data', (chunk) => {
        const t = now();
        buf += chunk;
        let i;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          let id = null;
          let type = null;
          let data = '';
          for (const line of block.split('\n')) {
            if (line.startsWith('id:')) id = line.slice(3).trim();
            else if (line.startsWith('event:')) type = line.slice(6).trim();
            else if (line.startsWith('data:')) data += line.slice(5).trim();
          }
          if (data) onEvent(id, type, data, t);
        }
      });
      res.on('error', () => undefined);
    });
    req.on('error', reject);
  });
  return { ready, close: () => req.destroy() };
}

export const fmt = (n, d = 0) =>
  n === null || n === undefined || Number.isNaN(n) ? '–' : Number(n).toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

export function machine() {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? '?';
  const mem = Number(/MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0) / 1024 / 1024;
  const cores = readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? 0;
  const pgv = run('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-Atc', 'show server_version']).stdout.trim();
  const java = run('java', ['-version']).stderr.split('\n')[0];
  const disk = run('df', ['-h', root]).stdout.split('\n')[1] ?? '';
  return { cpu, cores, memGb: Math.round(mem), node: process.version, postgres: pgv, java, kafka: '4.1.1 (KRaft, Maven Central jars)', disk: disk.replace(/\s+/g, ' ') };
}

/** A free TCP port on the loopback interface (asks the kernel). */
export async function freePort() {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** 1-minute load average and the share of CPU used by processes the bench did not start. */
export function loadavg() {
  return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
}

export function exists(p) {
  return existsSync(p);
}

// ---------------------------------------------------------------------------------------------
// wrk: a load generator written in C (Debian package `wrk`). On two shared cores the Node client
// above spends ~150 µs of CPU per request, as much as a light request costs the API; wrk spends
// a few µs, so the service gets the cores. `ensureWrk()` installs it with apt-get when it is missing
// and this process may (root); without it the bench keeps the Node client's rows only.
export function ensureWrk() {
  const has = () => run('sh', ['-c', 'command -v wrk']).status === 0;
  if (has()) return true;
  if (process.getuid?.() !== 0 || run('sh', ['-c', 'command -v apt-get']).status !== 0) return false;
  log('installing wrk (apt-get install wrk) for the query phase');
  run('apt-get', ['update', '-qq'], { timeoutMs: 300_000 });
  run('apt-get', ['install', '-y', '-qq', 'wrk'], { timeoutMs: 300_000, env: { DEBIAN_FRONTEND: 'noninteractive' } });
  return has();
}

/** wrk's "Latency" lines ("  99%   20.85ms") in ms. */
function wrkMs(out, pct) {
  const m = new RegExp(`^\\s+${pct}%\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm').exec(out);
  if (!m) return NaN;
  const v = Number(m[1]);
  return m[2] === 'us' ? v / 1000 : m[2] === 's' ? v * 1000 : v;
}

/**
 * Closed-loop GETs with wrk: `connections` keep-alive connections on one thread for `seconds`,
 * cycling through `paths` (each once before any repeats, in a fixed stride). Every non-2xx or
 * socket error is counted as an error.
 */
export function wrkGet({ base, paths, connections, seconds, headers = {} }) {
  const lua = path.join(benchDir, `wrk-${process.pid}.lua`);
  const quoted = paths.map((p) => JSON.stringify(p)).join(',');
  const hdrs = Object.entries(headers).map(([k, v]) => `wrk.headers[${JSON.stringify(k)}] = ${JSON.stringify(v)}`).join('\n');
  // Lua: a stride coprime with the list's length visits every path once per lap.
  writeFileSync(lua, `local p = {${quoted}}\nlocal n = #p\nlocal i = 0\n${hdrs}\nrequest = function() i = (i + 7919) % n return wrk.format("GET", p[i + 1]) end\n`);
  const r = run('wrk', ['-t1', `-c${connections}`, `-d${Math.max(1, Math.round(seconds))}s`, '--latency', '-s', lua, base], { timeoutMs: (seconds + 60) * 1000 });
  const out = r.stdout;
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN);
  const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? 0);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const sock = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const errors = non2xx + (sock ? sock.slice(1).reduce((a, b) => a + Number(b), 0) : 0);
  return { tool: 'wrk', concurrency: connections, requests, reqPerSec: rps, p50: wrkMs(out, 50), p90: wrkMs(out, 90), p99: wrkMs(out, 99), errors, firstError: errors ? `${non2xx} non-2xx${sock ? `, ${sock[0]}` : ''}` : null, raw: r.status === 0 ? undefined : `${r.stderr}${out}`.slice(0, 500) };
}
