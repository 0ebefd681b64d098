"""A plain static file server for dist/, as any web server would serve it.

Sends the precompressed .br/.gz twin of a file when the browser accepts it,
serves .wasm as application/wasm and tells browsers to revalidate the files
whose names stay the same between versions (index.html, the service worker,
the manifest, the plan), so a new deployment is picked up. Standard library only.
"""

import argparse
import functools
import http.server
import os


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".json": "application/json",
        ".webmanifest": "application/manifest+json",
    }

    # Files whose names do not change between versions must be revalidated,
    # or browsers would not see a new deployment.
    REVALIDATE = (".html", "/", "service-worker.js", ".webmanifest", ".json")

    def send_head(self):
        """Sends a precompressed .br or .gz twin when the browser accepts it."""
        path = self.translate_path(self.path)
        accepted = self.headers.get("Accept-Encoding", "")
        if os.path.isfile(path):
            for encoding, suffix in (("br", ".br"), ("gzip", ".gz")):
                if encoding in accepted and os.path.isfile(path + suffix):
                    return self._send_compressed(path, path + suffix, encoding)
        return super().send_head()

    def _send_compressed(self, original, compressed, encoding):
        handle = open(compressed, "rb")
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(original))
        self.send_header("Content-Encoding", encoding)
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(os.fstat(handle.fileno()).st_size))
        self.end_headers()
        return handle

    def end_headers(self):
        path = self.path.split("?", 1)[0]
        if path.endswith(self.REVALIDATE):
            self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format, *args):
        pass


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dir", default="dist")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args()
    handler = functools.partial(Handler, directory=args.dir)
    server = http.server.ThreadingHTTPServer((args.host, args.port), handler)
    print(f"serving {args.dir} on http://{args.host}:{args.port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
