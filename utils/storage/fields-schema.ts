import * as z from 'zod/mini';
import { fresh, type Fields, type ValuesOf, type ZodApi } from './fields';

// The builders by name, not zod's whole namespace: a namespace passed around as a value would
// bring all of zod into the bundle.
const api: ZodApi = { array: z.array, boolean: z.boolean, custom: z.custom, enum: z.enum, number: z.number, record: z.record, string: z.string };

/**
 * The schema of a value declared field by field (fields.ts): each field that is missing (a value
 * kept by an older version) or damaged falls back to its empty value on its own, and the rest of
 * the value is kept.
 */
export function fieldsSchema<F extends Fields>(fields: F): z.ZodMiniObject<{ [K in keyof F]: z.ZodMiniType<ValuesOf<F>[K]> }> {
  const shape = Object.fromEntries(
    Object.entries(fields).map(([key, f]) => [key, z.catch(f.fields ? fieldsSchema(f.fields) : f.schema(api), () => fresh(f.empty))]),
  );
  return z.object(shape) as unknown as z.ZodMiniObject<{ [K in keyof F]: z.ZodMiniType<ValuesOf<F>[K]> }>;
}
