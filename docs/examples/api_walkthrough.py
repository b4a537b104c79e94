#!/usr/bin/env python3
"""Helios's local API from a script, with nothing but Python's standard library (docs/API.md).

Subscribes to the events, asks for a plan, waits for PLAN_GENERATED, reads the plan and marks its
first task done, then waits for the TASK_UPDATED that confirms it. The window (with Settings →
Local API on, or any Helios on the same database) shows the task done within seconds.

    HELIOS_API_TOKEN=… docs/examples/api_walkthrough.py [--url http://127.0.0.1:8765]
        [--goal "Learn Python in 3 months"] [--timeout 60]

The token is read from $HELIOS_API_TOKEN only (never an argument: command lines are readable by
every user of the machine). Prints what it did; exit 0 when the task was marked done, 1 when the
API refused or the plan failed (its sentence on stderr), 2 on bad usage.
"""
import argparse
import base64
import http.client
import json
import os
import socket
import struct
import sys
import time
import urllib.parse


class ApiError(Exception):
    pass


class Events:
    """A WebSocket subscriber of /api/v1/events: the handshake and the frames by hand."""

    def __init__(self, host, port, token, timeout):
        self.sock = socket.create_connection((host, port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET /api/v1/events HTTP/1.1\r\nHost: {host}:{port}\r\n"
                           "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                           f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
                           f"Authorization: Bearer {token}\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ApiError("The server closed the connection during the WebSocket handshake.")
            head += chunk
        status = head.split(b"\r\n", 1)[0].decode("latin-1")
        if " 101 " not in status:
            raise ApiError(f"The events were refused: {status[:80]}")
        self.buffer = head.split(b"\r\n\r\n", 1)[1]

    def _take(self, count):
        while len(self.buffer) < count:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ApiError("The server closed the events connection.")
            self.buffer += chunk
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data

    def _send(self, opcode, payload):
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(bytes([0x80 | opcode, 0x80 | len(payload)]) + mask + masked)

    def next_event(self, deadline):
        """The next JSON event, or None once the deadline (time.monotonic()) passed."""
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            self.sock.settimeout(left)
            try:
                first, second = self._take(2)
                length = second & 0x7F
                if length == 126:
                    length = struct.unpack("!H", self._take(2))[0]
                elif length == 127:
                    length = struct.unpack("!Q", self._take(8))[0]
                payload = self._take(length)
            except socket.timeout:
                return None
            opcode = first & 0x0F
            if opcode == 0x9:  # ping
                self._send(0xA, payload)
            elif opcode == 0x8:  # close
                raise ApiError("The server closed the events connection.")
            elif opcode == 0x1:
                return json.loads(payload.decode("utf-8"))

    def wait_for(self, matches, deadline):
        while True:
            event = self.next_event(deadline)
            if event is None or matches(event):
                return event


class Api:
    def __init__(self, host, port, token, timeout):
        self.connection = http.client.HTTPConnection(host, port, timeout=timeout)
        self.token = token

    def call(self, method, path, body=None):
        headers = {"Authorization": f"Bearer {self.token}", "Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode("utf-8")
            headers["Content-Type"] = "application/json"
        self.connection.request(method, path, body=data, headers=headers)
        response = self.connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        answer = json.loads(text) if text else {}
        if response.status >= 400:
            raise ApiError(f"{method} {path}: {response.status}, {answer.get('error', text[:200])}")
        return answer


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8765")
    parser.add_argument("--goal", default="Learn Python in 3 months")
    parser.add_argument("--timeout", type=float, default=60.0)
    arguments = parser.parse_args()
    token = os.environ.get("HELIOS_API_TOKEN", "")
    if not token:
        print("Set HELIOS_API_TOKEN to the local API's token (Settings → Local API → Copy token, "
              "or helios-cli serve --show-token).", file=sys.stderr)
        return 2
    url = urllib.parse.urlsplit(arguments.url)
    if url.scheme != "http" or not url.hostname:
        print("--url must be the API's http:// address, such as http://127.0.0.1:8765.",
              file=sys.stderr)
        return 2
    host, port = url.hostname, url.port or 80
    deadline = time.monotonic() + arguments.timeout
    try:
        events = Events(host, port, token, arguments.timeout)
        api = Api(host, port, token, arguments.timeout)
        job = api.call("POST", "/api/v1/plans", {"goal": arguments.goal})
        job_id = job["taskId"]
        print(f"Asked for a plan: job {job_id}.")
        done = events.wait_for(lambda e: e.get("taskId") == job_id and
                               e.get("type") in ("PLAN_GENERATED", "JOB_FAILED"), deadline)
        if done is None:
            raise ApiError(f"No PLAN_GENERATED for job {job_id} within {arguments.timeout:g} s.")
        if done["type"] == "JOB_FAILED":
            raise ApiError(f"The plan failed: {done.get('error') or done.get('status')}")
        plan = api.call("GET", f"/api/v1/plans/{done['planId']}")
        print(f"Plan {plan['id']}: “{plan['goal']}”, {len(plan['tasks'])} tasks, "
              f"the first due {plan['tasks'][0]['due_date']}.")
        first = plan["tasks"][0]
        api.call("PATCH", f"/api/v1/tasks/{first['id']}", {"status": "done"})
        updated = events.wait_for(lambda e: e.get("type") == "TASK_UPDATED" and
                                  e.get("id") == first["id"], deadline)
        if updated is None or updated.get("status") != "done":
            raise ApiError(f"No TASK_UPDATED for task {first['id']} within {arguments.timeout:g} s.")
        print(f"Marked “{first['title']}” done (task {first['id']}).")
        return 0
    except (ApiError, OSError, ValueError, KeyError, IndexError) as error:
        print(f"api_walkthrough: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
