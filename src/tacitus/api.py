"""The HTTP API and the dashboard: a FastAPI app over one store.

`create_app(db_path, token=None)` builds the app. Reads run on their own DuckDB cursors;
writes (`POST /api/articles`) go through one connection behind a lock, because DuckDB has a
single writer. Writes need a token: the `token` argument, else `$TACITUS_API_TOKEN`, else
the first line of the file named by `$TACITUS_API_TOKEN_FILE`; with none of these, every
write is refused with 403 and a message that says how to enable writes. Clients send it as
`Authorization: Bearer TOKEN` (or `X-Tacitus-Token: TOKEN`); it is compared in constant time.

Requests larger than `max_body` bytes get 413; validation errors are 4xx with a message
naming the field, and input the pipeline cannot code is 400 saying why; a store that cannot
be read or written (a damaged file) is 503 with an `error` of "store_unavailable"; any other
failure (model or a bug) is a 500 whose body says only "internal error". The details, which
may name files on the server, go to the log. Responses carry a Content-Security-Policy that allows only the
app's own scripts and styles; no CORS headers are sent.

The OpenAPI schema is at `/openapi.json` (the interactive docs pages are off: they load
scripts from a CDN). The dashboard is `/`, its files under `/static/`.

Example:
    >>> app = create_app(":memory:")                     # doctest: +SKIP
    >>> # uvicorn.run(app, host="127.0.0.1", port=8000)
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import threading
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import FastAPI, Header, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from tacitus import analysis
from tacitus.errors import InputError, StoreError, TacitusError
from tacitus.ontology import UnknownCodeError
from tacitus.store import EventQuery, Store, is_damage

log = logging.getLogger(__name__)

WEB_DIR = Path(__file__).parent / "web"
DEFAULT_MAX_BODY = 2_000_000
MAX_ARTICLE_CHARS = 500_000
TOKEN_ENV = "TACITUS_API_TOKEN"
TOKEN_FILE_ENV = "TACITUS_API_TOKEN_FILE"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")

_CLIENT_ERRORS = (InputError, analysis.AnalysisError, UnknownCodeError)
STORE_UNAVAILABLE = ("the store cannot be read or written: its file is damaged or unreadable. The server log "
                     "names the cause; restore the file from a backup, or ingest the articles again into a new store")

CODE_PATTERN = r"^[A-Za-z0-9_-]{1,16}$"
Status = Literal["asserted", "reported", "claimed", "alleged", "denied", "confirmed"]


# --------------------------------------------------------------------------- models (the edge only)


class ArticleIn(BaseModel):
    """An article to code and store."""

    text: str = Field(min_length=1, max_length=MAX_ARTICLE_CHARS, description="the article text, dateline first if any")
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    outlet: str | None = Field(default=None, max_length=200)
    published: date | None = Field(default=None, description="publication date (YYYY-MM-DD); else read from the dateline")
    id: str | None = Field(default=None, max_length=200, pattern=r"^[\w.:~-]+$")


class ArticleOut(BaseModel):
    article_id: str
    stored: bool
    duplicate_of: str | None = None
    events: int
    event_uids: list[str]
    published: date | None = None


class Message(BaseModel):
    detail: str


class Page(BaseModel):
    total: int
    offset: int
    limit: int
    items: list[dict[str, Any]]


# --------------------------------------------------------------------------- plumbing


def resolve_token(token: str | None = None) -> str | None:
    """The write token: given, else `$TACITUS_API_TOKEN`, else the first line of
    `$TACITUS_API_TOKEN_FILE`. Empty values count as none."""
    if token:
        return token
    if os.environ.get(TOKEN_ENV, "").strip():
        return os.environ[TOKEN_ENV].strip()
    path = os.environ.get(TOKEN_FILE_ENV, "").strip()
    if path:
        try:
            first = Path(path).read_text(encoding="utf-8").strip().splitlines()
        except OSError as exc:
            log.error("cannot read the token file named by $%s: %s", TOKEN_FILE_ENV, exc)
            return None
        return first[0].strip() if first and first[0].strip() else None
    return None


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).digest()


class _Guard:
    """ASGI middleware: refuse bodies over the limit with 413 and add security headers."""

    def __init__(self, app: Any, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_big = JSONResponse({"detail": f"request body too large (limit {self.max_body} bytes)"}, status_code=413)
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None:
            try:
                if int(length) > self.max_body:
                    await too_big(scope, receive, _secure(send))
                    return
            except ValueError:
                await JSONResponse({"detail": "bad Content-Length"}, status_code=400)(scope, receive, _secure(send))
                return
        seen = 0
        started = False

        async def limited_receive() -> dict:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise _TooLarge
            return message

        async def tracking_send(message: dict) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await _secure(send)(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await too_big(scope, receive, _secure(send))


class _TooLarge(HTTPException):
    def __init__(self) -> None:
        super().__init__(413, "request body too large")


def _secure(send: Any) -> Any:
    async def wrapped(message: dict) -> None:
        if message["type"] == "http.response.start":
            headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in (
                b"content-security-policy", b"x-content-type-options", b"referrer-policy", b"x-frame-options")]
            headers += [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
                        (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]
            message = {**message, "headers": headers}
        await send(message)
    return wrapped


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        if err.get("type") == "json_invalid":  # its location is a character offset, not a field
            reason = (err.get("ctx") or {}).get("error", "")
            parts.append(f"the body is not valid JSON ({reason} at character {err['loc'][-1]})" if reason
                         else "the body is not valid JSON")
            continue
        where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("body", "query", "path"))
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def _unavailable() -> JSONResponse:
    """503: the server works but its store cannot be read or written (damaged, unreadable)."""
    return JSONResponse({"detail": STORE_UNAVAILABLE, "error": "store_unavailable"}, status_code=503)


class _State:
    """The app's store: one writing connection (behind `write_lock`) and a read cursor per
    thread. Opened when the app is built; closed at shutdown and reopened at the next
    startup (test clients start and stop an app many times)."""

    def __init__(self, db_path: str, token: str | None, nlp: Any, actors: str | None = None) -> None:
        self.db_path = db_path
        self.token = token
        self.nlp = nlp
        self.actors = actors
        self.write_lock = threading.Lock()
        self.code_lock = threading.Lock()
        self.read_local = threading.local()
        self.read_root_lock = threading.Lock()
        self.cursors: list[Any] = []
        self.generation = 0
        self.store: Store | None = None
        self.open()

    def open(self) -> None:
        with self.write_lock, self.read_root_lock:
            if self.store is not None:
                return
            self.store = Store(self.db_path)
            # Readers' cursors come from this one (never used for queries itself), so making
            # a cursor never touches the writer's connection while it writes.
            self.read_root = self.store.con.cursor()
            self.generation += 1

    def reader(self) -> Any:
        """A cursor of this thread (reads never share a cursor across threads)."""
        local = self.read_local
        if getattr(local, "generation", None) != self.generation:
            with self.read_root_lock:
                if self.store is None:
                    raise HTTPException(503, "the store is closed; the server is shutting down")
                local.cur = self.read_root.cursor()
                local.generation = self.generation
                self.cursors.append(local.cur)
        return local.cur

    def writer(self) -> Store:
        if self.store is None:
            raise HTTPException(503, "the store is closed; the server is shutting down")
        return self.store

    def close(self) -> None:
        with self.write_lock, self.read_root_lock:
            if self.store is None:
                return
            for cur in [*self.cursors, self.read_root]:
                try:
                    cur.close()
                except Exception:  # noqa: BLE001 - closing is best effort
                    log.debug("closing a read cursor failed", exc_info=True)
            self.cursors.clear()
            self.store.close()
            self.store = None

    def pipeline(self) -> Any:
        if self.nlp is None:
            from tacitus.pipeline import default_pipeline, load_pipeline

            self.nlp = load_pipeline(actors=self.actors) if self.actors else default_pipeline()
        return self.nlp


# --------------------------------------------------------------------------- the app


def create_app(db_path: str | Path, token: str | None = None, *, max_body: int = DEFAULT_MAX_BODY,
               nlp: Any = None, actors: str | Path | None = None) -> Any:
    """The API and dashboard over the store at `db_path` (created when missing).

    Args:
        db_path: the DuckDB store; this app is its only writer while it runs.
        token: the write token; `resolve_token()` looks in the environment when omitted.
        max_body: largest request body in bytes (413 above it).
        nlp: a loaded pipeline for coding posted articles (the default one is loaded on
            the first post when omitted).
        actors: the user's actor file (YAML or CSV) for the pipeline loaded on the first
            post, as `load_pipeline(actors=...)`; not allowed together with `nlp` (that
            pipeline has its own knowledge base).

    Returns:
        An ASGI app (the FastAPI app wrapped by the size and header guard); the FastAPI
        app itself is its `.app` attribute.
    """
    if nlp is not None and actors is not None:
        raise ValueError("give nlp or actors, not both: load the pipeline with load_pipeline(actors=...)")
    state = _State(str(db_path), resolve_token(token), nlp, str(actors) if actors else None)

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        state.open()
        try:
            yield
        finally:
            state.close()

    app = FastAPI(title="tacitus", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Source-attributed political event data: events, dyads, networks and claims.")
    app.state.tacitus = state

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": _validation_message(exc)}, status_code=422)

    @app.exception_handler(TacitusError)
    async def _tacitus_error(request: Request, exc: TacitusError) -> JSONResponse:
        if isinstance(exc, _CLIENT_ERRORS):  # about the request itself: say what is wrong with it
            return JSONResponse({"detail": str(exc).splitlines()[0][:500]}, status_code=400)
        # Store, model and data-file errors name files on the server: log them, say only what kind.
        log.error("%s on %s %s: %s", type(exc).__name__, request.method, request.url.path, exc)
        if isinstance(exc, StoreError):
            return _unavailable()
        return JSONResponse({"detail": "internal error"}, status_code=500)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        import duckdb

        if isinstance(exc, duckdb.Error) and is_damage(exc):  # a read on a damaged file
            log.error("the store cannot be read on %s %s: %s", request.method, request.url.path, exc)
            return _unavailable()
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return JSONResponse({"detail": "internal error"}, status_code=500)

    # ---- writes

    def check_token(authorization: str | None, x_token: str | None) -> None:
        if state.token is None:
            raise HTTPException(403, f"writes are disabled on this server: start it with ${TOKEN_ENV} (or "
                                     f"${TOKEN_FILE_ENV} naming a file) set to a secret token")
        given = x_token or ""
        if authorization and authorization.lower().startswith("bearer "):
            given = authorization[7:].strip()
        # Digests first: compare_digest takes the same time for any two equal-length inputs,
        # so comparing digests hides the token's length as well as its content.
        if not hmac.compare_digest(_digest(given), _digest(state.token)):
            raise HTTPException(401, "a valid write token is required", headers={"WWW-Authenticate": "Bearer"})

    @app.post("/api/articles", response_model=ArticleOut, status_code=201, tags=["articles"],
              responses={200: {"model": ArticleOut, "description": "already stored"}, 401: {"model": Message},
                         403: {"model": Message}, 413: {"model": Message}})
    def post_article(body: ArticleIn, authorization: Annotated[str | None, Header()] = None,
                     x_tacitus_token: Annotated[str | None, Header()] = None) -> Any:
        """Code an article and store it (needs the write token)."""
        from tacitus.ingest import article_from_text
        from tacitus.ingest.text import check_text
        from tacitus.pipeline import code_article

        check_token(authorization, x_tacitus_token)
        check_text(body.text, "the posted text")  # refused here, so the message names the text, not "api"
        article = article_from_text(body.text, id=body.id, published=body.published, title=body.title,
                                    url=body.url, outlet=body.outlet, origin="api")
        with state.code_lock:
            coded = code_article(article, state.pipeline())
        with state.write_lock:
            stored, skipped = state.writer().add([coded])
        if stored:
            aid = stored[0]
            return JSONResponse(ArticleOut(article_id=aid, stored=True, events=len(coded.events),
                                           event_uids=[f"{aid}#{e.id}" for e in coded.events],
                                           published=coded.article.published).model_dump(mode="json"), status_code=201)
        dup = skipped[0] if skipped else article.id
        return JSONResponse(ArticleOut(article_id=dup, stored=False, duplicate_of=dup, events=len(coded.events),
                                       event_uids=[], published=coded.article.published).model_dump(mode="json"),
                            status_code=200)

    # ---- reads

    @app.get("/api/health", tags=["meta"])
    def health() -> dict[str, Any]:
        """Store counts and whether writes are enabled."""
        cur = state.reader()
        names = ("articles", "event_mentions", "events", "claims", "mentions")
        row = cur.execute("SELECT * FROM store_counts").fetchall()[0]
        return {"ok": True, "counts": dict(zip(names, row, strict=True)), "writes_enabled": state.token is not None}

    @app.get("/api/articles", response_model=Page, tags=["articles"])
    def get_articles(since: date | None = None, until: date | None = None,
                     offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
                     limit: Annotated[int, Query(ge=1, le=500)] = 50) -> Any:
        """Stored articles (metadata and counts), oldest first."""
        return analysis.list_articles(state.reader(), since=since, until=until, offset=offset, limit=limit)

    def event_filter(source: str | None, target: str | None, undirected: bool, actor: str | None, code: str | None,
                     plover: str | None, since: date | None, until: date | None, status: str | None,
                     min_sources: int | None, factual: bool, offset: int = 0) -> analysis.EventFilter:
        if (source is None) != (target is None):
            raise HTTPException(422, "give both source and target for a dyad, or neither")
        q = EventQuery(dyad=(source, target) if source and target else None, undirected=undirected, code=code,
                       since=since, until=until, status=status, min_sources=min_sources, factual_only=factual)
        return analysis.EventFilter(query=q, actor=actor, plover=plover, offset=offset)

    @app.get("/api/events", response_model=Page, tags=["events"])
    def get_events(
        source: Annotated[str | None, Query(pattern=CODE_PATTERN, description="dyad source: RUS or RUSGOV")] = None,
        target: Annotated[str | None, Query(pattern=CODE_PATTERN, description="dyad target")] = None,
        undirected: bool = False,
        actor: Annotated[str | None, Query(pattern=CODE_PATTERN, description="an actor on either side")] = None,
        code: Annotated[str | None, Query(pattern=r"^[0-9]{1,4}$", description="CAMEO code prefix")] = None,
        plover: Annotated[str | None, Query(pattern=r"^[A-Za-z_]{1,32}$", description="PLOVER event type")] = None,
        since: date | None = None, until: date | None = None, status: Status | None = None,
        min_sources: Annotated[int | None, Query(ge=1, le=100_000)] = None, factual: bool = False,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0, limit: Annotated[int, Query(ge=1, le=500)] = 50,
    ) -> Any:
        """Event reports matching the filters, oldest first, a page at a time."""
        f = event_filter(source, target, undirected, actor, code, plover, since, until, status, min_sources, factual,
                         offset)
        return analysis.list_events(state.reader(), f, limit=limit)

    @app.get("/api/events/{event_uid}", tags=["events"], responses={404: {"model": Message}})
    def get_event(event_uid: Annotated[str, PathParam(max_length=500)]) -> dict[str, Any]:
        """One event report with its evidence: sentence, trigger offsets, claim, source,
        supporting reports and denials."""
        found = analysis.event_detail(state.reader(), event_uid)
        if found is None:
            raise HTTPException(404, f"no event {event_uid!r}")
        return found

    @app.get("/api/locations", tags=["events"])
    def get_locations(
        source: Annotated[str | None, Query(pattern=CODE_PATTERN)] = None,
        target: Annotated[str | None, Query(pattern=CODE_PATTERN)] = None, undirected: bool = False,
        actor: Annotated[str | None, Query(pattern=CODE_PATTERN)] = None,
        code: Annotated[str | None, Query(pattern=r"^[0-9]{1,4}$")] = None,
        plover: Annotated[str | None, Query(pattern=r"^[A-Za-z_]{1,32}$")] = None,
        since: date | None = None, until: date | None = None, status: Status | None = None,
        min_sources: Annotated[int | None, Query(ge=1, le=100_000)] = None, factual: bool = False,
    ) -> list[dict[str, Any]]:
        """Places of matching event reports, one point per place with its count."""
        f = event_filter(source, target, undirected, actor, code, plover, since, until, status, min_sources, factual)
        return analysis.event_locations(state.reader(), f)

    @app.get("/api/dyads", tags=["dyads"])
    def get_dyads(limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[dict[str, Any]]:
        """Country pairs with events between them, busiest first."""
        return analysis.dyads(state.reader(), limit=limit)

    @app.get("/api/actors", tags=["dyads"])
    def get_actors(limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> list[dict[str, Any]]:
        """Countries seen in events, busiest first."""
        return analysis.actors(state.reader(), limit=limit)

    @app.get("/api/dyads/{a}/{b}/timeline", tags=["dyads"])
    def get_timeline(
        a: Annotated[str, PathParam(pattern=CODE_PATTERN)], b: Annotated[str, PathParam(pattern=CODE_PATTERN)],
        interval: Literal["day", "week", "month"] = "month", since: date | None = None, until: date | None = None,
        undirected: bool = True, factual: bool = False,
    ) -> dict[str, Any]:
        """Per period: reports and events between a and b by QuadClass, PLOVER type and status,
        with the Goldstein sum and mean."""
        return analysis.dyad_timeline(state.reader(), a, b, interval=interval, since=since, until=until,
                                      undirected=undirected, factual_only=factual)

    @app.get("/api/network", tags=["dyads"])
    def get_network(
        since: date | None = None, until: date | None = None,
        code: Annotated[str | None, Query(pattern=r"^[0-9]{1,4}$")] = None,
        plover: Annotated[str | None, Query(pattern=r"^[A-Za-z_]{1,32}$")] = None,
        actor: Annotated[str | None, Query(pattern=CODE_PATTERN)] = None, status: Status | None = None,
        level: Literal["country", "code"] = "country", factual: bool = False,
        max_nodes: Annotated[int, Query(ge=2, le=500)] = 60,
    ) -> dict[str, Any]:
        """Actors and the cooperation/conflict between them."""
        return analysis.actor_network(state.reader(), since=since, until=until, code=code, plover=plover, actor=actor,
                                      status=status, level=level, factual_only=factual, max_nodes=max_nodes)

    @app.get("/api/claims", tags=["dyads"])
    def get_claims(
        a: Annotated[str, Query(pattern=CODE_PATTERN, description="one actor of the pair")],
        b: Annotated[str, Query(pattern=CODE_PATTERN, description="the other actor")],
        since: date | None = None, until: date | None = None, limit: Annotated[int, Query(ge=1, le=1000)] = 200,
    ) -> dict[str, Any]:
        """The claim ledger of a pair: who claims what about whom, denials, corroboration."""
        return analysis.claim_ledger(state.reader(), a, b, since=since, until=until, limit=limit)

    @app.get("/api/codebook", tags=["meta"])
    def get_codebook(code: Annotated[str | None, Query(pattern=r"^[0-9]{1,4}$")] = None) -> dict[str, Any]:
        """CAMEO codes (Goldstein, QuadClass, PLOVER) and PLOVER types."""
        from tacitus import ontology

        codes = ontology.all_codes()
        if code:
            codes = [c for c in codes if c.code.startswith(code)]
            if not codes:
                raise HTTPException(404, f"no CAMEO code starts with {code!r}")
        return {
            "cameo": [{"code": c.code, "name": c.name, "goldstein": c.goldstein, "quad_class": c.quad_class,
                       "plover_event": c.plover_event, "plover_mode": c.plover_mode} for c in codes],
            "plover": [{"event": t.event, "modes": list(t.modes), "quad": t.quad} for t in ontology.plover_types()],
        }

    # ---- dashboard

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB_DIR / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")

    guarded = _Guard(app, max_body)
    guarded.app = app  # type: ignore[attr-defined]
    return _Wrapped(guarded, app)


class _Wrapped:
    """The guarded ASGI app; `.app` is the FastAPI app (state, routes, openapi())."""

    def __init__(self, guard: _Guard, app: FastAPI) -> None:
        self._guard = guard
        self.app = app
        self.state = app.state

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        await self._guard(scope, receive, send)

    def openapi(self) -> dict[str, Any]:
        return self.app.openapi()
