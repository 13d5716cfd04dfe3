// Types of baocao.classic.js: the global `baocao` that a classic <script> tag defines.
import type { CheckOptions, Finding, checkDocument, profiles, rules, version } from "./baocao.js";

export type { Bilingual, CheckOptions, Finding, RuleInfo, Severity } from "./baocao.js";

/** A text area checked live by `attach` (or by the `data-baocao` attribute). */
export interface Attached {
  /** Checks now (skipping the debounce) and returns the findings. */
  check(): Finding[];
  /** Stops checking and empties the findings list. */
  detach(): void;
}

/** The checker, once loaded. */
export interface BaocaoApi {
  readonly checkDocument: typeof checkDocument;
  readonly rules: typeof rules;
  readonly profiles: typeof profiles;
  readonly version: typeof version;
  /** Checks a text area live, listing findings after it (or in `data-baocao-results`). */
  readonly attach: (textarea: HTMLTextAreaElement, options?: CheckOptions) => Attached;
}

/** `window.baocao`: `ready` at once, the functions themselves once `ready` has resolved. */
export interface BaocaoGlobal extends Partial<BaocaoApi> {
  /** Resolves when the wasm is loaded; rejects with a clear message when it cannot be (e.g. CSP without 'wasm-unsafe-eval'). */
  readonly ready: Promise<BaocaoApi>;
}

declare global {
  var baocao: BaocaoGlobal;
  interface DocumentEventMap {
    "baocao:ready": CustomEvent<BaocaoApi>;
  }
  interface HTMLElementEventMap {
    "baocao:findings": CustomEvent<Finding[]>;
  }
}
