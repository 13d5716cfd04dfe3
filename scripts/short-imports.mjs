// Gives the functions a wasm imports from its wasm-bindgen glue short names, in the wasm
// and in the glue alike. wasm-bindgen names each after the function and a hash
// (`__wbg_get_d7176cfb76d71114`): sixteen hex digits that are noise to brotli, written
// twice, once in the wasm and once in the glue that every visitor downloads with it
// (benches/size-steps.md, row 65). One map for a glue and every wasm it instantiates,
// made from the first glue's import object in its order, so that one glue goes on
// serving them all (scripts/same-imports.mjs has checked by then that they agree).
//   node scripts/short-imports.mjs MAP_GLUE.js [OTHER_GLUE.js …] WASM …
// Each glue and wasm is rewritten in place. Fails, changing nothing, on a name the map
// lacks or a glue that names an import other than as a key of its import object.
import { readFileSync, writeFileSync } from "node:fs";
import { IMPORT_LINE, glueImports } from "./glue-imports.mjs";

const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
/** The i-th short name: a … Z, then aa, ab … */
const shortName = (i) => (i < LETTERS.length ? "" : shortName(Math.floor(i / LETTERS.length) - 1)) + LETTERS[i % LETTERS.length];

function fail(message) {
  console.error(`short-imports: ${message}`);
  process.exit(1);
}

/** The names of a glue's import functions, in its order. */
const keysOf = (text) => [...glueImports(text).keys()];

function renameGlue(file, text, map) {
  const keys = keysOf(text);
  if (!keys.length) fail(`${file} has no import functions (is it a wasm-bindgen glue?)`);
  for (const key of keys) {
    if (!map.has(key)) fail(`${file} gives ${key}, which ${mapFile} does not`);
    if (!key.startsWith("__")) fail(`${file} gives ${key}: not a name of wasm-bindgen's (renamed already?)`);
  }
  const lines = text.split("\n");
  const rest = lines.filter((line) => !IMPORT_LINE.test(line)).join("\n");
  for (const key of keys) if (rest.includes(key)) fail(`${file} names ${key} outside its import object`);
  return lines.map((line) => line.replace(IMPORT_LINE, (_, indent, name, tail) => indent + map.get(name) + tail)).join("\n");
}

// The wasm's import section (id 2), its function imports renamed; everything else copied.
function renameWasm(file, bytes, map) {
  let at = 8;
  const leb = () => {
    let value = 0, shift = 0, byte;
    do {
      byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  const encode = (n) => {
    const out = [];
    do {
      let byte = n % 128;
      n = Math.floor(n / 128);
      if (n) byte |= 0x80;
      out.push(byte);
    } while (n);
    return Buffer.from(out);
  };
  const name = (text) => {
    const b = Buffer.from(text);
    return Buffer.concat([encode(b.length), b]);
  };
  const text = () => {
    const length = leb();
    at += length;
    return bytes.subarray(at - length, at).toString();
  };
  const parts = [bytes.subarray(0, 8)];
  let renamed = 0;
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    if (id !== 2) {
      parts.push(bytes.subarray(start, end));
      at = end;
      continue;
    }
    const count = leb();
    const items = [encode(count)];
    for (let i = 0; i < count; i++) {
      const module = text();
      const field = text();
      const desc = at;
      if (bytes[at++] !== 0) fail(`${file} imports ${module}.${field}, which is not a function`);
      leb();
      if (!map.has(field)) fail(`${file} imports ${field}, which ${mapFile} does not give`);
      items.push(name(module), name(map.get(field)), bytes.subarray(desc, at));
      renamed++;
    }
    if (at !== end) fail(`${file}: its import section did not end where its size says`);
    const body = Buffer.concat(items);
    parts.push(Buffer.from([2]), encode(body.length), body);
  }
  const out = Buffer.concat(parts);
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(out));
  if (imports.length !== renamed) fail(`${file}: ${imports.length} imports after renaming, ${renamed} renamed`);
  return out;
}

const files = process.argv.slice(2);
const glues = files.filter((f) => f.endsWith(".js"));
const wasms = files.filter((f) => f.endsWith(".wasm"));
if (!glues.length || !wasms.length || glues.length + wasms.length !== files.length) {
  fail("usage: node scripts/short-imports.mjs MAP_GLUE.js [OTHER_GLUE.js …] WASM …");
}
const mapFile = glues[0];
const map = new Map(keysOf(readFileSync(mapFile, "utf8")).map((key, i) => [key, shortName(i)]));
// All checked before anything is written.
const outputs = [
  ...glues.map((f) => [f, renameGlue(f, readFileSync(f, "utf8"), map)]),
  ...wasms.map((f) => [f, renameWasm(f, readFileSync(f), map)]),
];
for (const [file, content] of outputs) writeFileSync(file, content);
