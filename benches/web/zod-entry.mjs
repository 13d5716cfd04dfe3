// The Zod side of the browser benchmark, bundled by esbuild into benches/dist/zod.js:
// Zod 4 parsing the report form with the structure-only schema of
// benches/report-form.zod.mjs, every issue reported.
import { reportForm } from "../report-form.zod.mjs";

export function validate(form) {
  const r = reportForm.safeParse(form);
  return r.success ? [] : r.error.issues;
}
