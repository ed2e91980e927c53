import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Infrastructure a fault test may kill: a Kafka broker and a PostgreSQL cluster of its own, on
 * their own ports and directories (never the shared ones on 9092 and 5432).
 */
const root = path.resolve(__dirname, '../..');
/** PostgreSQL's server binaries: PG_BIN, else the newest Debian/Ubuntu install, else PATH. */
function findPgBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => existsSync(path.join(debian, v, 'bin/pg_ctl'))).sort((a, b) => Number(b) - Number(a));
    if (versions.length) return path.join(debian, versions[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' });
  return which.status === 0 ? path.dirname(which.stdout.trim()) : '/usr/lib/postgresql/15/bin';
}
const PG_BIN = findPgBin();

export interface OwnKafka {
  brokers: string;
  start(): void;
  /** Graceful stop (SIGTERM; SIGKILL after the script's timeout). */
  stop(): void;
  /** kill -9 of the broker JVM. */
  kill(): void;
  running(): boolean;
}

export function ownKafka(opts: { port: number; controllerPort: number; dir: string }): OwnKafka {
  if (opts.port === 9092) throw new Error('never the shared broker');
  const env = {
    ...process.env,
    KAFKA_PORT: String(opts.port),
    KAFKA_CONTROLLER_PORT: String(opts.controllerPort),
    KAFKA_HOME_DIR: opts.dir,
    KAFKA_HEAP_OPTS: process.env.CHAOS_KAFKA_HEAP ?? '-Xms256m -Xmx512m',
  };
  const script = (name: string) => spawnSync('bash', [path.join(root, 'scripts/kafka', name)], { env, encoding: 'utf8' });
  const pidFile = path.join(opts.dir, 'kafka.pid');
  const pid = () => {
    try {
      return Number(readFileSync(pidFile, 'utf8').trim()) || null;
    } catch {
      return null;
    }
  };
  return {
    brokers: `127.0.0.1:${opts.port}`,
    start() {
      const r = script('start.sh');
      if (r.status !== 0) throw new Error(`own Kafka did not start:\n${r.stdout}\n${r.stderr}`);
    },
    stop() {
      script('stop.sh');
    },
    kill() {
      const p = pid();
      if (p) {
        try {
          process.kill(p, 'SIGKILL');
        } catch {
          /* already gone */
        }
        for (let i = 0; i < 100; i++) {
          try {
            process.kill(p, 0);
          } catch {
            return;
          }
          execFileSync('sleep', ['0.1']);
        }
      }
    },
    running() {
      return script('status.sh').status === 0;
    },
  };
}

export interface OwnPostgres {
  port: number;
  url(db?: string): string;
  start(): void;
  stop(mode?: 'fast' | 'immediate'): void;
  restart(mode?: 'fast' | 'immediate'): void;
  running(): boolean;
}

const isRoot = () => process.getuid?.() === 0;

/** Runs a command as the postgres user when we are root (PostgreSQL refuses to run as root). */
function run(cmd: string[]) {
  if (isRoot()) {
    const quoted = cmd.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    return spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', quoted], { encoding: 'utf8', cwd: '/tmp' });
  }
  return spawnSync(cmd[0], cmd.slice(1), { encoding: 'utf8', cwd: '/tmp' });
}

const pgRun = (bin: string, args: string[]) => run([path.join(PG_BIN, bin), ...args]);

/**
 * Where the cluster lives: `dir`, unless we are root and the postgres user cannot write there (a
 * checkout under a private directory, such as one made by `mktemp -d`); then a directory of its
 * own under the system's temporary directory, named after `dir`.
 */
function clusterDir(dir: string): string {
  if (!isRoot()) return dir;
  mkdirSync(dir, { recursive: true });
  const { uid, gid } = JSON.parse(execFileSync('sh', ['-c', 'echo "{\\"uid\\":$(id -u postgres),\\"gid\\":$(id -g postgres)}"'], { encoding: 'utf8' }));
  chownSync(dir, uid, gid);
  if (run(['test', '-w', dir]).status === 0) return dir;
  const own = path.join(tmpdir(), `dyad-pg-${createHash('sha1').update(dir).digest('hex').slice(0, 12)}`);
  mkdirSync(own, { recursive: true });
  chownSync(own, uid, gid);
  return own;
}

export function ownPostgres(opts: { port: number; dir: string }): OwnPostgres {
  if (opts.port === 5432) throw new Error('never the shared PostgreSQL');
  const dir = clusterDir(opts.dir);
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'postgres.log');
  const ensureInit = () => {
    if (existsSync(path.join(data, 'PG_VERSION'))) return;
    const r = pgRun('initdb', ['-D', data, '--username=postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    if (r.status !== 0) throw new Error(`initdb failed: ${r.stderr}`);
  };
  const pg = {
    port: opts.port,
    url: (db = 'postgres') => `postgres://postgres@127.0.0.1:${opts.port}/${db}`,
    start() {
      ensureInit();
      const r = pgRun('pg_ctl', [
        '-D', data, '-l', log, '-w', '-t', '60',
        '-o', `-p ${opts.port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
        'start',
      ]);
      if (r.status !== 0) throw new Error(`own PostgreSQL did not start: ${r.stdout}${r.stderr}`);
    },
    stop(mode: 'fast' | 'immediate' = 'fast') {
      pgRun('pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '60', 'stop']);
    },
    restart(mode: 'fast' | 'immediate' = 'fast') {
      pg.stop(mode);
      pg.start();
    },
    running() {
      return existsSync(path.join(data, 'PG_VERSION')) && pgRun('pg_ctl', ['-D', data, 'status']).status === 0;
    },
  };
  return pg;
}
