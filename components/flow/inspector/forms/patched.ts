import { withField } from '../form-types';

/** The data with several fields set; an `undefined` value leaves its field out. */
export function patched<D extends object>(data: D, patch: Partial<D>): D {
  let next = data;
  for (const key of Object.keys(patch) as Array<keyof D>) next = withField(next, key, patch[key] as D[keyof D]);
  return next;
}
