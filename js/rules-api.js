
// ── js/rules-api.js, appended by scripts/build.sh ──
// rules(): the rule catalogue with its docs, read from baocao.rules.json beside this
// module when first asked. The docs are not in the wasm, which every visitor of a
// portal downloads before the first check (benches/size-steps.md).
let ruleCatalogue = null;

/**
 * Every rule of the catalogue, implemented or planned, in catalogue order, with its
 * docs in Vietnamese and English. `options.url` is where baocao.rules.json is served
 * (beside this module unless given), `options.integrity` its Subresource Integrity hash;
 * `options.load` fetches it instead (the drop-in's fetch, verified with its own hash).
 */
export function rules(options = {}) {
  if (!ruleCatalogue) {
    const url = options.load ? "baocao.rules.json" : String(options.url || new URL("baocao.rules.json", import.meta.url));
    const init = { credentials: "same-origin" };
    if (options.integrity) init.integrity = options.integrity;
    const loading = Promise.resolve()
      .then(() => (options.load ? options.load() : fetch(url, init)))
      .then((response) => {
        if (!response.ok) throw new Error(`rules: ${url} answered ${response.status} ${response.statusText}`);
        return response.text();
      })
      .catch((error) => {
        const message = String((error && error.message) || error);
        throw /^rules: /.test(message) ? error : new Error(`rules: could not load ${url}: ${message}`);
      });
    // Asked again after a failure, fetched again.
    loading.catch(() => { if (ruleCatalogue === loading) ruleCatalogue = null; });
    ruleCatalogue = loading;
  }
  // A fresh copy for every caller: no one changes the catalogue another reads.
  return ruleCatalogue.then((text) => JSON.parse(text));
}
