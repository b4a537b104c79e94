#!/usr/bin/env python3
"""The window's event-loop lag with its Local API under load (issue 19: under 50 ms).

The real helios window under Xvfb with Settings -> Local API on (the settings file says so, the
token comes from $HELIOS_API_TOKEN), over a database of 31 plans, one of them with 200 tasks;
wrk (Debian's) drives the API at 1, 16 and 128 connections on the cached public-plans page, the
200-task plan (gzip) and /metrics, and PATCHes a task (writes through the Store the window
shares). The lag is the window's own: EventLoopLagProbe ticks every
50 ms on the GUI thread into ui_event_loop_lag_seconds, which the API's /metrics serves; the
histogram is read before and after each phase, and p50, p99 and max are the bucket bounds (1, 2.5,
5, 10, 16, 25, 50, 100 ms, ...) that hold them. The baseline is the same window, no load, for the
same time, in the same run (before the first load and after the last).

    tests/bench/api/window_lag.py [BUILD_DIR] [SECONDS]     (default: build, 10)

Prints a Markdown table. Exit 77 (skipped) when wrk, xvfb-run or the build is missing.
"""
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "../../../build"))
SECONDS = int(sys.argv[2]) if len(sys.argv) > 2 else 10
TOKEN = "bench-token-0123456789abcdef"

def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


PORT = free_port()
BASE = f"http://127.0.0.1:{PORT}"
LAG = "ui_event_loop_lag_seconds"


def skip(why):
    print(f"window_lag.py: {why}", file=sys.stderr)
    sys.exit(77)


def get(path, token=TOKEN, timeout=10):
    request = urllib.request.Request(BASE + path)
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.read().decode()


def lag_buckets():
    """The lag histogram's cumulative bucket counts, {upper bound in s: count}."""
    buckets = {}
    for line in get("/metrics").splitlines():
        match = re.match(LAG + r'_bucket\{le="([^"]+)"\} (\d+)', line)
        if match:
            buckets[float(match.group(1))] = int(match.group(2))
    if not buckets:
        sys.exit(f"window_lag.py: /metrics has no {LAG}")
    return buckets


def summary(before, after):
    """Ticks, and the bucket bounds (ms) of p50, p99 and the max, of the ticks between two reads."""
    bounds = sorted(after)
    delta = [after[b] - before.get(b, 0) for b in bounds]
    total = delta[-1]  # the +Inf bucket

    def bound(share):
        for b, count in zip(bounds, delta):
            if count >= share * total:
                return "≤ %g" % (b * 1000) if b != float("inf") else "> %g" % (bounds[-2] * 1000)
        return "?"

    return total, bound(0.50), bound(0.99), bound(1.0)


def wrk(path, connections, script=None):
    threads = 1 if connections == 1 else 2
    out = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{SECONDS}s", "--latency",
         "-H", f"Authorization: Bearer {TOKEN}", "-H", "Accept-Encoding: gzip", BASE + path]
        + (["-s", script] if script else []),
        check=True, capture_output=True, text=True).stdout
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if bad:
        sys.exit(f"window_lag.py: {bad.group(1)} non-2xx answers on {path}")
    return float(rps.group(1)) if rps else 0.0


def main():
    helios = os.path.join(BUILD, "bin", "helios")
    cli = os.path.join(BUILD, "bin", "helios-cli")
    for tool in ("wrk", "xvfb-run"):
        if not shutil.which(tool):
            skip(f"{tool} is missing")
    if not (os.access(helios, os.X_OK) and os.access(cli, os.X_OK)):
        skip(f"no helios or helios-cli in {BUILD}/bin")

    work = tempfile.mkdtemp(prefix="helios-window-lag-")
    db = os.path.join(work, "helios.db")
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(work, "data"),
               XDG_CONFIG_HOME=os.path.join(work, "config"), HELIOS_API_TOKEN=TOKEN,
               LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no keychain: the token from the environment
    os.makedirs(os.path.join(work, "config", "Helios"))
    with open(os.path.join(work, "config", "Helios", "helios.conf"), "w") as ini:
        ini.write(f"[localApi]\nenabled=true\nport={PORT}\n")
    plans = os.path.join(work, "plans.json")
    subprocess.run([sys.executable, os.path.join(HERE, "make_plans.py"), plans], check=True)
    subprocess.run([cli, "--db", db, "import", plans, "--format", "json"], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    big = sqlite3.connect(db).execute(
        "SELECT id FROM plans WHERE goal = 'Two hundred tasks'").fetchone()[0]
    task = sqlite3.connect(db).execute(
        "SELECT min(id) FROM tasks WHERE plan_id = ?", (big,)).fetchone()[0]
    patch = os.path.join(work, "patch.lua")  # writes: a task's notes, through the Store
    with open(patch, "w") as lua:
        lua.write('wrk.method = "PATCH"\nwrk.body = \'{"notes": "Changed under load."}\'\n'
                  'wrk.headers["Content-Type"] = "application/json"\n')

    window = subprocess.Popen(
        ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", helios, "--db", db], env=env,
        stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "window.err"), "w"),
        start_new_session=True)
    try:
        for _ in range(300):
            try:
                get("/healthz", token=None, timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        else:
            sys.exit("window_lag.py: the window's Local API did not answer within 30 s")
        time.sleep(2)  # the window settles (first paint, the plan list loaded)
        get("/api/v1/public-plans?page=1&limit=20")  # the cached page, as wrk will read it

        print(f"Window under Xvfb, Local API on, {SECONDS} s a phase; lag from "
              f"{LAG} (bucket bounds, ms):\n")
        print("| load | connections | API req/s | lag ticks | lag p50 ms | lag p99 ms | lag max ms |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")

        def idle(label):
            before = lag_buckets()
            time.sleep(SECONDS)
            ticks, p50, p99, worst = summary(before, lag_buckets())
            print(f"| {label} | 0 | – | {ticks} | {p50} | {p99} | {worst} |")

        idle("none (before)")
        for path, label, script in (
                ("/api/v1/public-plans?page=1&limit=20", "`public-plans` (cached)", None),
                (f"/api/v1/plans/{big}", "`plans/{200-task plan}` (gzip)", None),
                ("/metrics", "`/metrics`", None),
                (f"/api/v1/tasks/{task}", "`PATCH tasks/{id}` (writes)", patch)):
            for connections in (1, 16, 128):
                before = lag_buckets()
                rps = wrk(path, connections, script)
                ticks, p50, p99, worst = summary(before, lag_buckets())
                print(f"| {label} | {connections} | {rps:.0f} | {ticks} | {p50} | {p99} | {worst} |")
        idle("none (after)")
    finally:
        os.killpg(window.pid, signal.SIGTERM)
        window.wait(timeout=30)
        for _ in range(300):  # the window and Xvfb too, not only xvfb-run
            try:
                os.killpg(window.pid, 0)
                time.sleep(0.1)
            except ProcessLookupError:
                break
        if os.environ.get("KEEP"):
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


main()
