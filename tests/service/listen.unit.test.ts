import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ensurePortFree, ListenError, listenFailure } from '../../service/src/http/listen.js';

describe('listening', () => {
  it('names a port in use in one line, before anything is opened', async () => {
    const taken = createServer();
    await new Promise<void>((ok) => taken.listen(0, '127.0.0.1', ok));
    const { port } = taken.address() as AddressInfo;
    try {
      const failure = ensurePortFree(port, '127.0.0.1');
      await expect(failure).rejects.toBeInstanceOf(ListenError);
      await expect(failure).rejects.toThrow(`port ${port} is in use; set PORT`);
    } finally {
      await new Promise((ok) => taken.close(ok));
    }
    // Free again: the probe lets it go at once.
    await expect(ensurePortFree(port, '127.0.0.1')).resolves.toBeUndefined();
  });

  it('turns the errors an operator can fix into one line, and leaves others as they are', () => {
    const errno = (code: string) => Object.assign(new Error(code), { code });
    expect(String(listenFailure(errno('EACCES'), 80, '0.0.0.0'))).toMatch(/port 80 .*set PORT/);
    expect(String(listenFailure(errno('EADDRNOTAVAIL'), 3000, '10.9.9.9'))).toMatch(/set HOST/);
    const other = errno('EMFILE');
    expect(listenFailure(other, 3000, '127.0.0.1')).toBe(other);
  });
});
