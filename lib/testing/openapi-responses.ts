import Ajv, { type ValidateFunction } from 'ajv';
import { readShared } from './shared';

// Validators for 8x8's OpenAPI response schemas, with the file's internal $refs
// (JSON pointers such as #/paths/~1api~1v1…) resolved.

type Json = Record<string, unknown>;

function pointer(document: unknown, ref: string): unknown {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .map((part) => decodeURIComponent(part.replace(/~1/g, '/').replace(/~0/g, '~')))
    .reduce<unknown>((node, key) => (node as Json)[key], document);
}

function resolve(node: unknown, document: unknown): unknown {
  if (Array.isArray(node)) return node.map((n) => resolve(n, document));
  if (typeof node !== 'object' || node === null) return node;
  const ref = (node as Json).$ref;
  if (typeof ref === 'string') return resolve(pointer(document, ref), document);
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, resolve(v, document)]));
}

const ajv = new Ajv({ strict: false, allErrors: true });

export function openApiResponseValidator(path: string, method: string, status: number): ValidateFunction {
  const document = readShared<{ paths: Record<string, Record<string, Json>> }>('voice-api.openapi.json');
  const schema = pointer(document, `#/paths/${path.replace(/\//g, '~1')}/${method}/responses/${status}/content/application~1json/schema`);
  return ajv.compile(resolve(schema, document) as Json);
}
