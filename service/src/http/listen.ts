import { createServer } from 'node:net';

/** The service cannot listen where it was told to; the message is one line an operator can act on. */
export class ListenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ListenError';
  }
}

/** A `listen` failure as a ListenError with what to change, or the error itself when unknown. */
export function listenFailure(error: unknown, port: number, hostname: string): unknown {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'EADDRINUSE':
      return new ListenError(`port ${port} is in use; set PORT`);
    case 'EACCES':
      return new ListenError(`port ${port} needs privileges this process lacks; set PORT`);
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return new ListenError(`cannot listen on address '${hostname}'; set HOST`);
    default:
      return error;
  }
}

/**
 * Fails fast when `port` cannot be had, before the store is opened and the log folded: binds it
 * and lets it go at once. Port 0 (any free port) always passes. The real listen still reports the
 * same way should another process take the port in between.
 */
export async function ensurePortFree(port: number, hostname: string): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error) => reject(listenFailure(error, port, hostname)));
    probe.listen({ port, host: hostname, exclusive: true }, () => probe.close(() => resolve()));
  });
}
