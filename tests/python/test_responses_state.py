"""Stored responses, conversations, background runs, tools and structured outputs, through the
official SDK (strict) against the deterministic echo engine. The echo engine counts a word as a
token and answers with the last user message, so context can be measured exactly; required tool
calls and JSON formats are small valid instances of their schemas."""

import json
import time
from typing import List, Literal

import openai
import pytest
from pydantic import BaseModel, Field

MODEL = "lukhas-matriz"  # echo
SLOW = "echo-slow"  # echo, 3 s before it answers
SMALL = "echo-small"  # echo, a 12-token window

WEATHER = {
    "type": "function",
    "name": "get_weather",
    "description": "The current weather in a city.",
    "parameters": {
        "type": "object",
        "properties": {"city": {"type": "string"}, "unit": {"enum": ["celsius", "fahrenheit"]}},
        "required": ["city", "unit"],
        "additionalProperties": False,
    },
    "strict": True,
}


def wait(client, rid, timeout=30):
    deadline = time.time() + timeout
    while True:
        r = client.responses.retrieve(rid)
        if r.status not in ("queued", "in_progress") or time.time() > deadline:
            return r
        time.sleep(0.1)


def test_stored_responses_can_be_read_listed_and_deleted(client):
    r = client.responses.create(model=MODEL, input=[
        {"role": "user", "content": "first message"},
        {"role": "user", "content": "second message"},
    ])
    got = client.responses.retrieve(r.id)
    assert got.id == r.id and got.output_text == "second message" and got.status == "completed"
    items = list(client.responses.input_items.list(r.id, order="asc"))
    assert [i.content[0].text for i in items] == ["first message", "second message"]
    page = client.responses.input_items.list(r.id, limit=1, order="desc")
    assert [i.content[0].text for i in page.data] == ["second message"] and page.has_more
    client.responses.delete(r.id)
    with pytest.raises(openai.NotFoundError):
        client.responses.retrieve(r.id)
    # Not stored: nothing to read back.
    r = client.responses.create(model=MODEL, input="forget me", store=False)
    with pytest.raises(openai.NotFoundError):
        client.responses.retrieve(r.id)


def test_previous_response_id_carries_the_context_but_not_the_instructions(client):
    first = client.responses.create(model=MODEL, input="one two three", instructions="four five")
    assert first.usage.input_tokens == 5
    second = client.responses.create(model=MODEL, input="six", previous_response_id=first.id)
    # one two three (input) + one two three (output) + six; the instructions stay behind.
    assert second.usage.input_tokens == 7
    assert second.previous_response_id == first.id
    with pytest.raises(openai.BadRequestError) as e:
        client.responses.create(model=MODEL, input="x", previous_response_id="resp_missing")
    assert e.value.code == "previous_response_not_found"


def test_input_tokens_are_counted_without_generating(client):
    n = client.responses.input_tokens.count(model=MODEL, input="count these four words",
                                            instructions="and two")
    assert n.input_tokens == 6 and n.object == "response.input_tokens"


def test_conversations_keep_items_across_responses(client):
    conv = client.conversations.create(metadata={"topic": "demo"},
                                       items=[{"type": "message", "role": "user", "content": "hello there"}])
    assert conv.metadata == {"topic": "demo"}
    r = client.responses.create(model=MODEL, input="and again", conversation=conv.id)
    assert r.conversation.id == conv.id
    assert r.usage.input_tokens == 4  # hello there + and again
    texts = [i.content[0].text for i in client.conversations.items.list(conv.id, order="asc")]
    assert texts == ["hello there", "and again", "and again"]
    r2 = client.responses.create(model=MODEL, input="third", conversation={"id": conv.id})
    assert r2.usage.input_tokens == 7
    added = client.conversations.items.create(conv.id, items=[{"role": "user", "content": "note"}])
    item = client.conversations.items.retrieve(added.data[0].id, conversation_id=conv.id)
    assert item.content[0].text == "note"
    client.conversations.items.delete(item.id, conversation_id=conv.id)
    with pytest.raises(openai.NotFoundError):
        client.conversations.items.retrieve(item.id, conversation_id=conv.id)
    assert client.conversations.update(conv.id, metadata={"topic": "renamed"}).metadata == {"topic": "renamed"}
    client.conversations.delete(conv.id)
    with pytest.raises(openai.NotFoundError):
        client.conversations.retrieve(conv.id)
    with pytest.raises(openai.BadRequestError):
        client.responses.create(model=MODEL, input="x", conversation=conv.id, previous_response_id=r.id)


def test_background_responses_poll_stream_again_and_cancel(client):
    r = client.responses.create(model=MODEL, input="in the background", background=True)
    assert r.status == "queued" and r.background
    done = wait(client, r.id)
    assert done.status == "completed" and done.output_text == "in the background"
    events = list(client.responses.retrieve(r.id, stream=True))
    assert events[0].type == "response.created" and events[1].type == "response.queued"
    assert events[-1].type == "response.completed"
    assert [e.sequence_number for e in events] == list(range(len(events)))
    later = list(client.responses.retrieve(r.id, stream=True, starting_after=3))
    assert [e.sequence_number for e in later] == list(range(4, len(events)))

    slow = client.responses.create(model=SLOW, input="never finished", background=True)
    cancelled = client.responses.cancel(slow.id)
    assert cancelled.status == "cancelled"
    assert client.responses.retrieve(slow.id).status == "cancelled"
    # Only background responses can be cancelled.
    foreground = client.responses.create(model=MODEL, input="fg")
    with pytest.raises(openai.BadRequestError):
        client.responses.cancel(foreground.id)
    with pytest.raises(openai.BadRequestError):
        client.responses.create(model=MODEL, input="x", background=True, store=False)


