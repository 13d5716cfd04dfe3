//! The JavaScript boundary (wasm32 only). Thin: converts arguments, calls the core,
//! converts results to plain objects, turns errors into JS errors in one place.
