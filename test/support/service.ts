import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { eventually, testEnv, uniqueName } from './infra';

const root = path.resolve(__dirname, '../..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * Runs the built service (dist/, as `npm start` runs it) as a child process with the given
 * environment, and waits for /health/ready.
 */
export async function startService(
  env: Record<string, string>,
  // `output`: an array to collect the process's output into, readable while it starts.
  opts: { port?: number; main?: 'api' | 'projector'; readyTimeoutMs?: number; output?: string[] } = {},
) {
  const port = opts.port ?? (await freePort());
  const entry = opts.main === 'projector' ? 'dist/apps/projector/src/main.js' : 'dist/apps/api/src/main.js';
  const output: string[] = opts.output ?? [];
  // The flags of scripts/node-args.mjs, as npm start passes them.
  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', '--max-old-space-size=160', path.join(root, entry)], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr!.on('data', (d: Buffer) => output.push(d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  try {
    await eventually(
      async () => {
        if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode}:\n${output.join('')}`);
        if (opts.main === 'projector') return output.join('').includes('projector consuming') ? true : undefined;
        const r = await fetch(`${base}/health/ready`);
        return r.status === 200 ? true : undefined;
      },
      opts.readyTimeoutMs ?? 60_000,
      'the service to be ready',
    );
  } catch (err) {
    child.kill('SIGKILL');
    throw new Error(`${(err as Error).message}\n--- service output ---\n${output.join('').slice(-4000)}`);
  }
  return {
    base,
    port,
    output,
    pid: child.pid!,
    /** True while the process runs. */
    alive: () => child.exitCode === null && child.signalCode === null,
    /** SIGKILL (a crash), resolving when it is gone. */
    kill: async (): Promise<void> => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
    /** SIGTERM and wait: the exit code of a graceful shutdown. */
    stop: async (): Promise<number | null> => {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Environment of a service kept apart from other suites: its own database, topics and consumer group. */
export function isolatedEnv(name: string, databaseUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: testEnv().brokers,
    TOPIC_ARTICLES: uniqueName(`${name}.articles`),
    TOPIC_FACTS: uniqueName(`${name}.facts`),
    PROJECTOR_GROUP_ID: uniqueName(`${name}-projector`),
  };
}
