"""`tacitus serve`: the HTTP API and the dashboard over a store."""

from __future__ import annotations

import argparse
import logging
import sys

log = logging.getLogger("tacitus")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="serve the HTTP API and the dashboard over a store",
                       description="Serve the API (/api/..., schema at /openapi.json) and the dashboard (/) over a "
                                   "store. Writes (POST /api/articles) need a token from $TACITUS_API_TOKEN or the "
                                   "file named by $TACITUS_API_TOKEN_FILE; without one, writes are refused.")
    p.add_argument("--db", metavar="FILE", help="the store (a DuckDB file); default $TACITUS_DB, else ./tacitus.duckdb")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--max-body", type=int, default=None, metavar="BYTES", help="largest request body (default 2 MB)")
    p.add_argument("--actors", metavar="FILE", help="your own actors (YAML or CSV) added to the knowledge base "
                                                     "for coding posted articles")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from tacitus.api import DEFAULT_MAX_BODY, create_app
    from tacitus.store import default_db_path

    if not 0 < args.port < 65536:
        print("Error: --port must be between 1 and 65535", file=sys.stderr)
        return 2
    db = args.db or default_db_path()
    if args.actors:
        from tacitus.kb import load_kb

        load_kb(args.actors)  # a bad file is an error now, not at the first posted article
    app = create_app(db, max_body=args.max_body or DEFAULT_MAX_BODY, actors=args.actors)
    state = app.state.tacitus
    print(f"serving {db} on http://{args.host}:{args.port}/ (writes "
          f"{'enabled' if state.token else 'disabled: no $TACITUS_API_TOKEN'})", file=sys.stderr, flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", server_header=False, access_log=False)
    return 0
