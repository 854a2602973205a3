import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import formats from 'ajv-formats';

/** An OpenAPI document as far as the tests read it. */
export interface OpenApiDoc {
  openapi: string;
  tags: { name: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; responses: Record<string, ResponseObject> };
}

export interface ResponseObject {
  $ref?: string;
  description?: string;
  content?: Record<string, { schema?: unknown }>;
}

export interface Operation {
  operationId?: string;
  tags?: string[];
  parameters?: { name: string; in: string; description?: string }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, ResponseObject>;
}

// ajv-formats is CommonJS with its plugin as `default`; under NodeNext that is a property.
const addFormats = (formats as unknown as { default: (ajv: Ajv2020) => Ajv2020 }).default;

const pointer = (...parts: string[]) =>
  parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/**
 * Validates values against the schemas of one OpenAPI 3.1 document (JSON Schema 2020-12), so
 * every `$ref` resolves inside the document as a client's validator would resolve it.
 */
export function createDocumentValidator(doc: OpenApiDoc) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(doc, 'doc');
  const resolve = (r: ResponseObject): ResponseObject =>
    r.$ref ? doc.components.responses[r.$ref.split('/').at(-1)!]! : r;
  const check = (ref: string, value: unknown): string[] => {
    const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
    if (validate(value)) return [];
    return (validate.errors ?? [])
      .slice(0, 10)
      .map(
        (e: ErrorObject) =>
          `${e.instancePath || '(root)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
      );
  };
  return {
    resolve,
    /** Problems of `value` as the `status` answer (media `type`) of `method path`; [] when valid. */
    response(path: string, method: string, status: string, type: string, value: unknown) {
      const op = doc.paths[path]?.[method];
      if (!op) return [`no operation ${method} ${path}`];
      const answer = op.responses[status];
      if (!answer) return [`${method} ${path} documents no ${status} answer`];
      const r = resolve(answer);
      if (!r.content?.[type]?.schema) return [`${method} ${path} ${status} has no ${type} schema`];
      const base = answer.$ref
        ? `doc#/${pointer('components', 'responses', answer.$ref.split('/').at(-1)!)}`
        : `doc#/${pointer('paths', path, method, 'responses', status)}`;
      return check(`${base}/${pointer('content', type, 'schema')}`, value);
    },
    /** Problems of `value` as an instance of the component schema `name`. */
    schema(name: string, value: unknown) {
      return check(`doc#/${pointer('components', 'schemas', name)}`, value);
    },
    /** Problems of `value` as the JSON request body of `method path`. */
    requestBody(path: string, method: string, value: unknown) {
      const ref = `doc#/${pointer('paths', path, method, 'requestBody', 'content', 'application/json', 'schema')}`;
      return check(ref, value);
    },
  };
}
