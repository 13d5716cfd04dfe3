#!/usr/bin/env python3
"""Serves the demo: www/ at / and the built package pkg/ at /pkg/.

    python3 scripts/serve.py            # http://127.0.0.1:8080/
    PORT=9000 python3 scripts/serve.py  # another port

Standard library only. Local use: binds 127.0.0.1, no caching, and a strict Content
Security Policy like a portal's (WebAssembly needs only 'wasm-unsafe-eval'), so the
demo proves the package works under one. Sends the precompressed copies that
scripts/build.sh writes (FILE.br, FILE.gz) to browsers that accept them, with
Content-Encoding and Vary: Accept-Encoding, as a portal's server should.
"""

import email.utils
import http.server
import os
import sys
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WWW = ROOT / "www"
PKG = ROOT / "pkg"

CSP = (
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; "
    "style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript; charset=utf-8",
        ".mjs": "text/javascript; charset=utf-8",
        ".ts": "text/plain; charset=utf-8",
        ".txt": "text/plain; charset=utf-8",
        ".html": "text/html; charset=utf-8",
        ".css": "text/css; charset=utf-8",
        ".json": "application/json",
        ".svg": "image/svg+xml",
    }

    def translate_path(self, path):
        # /pkg/… from pkg/, everything else from www/. The base class normalises the
        # rest of the path inside self.directory (no escaping with ..).
        url_path = urllib.parse.urlsplit(path).path
        if url_path == "/pkg" or url_path.startswith("/pkg/"):
            self.directory = str(PKG)
            path = url_path[len("/pkg") :] or "/"
        else:
            self.directory = str(WWW)
        return super().translate_path(path)

    def encoded(self, path):
        """The precompressed copy to send for `path` and its encoding, or (None, None)."""
        accepted = {
            part.split(";")[0].strip().lower()
            for part in self.headers.get("Accept-Encoding", "").split(",")
            if not part.strip().endswith(";q=0")
        }
        for encoding, suffix in (("br", ".br"), ("gzip", ".gz")):
            candidate = path + suffix
            if (
                encoding in accepted
                and os.path.isfile(candidate)
                and os.path.getmtime(candidate) >= os.path.getmtime(path)
            ):
                return candidate, encoding
        return None, None

    def send_head(self):
        path = self.translate_path(self.path)
        if not os.path.isfile(path) or path.endswith((".br", ".gz")):
            return super().send_head()
        candidate, encoding = self.encoded(path)
        if not candidate:
            # The same answer either way, by the request's Accept-Encoding.
            self.vary = os.path.isfile(path + ".br") or os.path.isfile(path + ".gz")
            return super().send_head()
        f = open(candidate, "rb")
        try:
            stat = os.fstat(f.fileno())
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(path))
            self.send_header("Content-Encoding", encoding)
            self.send_header("Content-Length", str(stat.st_size))
            self.send_header("Last-Modified", email.utils.formatdate(stat.st_mtime, usegmt=True))
            self.vary = True
            self.end_headers()
            return f
        except Exception:
            f.close()
            raise

    def end_headers(self):
        if getattr(self, "vary", False):
            self.send_header("Vary", "Accept-Encoding")
            self.vary = False
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Content-Security-Policy", CSP)
        super().end_headers()

    def log_message(self, format, *args):
        if os.environ.get("QUIET") != "1":
            super().log_message(format, *args)


def main():
    try:
        port = int(os.environ.get("PORT", "8080"))
    except ValueError:
        sys.exit(f"serve: PORT must be a number, got {os.environ['PORT']!r}")
    if not (PKG / "baocao.js").exists():
        print("serve: pkg/ is not built yet: run bash scripts/build.sh", file=sys.stderr)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
    host, port = server.server_address[:2]
    print(f"Serving the baocao demo on http://{host}:{port}/ (Ctrl+C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
