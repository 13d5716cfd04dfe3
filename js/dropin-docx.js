/*! baocao __VERSION__ — the .docx reader's part of the drop-in. MIT OR Apache-2.0. */
// Not a file to include: baocao.dropin.js inserts it, with the hash it was built with, on
// a page with a file input (beside baocao_docx_bg.wasm or baocao_docx_lite_bg.wasm), so
// that other pages never download the reader's glue (benches/size-steps.md, row 44).
// scripts/build.sh bundles the reader's wasm-bindgen glue into it: init() instantiates
// either reader's wasm, checkDocxWith(bytes, options, check, inflated) reads a Word file
// and checks its text with the drop-in's checkDocument, and docxParts(bytes) lists the
// parts the page inflates for the reader without an inflater (row 64). Each time it is
// inserted it runs anew: one instance for each reader.
import init, { checkDocxWith, docxParts } from "./baocao_docx.glue.js";

// Hands the reader to the drop-in that inserted this script (and only to it).
(function (script) {
  if (script && typeof script.baocaoDefine === "function") script.baocaoDefine({ init: init, checkDocxWith: checkDocxWith, docxParts: docxParts });
})(document.currentScript);
