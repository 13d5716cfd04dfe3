
// js/rules-api.d.ts, appended by scripts/build.sh.
/**
 * Every rule of the catalogue, implemented or planned, in catalogue order, with its docs
 * (Markdown, Vietnamese and English). Read from `baocao.rules.json` beside this module
 * the first time it is asked (the docs are not in the wasm); in Node, read that file
 * (`baocao/rules.json`) yourself. Rejects with an `Error` naming the file when it cannot
 * be loaded or does not match `integrity`.
 */
export function rules(options?: {
  url?: string | URL;
  integrity?: string;
  /** Fetches the catalogue instead of `url` (the drop-in passes its verified fetch). */
  load?: () => Promise<Response>;
}): Promise<RuleInfo[]>;
