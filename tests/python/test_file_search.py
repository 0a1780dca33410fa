"""The Responses `file_search` tool through the official `openai` SDK (strict validation): the
stores are searched before the model answers, the output holds a `file_search_call` item and the
answer cites the right file. With `echo` (which repeats the question, and embeds words as a
hashed bag) the search and the citations are real and deterministic; the last test runs the
shipped embedded models."""

import io
import time

import openai
import pytest

RETURNS = b"# Returns\n\nUnused items can be returned within 30 days of delivery for a full refund, with the receipt.\n"
SHIPPING = b"# Shipping\n\nParcels leave the warehouse within two working days and arrive by courier.\n"


def make_store(client, attributes=None):
    files = {}
    store = client.vector_stores.create(name="Support")
    for name, data in (("returns.md", RETURNS), ("shipping.md", SHIPPING)):
        fid = client.files.create(file=(name, io.BytesIO(data)), purpose="assistants").id
        client.vector_stores.files.create_and_poll(
            vector_store_id=store.id, file_id=fid, attributes=(attributes or {}).get(name),
            poll_interval_ms=50)
        files[name] = fid
    return store.id, files


@pytest.fixture(scope="module")
def support(server):
    from openai import OpenAI
    client = OpenAI(base_url=server["base"], api_key=server["key"], max_retries=0,
                    _strict_response_validation=True)
    return make_store(client, {"returns.md": {"topic": "returns"}, "shipping.md": {"topic": "shipping"}})


def tool(store, **kw):
    return {"type": "file_search", "vector_store_ids": [store], **kw}


def test_the_answer_cites_the_file_it_draws_on(client, support):
    store, files = support
    question = "How many days do I have to return an item?"
    r = client.responses.create(input=question, tools=[tool(store)],
                                include=["file_search_call.results"])
    assert [o.type for o in r.output] == ["file_search_call", "message"]
    call, message = r.output
    assert call.id.startswith("fs_") and call.status == "completed"
    assert call.queries == [question]
    assert call.results[0].file_id == files["returns.md"]
    assert call.results[0].filename == "returns.md" and "30 days" in call.results[0].text
    assert call.results[0].attributes == {"topic": "returns"}
    assert [x.score for x in call.results] == sorted((x.score for x in call.results), reverse=True)
    text = message.content[0]
    assert text.text == question  # echo
    assert [(a.type, a.file_id, a.filename, a.index) for a in text.annotations] == [
        ("file_citation", files["returns.md"], "returns.md", len(question))]

    # Without `include`, the item says what was searched, not what was found.
    r = client.responses.create(input="Which courier brings parcels?", tools=[tool(store)])
    assert r.output[0].results is None
    assert [a.filename for a in r.output[1].content[0].annotations] == ["shipping.md"]

    # Stored as it was answered; its file search is an item of the context that follows.
    again = client.responses.retrieve(r.id)
    assert again.output[0].id == r.output[0].id and again.output[1].content[0].annotations
    follow = client.responses.create(
        previous_response_id=r.id, input="And when do they leave the warehouse?",
        tools=[tool(store)])
    assert follow.output[0].type == "file_search_call"
    assert follow.output[1].content[0].annotations[0].filename == "shipping.md"
    # The whole output sent back as input (as clients do without storing) is accepted.
    sent_back = [o.model_dump(exclude_none=True) for o in r.output]
    follow = client.responses.create(
        input=sent_back + [{"role": "user", "content": "How long may I return items?"}],
        tools=[tool(store)], store=False)
    assert follow.output[1].content[0].annotations[0].filename == "returns.md"