def test_background_stream_follows_live(client):
    with client.responses.stream(model=MODEL, input="live and stored", background=True) as stream:
        seen = [e.type for e in stream]
        final = stream.get_final_response()
    assert seen[:3] == ["response.created", "response.queued", "response.in_progress"]
    assert final.output_text == "live and stored"


def test_truncation_auto_drops_the_oldest_items_and_disabled_refuses(client):
    long_input = [{"role": "user", "content": f"message number {i} here"} for i in range(6)]
    with pytest.raises(openai.BadRequestError) as e:
        client.responses.create(model=SMALL, input=long_input)
    assert e.value.code == "context_length_exceeded"
    r = client.responses.create(model=SMALL, input=long_input, truncation="auto", max_output_tokens=3)
    assert r.status in ("completed", "incomplete") and r.truncation == "auto"
    assert r.usage.input_tokens <= 12


def test_a_tool_loop_with_previous_response_id(client):
    r = client.responses.create(model=MODEL, input="What is the weather in Paris?",
                                tools=[WEATHER], tool_choice="required")
    calls = [o for o in r.output if o.type == "function_call"]
    assert len(calls) == 1 and calls[0].name == "get_weather"
    args = json.loads(calls[0].arguments)
    assert set(args) == {"city", "unit"} and args["unit"] in ("celsius", "fahrenheit")
    final = client.responses.create(
        model=MODEL, previous_response_id=r.id, tools=[WEATHER],
        input=[{"type": "function_call_output", "call_id": calls[0].call_id, "output": "18 C and sunny"}])
    assert final.status == "completed" and final.output[0].type == "message"
    # The call and its output are the new response's context.
    assert final.usage.input_tokens > r.usage.input_tokens


def test_tool_calls_stream_as_argument_deltas(client):
    events = list(client.responses.create(model=MODEL, input="weather?", tools=[WEATHER],
                                          tool_choice={"type": "function", "name": "get_weather"},
                                          stream=True))
    types = [e.type for e in events]
    assert "response.function_call_arguments.delta" in types
    done = next(e for e in events if e.type == "response.function_call_arguments.done")
    deltas = "".join(e.delta for e in events if e.type == "response.function_call_arguments.delta")
    assert deltas == done.arguments and done.name == "get_weather"
    json.loads(done.arguments)


def test_chat_tools_and_tool_messages(client):
    tool = {"type": "function", "function": {k: WEATHER[k] for k in ("name", "description", "parameters", "strict")}}
    c = client.chat.completions.create(model=MODEL, tools=[tool], tool_choice="required",
                                       messages=[{"role": "user", "content": "Weather in Oslo?"}])
    choice = c.choices[0]
    assert choice.finish_reason == "tool_calls"
    call = choice.message.tool_calls[0]
    assert call.function.name == "get_weather"
    json.loads(call.function.arguments)
    follow = client.chat.completions.create(model=MODEL, tools=[tool], messages=[
        {"role": "user", "content": "Weather in Oslo?"},
        {"role": "assistant", "content": None, "tool_calls": [call.model_dump()]},
        {"role": "tool", "tool_call_id": call.id, "content": "3 C"},
    ])
    assert follow.choices[0].finish_reason == "stop"
    # Streamed: the call arrives in pieces that add up.
    stream = client.chat.completions.create(model=MODEL, tools=[tool], tool_choice="required", stream=True,
                                            messages=[{"role": "user", "content": "Weather in Oslo?"}])
    args, names = "", []
    for chunk in stream:
        for d in chunk.choices[0].delta.tool_calls or []:
            if d.function and d.function.name:
                names.append(d.function.name)
            args += (d.function.arguments or "") if d.function else ""
    assert names == ["get_weather"]
    json.loads(args)
    with pytest.raises(openai.BadRequestError) as e:
        client.chat.completions.create(model=MODEL, tool_choice="required",
                                       messages=[{"role": "user", "content": "x"}])
    assert e.value.code == "invalid_tool_choice"


class Step(BaseModel):
    explanation: str
    output: str


class Solution(BaseModel):
    steps: List[Step]
    answer: int = Field(ge=3, le=99)
    confidence: Literal["low", "high"]


def test_parse_helpers_get_valid_objects(client):
    c = client.chat.completions.parse(model=MODEL, response_format=Solution,
                                      messages=[{"role": "user", "content": "Solve 8x + 7 = -23"}])
    parsed = c.choices[0].message.parsed
    assert isinstance(parsed, Solution) and 3 <= parsed.answer <= 99
    r = client.responses.parse(model=MODEL, input="Solve 8x + 7 = -23", text_format=Solution)
    assert isinstance(r.output_parsed, Solution)
    obj = client.responses.create(model=MODEL, input="anything", text={"format": {"type": "json_object"}})
    assert isinstance(json.loads(obj.output_text), dict)


def test_schemas_that_cannot_be_enforced_are_refused_by_name(client):
    with pytest.raises(openai.BadRequestError) as e:
        client.responses.create(model=MODEL, input="x", text={"format": {
            "type": "json_schema", "name": "t", "schema": {"type": "object", "not": {"required": ["a"]}}}})
    assert e.value.code == "invalid_json_schema" and e.value.param == "text.format.schema"
    assert "not" in e.value.message
    bad_tool = dict(WEATHER, parameters={"type": "object", "if": {}, "then": {}})
    with pytest.raises(openai.BadRequestError) as e:
        client.responses.create(model=MODEL, input="x", tools=[bad_tool], tool_choice="required")
    assert e.value.param == "tools[0].parameters"
