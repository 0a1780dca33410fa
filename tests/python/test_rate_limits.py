"""Rate limits as the official SDK meets them: OpenAI's headers on every answer, and 429s whose
`retry-after` the SDK's own retries wait out."""

import openai
import pytest
from openai import OpenAI


def _client(server, retries):
    return OpenAI(base_url=server["base"], api_key=server["key"], max_retries=retries,
                  _strict_response_validation=True)


def test_headers_then_429_with_retry_after(rate_limited_server):
    c = _client(rate_limited_server, 0)
    seen = []
    with pytest.raises(openai.RateLimitError) as refused:
        for _ in range(10):  # 2 per second, bursts of 2: refused well before 10
            raw = c.models.with_raw_response.list()
            seen.append(raw.headers)
    assert seen, "the first request is admitted"
    first = seen[0]
    assert first["x-ratelimit-limit-requests"] == "2"
    assert int(first["x-ratelimit-remaining-requests"]) <= 1
    assert first["x-ratelimit-reset-requests"].endswith(("ms", "s"))
    r = refused.value.response
    assert r.status_code == 429
    assert float(r.headers["retry-after"]) >= 1
    assert 0 < int(r.headers["retry-after-ms"]) <= 1000
    assert r.headers["x-ratelimit-remaining-requests"] == "0"
    body = r.json()["error"]
    assert (body["type"], body["code"]) == ("requests", "rate_limit_exceeded")
    assert r.headers["x-request-id"]
    assert "models" in body["message"]


def test_the_sdk_retries_wait_out_the_limit(rate_limited_server):
    c = _client(rate_limited_server, 5)
    for _ in range(6):  # three times the burst: the SDK waits as `retry-after-ms` says
        assert c.models.list().data


def test_other_groups_keep_their_own_budget(rate_limited_server):
    c = _client(rate_limited_server, 0)
    with pytest.raises(openai.RateLimitError):
        for _ in range(10):
            c.models.list()
    raw = c.embeddings.with_raw_response.create(model="text-embedding-minilm", input="hi")
    assert raw.http_response.status_code == 200
    assert raw.headers["x-ratelimit-limit-requests"] == "50"
