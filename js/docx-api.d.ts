
// js/docx-api.d.ts, appended by scripts/build.sh.
import type { CheckOptions, Finding } from "./baocao.js";
/**
 * Checks a plan or report given as a Word document (.docx: the bytes of the file, as
 * `new Uint8Array(await file.arrayBuffer())`), read in the page: nothing is sent
 * anywhere. Each finding has `paragraph` and `excerpt`; `line`, `start` and `end` point
 * into the text read from the document. Needs both modules initialised: `init()` of
 * `baocao.js` and this module's.
 *
 * Throws a `TypeError` when `bytes` is not a `Uint8Array` (or `ArrayBuffer`), a
 * `RangeError` past 50,000,000 bytes, and an `Error` for a file that is not a .docx or
 * is damaged, a zip bomb or XML with a DTD; its `message` is English, its `messageVi`
 * Vietnamese. Bad options throw as in `checkDocument`.
 */
export function checkDocx(bytes: Uint8Array | ArrayBuffer, options?: CheckOptions): Finding[];
