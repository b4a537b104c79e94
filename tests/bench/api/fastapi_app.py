"""The seed's stack for the local API's benchmark (docs/BENCHMARKS.md): the same endpoints as
Helios's `helios-cli serve`, written in FastAPI over the same SQLite file, as the seed would have
written them: a bearer token, JSON of the same fields, gzip from 1,000 bytes (GZipMiddleware),
a page of plans and one plan with its tasks; the public plans (the templates) from a response
cache keyed by path and query with a TTL, as the seed's `cache_response` decorator does (the
seed keeps it in Redis; here a dict in the process, which only makes FastAPI faster); /metrics
from prometheus_client with the seed's two LLM families and the request count and duration by
route and status that the seed's prometheus_fastapi_instrumentator adds (that package is not in
Debian: a middleware does the same). Run by run.sh with Debian's python3-fastapi, uvicorn and
python3-prometheus-client; HELIOS_BENCH_DB and HELIOS_API_TOKEN say which database and token."""

import json
import os
import sqlite3
import threading
import time

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST, Counter, Histogram, generate_latest

DB = os.environ["HELIOS_BENCH_DB"]
TOKEN = os.environ["HELIOS_API_TOKEN"]

app = FastAPI()
app.add_middleware(GZipMiddleware, minimum_size=1000)
local = threading.local()

# The seed's own families (its monitoring section) and the instrumentator's.
llm_requests = Counter("llm_api_requests_total", "Total number of LLM API requests",
                       ["model", "status"])
llm_response_time = Histogram("llm_api_response_time_seconds", "LLM API response time in seconds",
                              ["model"])
http_requests = Counter("http_requests_total", "HTTP requests", ["route", "status"])
http_duration = Histogram("http_request_duration_seconds", "HTTP request duration", ["route"])


@app.middleware("http")
async def instrument(request: Request, call_next):
    started = time.perf_counter()
    response = await call_next(request)
    route = request.scope.get("route")
    path = route.path if route is not None else "none"
    http_requests.labels(route=path, status=str(response.status_code)).inc()
    http_duration.labels(route=path).observe(time.perf_counter() - started)
    return response


def db():
    if not hasattr(local, "db"):
        local.db = sqlite3.connect(f"file:{DB}?mode=ro", uri=True, check_same_thread=False)
        local.db.row_factory = sqlite3.Row
    return local.db


def authorised(authorization: str = Header(default="")):
    if authorization != f"Bearer {TOKEN}":
        raise HTTPException(status_code=401, detail="A valid bearer token is needed.")


def as_json(value) -> Response:
    return Response(json.dumps(value, separators=(",", ":")), media_type="application/json")


@app.get("/healthz")
def healthz():
    return as_json({"status": "ok"})


@app.get("/api/v1/plans", dependencies=[Depends(authorised)])
def plans(page: int = 1, limit: int = 20):
    rows = db().execute(
        "SELECT p.id, p.goal, p.created_at, p.deadline, p.at_risk, p.hours_short,"
        " count(t.id) AS task_count, sum(t.status = 'done') AS done_count,"
        " coalesce(sum(t.estimate_hours), 0) AS total_hours,"
        " coalesce(sum(CASE WHEN t.status = 'done' THEN t.estimate_hours END), 0) AS done_hours"
        " FROM plans p LEFT JOIN tasks t ON t.plan_id = p.id WHERE p.is_template = 0"
        " GROUP BY p.id ORDER BY p.created_at DESC LIMIT ? OFFSET ?",
        (limit, (page - 1) * limit)).fetchall()
    total = db().execute("SELECT count(*) FROM plans WHERE is_template = 0").fetchone()[0]
    data = []
    for r in rows:
        item = dict(r)
        item["at_risk"] = bool(item["at_risk"])
        item["progress"] = item["done_hours"] / item["total_hours"] if item["total_hours"] else 0
        data.append(item)
    return as_json({"page": page, "limit": limit, "total": total, "data": data})


@app.get("/api/v1/plans/{plan_id}", dependencies=[Depends(authorised)])
def plan(plan_id: int):
    row = db().execute("SELECT * FROM plans WHERE id = ? AND is_template = 0",
                       (plan_id,)).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail=f"There is no plan with id {plan_id}.")
    out = dict(row)
    out["at_risk"] = bool(out["at_risk"])
    out["kind_reason"] = json.loads(out["kind_reason"] or "[]")
    tasks = db().execute(
        "SELECT t.*, (SELECT group_concat(depends_on_id) FROM task_dependencies d"
        " WHERE d.task_id = t.id) AS deps FROM tasks t WHERE plan_id = ? ORDER BY position",
        (plan_id,)).fetchall()
    out["tasks"] = []
    for t in tasks:
        task = dict(t)
        task["depends_on"] = [int(x) for x in (task.pop("deps") or "").split(",") if x]
        task["event"] = bool(task.pop("is_event"))
        out["tasks"].append(task)
    return as_json(out)


# The seed's cache_response(expire=600): the answer kept under "api:{path}:{query}" until it expires.
response_cache = {}
CACHE_SECONDS = 600


@app.get("/api/v1/public-plans", dependencies=[Depends(authorised)])
def public_plans(request: Request, page: int = 1, limit: int = 20):
    key = f"api:{request.url.path}:{request.query_params}"
    cached = response_cache.get(key)
    if cached is not None and cached[0] > time.monotonic():
        return as_json(cached[1])
    rows = db().execute(
        "SELECT p.id, p.goal, count(t.id) AS task_count,"
        " coalesce(sum(t.estimate_hours), 0) AS total_hours"
        " FROM plans p LEFT JOIN tasks t ON t.plan_id = p.id WHERE p.is_template = 1"
        " GROUP BY p.id ORDER BY p.created_at DESC, p.id DESC LIMIT ? OFFSET ?",
        (limit, (page - 1) * limit)).fetchall()
    total = db().execute("SELECT count(*) FROM plans WHERE is_template = 1").fetchone()[0]
    data = [{"id": str(r["id"]), "built_in": False, "plan_id": r["id"], "category": "mine",
             "category_name": "Mine", "title": r["goal"], "goal": r["goal"],
             "task_count": r["task_count"], "total_hours": r["total_hours"], "event": False}
            for r in rows]
    result = {"page": page, "limit": limit, "total": total, "data": data}
    response_cache[key] = (time.monotonic() + CACHE_SECONDS, result)
    return as_json(result)


@app.get("/metrics", dependencies=[Depends(authorised)])
def metrics():
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
