import Ajv, { type ValidateFunction } from 'ajv';
import { readShared } from './shared';

// Validates callflows the product emits against 8x8's own OpenAPI file. The file
// disagrees with 8x8's prose and published samples in four places; where it does,
// the prose and samples win (../shared/8x8/README.md) and each exception is made
// here explicitly, nowhere else:
//  1. `speed` is typed integer, but the prose allows 0.5–2 → number.
//  2. makeCall params allow at most 2 properties, but the prose adds the optional
//     `callRecording` → 3.
//  3. `say` is capped at 3 properties (action object) — our say objects have two
//     (action, params), so this cap is kept as published.
//  4. SayAndCapture's `required: [promptMessage, voiceProfile]` sits beside
//     `properties` on the action object, where no action could ever satisfy it; it
//     is moved into `params`, where the prose puts it.
// The Simple IVR sample also sends sayAndCapture `repetition`, which the schema does
// not list; the schema allows extra params, so that passes as published.

type Json = Record<string, unknown>;
type OpenApi = { paths: Record<string, Record<string, Json>> };

const at = (value: unknown, ...path: Array<string | number>): Json =>
  path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value) as Json;

function callflowItemSchema(): Json {
  const openapi = readShared<OpenApi>('voice-api.openapi.json');
  const operation = openapi.paths['/api/v1/subaccounts/{subAccountId}/callflows']!.post!;
  const request = at(operation, 'requestBody', 'content', 'application/json', 'schema', 'anyOf', 0);
  const items = structuredClone(at(request, 'properties', 'callflow', 'items'));
  const [makeCall, say, sayAndCapture] = (items.anyOf as Json[]).map((s) => s);

  for (const variant of items.anyOf as Json[]) {
    const params = at(variant, 'properties', 'params') as Json | undefined;
    const speed = params && (at(params, 'properties') as Json).speed;
    if (speed && typeof speed === 'object' && 'type' in speed) (speed as Json).type = 'number'; // exception 1
  }
  (at(makeCall, 'properties', 'params') as Json).maxProperties = 3; // exception 2
  void say; // exception 3: kept as published
  const captureParams = at(sayAndCapture, 'properties', 'params');
  captureParams.required = sayAndCapture!.required; // exception 4
  delete sayAndCapture!.required;

  // The voiceProfile $ref points into the original document; inline it.
  (at(captureParams, 'properties') as Json).voiceProfile = { type: 'string' };
  return items;
}

let validator: ValidateFunction | undefined;

/** Errors for each action that does not match 8x8's published schema (empty when all do). */
export function openApiCallflowErrors(callflow: unknown[]): string[] {
  validator ??= new Ajv({ strict: false, allErrors: false }).compile(callflowItemSchema());
  return callflow.flatMap((action, i) =>
    validator!(action) ? [] : [`callflow[${i}] (${JSON.stringify(action).slice(0, 80)}…): ${JSON.stringify(validator!.errors?.slice(0, 3))}`],
  );
}
