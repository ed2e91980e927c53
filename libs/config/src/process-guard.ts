import type { JsonLogger } from './logger';

let installed = false;

/**
 * A promise rejected with nobody listening (a background loop meeting a dropped database or
 * broker connection) is logged, not fatal: the loops retry by themselves, and one missed handler
 * must not take every request in flight down with it. Uncaught exceptions still end the process.
 */
export function guardProcess(logger: JsonLogger): void {
  if (installed) return;
  installed = true;
  process.on('unhandledRejection', (reason) => {
    const e = reason as { name?: string; message?: string; code?: unknown };
    logger.error({ msg: 'unhandled rejection (kept running)', errorName: e?.name, code: e?.code, error: String(e?.message ?? reason).slice(0, 300) }, 'Process');
  });
}
