import type { MiddlewareHandler } from 'hono';

/** Structured logging: one JSON object per line. */
export interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  /** Something ignored that someone should look at (loggers without it: `error`). */
  warn?(msg: string, fields?: Record<string, unknown>): void;
}

export interface JsonLoggerOptions {
  clock: () => Date;
  /** Where a line goes (default: stdout for info, stderr for errors). */
  write?: (line: string, level: 'info' | 'warn' | 'error') => void;
}

/** A logger that writes one JSON line per call, timestamped by the injected clock. */
export function createJsonLogger({ clock, write }: JsonLoggerOptions): Logger {
  const out =
    write ??
    ((line: string, level: 'info' | 'warn' | 'error') =>
      (level === 'info' ? process.stdout : process.stderr).write(line + '\n'));
  const emit = (
    level: 'info' | 'warn' | 'error',
    msg: string,
    fields: Record<string, unknown> = {},
  ) => out(JSON.stringify({ time: clock().toISOString(), level, msg, ...fields }), level);
  return {
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}

/** A logger that drops everything (tests). */
export const silentLogger: Logger = { info: () => {}, error: () => {} };

/** Logs one line per request: method, path, status and duration. */
export function requestLogger(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    log.info('request', {
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}
