"""The guards through the official SDK, strict validation on: `Idempotency-Key` replays (JSON and
streams) that parse as the originals did, the SDK's own retry of a 409 ending in the replay, 422
for a reused key, masked card numbers in what the model receives and answers, and a token limit
the SDK sees as a 429 with its headers."""

import threading
import time
import uuid

import openai
import pytest


def _chat(client, content, key, model="lukhas-matriz"):
    return client.chat.completions.with_raw_response.create(
        model=model,
        messages=[{"role": "user", "content": content}],
        extra_headers={"Idempotency-Key": key},
    )


def test_a_repeated_request_is_replayed_not_run_again(client):
    key = str(uuid.uuid4())
    first = _chat(client, "hello replay", key)
    again = _chat(client, "hello replay", key)
    assert first.headers.get("idempotent-replayed") is None
    assert again.headers.get("idempotent-replayed") == "true"
    # The same completion (ids are random per run), and it parses like the first.
    assert again.parse().id == first.parse().id
    assert again.parse().choices[0].message.content == "hello replay"
    with pytest.raises(openai.UnprocessableEntityError) as e:
        _chat(client, "something else", key)
    assert e.value.code == "idempotency_key_reused"


def test_a_stream_is_replayed_as_a_stream(client):
    key = str(uuid.uuid4())

    def run():
        stream = client.chat.completions.create(
            model="lukhas-matriz",
            messages=[{"role": "user", "content": "stream it twice"}],
            stream=True,
            extra_headers={"Idempotency-Key": key},
        )
        chunks = list(stream)
        return chunks[0].id, "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)

    assert run() == run()


def test_the_sdk_retries_a_409_until_the_first_has_finished(server):
    from openai import OpenAI

    key = str(uuid.uuid4())
    results = {}

    def call(name, retries):
        c = OpenAI(base_url=server["base"], api_key=server["key"], max_retries=retries,
                   _strict_response_validation=True)
        results[name] = _chat(c, "slow one", key, model="echo-slow")

    first = threading.Thread(target=call, args=("first", 0))
    first.start()
    time.sleep(0.8)
    # The repeat meets the running first (409, retry-after: 1); the SDK waits and retries, and
    # gets the kept answer once the first is done (3 s).
    call("second", 5)
    first.join()
    assert results["second"].headers.get("idempotent-replayed") == "true"
    assert results["second"].parse().id == results["first"].parse().id


def test_card_numbers_are_masked_before_the_model_and_emails_pass(client):
    out = client.chat.completions.create(
        model="lukhas-matriz",
        messages=[{"role": "user", "content": "card 4111-1111-1111-1111 mail ann@example.org"}],
    )
    assert out.choices[0].message.content == "card [CARD] mail ann@example.org"
    resp = client.responses.create(model="lukhas-matriz", input="key sk-proj-AbC123dEf456GhI789jkl", store=False)
    assert resp.output_text == "key [SECRET]"


def test_a_token_budget_is_a_429_the_sdk_reads(tmp_path_factory):
    from conftest import CONFIG, _serve
    from openai import OpenAI

    # 600 tokens a minute: one request with max_tokens 400 passes, the next does not.
    proc, info = _serve(tmp_path_factory, CONFIG, LUKHAS_RELIABILITY_RATES__ENABLED="true",
                        LUKHAS_RELIABILITY_RATES__RESPONSES_TPM="600")
    try:
        c = OpenAI(base_url=info["base"], api_key=info["key"], max_retries=0,
                   _strict_response_validation=True)
        ok = c.chat.completions.with_raw_response.create(
            model="lukhas-matriz", messages=[{"role": "user", "content": "hi"}], max_tokens=400)
        assert ok.headers["x-ratelimit-limit-tokens"] == "600"
        remaining = int(ok.headers["x-ratelimit-remaining-tokens"])
        assert 100 < remaining < 200
        with pytest.raises(openai.RateLimitError) as e:
            c.chat.completions.create(
                model="lukhas-matriz", messages=[{"role": "user", "content": "hi"}], max_tokens=400)
        assert e.value.response.headers["x-ratelimit-remaining-tokens"] == "0"
        assert float(e.value.response.headers["retry-after-ms"]) > 0
        assert e.value.body["type"] == "tokens"
        with pytest.raises(openai.APIStatusError) as e:
            c.chat.completions.create(
                model="lukhas-matriz", messages=[{"role": "user", "content": "hi"}], max_tokens=5000)
        assert e.value.status_code == 413 and e.value.code == "request_too_large"
    finally:
        proc.terminate()
        proc.wait(timeout=30)
