// The classic-script entry (pkg/baocao.dropin.js): defines window.baocao. scripts/build.sh
// bundles it with the glue (baocao.js) into one file, so one integrity hash covers both.
// Started as a Web Worker by itself, the same file checks large texts (baocaoWorker).
import { glue } from "./glue-functions.js";
if (typeof document === "undefined" && typeof importScripts === "function") {
  baocaoWorker(self, glue);
} else if (!(window.baocao && window.baocao.ready && typeof window.baocao.ready.then === "function")) {
  var currentScript = document.currentScript;
  var src = (currentScript && currentScript.src) || "";
  window.baocao = createBaocao(window, src || document.baseURI, currentScript, glue, src);
}
