// The import object of a wasm-bindgen glue (its `__wbg_get_imports`), read from its text:
// one line `NAME: function(` for each function a wasm may import from it, the body
// indented under it. Read by scripts/same-imports.mjs and scripts/short-imports.mjs.

/** A line that opens one of the import object's functions: indent, name, the rest. */
export const IMPORT_LINE = /^( +)([\w$]+)(: function\()/;

/** The import object's functions, by name in the glue's order: each one's source text. */
export function glueImports(text) {
  const out = new Map();
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const head = IMPORT_LINE.exec(lines[i]);
    if (!head) continue;
    // Up to the next function of the object, or the object's end (a line indented less).
    let j = i + 1;
    while (j < lines.length && lines[j].startsWith(head[1]) && !IMPORT_LINE.test(lines[j])) j++;
    out.set(head[2], lines.slice(i, j).join("\n"));
    i = j - 1;
  }
  return out;
}
