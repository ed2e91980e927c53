import type { LoggerService } from '@nestjs/common';

/**
 * Runs `attempt` until it succeeds or `timeoutMs` has passed, waiting longer between tries (0.5 s
 * doubling up to 5 s) and logging each failure: a service started before its database or broker
 * (a host reboot, `docker compose up`) waits for them instead of exiting.
 */
export async function waitFor<T>(what: string, attempt: () => Promise<T>, timeoutMs: number, logger: LoggerService): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (err) {
      const wait = Math.min(5000, 500 * 2 ** Math.min(tries - 1, 4));
      if (Date.now() + wait > deadline) throw err;
      logger.warn({ msg: `${what} is not available yet; retrying`, attempt: tries, retryInMs: wait, error: (err as Error)?.message }, 'Startup');
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}
