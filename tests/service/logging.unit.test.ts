import { afterEach, describe, expect, it, vi } from 'vitest';
import { createJsonLogger } from '../../service/src/http/logging.js';

const clock = () => new Date('2025-07-01T10:00:00.000Z');

afterEach(() => vi.restoreAllMocks());

describe('createJsonLogger', () => {
  it('writes info lines to stdout and error lines to stderr by default', () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const log = createJsonLogger({ clock });
    log.info('started', { port: 1 });
    log.error('failed', { error: 'x' });
    const lines = (spy: typeof out) => spy.mock.calls.map(([l]) => JSON.parse(String(l)) as object);
    expect(lines(out)).toEqual([
      { time: '2025-07-01T10:00:00.000Z', level: 'info', msg: 'started', port: 1 },
    ]);
    expect(lines(err)).toEqual([
      { time: '2025-07-01T10:00:00.000Z', level: 'error', msg: 'failed', error: 'x' },
    ]);
  });

  it('hands every line and its level to a given sink instead', () => {
    const seen: [string, string][] = [];
    const log = createJsonLogger({ clock, write: (line, level) => seen.push([level, line]) });
    log.info('a');
    log.error('b');
    expect(seen.map(([level, line]) => [level, (JSON.parse(line) as { msg: string }).msg])).toEqual(
      [
        ['info', 'a'],
        ['error', 'b'],
      ],
    );
  });
});
