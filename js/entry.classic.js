// The classic-script entry (pkg/baocao.dropin.js): defines window.baocao.
if (!(window.baocao && window.baocao.ready && typeof window.baocao.ready.then === "function")) {
  var currentScript = document.currentScript;
  window.baocao = createBaocao(window, (currentScript && currentScript.src) || document.baseURI, currentScript);
}
