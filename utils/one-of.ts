import * as z from 'zod/mini';

/**
 * A string that is one of `values`: what `z.literal(values)` checks, as a check on `z.string()`.
 * The service worker's fixed lists (networks, outbox states, endpoints) use it: z.literal's class
 * (a regular expression built from the list, for a feature Sharebeam does not use) weighs more in
 * the worker than the list it checks.
 */
export function oneOf<const T extends readonly string[]>(values: T): z.ZodMiniType<T[number]> {
  return z.string().check((payload) => {
    if (!values.includes(payload.value)) payload.issues.push({ code: 'invalid_value', values: [...values], input: payload.value });
  }) as unknown as z.ZodMiniType<T[number]>;
}
