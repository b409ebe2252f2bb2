import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { emptyOf, field } from '@/utils/storage/fields';
import { fieldsSchema } from '@/utils/storage/fields-schema';

const FIELDS = {
  name: field('', (z) => z.string()),
  tags: field<string[]>([], (z) => z.array(z.string())),
  count: field(3, (z) => z.number()),
};

describe('fields declared once', () => {
  it('give the empty value, and the schema’s output for nothing is the same', () => {
    expect(emptyOf(FIELDS)).toEqual({ name: '', tags: [], count: 3 });
    expect(z.parse(fieldsSchema(FIELDS), {})).toEqual(emptyOf(FIELDS));
  });

  it('fall back one by one: a damaged or missing field does not take the others with it', () => {
    expect(z.parse(fieldsSchema(FIELDS), { name: 'Kept', tags: 'oops', count: 'three' })).toEqual({ name: 'Kept', tags: [], count: 3 });
  });

  it('never hand out the same empty list twice', () => {
    expect(emptyOf(FIELDS).tags).not.toBe(emptyOf(FIELDS).tags);
  });
});
