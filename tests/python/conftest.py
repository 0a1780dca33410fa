"""Starts a real `lukhas serve` (the debug build) for the official `openai` SDK tests."""

import os
import pathlib
import socket
import subprocess
import time
import urllib.request

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIN = os.environ.get("LUKHAS_BIN", str(ROOT / "target" / "debug" / "lukhas"))

CONFIG = """
server: {{bind: '127.0.0.1:{port}'}}
storage: {{dir: '{data}'}}
auth: {{keys_file: '{keys}'}}
models:
  default_generation: lukhas-matriz
  default_embedding: text-embedding-minilm
  registry:
    - {{id: lukhas-matriz, engine: echo, capabilities: [generation]}}
    - {{id: text-embedding-minilm, engine: echo, capabilities: [embedding], dimension: 384}}
    - {{id: org/echo-slash, engine: echo, capabilities: [generation]}}
    - {{id: echo-slow, engine: echo, capabilities: [generation], latency_ms: 3000}}
    - {{id: echo-small, engine: echo, capabilities: [generation], context: 12}}
"""


LOCAL_CONFIG = """
server: {{bind: '127.0.0.1:{port}', request_timeout_ms: 600000}}
storage: {{dir: '{data}'}}
auth: {{keys_file: '{keys}'}}
models:
  default_generation: lukhas-matriz
  default_embedding: text-embedding-minilm
  registry:
    - {{id: lukhas-matriz, engine: local, capabilities: [generation], queue: 8,
       path: smollm2-135m-instruct/SmolLM2-135M-Instruct.Q4_1.gguf,
       system_prompt: You are a helpful assistant.}}
    - {{id: text-embedding-minilm, engine: local, capabilities: [embedding], path: all-minilm-l6-v2}}
"""


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _key(keys, scopes, tenant):
    out = subprocess.run(
        [BIN, "keys", "create", "--scopes", scopes, "--tenant", tenant, "--file", str(keys)],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )
    return out.stdout.strip()


def _serve(tmp_path_factory, template, **env_extra):
    d = tmp_path_factory.mktemp("lukhas")
    keys = d / "keys.yaml"
    full = _key(keys, "all", "python")
    limited = _key(keys, "models:read", "python")
    port = _free_port()
    config = d / "lukhas.yaml"
    config.write_text(template.format(port=port, data=d / "data", keys=keys))
    # The tests send bursts with one key; test_rate_limits turns limits back on.
    env = dict(os.environ, LUKHAS_LOG="warn", LUKHAS_RELIABILITY_RATES__ENABLED="false")
    env.update(env_extra)
    env.pop("LUKHAS_API_TOKEN", None)
    proc = subprocess.Popen([BIN, "serve", "--config", str(config)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1)
            break
        except OSError:
            if proc.poll() is not None or time.time() > deadline:
                raise RuntimeError("lukhas did not start")
            time.sleep(0.1)
    return proc, {"base": base + "/v1", "key": full, "limited": limited}


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    proc, info = _serve(tmp_path_factory, CONFIG)
    yield info
    proc.terminate()
    proc.wait(timeout=30)


@pytest.fixture(scope="session")
def local_server(tmp_path_factory):
    """The embedded SmolLM2 model (the files `make models` fetches)."""
    proc, info = _serve(tmp_path_factory, LOCAL_CONFIG)
    yield info
    proc.terminate()
    proc.wait(timeout=30)


@pytest.fixture(scope="session")
def rate_limited_server(tmp_path_factory):
    """Echo models, with the rate limits on and `models` at 2 requests per second."""
    proc, info = _serve(tmp_path_factory, CONFIG, LUKHAS_RELIABILITY_RATES__ENABLED="true",
                        LUKHAS_RELIABILITY_RATES__MODELS_RPS="2")
    yield info
    proc.terminate()
    proc.wait(timeout=30)


@pytest.fixture()
def local_client(local_server):
    from openai import OpenAI
    return OpenAI(base_url=local_server["base"], api_key=local_server["key"], max_retries=0,
                  timeout=600, _strict_response_validation=True)


@pytest.fixture()
def client(server):
    from openai import OpenAI
    # Strict: every response is validated against the SDK's own models, so a field we leave out
    # or type differently fails the test instead of passing silently.
    return OpenAI(base_url=server["base"], api_key=server["key"], max_retries=0,
                  _strict_response_validation=True)