def test_filters_ranking_and_choice(client, support):
    store, files = support
    # The filter leaves only the shipping file to find and cite.
    r = client.responses.create(
        input="How many days do I have to return an item?", include=["file_search_call.results"],
        tools=[tool(store, filters={"type": "eq", "key": "topic", "value": "shipping"},
                    max_num_results=3)])
    assert {x.filename for x in r.output[0].results} == {"shipping.md"}
    # One result at most, above a threshold, text ranking alone.
    r = client.responses.create(
        input="courier parcels", include=["file_search_call.results"],
        tools=[tool(store, max_num_results=1, ranking_options={
            "ranker": "auto", "score_threshold": 0.5,
            "hybrid_search": {"embedding_weight": 0, "text_weight": 1}})])
    assert [x.filename for x in r.output[0].results] == ["shipping.md"]
    # `none` runs no tool; `required` is met by the search alone.
    r = client.responses.create(input="Which courier?", tools=[tool(store)], tool_choice="none")
    assert [o.type for o in r.output] == ["message"] and not r.output[0].content[0].annotations
    r = client.responses.create(input="Which courier?", tools=[tool(store)], tool_choice="required")
    assert [o.type for o in r.output] == ["file_search_call", "message"]
    # With a function tool beside it, the function can still be called after the search.
    weather = {"type": "function", "name": "get_weather", "strict": True,
               "parameters": {"type": "object", "properties": {"city": {"type": "string"}},
                              "required": ["city"], "additionalProperties": False}}
    r = client.responses.create(input="Weather in Paris?", tools=[tool(store), weather],
                                tool_choice={"type": "function", "name": "get_weather"})
    assert [o.type for o in r.output] == ["function_call"]  # a named function: no search


def test_streamed_and_background(client, support):
    store, files = support
    events = list(client.responses.create(input="When do parcels leave the warehouse?",
                                          tools=[tool(store)], stream=True))
    kinds = [e.type for e in events]
    assert kinds[:7] == [
        "response.created", "response.in_progress", "response.output_item.added",
        "response.file_search_call.in_progress", "response.file_search_call.searching",
        "response.file_search_call.completed", "response.output_item.done"]
    at = kinds.index("response.output_text.annotation.added")
    assert kinds[at + 1] == "response.output_text.done"
    assert events[at].annotation.filename == "shipping.md" and events[at].annotation_index == 0
    assert [e.sequence_number for e in events] == list(range(len(events)))
    final = events[-1].response
    assert final.status == "completed"
    assert final.output[1].content[0].annotations[0].file_id == files["shipping.md"]

    r = client.responses.create(input="How long may I return items?", tools=[tool(store)],
                                background=True)
    for _ in range(200):
        r = client.responses.retrieve(r.id)
        if r.status not in ("queued", "in_progress"):
            break
        time.sleep(0.05)
    assert r.status == "completed"
    assert r.output[1].content[0].annotations[0].filename == "returns.md"


def test_errors_name_the_field(client, support):
    store, _ = support
    with pytest.raises(openai.NotFoundError) as e:
        client.responses.create(input="x", tools=[tool(store, vector_store_ids=[store, "vs_nope"])])
    assert (e.value.body["code"], e.value.body["param"]) == (
        "vector_store_not_found", "tools[0].vector_store_ids[1]")
    with pytest.raises(openai.BadRequestError) as e:
        client.responses.create(input="x", tools=[tool(store), tool(store)])
    assert (e.value.body["code"], e.value.body["param"]) == ("duplicate_tool_name", "tools[1]")
    # Two functions of one name after a file search: the index is the request's own.
    f = {"type": "function", "name": "f", "strict": True,
         "parameters": {"type": "object", "properties": {}, "additionalProperties": False}}
    with pytest.raises(openai.BadRequestError) as e:
        client.responses.create(input="x", tools=[tool(store), f, f])
    assert (e.value.body["code"], e.value.body["param"]) == ("duplicate_tool_name", "tools[2]")
    with pytest.raises(openai.BadRequestError) as e:
        client.responses.create(input="x", tools=[tool(store, ranking_options={
            "hybrid_search": {"embedding_weight": 0, "text_weight": 0}})])
    assert e.value.body["param"] == "tools[0].ranking_options.hybrid_search"
    # What is not produced here is refused by name, never ignored.
    with pytest.raises(openai.BadRequestError) as e:
        client.responses.create(input="x", tools=[tool(store)], include=["web_search_call.results"])
    assert "include" in str(e.value.body)


def test_embedded_models_cite_the_right_file(local_client):
    """The shipped default: MiniLM embeds the chunks, SmolLM2 answers from them, and the answer
    cites the document that holds the answer (whatever the small model's wording)."""
    client = local_client
    store, files = make_store(client)
    for question, source in (("How many days do I have to return an item?", "returns.md"),
                             ("How fast do orders ship?", "shipping.md")):
        r = client.responses.create(input=question, tools=[tool(store)], temperature=0,
                                    max_output_tokens=48, include=["file_search_call.results"])
        assert r.output[0].results[0].filename == source
        cited = [a.filename for a in r.output[1].content[0].annotations]
        assert cited and cited[0] == source, (r.output[1].content[0].text, cited)
