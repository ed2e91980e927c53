import type { LoggerService, LogLevel } from '@nestjs/common';

const LEVELS = { debug: 10, verbose: 10, log: 20, info: 20, warn: 30, error: 40, fatal: 50 } as const;
type Level = keyof typeof LEVELS;

/**
 * One structured logger: one JSON object per line on stdout, with time, level, context and
 * message, plus any fields passed as an object. Nest uses it through the LoggerService interface.
 */
export class JsonLogger implements LoggerService {
  private min: number;

  constructor(level: 'debug' | 'info' | 'warn' | 'error' = 'info') {
    this.min = LEVELS[level];
  }

  setLevel(level: 'debug' | 'info' | 'warn' | 'error') {
    this.min = LEVELS[level];
  }

  log(message: unknown, ...rest: unknown[]) {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]) {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]) {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]) {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]) {
    this.write('debug', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]) {
    this.write('fatal', message, rest);
  }
  setLogLevels(_levels: LogLevel[]) {
    /* the level comes from LOG_LEVEL */
  }

  private write(level: Level, message: unknown, rest: unknown[]) {
    if (LEVELS[level] < this.min) return;
    // Nest passes the context as the last string argument, and an error's stack before it.
    const args = [...rest];
    const context = typeof args[args.length - 1] === 'string' ? (args.pop() as string) : undefined;
    const entry: Record<string, unknown> = { time: new Date().toISOString(), level, context };
    if (message instanceof Error) {
      entry.msg = message.message;
      entry.err = { name: message.name, stack: message.stack };
    } else if (message && typeof message === 'object') {
      Object.assign(entry, message);
    } else {
      entry.msg = String(message);
    }
    for (const a of args) {
      if (a instanceof Error) entry.err = { name: a.name, message: a.message, stack: a.stack };
      else if (typeof a === 'string' && a.includes('\n    at ')) entry.stack = a;
      else if (a && typeof a === 'object') Object.assign(entry, a);
      else if (a !== undefined) entry.detail = a;
    }
    process.stdout.write(`${JSON.stringify(entry)}\n`);
  }
}
