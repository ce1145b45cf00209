// The JSON Schemas in schema/, compiled once with ajv (draft-07).
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

const load = (name: string): object => JSON.parse(readFileSync(new URL(`../../schema/${name}`, import.meta.url), 'utf8')) as object;

const ajv = new Ajv({ allErrors: true });
ajv.addSchema(load('analyze.schema.json'));
ajv.addSchema(load('delta.schema.json'));
ajv.addSchema(load('enrich-line.schema.json'));

const validator = (id: string) => {
  const validate = ajv.getSchema(`https://github.com/cx/cx/schema/${id}`);
  if (validate === undefined) throw new Error(`schema ${id} not found`);
  return (value: unknown): string[] => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
};

/** Each returns the list of schema errors ([] = valid). */
export const analyzeErrors = validator('analyze.schema.json');
export const deltaErrors = validator('delta.schema.json');
export const enrichLineErrors = validator('enrich-line.schema.json');
