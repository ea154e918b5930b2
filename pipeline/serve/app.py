"""The review web application (Starlette, server-rendered Jinja2 templates, one small script).

Every page but the login form needs a session cookie (http-only, SameSite=Strict); every POST
needs the session's CSRF token in its form. The request log holds method, path, status and time,
never a query string or a form (a search or a comment may quote a note), and an unexpected error
is logged with its traceback only.
"""
from __future__ import annotations

import hmac
import logging
import secrets
import time
from pathlib import Path
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from ..report.folding import fold_links
from ..report.highlight import dom_id, highlight
from ..report.timeline_svg import timeline_svg
from .consensus import DISAGREEMENT, STATUSES, disagreements, settle, status
from .store import FIELD_VALUES, LINK_VALUES, ReviewStore, ReviewStoreError, Session
from .worklist import PAGE_SIZES, Query, RunIndex

log = logging.getLogger("koebner.serve")
HERE = Path(__file__).parent
SESSION_COOKIE = "koebner_session"
LOGIN_COOKIE = "koebner_login"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
COMMENT_MAX = 2000
ERRORS = {"comment": "Not saved: say why in the comment (required to override the pipeline or "
                     "to settle a disagreement)."}


class Guard(BaseHTTPMiddleware):
    """Security headers, the request log (no query strings), and unexpected errors logged."""

    async def dispatch(self, request: Request, call_next) -> Response:
        """Answer the request with security headers added and its method, path, status and time logged.

        An unexpected error is logged with its traceback and answered with a plain 500.
        """
        started = time.perf_counter()
        try:
            response = await call_next(request)
        except Exception:  # noqa: BLE001 - logged with its traceback, answered with a plain 500
            log.exception("error on %s %s", request.method, request.url.path)
            response = PlainTextResponse("Internal error: see the server log.", status_code=500)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Cache-Control"] = "no-store"
        log.info("%s %s %d %.0f ms", request.method, request.url.path, response.status_code,
                 (time.perf_counter() - started) * 1000)
        return response


