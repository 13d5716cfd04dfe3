// The classic-script entry (pkg/baocao.dropin.js): defines window.baocao. scripts/build.sh
// bundles it with the glue (baocao.js) into one file, so one integrity hash covers both.
import * as glue from "./baocao.js";
if (!(window.baocao && window.baocao.ready && typeof window.baocao.ready.then === "function")) {
  var currentScript = document.currentScript;
  window.baocao = createBaocao(window, (currentScript && currentScript.src) || document.baseURI, currentScript, glue);
}
