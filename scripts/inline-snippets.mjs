// Puts the snippets wasm-bindgen writes beside the glue (snippets/<crate>-<hash>/js/*.js,
// from `#[wasm_bindgen(module = "/js/…")]`) inside baocao.js, and removes the folder:
// the package stays baocao.js and baocao_bg.wasm. Each snippet runs in its own
// function scope, so its names cannot meet the glue's; the functions the glue
// imported come out of it under their names.
//   node scripts/inline-snippets.mjs DIR
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
const gluePath = join(dir, "baocao.js");
let glue = readFileSync(gluePath, "utf8");
const importLine = /^import \{ ([\w, ]+) \} from '\.\/(snippets\/[^']+\.js)';\n/gm;
let count = 0;
glue = glue.replace(importLine, (_, names, path) => {
  count++;
  const source = readFileSync(join(dir, path), "utf8");
  for (const name of names.split(",").map((n) => n.trim())) {
    if (!new RegExp(`^export function ${name}\\b`, "m").test(source)) {
      throw new Error(`${path} does not export function ${name}`);
    }
  }
  const body = source.replace(/^export function /gm, "function ");
  return `// ${path.replace(/^snippets\/[^/]+\//, "")}, inlined by scripts/inline-snippets.mjs\n` +
    `const { ${names} } = (() => {\n${body}\nreturn { ${names} };\n})();\n`;
});
if (/from '\.\/snippets\//.test(glue)) throw new Error("a snippet import was left in baocao.js");
writeFileSync(gluePath, glue);
rmSync(join(dir, "snippets"), { recursive: true, force: true });
console.log(`inline-snippets: ${count} snippet(s) inlined into baocao.js`);