def create_app(run_dir: Path | str) -> Starlette:
    """The application for one run folder (its review database is RUN_DIR/review.sqlite)."""
    run_dir = Path(run_dir)
    store = ReviewStore.for_run(run_dir)
    index = RunIndex(run_dir)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals["statuses"] = STATUSES
    templates.env.filters["dom_id"] = dom_id

    def current(request: Request) -> Session | None:
        return store.session(request.cookies.get(SESSION_COOKIE))

    def require(request: Request) -> Session:
        session = current(request)
        if session is None:
            if request.method == "GET":
                raise HTTPException(303, headers={"Location": "/login"})
            raise HTTPException(403, "Not logged in.")
        return session

    async def checked_form(request: Request, session: Session):
        form = await request.form()
        if not hmac.compare_digest(str(form.get("csrf", "")), session.csrf):
            raise HTTPException(403, "Missing or wrong CSRF token: reload the page and try again.")
        return form

    def page(request: Request, name: str, session: Session | None, status_code: int = 200, **context):
        return templates.TemplateResponse(
            request, name, {"session": session, "run_name": run_dir.name, **context},
            status_code=status_code)

    # login -----------------------------------------------------------------------------------
    async def login_form(request: Request, error: str = "", status_code: int = 200) -> Response:
        token = secrets.token_urlsafe(32)
        response = page(request, "login.html", None, status_code, csrf=token, error=error)
        response.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="strict", max_age=3600)
        return response

    async def login(request: Request) -> Response:
        if request.method == "GET":
            return await login_form(request)
        form = await request.form()
        expected = request.cookies.get(LOGIN_COOKIE, "")
        if not expected or not hmac.compare_digest(str(form.get("csrf", "")), expected):
            return await login_form(request, "The form expired: please log in again.", 403)
        user = store.check_password(str(form.get("name", "")).strip(), str(form.get("password", "")))
        if user is None:
            log.info("failed login")
            return await login_form(request, "Wrong user name or password.", 401)
        token, _ = store.open_session(user)
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="strict")
        response.delete_cookie(LOGIN_COOKIE)
        return response

    async def logout(request: Request) -> Response:
        session = require(request)
        await checked_form(request, session)
        store.close_session(request.cookies.get(SESSION_COOKIE))
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(SESSION_COOKIE)
        return response

    # worklist ---------------------------------------------------------------------------------
    async def worklist(request: Request) -> Response:
        session = require(request)
        query = Query.from_params(request.query_params)
        reviews, adjudications = store.reviews(), store.adjudications()
        if session.user.role == "reviewer":
            # blind review: a reviewer's worklist status counts only their own decisions
            reviews = {pid: {f: {r: v for r, v in by.items() if r == session.user.name}
                             for f, by in fields.items()} for pid, fields in reviews.items()}
            reviews = {pid: {f: by for f, by in fields.items() if by} for pid, fields in reviews.items()}
            adjudications = {}
        result = index.query(query, reviews, adjudications)
        params = {k: v for k, v in request.query_params.items() if k != "page"}

        def link(**change) -> str:
            merged = {**params, **{k: str(v) for k, v in change.items()}}
            return "/?" + urlencode({k: v for k, v in merged.items() if v != ""})

        return page(request, "worklist.html", session, query=query, result=result,
                    total_patients=len(index), link=link, page_sizes=PAGE_SIZES)

    # patient ----------------------------------------------------------------------------------
    async def patient(request: Request) -> Response:
        session = require(request)
        pid = request.path_params["patient_id"]
        view = index.patient(pid)
        if view is None:
            raise HTTPException(404, f"No patient {pid!r} in this run.")
        groups = fold_links(view.links)
        reviews = store.reviews(pid).get(pid, {})
        adjudications = store.adjudications(pid).get(pid, {})
        mine = {field: by[session.user.name] for field, by in reviews.items() if session.user.name in by}
        notes = [(note, highlight(note.text, note.mentions) if note.text is not None else None)
                 for note in view.notes]
        reviewers = sorted({r for by in reviews.values() for r in by})
        fields = ["calciphylaxis", "koebner", *(g.key for g in groups)]
        settled = {f: settle(reviews.get(f, {}), adjudications.get(f)) for f in fields}
        labels = {"calciphylaxis": "calciphylaxis", "koebner": "koebner", **{
            g.key: f"link: {g.first.trauma_type or 'trauma'} → {g.first.region or 'lesion'} "
                   f"({g.size} pair{'s' if g.size > 1 else ''}, {g.first.trauma_id}→{g.first.lesion_id})"
            for g in groups}}
        return page(request, "patient.html", session, patient=view, groups=groups, notes=notes,
                    timeline=timeline_svg(view), mine=mine, reviews=reviews,
                    adjudications=adjudications, reviewers=reviewers, fields=fields,
                    settled=settled, labels=labels, disagreements=disagreements(reviews, adjudications),
                    review_status=status(reviews, adjudications) if session.user.role == "adjudicator"
                    else status({f: {session.user.name: v} for f, v in mine.items()}, {}),
                    field_values=FIELD_VALUES, link_values=LINK_VALUES, saved=request.query_params.get("saved"),
                    error=ERRORS.get(request.query_params.get("error", ""), ""),
                    DISAGREEMENT=DISAGREEMENT)

    def _values(form, view) -> dict[str, str]:
        allowed = {"calciphylaxis", "koebner", *(g.key for g in fold_links(view.links))}
        values = {}
        for name, value in form.multi_items():
            if name in allowed and str(value):
                values[name] = str(value)
        return values

    def _overrides(view, values: dict[str, str]) -> bool:
        linked = {g.key: g.first.linked for g in fold_links(view.links)}
        for name, value in values.items():
            if name in linked:
                if (value == "accept") != linked[name]:
                    return True
            elif value != view.fields.get(name, ""):
                return True
        return False

    async def decide(request: Request) -> Response:
        session = require(request)
        form = await checked_form(request, session)
        pid = request.path_params["patient_id"]
        view = index.patient(pid)
        if view is None:
            raise HTTPException(404, f"No patient {pid!r} in this run.")
        comment = str(form.get("comment", "")).strip()[:COMMENT_MAX]
        values = _values(form, view)
        adjudicating = request.url.path.endswith("/adjudicate")
        if not comment and values and (adjudicating or _overrides(view, values)):
            # an override or a settlement says why; nothing is saved without it
            return RedirectResponse(f"/patients/{pid}?error=comment", status_code=303)
        if adjudicating and session.user.role != "adjudicator":
            raise HTTPException(403, "Only an adjudicator settles disagreements.")
        try:
            if adjudicating:
                changed = store.record_adjudication(session.user, pid, values, comment)
            else:
                if session.user.role != "reviewer":
                    raise HTTPException(403, "Adjudicators settle disagreements; reviewers review.")
                changed = store.record_review(session.user, pid, values, comment)
        except ReviewStoreError as error:
            raise HTTPException(400, str(error)) from None
        return RedirectResponse(f"/patients/{pid}?saved={changed}", status_code=303)

    async def audit(request: Request) -> Response:
        session = require(request)
        if session.user.role != "adjudicator":
            raise HTTPException(403, "Only an adjudicator reads the audit log.")
        return page(request, "audit.html", session, rows=store.audit())

    async def http_error(request: Request, exc: HTTPException) -> Response:
        if exc.status_code in (301, 302, 303, 307):
            return RedirectResponse(exc.headers["Location"], status_code=exc.status_code)
        return PlainTextResponse(exc.detail, status_code=exc.status_code)

    routes = [
        Route("/login", login, methods=["GET", "POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/", worklist),
        Route("/audit", audit),
        Route("/patients/{patient_id:str}", patient),
        Route("/patients/{patient_id:str}/review", decide, methods=["POST"]),
        Route("/patients/{patient_id:str}/adjudicate", decide, methods=["POST"]),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    return Starlette(routes=routes, middleware=[Middleware(Guard)],
                     exception_handlers={HTTPException: http_error})


def serve(run_dir: Path | str, host: str = "127.0.0.1", port: int = 8765) -> None:
    """Run the server until interrupted. Uvicorn's access log is off (it would log query
    strings); ``koebner.serve`` logs each request's method, path, status and time."""
    import uvicorn

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    app = create_app(run_dir)
    uvicorn.run(app, host=host, port=port, access_log=False, log_level="info")
