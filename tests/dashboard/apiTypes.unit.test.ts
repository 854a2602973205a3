import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  API_FILES,
  GENERATE_COMMAND,
  generateApiFiles,
} from '../../service/src/openapi/generate.js';
import { REPO } from '../support/app.js';

// The dashboard's API types are generated from the service's OpenAPI document and committed;
// a change to the API that is not regenerated fails here, with the command that fixes it.

/** The first line where two texts differ, for the failure message. */
function firstDifference(committed: string, generated: string): string {
  const a = committed.split('\n');
  const b = generated.split('\n');
  const i = a.findIndex((line, n) => line !== b[n]);
  const at = i < 0 ? Math.min(a.length, b.length) : i;
  return `line ${at + 1}: committed ${JSON.stringify(a[at] ?? '(end)')}, generated ${JSON.stringify(b[at] ?? '(end)')}`;
}

describe('the generated API files', () => {
  it('match the OpenAPI document the service serves', { timeout: 60_000 }, async () => {
    const generated = await generateApiFiles();
    for (const key of Object.keys(API_FILES) as (keyof typeof API_FILES)[]) {
      const path = API_FILES[key];
      const committed = readFileSync(join(REPO, path), 'utf8');
      if (committed !== generated[key]) {
        expect.fail(
          `${path} is stale (${firstDifference(committed, generated[key])}): run \`${GENERATE_COMMAND}\` and commit the result`,
        );
      }
    }
  });
});
