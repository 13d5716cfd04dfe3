// The Ajv side of the browser benchmark, bundled by esbuild into benches/dist/ajv.js:
// Ajv 8 compiling the structure-only JSON Schema of the report form at load, as a
// portal does. allErrors, so that it reports every error as validateForm does.
import Ajv from "ajv";
import schema from "../report-form.schema.json";

const ajv = new Ajv({ allErrors: true });
const check = ajv.compile(schema);

export function validate(form) {
  return check(form) ? [] : check.errors;
}
