// Writes FILE.br (brotli, quality 11) and FILE.gz (gzip -9) beside each FILE given, for
// servers that send precompressed files (scripts/serve.py; nginx brotli_static/gzip_static;
// IIS and Apache: see www/guide.html). Node's own zlib: nothing to install.
//   node scripts/compress.mjs pkg/baocao_bg.wasm pkg/baocao.dropin.js …
import { readFileSync, writeFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

for (const file of process.argv.slice(2)) {
  const raw = readFileSync(file);
  const br = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      [constants.BROTLI_PARAM_MODE]: file.endsWith(".wasm") ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
    },
  });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
}
