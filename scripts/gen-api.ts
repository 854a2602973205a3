// Writes the OpenAPI document and the dashboard's API types generated from it (`pnpm gen:api`).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_FILES, generateApiFiles } from '../service/src/openapi/generate.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = await generateApiFiles();
for (const [key, path] of Object.entries(API_FILES)) {
  writeFileSync(join(root, path), files[key as keyof typeof API_FILES]);
  console.log(`wrote ${path}`);
}
