import type * as Zod from 'zod/mini';

/**
 * Fields declared once, for values the popup draws at its first paint, before zod has loaded
 * (the draft, its features): each field's value when there is none, and how to build its schema
 * once zod is there (fields-schema.ts), so that declaring a field loads no zod. The stored
 * value's schema, the empty value and the value's type all come from the one declaration.
 */

/** The parts of zod a field's schema is built from. */
export type ZodApi = Pick<typeof Zod, 'array' | 'boolean' | 'custom' | 'enum' | 'number' | 'record' | 'string'>;

export interface Field<T> {
  /** The value when there is none, or when the stored one is damaged. */
  empty: T;
  schema(z: ZodApi): Zod.ZodMiniType<T>;
  /** For a field that is itself declared field by field (see group). */
  fields?: Fields;
}

export type Fields = Record<string, Field<unknown>>;
export type ValuesOf<F extends Fields> = { [K in keyof F]: F[K] extends Field<infer T> ? T : never };

export function field<T>(empty: T, schema: (z: ZodApi) => Zod.ZodMiniType<T>): Field<T> {
  return { empty, schema };
}

/** A field made of fields: within it too, each part falls back on its own. */
export function group<F extends Fields>(fields: F): Field<ValuesOf<F>> {
  return {
    empty: emptyOf(fields),
    fields,
    schema: () => {
      throw new Error('A group is built by fieldsSchema');
    },
  };
}

/** A copy, so that no two values share an empty list or object. */
export const fresh = <T>(value: T): T => (typeof value === 'object' && value !== null ? structuredClone(value) : value);

/** Every field at its empty value. */
export function emptyOf<F extends Fields>(fields: F): ValuesOf<F> {
  return Object.fromEntries(Object.entries(fields).map(([key, f]) => [key, fresh(f.empty)])) as ValuesOf<F>;
}
