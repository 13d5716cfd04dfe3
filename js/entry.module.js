// The ES-module entry (pkg/baocao.dropin.esm.js): the same namespace, also on window.baocao;
// the glue bundled in, as in the classic file; large texts go to the classic file as a worker.
import { glue } from "./glue-functions.js";
const moduleScript = Array.prototype.find.call(document.scripts, (s) => s.type === "module" && s.src === import.meta.url) || null;
const baocao =
  window.baocao && window.baocao.ready && typeof window.baocao.ready.then === "function"
    ? window.baocao
    : (window.baocao = createBaocao(window, import.meta.url, moduleScript, glue, new URL("baocao.dropin.js", import.meta.url).href));
export default baocao;
export const ready = baocao.ready;
