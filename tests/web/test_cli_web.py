"""``accord serve`` as a user starts it: loopback by default, the page and the API answer."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.e2e
def test_accord_serve_binds_loopback_and_serves_page_and_api(tmp_path):
    port = _free_port()
    env = {**os.environ, "ACCORD_HOME": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "accord", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/scenarios", timeout=5)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
                assert time.monotonic() < deadline, "accord serve did not start"
                time.sleep(0.2)
        assert r.status_code == 200 and any(s["default"] for s in r.json())
        page = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
        assert page.status_code == 200 and "accord workbench" in page.text
        assert "script-src 'self'" in page.headers["content-security-policy"]
        js = httpx.get(f"http://127.0.0.1:{port}/vendor/plotly.min.js", timeout=10)
        assert js.status_code == 200 and len(js.content) > 1_000_000
        # bound to loopback only: the machine's other addresses do not answer
        listening = (
            subprocess.run(["ss", "-ltn"], capture_output=True, text=True).stdout
            if os.path.exists("/usr/bin/ss") or os.path.exists("/bin/ss")
            else ""
        )
        if listening:
            lines = [ln for ln in listening.splitlines() if f":{port} " in ln]
            assert lines and all("127.0.0.1:" in ln for ln in lines), lines
    finally:
        proc.terminate()
        proc.wait(timeout=10)
