// The glue's functions the drop-in uses, imported by name and handed on as one object: a
// namespace import (`import * as`) would keep every export of the glue in the bundle,
// initSync and its warnings among them (benches/size-steps.md, row 62).
import init, {
  checkDocument,
  checkDocxWith,
  docxParts,
  findAgency,
  loadEnglish,
  profiles,
  rules,
  suggestAgencies,
  validateField,
  validateForm,
  version,
} from "./baocao.js";

export var glue = {
  default: init,
  checkDocument: checkDocument,
  checkDocxWith: checkDocxWith,
  docxParts: docxParts,
  findAgency: findAgency,
  loadEnglish: loadEnglish,
  profiles: profiles,
  rules: rules,
  suggestAgencies: suggestAgencies,
  validateField: validateField,
  validateForm: validateForm,
  version: version,
};
