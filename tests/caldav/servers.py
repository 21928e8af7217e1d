"""A real Radicale in a subprocess, and a counting proxy in front of it, both on 127.0.0.1."""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

STARTUP_SECONDS = 20.0


def free_port() -> int:
    """A TCP port nobody listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, *, process: subprocess.Popen | None = None, seconds: float = STARTUP_SECONDS) -> None:
    """Poll until something accepts connections on `port` (bounded; fails if the process exits)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server exited with status {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.02)  # poll interval of a bounded wait
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {seconds} s")


class Radicale:
    """`python -m radicale` with its own config file, storage (in memory when possible) and port."""

    def __init__(self, *, users: dict[str, str] | None = None) -> None:
        base = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
        self.folder = Path(tempfile.mkdtemp(prefix="ritualdesk-radicale-", dir=base))
        self.users = users
        self.port = free_port()
        self.process: subprocess.Popen | None = None
        self.log = self.folder / "log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def _config(self) -> Path:
        auth = "type = none\ndelay = 0"  # no pause after the 401 that asks the client for its credentials
        if self.users is not None:
            htpasswd = self.folder / "users"
            htpasswd.write_text("".join(f"{user}:{password}\n" for user, password in self.users.items()))
            auth = f"type = htpasswd\nhtpasswd_filename = {htpasswd}\nhtpasswd_encryption = plain\ndelay = 0"
        config = self.folder / "config"
        config.write_text(f"[server]\nhosts = 127.0.0.1:{self.port}\n[auth]\n{auth}\n"
                          f"[storage]\nfilesystem_folder = {self.folder / 'collections'}\n"
                          "[logging]\nlevel = warning\n[web]\ntype = none\n")
        return config

    def start(self) -> Radicale:
        config = self._config()
        with self.log.open("ab") as log:
            self.process = subprocess.Popen([sys.executable, "-m", "radicale", "--config", str(config)],
                                            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        try:
            wait_for_port(self.port, process=self.process)
        except RuntimeError as error:
            self.stop()
            raise RuntimeError(f"{error}\n{self.log.read_text()}") from None
        return self

    def kill(self) -> None:
        """Kill the server at once (SIGKILL), as a crash would."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()


@dataclass
class Seen:
    method: str
    path: str
    headers: dict


class Proxy:
    """A plain HTTP proxy to one upstream port that counts requests and can cut the line after some of them.

    `after(seen, index)` is called once the upstream answered a request and before the answer is
    passed on; it returns False to drop the answer (the client sees the connection cut).
    `refuse(seen, index)` returning True drops a request without forwarding it (network down).
    """

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.seen: list[Seen] = []
        self.after = None
        self.refuse = None
        self.rewrite = None  # rewrite(seen, headers, data) -> (headers, data): a server that answers otherwise
        self.lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def __getattr__(self, name: str):
                if name.startswith("do_"):
                    return self.forward
                raise AttributeError(name)

            def forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                seen = Seen(self.command, self.path, dict(self.headers))
                with proxy.lock:
                    proxy.seen.append(seen)
                    index = len(proxy.seen)
                if proxy.refuse is not None and proxy.refuse(seen, index):
                    self.close_connection = True
                    return
                try:
                    upstream = http.client.HTTPConnection("127.0.0.1", proxy.upstream_port, timeout=30)
                    headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection", "accept-encoding")}  # plain bodies
                    upstream.request(self.command, self.path, body=body, headers=headers)
                    answer = upstream.getresponse()
                    data = answer.read()
                    upstream.close()
                except OSError:
                    self.close_connection = True
                    return
                if proxy.after is not None and proxy.after(seen, index) is False:
                    self.close_connection = True
                    return
                headers = answer.getheaders()
                if proxy.rewrite is not None:
                    headers, data = proxy.rewrite(seen, headers, data)
                self.send_response_only(answer.status, answer.reason)
                for key, value in headers:
                    if key.lower() not in ("content-length", "connection", "transfer-encoding"):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def count(self, *methods: str) -> int:
        """How many requests of these methods went through (all if none named)."""
        return sum(1 for s in self.seen if not methods or s.method in methods)

    def reset(self) -> None:
        self.seen.clear()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
