"""`trustlib lab` (what `./dev.sh start` runs) really serves the curriculum on loopback."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_lab_serves_the_first_module_without_an_activated_venv(tmp_path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV",)}
    env["PATH"] = "/usr/bin:/bin"  # no venv on PATH: the command must not rely on a `jupyter` executable
    env["JUPYTER_RUNTIME_DIR"] = str(tmp_path / "runtime")
    proc = subprocess.Popen(
        [sys.executable, "-m", "trustlib.cli", "lab", "--no-browser", "--port", str(port)],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        token = None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and token is None:
            line = proc.stdout.readline()
            assert line or proc.poll() is None, "jupyter lab exited early"
            if "token=" in line:
                token = line.split("token=")[1].split()[0].strip()
        assert token, "JupyterLab printed no URL within 60 s"
        url = f"http://127.0.0.1:{port}/api/contents/01-start-here.ipynb?content=0&token={token}"
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: never via a proxy
        model = None
        for _ in range(40):
            try:
                with opener.open(url, timeout=10) as response:
                    model = json.load(response)
                break
            except OSError:
                time.sleep(0.5)
        assert model is not None, "JupyterLab did not answer on 127.0.0.1 within 20 s"
        assert model["type"] == "notebook" and model["name"] == "01-start-here.ipynb"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
