
// ── js/rules-api.js, appended by scripts/build.sh ──
// rules(): the rule catalogue with its docs, read from baocao.rules.json beside this
// module when first asked. The docs are not in the wasm, which every visitor of a
// portal downloads before the first check (benches/size-steps.md).
let ruleCatalogue = null;

/**
 * Every rule of the catalogue, implemented or planned, in catalogue order, with its
 * docs in Vietnamese and English. `options.url` is where baocao.rules.json is served
 * (beside this module unless given); `options.integrity` its Subresource Integrity hash.
 */
export function rules(options) {
  if (!ruleCatalogue) {
    const url = (options && options.url) || new URL("baocao.rules.json", import.meta.url);
    const init = { credentials: "same-origin" };
    if (options && options.integrity) init.integrity = options.integrity;
    ruleCatalogue = fetch(url, init)
      .then((response) => {
        if (!response.ok) throw new Error(`rules: ${url} answered ${response.status} ${response.statusText}`);
        return response.text();
      })
      .catch((error) => {
        ruleCatalogue = null; // asked again, fetched again
        throw error instanceof Error && /^rules: /.test(error.message)
          ? error
          : new Error(`rules: could not load ${url} (${error && error.message}${options && options.integrity ? "; checked against its integrity hash" : ""})`);
      });
  }
  // A fresh copy for every caller: no one changes the catalogue another reads.
  return ruleCatalogue.then((text) => JSON.parse(text));
}
