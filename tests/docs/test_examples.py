"""Every code example in the README and docs/quickstart.md, run against a real server.

`make test-docs` (part of `make test`). The server is `lukhas serve` with the shipped config, on
the embedded models, on a free port; each fenced block runs as its reader would run it: `sh`
with bash (`set -euo pipefail`), `python` with the official SDK from the test venv, `js` as an ES
module with the official `openai` npm package (tests/js). The examples' `http://127.0.0.1:8000`
becomes the server's address and `$LUKHAS_KEY` its key. A block whose info string says `no-run`
(`make run`, placeholders) is skipped. A block passes when it exits 0; `python` and `js` blocks
also have to print something, and a printed `# 384` comment is checked as the expected line.
"""

import os
import pathlib
import re
import secrets
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIN = os.environ.get("LUKHAS_BIN", str(ROOT / "target" / "debug" / "lukhas"))
DOCS = [ROOT / "README.md", ROOT / "docs" / "quickstart.md"]
JS = ROOT / "tests" / "js"
FENCE = re.compile(r"^```(\w+)([^\n]*)\n(.*?)^```", re.S | re.M)
LANGS = {"sh", "bash", "python", "js"}
DOCUMENTED = "http://127.0.0.1:8000"


def examples():
    for doc in DOCS:
        text = doc.read_text()
        for m in FENCE.finditer(text):
            lang, info, code = m.group(1), m.group(2), m.group(3)
            if lang in LANGS and "no-run" not in info.split():
                line = text.count("\n", 0, m.start()) + 1
                yield pytest.param(lang, code, id=f"{doc.relative_to(ROOT)}:{line}")


def test_the_docs_have_examples_in_every_language():
    langs = {p.values[0] for p in examples()}
    assert {"sh", "python", "js"} <= langs, langs


@pytest.fixture(scope="module")
def server():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    key = "docs-" + secrets.token_hex(16)
    with tempfile.TemporaryDirectory() as d:
        env = dict(
            os.environ,
            LUKHAS_API_TOKEN=key,
            LUKHAS_STORAGE_DIR=f"{d}/data",
            LUKHAS_KEYS_FILE=f"{d}/keys.yaml",
            LUKHAS_LOG="warn",
            LUKHAS_SERVER__ACCESS_LOG="errors",
        )
        proc = subprocess.Popen(
            [BIN, "serve", "--config", "configs/runtime/lukhas.yaml", "--bind", f"127.0.0.1:{port}"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    urllib.request.urlopen(f"{base}/healthz", timeout=1)
                    break
                except OSError:
                    assert proc.poll() is None, "lukhas exited before listening"
                    time.sleep(0.1)
            yield base, key
        finally:
            proc.terminate()
            proc.wait(timeout=30)


@pytest.mark.parametrize("lang,code", list(examples()))
def test_example_runs(server, lang, code, tmp_path):
    base, key = server
    code = code.replace(DOCUMENTED, base)
    env = dict(os.environ, LUKHAS_KEY=key)
    if lang in ("sh", "bash"):
        cmd = ["bash", "-c", "set -euo pipefail\n" + code]
        cwd = tmp_path
    elif lang == "python":
        script = tmp_path / "example.py"
        script.write_text(code)
        cmd = [str(ROOT / ".venv" / "bin" / "python"), str(script)]
        cwd = tmp_path
    else:
        # An ES module beside tests/js/node_modules, so `import OpenAI from "openai"` resolves.
        script = JS / f".example-{os.getpid()}-{tmp_path.name}.mjs"
        script.write_text(code)
        cmd = ["node", str(script)]
        cwd = JS
    try:
        out = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    finally:
        if lang == "js":
            script.unlink()
    shown = f"--- stdout\n{out.stdout}\n--- stderr\n{out.stderr}"
    assert out.returncode == 0, shown
    assert key not in out.stdout + out.stderr, "an example printed the key"
    if lang in ("python", "js"):
        assert out.stdout.strip(), shown
        # A line like `print(len(...))  # 384` promises what it prints.
        for promised in re.findall(r"(?:print|console\.log)\(.*\);?\s*(?://|#)\s*(\S+)\s*$", code, re.M):
            assert promised in out.stdout.split(), f"expected {promised!r} printed\n{shown}"
