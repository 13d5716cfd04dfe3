// A plain JavaScript value (a report form, a profile) as a tape and a text, for the
// wasm to read in one piece: src/form/tape.rs has the format and the reasons.
// Imported by the wasm-bindgen glue, and inlined into pkg/baocao.js by
// scripts/inline-snippets.mjs; not a public API.

const NULL = 0, FALSE = 1, TRUE = 2, NUMBER = 3, STRING = 4, ARRAY = 5, OBJECT = 6;

function pad(n, width) {
  return n < 0 ? "-" + String(-n).padStart(width - 1, "0") : String(n).padStart(width, "0");
}

// [tape (Float64Array), text] for `value`; [null, "deep"] when it nests deeper than
// `maxDepth` (or refers to itself); [null, "read", key, error] when a property
// getter throws; [null, "items", count], [null, "values"] or [null, "text", units]
// past the limits (src/limits.rs), checked before anything is copied, so that a
// hostile value such as `Object.assign([], { length: 2e7 })` never reaches the wasm.
// A Date is its local day (yyyy-mm-dd); undefined, functions, symbols and big
// integers are null.
export function formTape(value, maxDepth, maxItems, maxValues, maxText) {
  const tape = [];
  const texts = [];
  let failure = null;
  let values = 0;
  let units = 0;
  const text = (s) => {
    units += s.length;
    if (units > maxText) {
      failure = [null, "text", units];
      return false;
    }
    texts.push(s);
    return true;
  };
  const walk = (v, depth) => {
    if (depth > maxDepth) {
      failure = [null, "deep"];
      return false;
    }
    if (++values > maxValues) {
      failure = [null, "values"];
      return false;
    }
    switch (typeof v) {
      case "string":
        tape.push(STRING, v.length);
        return text(v);
      case "number":
        tape.push(NUMBER, v);
        return true;
      case "boolean":
        tape.push(v ? TRUE : FALSE);
        return true;
      case "object":
        break;
      default:
        tape.push(NULL);
        return true;
    }
    if (v === null) {
      tape.push(NULL);
      return true;
    }
    if (v instanceof Date) {
      const day = isNaN(v.getTime())
        ? "Invalid Date"
        : pad(v.getFullYear(), 4) + "-" + pad(v.getMonth() + 1, 2) + "-" + pad(v.getDate(), 2);
      tape.push(STRING, day.length);
      return text(day);
    }
    if (Array.isArray(v)) {
      const n = v.length;
      if (n > maxItems) {
        failure = [null, "items", n];
        return false;
      }
      tape.push(ARRAY, n);
      for (let i = 0; i < n; i++) if (!walk(v[i], depth + 1)) return false;
      return true;
    }
    const keys = Object.keys(v);
    if (keys.length > maxItems) {
      failure = [null, "items", keys.length];
      return false;
    }
    tape.push(OBJECT, keys.length);
    for (const key of keys) {
      let member;
      try {
        member = v[key];
      } catch (e) {
        failure = [null, "read", key, e];
        return false;
      }
      tape.push(key.length);
      if (!text(key) || !walk(member, depth + 1)) return false;
    }
    return true;
  };
  return walk(value, 0) ? [new Float64Array(tape), texts.join("")] : failure;
}
