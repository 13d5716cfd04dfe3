// Types of the drop-in (pkg/baocao.dropin.js as a classic script: window.baocao;
// pkg/baocao.dropin.esm.js as an ES module: export default baocao).
import type {
  CheckOptions,
  Finding,
  checkDocument,
  findAgency,
  profiles,
  RuleInfo,
  suggestAgencies,
  version,
} from "./baocao.js";
import type { checkDocx } from "./baocao_docx.js";

export type { Bilingual, CheckOptions, Finding, RuleInfo, Severity } from "./baocao.js";

/** Why the checker is not available: a CSP without 'wasm-unsafe-eval', no WebAssembly, or a failed load. */
export interface Unavailable {
  reason: "csp" | "unsupported" | "integrity" | "load";
  /** One clear sentence, in English, also written to the console. */
  message: string;
}

/** The detail of a `baocao:error` event: an option the drop-in does not understand (the element is not checked). */
export interface ConfigError {
  reason: "config";
  /** One line per problem, also written to the console. */
  message: string;
  problems: { attribute: string; value: string; accepted: string }[];
}

/** The detail of a `baocao:result` event (dispatched on the form or text area; it bubbles). */
export interface ResultDetail {
  kind: "form" | "document";
  /** What caused the check. */
  trigger: "input" | "change" | "submit" | "check" | "attach" | "lang" | "fix" | "more";
  /**
   * Every finding of the check (for a form: validateForm's, as if it were submitted). A
   * text of 10,000 characters or more, checked in the Web Worker: only the first 25, the
   * rest stay in the worker until drawn ("Xem thêm"); `total` counts them all. On a page
   * in Vietnamese, a check made before `ready` resolves may have an empty `messageEn`: the
   * English of the messages (baocao.en.txt) comes once the page is idle after its first
   * checks; a page that asks for English has it before its first check.
   */
  findings: Finding[];
  /** Documents: how many findings the check made, those not in `findings` too. */
  total?: number;
  /** Forms: the fields that show findings now (reward early, punish late). */
  shown?: { pointer: string; element: Element; findings: Finding[] }[];
  /** Forms: errors about keys no field collects; they do not block (see data-baocao-require). */
  unmapped?: Finding[];
  /** Errors shown (forms) or found (documents). */
  errors: number;
  valid: boolean;
  /** Forms: the plain object checked (DESIGN §4.4), built from the fields. */
  data?: Record<string, unknown>;
}

/** An attached form or text area. */
export interface Attached {
  readonly element: Element;
  readonly kind: "form" | "document";
  /** Checks everything now, as on submit but without moving the focus; shows the results. */
  check(): ResultDetail;
  /** Clears every message and the summary. */
  reset(): void;
  /** Forms: the plain object that is checked. */
  data?(): Record<string, unknown>;
  detach(): void;
}

export interface Baocao {
  /**
   * Resolves once the checker is loaded, the marked elements are attached and the English
   * of the messages is there (every finding's `messageEn`); rejects (with `reason`) when
   * the checker cannot be loaded.
   */
  readonly ready: Promise<Baocao>;
  /** Set when loading failed; the forms are left to submit as before. */
  readonly unavailable: Unavailable | null;
  version: typeof version;
  /** Attaches a form (or any element holding fields) or a text area by hand. */
  attach(element: Element): Attached;
  /** Attaches every element marked with data-baocao under root (default: the document). */
  attachAll(root?: ParentNode): Attached[];
  detach(element: Element): boolean;
  /** Checks a form or text area now and shows the results. */
  check(element: Element): ResultDetail;
  /**
   * The plain object a form's fields map to (DESIGN §4.4). After `ready`; on a page that
   * loaded the text or file checker (no form part) it throws saying what to add.
   */
  formData(element: Element): Record<string, unknown>;
  /** Switches the messages of every attached element: "vi" (default) or "en". */
  setLang(lang: "vi" | "en"): void;
  /**
   * Loads the .docx reader with its own inflater (baocao_docx_bg.wasm, a second wasm; the
   * file inputs' part of the drop-in loads it, each verified with a hash built into the
   * file before it) if it is not yet; resolves once `checkDocx` works, which answers at
   * once and so needs that inflater. A page's file inputs read files without it where the
   * browser inflates (`DecompressionStream("deflate-raw")`): with the file checker's own
   * reader, or beside the whole checker with the reader built without an inflater
   * (baocao_docx_lite_bg.wasm), fetched by itself when idle after `ready` or when a file is
   * first chosen. In a browser that cannot inflate, they use this one. Other pages never
   * fetch a reader.
   */
  docx(): Promise<Baocao>;
  /**
   * A Word document's bytes checked in the page (`<input type="file" data-baocao="plan">`
   * calls it for you). Throws until the reader is loaded: `await baocao.docx()` first.
   */
  checkDocx: typeof checkDocx;
  // Present once ready has resolved. A page of report forms only, or of text areas and file
  // inputs only, loads a checker with some of them (data-baocao-checker, `"auto"` by
  // default); the others throw, saying to add data-baocao-checker="all" to the tag.
  checkDocument?: typeof checkDocument;
  validateForm?: (form: Record<string, unknown>, options?: CheckOptions) => Finding[];
  validateField?: (form: Record<string, unknown>, pointer: string, options?: CheckOptions) => Finding[];
  /** The rule catalogue with its docs: baocao.rules.json, fetched (and verified) when first asked. */
  rules?: () => Promise<RuleInfo[]>;
  profiles?: typeof profiles;
  findAgency?: typeof findAgency;
  suggestAgencies?: typeof suggestAgencies;
}

declare const baocao: Baocao;
export default baocao;
export declare const ready: Promise<Baocao>;

declare global {
  var baocao: Baocao;
  interface DocumentEventMap {
    "baocao:ready": CustomEvent<Baocao>;
    "baocao:unavailable": CustomEvent<Unavailable>;
  }
  interface HTMLElementEventMap {
    "baocao:result": CustomEvent<ResultDetail>;
    "baocao:error": CustomEvent<ConfigError>;
  }
}
