/** Validates reports against docs/report.schema.json, the documented contract. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const schema = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../docs/report.schema.json'), 'utf8'),
);
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const validate = ajv.compile(schema);

/** The schema errors of a report, as readable strings (empty when valid). */
export function schemaErrors(report: unknown): string[] {
  return validate(report)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
