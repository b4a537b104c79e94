#!/usr/bin/env python3
"""A real Prometheus server (Debian's `prometheus`) scrapes a running `helios-cli serve`, configured
from the YAML block of docs/API.md as a person would copy it (issue 19's "Done when").

helios-cli serve over a fresh database with $HELIOS_API_TOKEN; the token written to a file only
this test reads (the docs' credentials_file); docs/API.md's scrape_configs with the target and the
file put in, and a one-second scrape interval; Prometheus on a free loopback port with its own
storage folder. Passes when Prometheus reports the target up and its query API returns Helios's
http_requests_total for /metrics and llm_api_requests_total; fails with what Prometheus said
otherwise. Neither process may print the token.

    prometheus_scrape.py BUILD_DIR SOURCE_DIR     (exit 77: prometheus is not installed)
"""
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

BUILD, SOURCE = (os.path.abspath(p) for p in sys.argv[1:3])
TOKEN = "prometheus-scrape-test-token-0123456789"
TIMEOUT_S = 90


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def scrape_config(api_md, target, token_file):
    """The docs' YAML block, with this run's target and token file put in."""
    text = open(api_md, encoding="utf-8").read()
    match = re.search(r"A Prometheus server scrapes it.*?```yaml\n(.*?)```", text, re.S)
    if not match:
        fail("docs/API.md has no ```yaml block after 'A Prometheus server scrapes it'")
    config = match.group(1)
    for needle in ("/etc/prometheus/helios-token", '"127.0.0.1:8765"'):
        if needle not in config:
            fail(f"docs/API.md's scrape config no longer has {needle}; update this test with it")
    config = config.replace("/etc/prometheus/helios-token", token_file)
    config = config.replace('"127.0.0.1:8765"', f'"{target}"')
    return "global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n" + config


def query(base, expression):
    url = f"{base}/api/v1/query?" + urllib.parse.urlencode({"query": expression})
    with urllib.request.urlopen(url, timeout=5) as answer:
        return json.load(answer)["data"]["result"]


def main():
    prometheus = shutil.which("prometheus")
    if not prometheus:
        print("SKIP: prometheus (Debian's package, in scripts/dev's PKGS) is not installed")
        return 77
    cli = os.path.join(BUILD, "bin", "helios-cli")
    work = tempfile.mkdtemp(prefix="helios-prometheus-")
    processes = []
    try:
        env = dict(os.environ, HELIOS_API_TOKEN=TOKEN)
        serve = subprocess.Popen(
            [cli, "--db", os.path.join(work, "helios.db"), "serve", "--port", "0", "--json"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
        processes.append(serve)
        said = ""  # the JSON object it prints where it listens, over several lines
        ready = {}
        for line in serve.stdout:
            said += line
            if line.startswith("}"):
                ready = json.loads(said)
                break
        if "port" not in ready:
            fail(f"helios-cli serve did not say where it listens: {serve.stderr.read()[:500]}")
        target = f"127.0.0.1:{ready['port']}"
        token_file = os.path.join(work, "helios-token")
        with open(os.open(token_file, os.O_WRONLY | os.O_CREAT, 0o600), "w") as out:
            out.write(TOKEN + "\n")
        config_file = os.path.join(work, "prometheus.yml")
        with open(config_file, "w", encoding="utf-8") as out:
            out.write(scrape_config(os.path.join(SOURCE, "docs", "API.md"), target, token_file))
        port = free_port()
        log = open(os.path.join(work, "prometheus.log"), "w+")
        server = subprocess.Popen(
            [prometheus, f"--config.file={config_file}",
             f"--storage.tsdb.path={os.path.join(work, 'data')}",
             f"--web.listen-address=127.0.0.1:{port}"],
            stdout=log, stderr=subprocess.STDOUT)
        processes.append(server)
        base = f"http://127.0.0.1:{port}"

        deadline = time.monotonic() + TIMEOUT_S
        health, last_error = None, ""
        while time.monotonic() < deadline:
            if server.poll() is not None:
                log.seek(0)
                fail(f"prometheus exited ({server.returncode}): {log.read()[-1500:]}")
            try:
                with urllib.request.urlopen(f"{base}/api/v1/targets", timeout=5) as answer:
                    targets = json.load(answer)["data"]["activeTargets"]
                helios = [t for t in targets if t["labels"].get("job") == "helios"]
                if helios:
                    health, last_error = helios[0]["health"], helios[0].get("lastError", "")
                    if health == "up" and query(base, 'http_requests_total{route="/metrics"}'):
                        break
            except OSError:
                pass  # not listening yet
            time.sleep(0.5)
        if health != "up":
            fail(f"Prometheus never reported Helios up (health {health!r}, {last_error!r})")

        requests = query(base, 'http_requests_total{job="helios",route="/metrics"}')
        if not requests or float(requests[0]["value"][1]) < 1:
            fail(f"no http_requests_total for /metrics in Prometheus: {requests}")
        families = query(base, '{job="helios",__name__=~"llm_api_requests_total|'
                               'process_resident_memory_bytes"}')
        names = {series["metric"]["__name__"] for series in families}
        if "process_resident_memory_bytes" not in names:
            fail(f"Helios's families are not in Prometheus: {sorted(names)}")
        print(f"Prometheus scraped Helios at {target}: up, "
              f"{float(requests[0]['value'][1]):g} scrapes counted by Helios itself")
        return 0
    finally:
        for process in reversed(processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        serve_err = processes[0].stderr.read() if processes and processes[0].stderr else ""
        logged = open(os.path.join(work, "prometheus.log")).read() if os.path.exists(
            os.path.join(work, "prometheus.log")) else ""
        shutil.rmtree(work, ignore_errors=True)
        if TOKEN in serve_err or TOKEN in logged:
            fail("the token was printed by helios-cli serve or Prometheus")


if __name__ == "__main__":
    sys.exit(main())
