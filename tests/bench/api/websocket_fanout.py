#!/usr/bin/env python3
"""1,000 WebSocket clients on /api/v1/events receive PLAN_GENERATED (issue 19: all within 100 ms
of the plan being saved).

helios-cli serve over a fresh database; N clients (default 1,000) open authenticated WebSockets
(Python's standard library: the handshake and the frames by hand, one thread, a selector), then a
plan is asked for with POST /api/v1/plans (the offline planner) and every client's receipt of its
PLAN_GENERATED is timed. Repeated for ROUNDS plans; the same with one client is the baseline of
the same run (what making and saving the plan itself takes).

The save time is the moment the job's completion was written: the last write to the database's
WAL (helios.db-wal's mtime, read once every client has its event; nothing else writes in between,
which the script checks: that write must come before the first receipt). File times come from the
kernel's coarse clock (a tick, up to 4 ms), so "from the save" is good to a few ms; "from the
POST" is an upper bound that also holds the planning.

The soft limit on open files is raised to the hard one (each client and the server's side of it
take a descriptor each; serve inherits the limit); the script stops if that is under N + 256.

    tests/bench/api/websocket_fanout.py [BUILD_DIR] [CLIENTS] [ROUNDS]   (default: build, 1000, 5)
"""
import base64
import http.client
import json
import os
import resource
import selectors
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "../../../build"))
CLIENTS = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
ROUNDS = int(sys.argv[3]) if len(sys.argv) > 3 else 5
TOKEN = "bench-token-0123456789abcdef"


class Client:
    """One WebSocket subscriber: connected and upgraded, then read frame by frame."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                           "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                           f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
                           f"Authorization: Bearer {TOKEN}\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("closed during the handshake")
            head += chunk
        status = head.split(b"\r\n", 1)[0]
        if b" 101 " not in status:
            raise ConnectionError(f"no upgrade: {status!r}")
        self.buffer = head.split(b"\r\n\r\n", 1)[1]
        self.sock.setblocking(False)
        self.received = {}  # taskId -> time.time_ns() of PLAN_GENERATED

    def pong(self, payload):
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.setblocking(True)
        self.sock.sendall(bytes([0x8A, 0x80 | len(payload)]) + mask + masked)
        self.sock.setblocking(False)

    def read(self, now_ns):
        """Reads what arrived; the texts of the complete frames."""
        try:
            data = self.sock.recv(65536)
        except BlockingIOError:
            return []
        if not data:
            raise ConnectionError("the server closed a subscriber")
        self.buffer += data
        texts = []
        while len(self.buffer) >= 2:
            opcode, length = self.buffer[0] & 0x0F, self.buffer[1] & 0x7F
            offset = 2
            if length == 126:
                if len(self.buffer) < 4:
                    break
                length, offset = struct.unpack(">H", self.buffer[2:4])[0], 4
            elif length == 127:
                if len(self.buffer) < 10:
                    break
                length, offset = struct.unpack(">Q", self.buffer[2:10])[0], 10
            if len(self.buffer) < offset + length:
                break
            payload = self.buffer[offset:offset + length]
            self.buffer = self.buffer[offset + length:]
            if opcode == 0x1:
                texts.append(payload.decode())
            elif opcode == 0x9:
                self.pong(payload)
        for text in texts:
            event = json.loads(text)
            if event.get("type") == "PLAN_GENERATED":
                self.received.setdefault(event["taskId"], now_ns)
        return texts


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def round_trip(port, clients, selector, wal, goal):
    """Asks for one plan; per client, ms from the save and from the POST to its PLAN_GENERATED."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    body = json.dumps({"goal": goal, "planner": "offline"})
    posted = time.time_ns()
    connection.request("POST", "/api/v1/plans", body,
                       {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    response = connection.getresponse()
    answer = json.loads(response.read())
    if response.status != 202:
        sys.exit(f"websocket_fanout.py: POST answered {response.status}: {answer}")
    job = answer["taskId"]
    waiting = {c for c in clients if job not in c.received}
    deadline = time.monotonic() + 60
    while waiting and time.monotonic() < deadline:
        for key, _ in selector.select(timeout=1):
            client = key.data
            client.read(time.time_ns())
            if job in client.received:
                waiting.discard(client)
    if waiting:
        sys.exit(f"websocket_fanout.py: {len(waiting)} of {len(clients)} clients had no "
                 f"PLAN_GENERATED for job {job} within 60 s")
    saved = os.stat(wal).st_mtime_ns
    first = min(c.received[job] for c in clients)
    if saved > first + 5_000_000:  # a later write than the job's completion: no save time
        sys.exit("websocket_fanout.py: the database was written after the first PLAN_GENERATED")
    from_save = [(c.received[job] - saved) / 1e6 for c in clients]
    from_post = [(c.received[job] - posted) / 1e6 for c in clients]
    return from_save, from_post


def measure(port, count, wal, label):
    selector = selectors.DefaultSelector()
    clients = []
    opened = time.monotonic()
    for _ in range(count):
        client = Client(port)
        selector.register(client.sock, selectors.EVENT_READ, client)
        clients.append(client)
    opening_s = time.monotonic() - opened
    from_save, from_post = [], []
    for r in range(ROUNDS):
        s, p = round_trip(port, clients, selector, wal, f"Learn to juggle, round {r + 1} ({label})")
        from_save += s
        from_post += p
    for client in clients:
        selector.unregister(client.sock)
        client.sock.close()

    def row(values):
        return (f"{percentile(values, 0.5):.1f} / {percentile(values, 0.99):.1f} / "
                f"{max(values):.1f}")

    within = sum(1 for v in from_save if v <= 100) / len(from_save) * 100
    print(f"| {count} | {ROUNDS} | {len(from_save)} | {opening_s:.2f} | {row(from_save)} | "
          f"{row(from_post)} | {within:.1f} % |")


def main():
    cli = os.path.join(BUILD, "bin", "helios-cli")
    if not os.access(cli, os.X_OK):
        print(f"websocket_fanout.py: no helios-cli in {BUILD}/bin", file=sys.stderr)
        sys.exit(77)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    if hard < CLIENTS + 256:
        sys.exit(f"websocket_fanout.py: the open-file limit ({hard}) is too low for {CLIENTS}")
    work = tempfile.mkdtemp(prefix="helios-ws-fanout-")
    db = os.path.join(work, "helios.db")
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(work, "data"), HELIOS_API_TOKEN=TOKEN)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    serve = subprocess.Popen([cli, "--db", db, "serve", "--port", str(port)], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        print(f"helios-cli serve, offline planner; open-file limit raised from {soft} to {hard}; "
              f"ms from the save (WAL write) and from the POST to each client's PLAN_GENERATED:\n")
        print("| clients | plans | receipts | connect all (s) | from save p50 / p99 / max ms | "
              "from POST p50 / p99 / max ms | within 100 ms of the save |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        measure(port, 1, db + "-wal", "baseline")
        measure(port, CLIENTS, db + "-wal", "fan-out")
    finally:
        serve.send_signal(signal.SIGTERM)
        serve.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)


main()
