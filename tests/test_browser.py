"""End to end in a real browser: JupyterLab and Voila in headless Debian Chromium, driven by Playwright.

An officer opens *The public statement*, runs it, types a statement that blames the
person killed, clicks **Check my answer**, and sees ``no-victim-demonizing`` marked
violated with that sentence highlighted; after a kernel restart and reopening, the
draft is still in its box. The same check runs once under Voila.

Needs Debian's ``chromium`` (``./dev.sh test`` installs it; never ``playwright install``).
Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
BIN = Path(sys.executable).parent
MODULE = "04-public-statement.ipynb"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TOKEN = "trustlib-browser-test"
SERVER_START_S = 90
KERNEL_S = 120   # kernel start and Run All on a busy 2-core machine
RUN_RETRY_S = 30  # if nothing has run by then, Run All again
SCORE_S = 180    # the first score loads the NLP models in the kernel
BLAMING = ("Last night an officer shot Darnell Hayes in the alley behind 9th Avenue. "
           "Mr. Hayes had a lengthy criminal record and prior arrests for drugs. "
           "The State Bureau of Investigation is investigating the shooting.")
FLAGGED = "Mr. Hayes had a lengthy criminal record and prior arrests for drugs."
TYPED_LATER = " We will update you tomorrow at noon."


def _chromium() -> str:
    path = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        pytest.fail("Debian chromium is required for the browser tests: apt-get install -y chromium "
                    "(./dev.sh test installs it when run as root). Never run `playwright install`.")
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ready(url: str) -> bool:
    if url.startswith("tcp://"):  # Voila runs the notebook on every page request: only knock
        host, port = url[6:].split(":")
        try:
            with socket.create_connection((host, int(port)), timeout=2):
                return True
        except OSError:
            return False
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _wait_http(url: str, proc: subprocess.Popen, log: Path, timeout: float) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        if _ready(url):
            return
        time.sleep(0.3)
    raise TimeoutError(f"server not ready after {timeout:.0f}s:\n{log.read_text()[-3000:]}")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)  # the server and the kernels it started, only these
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)


def _start(cmd: list[str], cwd: Path, env: dict[str, str], log: Path, ready_url: str) -> subprocess.Popen:
    handle = open(log, "w")
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=handle, stderr=subprocess.STDOUT,
                            start_new_session=True)
    handle.close()
    try:
        _wait_http(ready_url, proc, log, SERVER_START_S)
    except BaseException:
        _stop(proc)
        raise
    return proc


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("browser")
    notebooks = base / "notebooks"
    shutil.copytree(ROOT / "notebooks", notebooks, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    ARTIFACTS.mkdir(exist_ok=True)
    return {"base": base, "notebooks": notebooks, "home": base / "trustlib-home"}


def _env(workdir: dict[str, Path], home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "TRUSTLIB_HOME": str(home),
        "JUPYTERLAB_WORKSPACES_DIR": str(workdir["base"] / "workspaces"),  # no restored tabs
        "JUPYTER_RUNTIME_DIR": str(workdir["base"] / "runtime"),
        "PYTHONUNBUFFERED": "1",
    })
    env.pop("TRUSTLIB_LEARNER", None)
    return env


@pytest.fixture(scope="module")
def lab(workdir: dict[str, Path]) -> Iterator[str]:
    port = _free_port()
    cmd = [str(BIN / "jupyter"), "lab", "--no-browser", "--ip", "127.0.0.1", "--port", str(port),
           f"--IdentityProvider.token={TOKEN}", f"--ServerApp.root_dir={workdir['notebooks']}", "--allow-root",
           "--LabApp.extension_manager=readonly", f"--LabApp.workspaces_dir={workdir['base'] / 'workspaces'}"]
    base = f"http://127.0.0.1:{port}"
    proc = _start(cmd, workdir["notebooks"], _env(workdir, workdir["home"]), workdir["base"] / "lab.log",
                  f"{base}/api/status?token={TOKEN}")
    yield base
    _stop(proc)


@pytest.fixture(scope="module")
def voila(workdir: dict[str, Path]) -> Iterator[str]:
    port = _free_port()
    cmd = [str(BIN / "voila"), "--no-browser", "--port", str(port), "--Voila.ip=127.0.0.1", MODULE]
    base = f"http://127.0.0.1:{port}"
    proc = _start(cmd, workdir["notebooks"], _env(workdir, workdir["base"] / "voila-home"),
                  workdir["base"] / "voila.log", f"tcp://127.0.0.1:{port}")
    yield base
    _stop(proc)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=_chromium(), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


def _saved_answer(home: Path) -> str | None:
    path = home / "responses" / "demo.json"
    try:
        return json.loads(path.read_text())["answers"]["harlow-creek-shooting/public-statement"]["answer"]
    except (OSError, ValueError, KeyError):
        return None


def _wait_until(predicate, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.25)
    return bool(predicate())


def _open_and_run_all(page, url: str):
    page.goto(url)
    page.locator(".jp-NotebookPanel .jp-Cell").first.wait_for(timeout=KERNEL_S * 1000)
    page.get_by_text("Python 3 (ipykernel) | Idle").wait_for(timeout=KERNEL_S * 1000)
    textarea = page.locator(".widget-textarea textarea").first
    # Run All sent in the moment between "Idle" and the kernel's websocket being connected can be
    # lost; the setup cell's status line tells us the cells really ran, else we run them again.
    status = page.locator(".trustlib-status").first
    for attempt in range(4):
        page.get_by_role("menuitem", name="Run", exact=True).click()
        page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
        try:
            status.wait_for(timeout=RUN_RETRY_S * 1000)
            break
        except Exception:
            if attempt == 3:
                raise
    textarea.wait_for(timeout=KERNEL_S * 1000)
    return textarea


def _assert_violation_highlighted(page) -> None:
    from playwright.sync_api import expect

    row = page.locator('.trustlib-report tr[data-principle="no-victim-demonizing"]').first
    row.wait_for(timeout=SCORE_S * 1000)
    expect(row).to_have_attribute("data-level", "violated")
    expect(row).to_contain_text("violated")  # in words, not colour alone
    mark = page.locator(".trustlib-report mark.trustlib-flag").first
    expect(mark).to_contain_text(FLAGGED)


def test_lab_public_statement_feedback_and_draft_survives_restart(lab: str, browser, workdir) -> None:
    from playwright.sync_api import expect

    url = f"{lab}/lab/tree/{MODULE}?token={TOKEN}"
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    try:
        textarea = _open_and_run_all(page, url)
        textarea.scroll_into_view_if_needed()
        textarea.fill(BLAMING)
        page.get_by_role("button", name="Check my answer").first.click()
        _assert_violation_highlighted(page)
        page.locator(".trustlib-report").first.scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "lab-1-feedback.png"))
        expect(page.get_by_role("button", name="Show model answer").first).to_be_enabled()

        # keep typing, key by key: the draft is saved on the debounce, with no check
        textarea.press_sequentially(TYPED_LATER, delay=20)
        assert _wait_until(lambda: _saved_answer(workdir["home"]) == BLAMING + TYPED_LATER, 30), \
            f"draft not saved while typing: {_saved_answer(workdir['home'])!r}"

        # restart the kernel: every widget and Python object is gone
        page.get_by_role("menuitem", name="Kernel", exact=True).click()
        page.get_by_role("menuitem", name="Restart Kernel…").click()
        page.locator(".jp-Dialog .jp-Dialog-button.jp-mod-accept").click()
        page.locator(".jp-Dialog").wait_for(state="detached", timeout=KERNEL_S * 1000)
        page.get_by_text("Python 3 (ipykernel) | Idle").wait_for(timeout=KERNEL_S * 1000)
    except Exception:
        page.screenshot(path=str(ARTIFACTS / "lab-failure.png"))
        raise
    finally:
        page.close()  # unsaved: the reopened notebook has no stored outputs or widget state

    page = context.new_page()
    try:
        textarea = _open_and_run_all(page, url)
        expect(textarea).to_have_value(BLAMING + TYPED_LATER, timeout=KERNEL_S * 1000)
        textarea.scroll_into_view_if_needed()
        expect(page.get_by_text("Your saved draft was restored.").first).to_be_visible()
        page.screenshot(path=str(ARTIFACTS / "lab-2-after-restart.png"))
    finally:
        page.close()
        context.close()


def test_voila_public_statement_feedback(voila: str, browser, workdir) -> None:
    from playwright.sync_api import expect

    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    try:
        page.goto(voila, timeout=KERNEL_S * 1000)
        textarea = page.locator(".widget-textarea textarea").first
        textarea.wait_for(timeout=KERNEL_S * 1000)
        assert page.locator(".jp-InputArea-editor, .CodeMirror, .cm-editor").count() == 0  # no code shown
        textarea.fill(BLAMING)
        page.get_by_role("button", name="Check my answer").first.click()
        _assert_violation_highlighted(page)
        page.locator(".trustlib-report").first.scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "voila-1-feedback.png"))
        # a reload is a new kernel: the draft comes back from the responses file
        page.reload(timeout=KERNEL_S * 1000)
        textarea = page.locator(".widget-textarea textarea").first
        textarea.wait_for(timeout=KERNEL_S * 1000)
        expect(textarea).to_have_value(BLAMING, timeout=KERNEL_S * 1000)
        page.screenshot(path=str(ARTIFACTS / "voila-2-reloaded.png"))
    finally:
        page.close()
        context.close()
