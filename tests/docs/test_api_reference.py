"""The API reference page (scripts/api_reference.sh) rendered in headless Chromium.

`make test-docs`. The page is built from the spec into target/api-reference, loaded from disk in
Debian's chromium-headless-shell (`make tools`), and its rendered DOM must hold every operation of
the spec, by its operationId, method, path and summary. A screenshot stays beside the page
(target/api-reference/api-reference.png) for whoever wants to look.
"""

import html
import json
import pathlib
import re
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "target" / "api-reference"
CHROMIUM = ROOT / ".tools" / "bin" / "chromium"
METHODS = ("get", "put", "post", "delete", "patch")


def chromium(*args):
    # --no-sandbox: the tests may run as root, where Chromium's sandbox refuses to start.
    cmd = [str(CHROMIUM), "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           "--virtual-time-budget=20000", *args, (OUT / "index.html").as_uri()]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def page():
    assert CHROMIUM.exists(), "run `make tools` (headless Chromium)"
    subprocess.run(["bash", str(ROOT / "scripts" / "api_reference.sh"), str(OUT)],
                   check=True, capture_output=True, timeout=600)
    js = (OUT / "openapi.js").read_text()
    spec = json.loads(js[js.index("{"):js.rindex("}") + 1])
    return spec, chromium("--dump-dom")


def operations(spec):
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def test_the_page_carries_the_whole_spec(page):
    spec, _ = page
    source = (ROOT / "spec" / "lukhas-openai.yaml").read_text()
    # Links name their target by operationId too, hence sets.
    declared = set(re.findall(r"^\s+operationId:\s*(\S+)", source, re.M))
    assert {op["operationId"] for _, _, op in operations(spec)} == declared


def test_every_operation_renders(page):
    spec, dom = page
    ids = set(re.findall(r'id="operations-[^"]*?-([A-Za-z0-9_]+)"', dom))
    # Swagger UI breaks paths with <wbr> and spans: the text is the DOM without its tags.
    text = html.unescape(re.sub(r"<[^>]+>", "", dom))
    missing = []
    for path, method, op in operations(spec):
        tag = op.get("tags", ["default"])[0]
        if f'id="operations-{tag}-{op["operationId"]}"' not in dom:
            missing.append(f"{method.upper()} {path} ({op['operationId']}): no block")
        elif path not in text or op.get("summary", "") not in text:
            missing.append(f"{method.upper()} {path}: path or summary not shown")
    assert not missing, "\n".join(missing)
    assert len(ids) >= len(list(operations(spec)))


def test_a_screenshot_is_kept():
    shot = OUT / "api-reference.png"
    shot.unlink(missing_ok=True)
    chromium("--window-size=1280,2400", f"--screenshot={shot}")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    # A blank page of that size compresses to a few kilobytes; the rendered reference does not.
    assert len(data) > 100_000, len(data)
    print(f"screenshot: {shot}")
