"""Structured outputs, tool calls, conversations and background runs through the official SDK
(strict) against the embedded SmolLM2 model: grammar-constrained decoding makes even a 135M
model's output parse and validate, every time."""

import json
import time
from typing import List, Literal, Optional

import jsonschema
import pytest
from pydantic import BaseModel, Field

MODEL = "lukhas-matriz"


class Address(BaseModel):
    street: str
    city: str
    country: Literal["France", "Germany", "Italy", "Spain"]


class Person(BaseModel):
    name: str
    age: int = Field(ge=0, le=130)
    address: Address


class Sentiment(BaseModel):
    label: Literal["positive", "negative", "neutral"]
    score: float = Field(ge=0, le=1)


class Item(BaseModel):
    name: str
    quantity: int = Field(ge=1, le=100)


class ShoppingList(BaseModel):
    items: List[Item] = Field(min_length=1, max_length=5)
    store: Optional[str]


class Reading(BaseModel):
    city: str
    celsius: float = Field(ge=-90, le=60)
    humid: bool


CASES = [
    (Person, "Alice is 30 and lives at 12 Rue Cler, Paris, France."),
    (Sentiment, "Classify: 'I loved this film, it was wonderful.'"),
    (ShoppingList, "I need 2 apples and 1 bread from the market."),
    (Reading, "Oslo is 3 degrees Celsius today and humid."),
]


@pytest.mark.parametrize("model,prompt", CASES, ids=[c[0].__name__ for c in CASES])
def test_chat_parse_always_parses(local_client, model, prompt):
    c = local_client.chat.completions.parse(
        model=MODEL, response_format=model, max_completion_tokens=300, seed=7,
        messages=[{"role": "user", "content": prompt}])
    choice = c.choices[0]
    assert choice.finish_reason == "stop"
    assert isinstance(choice.message.parsed, model), choice.message.content


@pytest.mark.parametrize("model,prompt", CASES, ids=[c[0].__name__ for c in CASES])
def test_responses_parse_always_parses(local_client, model, prompt):
    r = local_client.responses.parse(model=MODEL, input=prompt, text_format=model,
                                     max_output_tokens=300)
    assert r.status == "completed"
    assert isinstance(r.output_parsed, model), r.output_text


WEATHER = {
    "type": "function",
    "name": "get_weather",
    "description": "Get the current weather in a city.",
    "parameters": {
        "type": "object",
        "properties": {"city": {"type": "string"}, "unit": {"enum": ["celsius", "fahrenheit"]}},
        "required": ["city", "unit"],
        "additionalProperties": False,
    },
    "strict": True,
}


def test_a_full_tool_loop(local_client):
    r = local_client.responses.create(model=MODEL, input="What is the weather in Paris right now?",
                                      tools=[WEATHER], tool_choice="required", max_output_tokens=120)
    calls = [o for o in r.output if o.type == "function_call"]
    assert calls and calls[0].name == "get_weather"
    jsonschema.validate(json.loads(calls[0].arguments), WEATHER["parameters"])
    final = local_client.responses.create(
        model=MODEL, previous_response_id=r.id, tools=[WEATHER], tool_choice="none",
        max_output_tokens=60,
        input=[{"type": "function_call_output", "call_id": calls[0].call_id,
                "output": json.dumps({"city": "Paris", "celsius": 18, "sky": "sunny"})}])
    assert final.status in ("completed", "incomplete")
    assert final.output[0].type == "message" and final.output_text.strip()


def test_a_conversation_of_several_turns(local_client):
    conv = local_client.conversations.create(items=[
        {"role": "system", "content": "Answer in one short sentence."}])
    for turn in ["My name is Ada.", "I like tea.", "What is my name?"]:
        r = local_client.responses.create(model=MODEL, input=turn, conversation=conv.id,
                                          max_output_tokens=40)
        assert r.status in ("completed", "incomplete") and r.output_text.strip()
    items = list(local_client.conversations.items.list(conv.id, order="asc", limit=100))
    assert len(items) == 1 + 2 * 3
    assert [i.role for i in items[1::2]] == ["user"] * 3


def test_background_run_is_cancelled(local_client):
    r = local_client.responses.create(model=MODEL, input="Write a very long story about the sea.",
                                      max_output_tokens=2000, background=True)
    deadline = time.time() + 120
    while local_client.responses.retrieve(r.id).status == "queued" and time.time() < deadline:
        time.sleep(0.2)
    cancelled = local_client.responses.cancel(r.id)
    assert cancelled.status == "cancelled"
    assert local_client.responses.retrieve(r.id).status == "cancelled"
