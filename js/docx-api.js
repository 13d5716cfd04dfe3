
// ── js/docx-api.js, appended by scripts/build.sh ──
// checkDocx: the Word document read by this module's wasm (the .docx reader), its text
// checked by the main module's checkDocument. Both modules must be initialised:
//   import init from "./baocao.js"; import initDocx, { checkDocx } from "./baocao_docx.js";
//   await Promise.all([init(), initDocx()]);
import { checkDocument as baocaoCheckDocument } from "./baocao.js";

/**
 * Checks a plan or report given as a Word document (.docx): `bytes` as
 * `new Uint8Array(await file.arrayBuffer())`; `options` as checkDocument's.
 */
export function checkDocx(bytes, options) {
  return checkDocxWith(bytes, options, baocaoCheckDocument);
}
