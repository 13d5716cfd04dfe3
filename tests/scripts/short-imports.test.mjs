// scripts/short-imports.mjs on a wasm and a glue written here by hand: the renamed wasm
// still calls the renamed glue's function, and what it cannot rename safely it refuses,
// leaving every file as it was.
import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

const SCRIPT = new URL("../../scripts/short-imports.mjs", import.meta.url).pathname;
const MODULE = "./x_bg.js";

const bytesOf = (text) => [...Buffer.from(text)];
const withLength = (bytes) => [bytes.length, ...bytes]; // every length here is under 128
const section = (id, bytes) => [id, ...withLength(bytes)];

/** A wasm importing `names` (each `() -> i32`) from MODULE and exporting the first as `f`. */
function wasmImporting(names) {
  const imports = names.flatMap((name) => [...withLength(bytesOf(MODULE)), ...withLength(bytesOf(name)), 0x00, 0x00]);
  return Buffer.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [0x01, 0x60, 0x00, 0x01, 0x7f]),
    ...section(2, [names.length, ...imports]),
    ...section(7, [0x01, ...withLength(bytesOf("f")), 0x00, 0x00]),
  ]);
}

/** A glue in wasm-bindgen's shape: its import object gives each name, returning 1, 2 … */
const glueGiving = (names, extra = "") => `function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
${names.map((name, i) => `        ${name}: function() {\n            return ${i + 1};\n        },`).join("\n")}
    };
    return { __proto__: null, "${MODULE}": import0 };
}
${extra}`;

const LONG = ["__wbg_get_d7176cfb76d71114", "__wbg_push_c9f4893fc209f768", "__wbindgen_init_externref_table"];

function files(glue, wasm) {
  const dir = mkdtempSync(join(tmpdir(), "short-imports-"));
  writeFileSync(join(dir, "x.js"), glue);
  writeFileSync(join(dir, "x_bg.wasm"), wasm);
  return [join(dir, "x.js"), join(dir, "x_bg.wasm")];
}
const run = (...args) => execFileSync(process.execPath, [SCRIPT, ...args], { stdio: "pipe" });

test("the wasm and the glue get the same short names, and the wasm still calls the glue", () => {
  const [glue, wasm] = files(glueGiving(LONG), wasmImporting([LONG[1], LONG[0]]));
  run(glue, wasm);
  const module = new WebAssembly.Module(readFileSync(wasm));
  assert.deepEqual(WebAssembly.Module.imports(module), [
    { module: MODULE, name: "b", kind: "function" },
    { module: MODULE, name: "a", kind: "function" },
  ]);
  const text = readFileSync(glue, "utf8");
  for (const name of LONG) assert.ok(!text.includes(name), `${name} is gone from the glue`);
  const imports = new Function(`${text}; return __wbg_get_imports();`)();
  assert.deepEqual(Object.keys(imports[MODULE]), ["a", "b", "c"]);
  // `f` is the wasm's first import, once __wbg_push_…: the glue's second function.
  assert.equal(new WebAssembly.Instance(module, imports).exports.f(), 2);
});

test("an import the map lacks is refused, and nothing is written", () => {
  const glueText = glueGiving(LONG.slice(0, 1));
  const wasmBytes = wasmImporting([LONG[0], LONG[1]]);
  const [glue, wasm] = files(glueText, wasmBytes);
  assert.throws(() => run(glue, wasm), (e) => /imports __wbg_push_c9f4893fc209f768, which .* does not give/.test(e.stderr));
  assert.equal(readFileSync(glue, "utf8"), glueText);
  assert.deepEqual(readFileSync(wasm), wasmBytes);
});

test("a glue that names an import outside its import object is refused", () => {
  const glueText = glueGiving(LONG, `const again = "${LONG[0]}";`);
  const [glue, wasm] = files(glueText, wasmImporting([LONG[0]]));
  assert.throws(() => run(glue, wasm), (e) => /names __wbg_get_d7176cfb76d71114 outside its import object/.test(e.stderr));
  assert.equal(readFileSync(glue, "utf8"), glueText);
});

test("a glue renamed already is refused rather than renamed again", () => {
  const [glue, wasm] = files(glueGiving(LONG), wasmImporting([LONG[0]]));
  run(glue, wasm);
  assert.throws(() => run(glue, wasm), (e) => /not a name of wasm-bindgen's/.test(e.stderr));
});

test("a second glue is renamed with the first one's map", () => {
  const [glue, wasm] = files(glueGiving(LONG), wasmImporting([LONG[2]]));
  const [other, otherWasm] = files(glueGiving([LONG[2]]), wasmImporting([LONG[2]]));
  run(glue, other, wasm, otherWasm);
  const imports = new Function(`${readFileSync(other, "utf8")}; return __wbg_get_imports();`)();
  assert.deepEqual(Object.keys(imports[MODULE]), ["c"]);
  assert.equal(WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(otherWasm)))[0].name, "c");
});
