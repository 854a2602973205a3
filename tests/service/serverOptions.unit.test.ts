import { describe, expect, it } from 'vitest';
import { optionsFromEnv, ValidationError } from '@kroniek/service';

describe('optionsFromEnv', () => {
  it('reads PORT, KRONIEK_DB and KRONIEK_TOKEN', () => {
    const o = optionsFromEnv({ PORT: '0', KRONIEK_DB: '/tmp/x/k.db', KRONIEK_TOKEN: 'secret' });
    expect(o).toMatchObject({ port: 0, dbPath: '/tmp/x/k.db', token: 'secret' });
    expect(o.eventsDir).toMatch(/events$/);
  });

  it('defaults to port 3000 and <repo>/data/kroniek.db', () => {
    const o = optionsFromEnv({});
    expect(o.port).toBe(3000);
    expect(o.dbPath).toMatch(/data\/kroniek\.db$/);
    expect(o.token).toBeUndefined();
  });

  it('selects EventStoreDB by KRONIEK_STORE and EVENTSTORE_URL, and says what is missing', () => {
    expect(() => optionsFromEnv({ KRONIEK_STORE: 'eventstoredb' })).toThrow(/EVENTSTORE_URL/);
    expect(() => optionsFromEnv({ KRONIEK_STORE: 'mongo' })).toThrow(ValidationError);
    const url = 'esdb://127.0.0.1:2113?tls=false';
    expect(optionsFromEnv({ KRONIEK_STORE: 'eventstoredb', EVENTSTORE_URL: url }).store).toEqual({
      kind: 'eventstoredb',
      url,
    });
    expect(optionsFromEnv({ KRONIEK_DB: '/tmp/x.db' }).store).toEqual({
      kind: 'sqlite',
      path: '/tmp/x.db',
    });
  });

  it('refuses a port that is not one', () => {
    expect(() => optionsFromEnv({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});
