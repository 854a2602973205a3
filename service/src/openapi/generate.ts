import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPI3 } from 'openapi-typescript';
import { format } from 'prettier';
import { openApiDocument } from '../routes/openapi.js';

/** Where the generated files live, relative to the repository root. */
export const API_FILES = {
  document: 'docs/openapi.json',
  types: 'dashboard/src/lib/api.gen.ts',
} as const;

/** The command that rewrites them. */
export const GENERATE_COMMAND = 'npx -y pnpm@10.34.8 gen:api';

const HEADER = `// Generated from the service's OpenAPI document (service/src/routes/openapi.ts) by
// \`${GENERATE_COMMAND}\`. Do not edit: change the service and run it again.

`;

// The repository's Prettier style, so `pnpm format` leaves the files as generated.
const STYLE = { singleQuote: true, semi: true, printWidth: 100 } as const;

/**
 * The OpenAPI document as JSON and the dashboard's API types generated from it by
 * openapi-typescript, as the text each file must hold.
 */
export async function generateApiFiles(): Promise<Record<keyof typeof API_FILES, string>> {
  const doc = openApiDocument();
  const json = JSON.stringify(doc);
  const ast = await openapiTS(JSON.parse(json) as OpenAPI3, { alphabetize: false });
  return {
    document: await format(json, { ...STYLE, parser: 'json' }),
    types: await format(HEADER + astToString(ast), { ...STYLE, parser: 'typescript' }),
  };
}
