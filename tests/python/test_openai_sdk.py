"""The official `openai` Python SDK, unchanged, against `lukhas serve`."""

import math

import openai
import pytest
from openai import OpenAI

MODEL = "lukhas-matriz"  # served by the deterministic echo engine in these tests


def test_models_list_and_retrieve(client):
    ids = [m.id for m in client.models.list()]
    assert MODEL in ids
    m = client.models.retrieve(MODEL)
    assert (m.id, m.object, m.owned_by) == (MODEL, "model", "lukhas")
    # Ids with a slash work however the SDK sends them.
    assert client.models.retrieve("org/echo-slash").id == "org/echo-slash"


def test_responses_create_output_text(client):
    r = client.responses.create(model=MODEL, input="Hello from the SDK", instructions="Be brief.",
                                metadata={"suite": "python"})
    assert r.output_text == "Hello from the SDK"
    assert r.status == "completed" and r.id.startswith("resp_")
    assert r.usage.input_tokens > 0 and r.usage.output_tokens == 4
    assert r.metadata == {"suite": "python"}


def test_responses_incomplete_when_cut(client):
    r = client.responses.create(model=MODEL, input="one two three four five", max_output_tokens=2)
    assert r.status == "incomplete"
    assert r.incomplete_details.reason == "max_output_tokens"
    assert r.output_text == "one two"


def test_responses_create_stream(client):
    events = list(client.responses.create(model=MODEL, input="stream me please", stream=True))
    types = [e.type for e in events]
    assert types[:4] == ["response.created", "response.in_progress", "response.output_item.added",
                         "response.content_part.added"]
    assert types[-4:] == ["response.output_text.done", "response.content_part.done",
                          "response.output_item.done", "response.completed"]
    assert [e.sequence_number for e in events] == list(range(len(events)))
    deltas = "".join(e.delta for e in events if e.type == "response.output_text.delta")
    assert deltas == "stream me please"
    assert events[-1].response.output_text == "stream me please"


def test_responses_stream_helper(client):
    with client.responses.stream(model=MODEL, input="helper stream works") as stream:
        seen = [event.type for event in stream]
        final = stream.get_final_response()
    assert "response.output_text.delta" in seen
    assert final.output_text == "helper stream works"


def test_chat_completions(client):
    c = client.chat.completions.create(
        model=MODEL, messages=[{"role": "system", "content": "x"}, {"role": "user", "content": "hi there"}])
    assert c.object == "chat.completion"
    assert c.choices[0].message.content == "hi there"
    assert c.choices[0].finish_reason == "stop"
    assert c.usage.completion_tokens == 2


def test_chat_completions_stream_with_usage(client):
    chunks = list(client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "streamed chat"}], stream=True,
        stream_options={"include_usage": True}))
    assert len({c.id for c in chunks}) == 1
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "streamed chat"
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices]
    assert finishes[-1] == "stop" and all(f is None for f in finishes[:-1])
    assert chunks[-1].choices == [] and chunks[-1].usage.completion_tokens == 2


def _norm(v):
    return math.sqrt(sum(x * x for x in v))


def test_embeddings_default_base64_and_float_agree(server, client):
    texts = ["reset my password", "stock markets rallied"]
    # The SDK asks for base64 by default and decodes it after parsing; in strict mode it
    # validates the still-encoded strings against its float model first and fails, against
    # OpenAI itself too. So this one call is lenient; what it decodes is compared below.
    lenient = OpenAI(base_url=server["base"], api_key=server["key"], max_retries=0)
    b64 = lenient.embeddings.create(model="text-embedding-minilm", input=texts)
    flt = client.embeddings.create(model="text-embedding-minilm", input=texts, encoding_format="float")
    assert [d.index for d in b64.data] == [0, 1]
    for a, b in zip(b64.data, flt.data):
        assert len(a.embedding) == 384
        assert max(abs(x - y) for x, y in zip(a.embedding, b.embedding)) < 1e-6
        assert abs(_norm(a.embedding) - 1.0) < 1e-4
    assert b64.usage.prompt_tokens > 0


def test_embeddings_token_inputs_and_dimensions(client):
    r = client.embeddings.create(model="text-embedding-minilm", input=[[1, 2, 3], [4, 5]], dimensions=16,
                                 encoding_format="float")
    assert [len(d.embedding) for d in r.data] == [16, 16]


def test_errors_map_to_sdk_exceptions(server, client):
    bad = OpenAI(base_url=server["base"], api_key="lk-nope-nope", max_retries=0,
                 _strict_response_validation=True)
    with pytest.raises(openai.AuthenticationError) as e:
        bad.models.list()
    assert e.value.code == "invalid_api_key"
    limited = OpenAI(base_url=server["base"], api_key=server["limited"], max_retries=0,
                     _strict_response_validation=True)
    assert limited.models.list().data
    with pytest.raises(openai.PermissionDeniedError):
        limited.responses.create(model=MODEL, input="x")
    with pytest.raises(openai.NotFoundError):
        client.models.retrieve("no-such-model")
    with pytest.raises(openai.NotFoundError):
        client.responses.create(model="no-such-model", input="x")
    with pytest.raises(openai.BadRequestError) as e:
        client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "x"}], temperature=5)
    assert e.value.body["param"] == "/temperature"
    assert e.value.response.headers["x-request-id"]


def test_unserved_fields_are_refused_by_name(client):
    with pytest.raises(openai.BadRequestError) as e:
        client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "x"}],
                                       logprobs=True)
    assert "`logprobs`" in e.value.message
    with pytest.raises(openai.BadRequestError) as e:
        client.responses.create(model=MODEL, input="x", reasoning={"effort": "low"})
    assert "`reasoning`" in e.value.message


def test_penalties_are_accepted(client):
    c = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "a b"}],
                                       presence_penalty=0.5, frequency_penalty=0.5)
    assert c.choices[0].message.content == "a b"
