// One glue instantiates every checker (scripts/build.sh): each checker's wasm may only
// import what that glue gives, and each import must be the same function there as in the
// glue wasm-bindgen wrote for that checker itself. Names alone are not enough: a cast
// intrinsic is named by its number among the wasm's casts (__wbindgen_generic_…1), so
// two wasms can import one name meaning two different functions.
//   node scripts/same-imports.mjs SHARED_GLUE.js SHARED.wasm CHECKER.wasm:ITS_GLUE.js …
import { readFileSync } from "node:fs";
import { glueImports } from "./glue-imports.mjs";

/** The import object's functions of a wasm-bindgen glue, by name: their source text. */
const shims = (gluePath) => glueImports(readFileSync(gluePath, "utf8"));
const imports = (f) => WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(f)));

const [sharedGlue, sharedWasm, ...checkers] = process.argv.slice(2);
const given = shims(sharedGlue);
const offered = new Set(imports(sharedWasm).map((i) => `${i.module}.${i.name}:${i.kind}`));
if (!given.size) throw new Error(`same-imports: no import functions found in ${sharedGlue}`);
let failed = false;
for (const pair of checkers) {
  const [wasm, glue] = pair.split(":");
  const own = shims(glue);
  for (const i of imports(wasm)) {
    if (!offered.has(`${i.module}.${i.name}:${i.kind}`)) {
      console.error(`build: ${wasm} imports ${i.name}, which the shared glue does not give`);
      failed = true;
    } else if (i.kind === "function" && own.has(i.name) && own.get(i.name) !== given.get(i.name)) {
      console.error(`build: ${wasm} imports ${i.name}, which is another function in the shared glue:\n${own.get(i.name)}\n  there:\n${given.get(i.name)}`);
      failed = true;
    }
  }
}
process.exit(failed ? 1 : 0);
