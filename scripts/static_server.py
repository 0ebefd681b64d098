"""A plain static file server for dist/, as any web server would serve it.

Serves .wasm as application/wasm and tells browsers to revalidate the files
whose names stay the same between versions (index.html, the service worker,
the manifest, the plan), so a new deployment is picked up. Standard library only.
"""

import argparse
import functools
import http.server


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
