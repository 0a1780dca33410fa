"""OpenAI's vector stores through the official `openai` SDK (strict validation): files chunked
and embedded in the background, searched by meaning and text with attribute filters, and the
errors a client meets. The `echo` embedding model (a hashed bag of words) makes the retrieval
real and deterministic: the chunk that shares the query's words ranks first."""

import io
import time

import openai
import pytest

HANDBOOK = b"# Returns\n\nReturns are accepted within 30 days of delivery, with the receipt.\n"
SHIPPING = b"# Shipping\n\nParcels leave the warehouse within two working days by courier.\n"
HANDBUCH = "# Rückgabe\n\nRückgaben werden innerhalb von 30 Tagen angenommen.\n".encode()


def upload(client, name, data):
    return client.files.create(file=(name, io.BytesIO(data)), purpose="assistants").id


def tiny_pdf(words):
    """A one-page PDF whose page says `words` (Helvetica), with a correct cross-reference table."""
    stream = f"BT /F1 12 Tf 72 720 Td ({words}) Tj ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, o in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for o in offsets:
        out += f"{o:010} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def wait_for_files(client, store_id, total):
    """Polls the store as a client does until no file is in progress."""
    for _ in range(200):
        store = client.vector_stores.retrieve(store_id)
        if store.file_counts.in_progress == 0 and store.file_counts.total == total:
            return store
        time.sleep(0.05)
    raise AssertionError(f"files still in progress: {store.file_counts}")


def test_create_process_and_search(client):
    handbook, shipping = upload(client, "handbook.md", HANDBOOK), upload(client, "shipping.md", SHIPPING)
    store = client.vector_stores.create(name="Support", file_ids=[handbook, shipping],
                                        metadata={"team": "support"})
    assert store.id.startswith("vs_") and store.object == "vector_store"
    assert (store.name, store.metadata, store.file_counts.total) == ("Support", {"team": "support"}, 2)

    store = wait_for_files(client, store.id, 2)
    assert store.status == "completed" and store.file_counts.completed == 2
    assert store.usage_bytes == len(HANDBOOK) + len(SHIPPING)

    results = client.vector_stores.search(store.id, query="How many days do returns take?")
    assert results.data, "nothing found"
    top = results.data[0]
    assert (top.file_id, top.filename) == (handbook, "handbook.md")
    assert "30 days" in top.content[0].text and top.content[0].type == "text"
    assert all(0 <= r.score <= 1 for r in results.data)
    assert [r.score for r in results.data] == sorted((r.score for r in results.data), reverse=True)

    # Pure similarity ranking, several queries, a threshold and a result cap.
    plain = client.vector_stores.search(
        store.id, query=["courier parcels", "warehouse"], max_num_results=1,
        ranking_options={"ranker": "none", "score_threshold": 0.1})
    assert [r.file_id for r in plain.data] == [shipping]
    none = client.vector_stores.search(store.id, query="courier",
                                       ranking_options={"ranker": "none", "score_threshold": 1.0})
    assert none.data == []


def test_files_in_a_store_with_attributes_and_filters(client):
    store = client.vector_stores.create(name="Handbooks")
    en = client.vector_stores.files.create_and_poll(
        vector_store_id=store.id, file_id=upload(client, "handbook.md", HANDBOOK),
        attributes={"lang": "en", "year": 2025}, poll_interval_ms=50)
    de = client.vector_stores.files.create_and_poll(
        vector_store_id=store.id, file_id=upload(client, "handbuch.md", HANDBUCH),
        attributes={"lang": "de", "year": 2023},
        chunking_strategy={"type": "static", "static": {"max_chunk_size_tokens": 100, "chunk_overlap_tokens": 50}},
        poll_interval_ms=50)
    assert en.status == de.status == "completed" and en.last_error is None
    assert en.attributes == {"lang": "en", "year": 2025}
    assert en.chunking_strategy.type == "static"
    assert de.chunking_strategy.static.max_chunk_size_tokens == 100

    def files(**filters):
        extra = {"filters": filters} if filters else {}
        hits = client.vector_stores.search(store.id, query="30 Tagen days returns", **extra)
        return {r.filename for r in hits.data}

    assert files(type="eq", key="lang", value="de") == {"handbuch.md"}
    assert files(type="gte", key="year", value=2024) == {"handbook.md"}
    assert files(type="in", key="lang", value=["en", "fr"]) == {"handbook.md"}
    assert files(type="or", filters=[{"type": "eq", "key": "lang", "value": "de"},
                                     {"type": "gt", "key": "year", "value": 2024}]) == {"handbook.md", "handbuch.md"}
    assert files(type="and", filters=[{"type": "eq", "key": "lang", "value": "de"},
                                      {"type": "gt", "key": "year", "value": 2024}]) == set()

    listed = client.vector_stores.files.list(vector_store_id=store.id)
    assert [f.id for f in listed] == [de.id, en.id]  # newest first
    assert [f.id for f in client.vector_stores.files.list(vector_store_id=store.id, order="asc", limit=1)] == [en.id, de.id]
    assert client.vector_stores.files.retrieve(en.id, vector_store_id=store.id) == en

    # Adding the same file again answers it as it is.
    again = client.vector_stores.files.create(vector_store_id=store.id, file_id=en.id)
    assert again == en

    # Removing a file removes its chunks from search; the file itself stays.
    removed = client.vector_stores.files.delete(en.id, vector_store_id=store.id)
    assert (removed.id, removed.deleted, removed.object) == (en.id, True, "vector_store.file.deleted")
    assert files() == {"handbuch.md"}
    assert client.files.retrieve(en.id).id == en.id
    with pytest.raises(openai.NotFoundError) as e:
        client.vector_stores.files.retrieve(en.id, vector_store_id=store.id)
    assert e.value.body["code"] == "vector_store_file_not_found"


def test_pdf_text_is_searchable_and_binary_files_fail_with_a_reason(client):
    store = client.vector_stores.create(name="Mixed")
    pdf = client.vector_stores.files.create_and_poll(
        vector_store_id=store.id, file_id=upload(client, "policy.pdf", tiny_pdf("Refunds arrive within five days")),
        poll_interval_ms=50)
    assert pdf.status == "completed", pdf.last_error
    hits = client.vector_stores.search(store.id, query="refunds arrive")
    assert hits.data[0].filename == "policy.pdf" and "Refunds" in hits.data[0].content[0].text

    blob = client.vector_stores.files.create_and_poll(
        vector_store_id=store.id, file_id=upload(client, "image.png", bytes([0x89, 0x50, 0x4E, 0x47, 0, 1, 2, 255])),
        poll_interval_ms=50)
    assert blob.status == "failed" and blob.last_error.code == "unsupported_file"
    failed = client.vector_stores.files.list(vector_store_id=store.id, filter="failed")
    assert [f.id for f in failed] == [blob.id]
    store = client.vector_stores.retrieve(store.id)
    assert (store.file_counts.completed, store.file_counts.failed) == (1, 1)


def test_modify_list_and_delete(client):
    a = client.vector_stores.create(name="a")
    b = client.vector_stores.create(name="b", expires_after={"anchor": "last_active_at", "days": 7})
    assert b.expires_at == b.last_active_at + 7 * 86400

    changed = client.vector_stores.update(a.id, name="a2", metadata={"k": "v"},
                                          expires_after={"anchor": "last_active_at", "days": 1})
    assert (changed.name, changed.metadata, changed.expires_after.days) == ("a2", {"k": "v"}, 1)

    ids = [s.id for s in client.vector_stores.list(limit=1)]
    assert ids[:2] == [b.id, a.id]
    before = client.vector_stores.list(before=a.id, limit=1)
    assert [s.id for s in before.data] == [b.id]

    deleted = client.vector_stores.delete(a.id)
    assert (deleted.id, deleted.deleted, deleted.object) == (a.id, True, "vector_store.deleted")
    with pytest.raises(openai.NotFoundError) as e:
        client.vector_stores.retrieve(a.id)
    assert e.value.body["code"] == "vector_store_not_found"
    with pytest.raises(openai.BadRequestError) as e:
        client.vector_stores.list(after=a.id)
    assert (e.value.body["code"], e.value.body["param"]) == ("invalid_cursor", "after")


def test_clear_errors(client):
    store = client.vector_stores.create(name="errors")
    with pytest.raises(openai.NotFoundError) as e:
        client.vector_stores.files.create(vector_store_id=store.id, file_id="file-missing")
    assert (e.value.body["code"], e.value.body["param"]) == ("file_not_found", "file_id")
    with pytest.raises(openai.NotFoundError) as e:
        client.vector_stores.create(name="x", file_ids=["file-missing"])
    assert e.value.body["param"] == "file_ids/0"
    with pytest.raises(openai.BadRequestError) as e:
        client.vector_stores.files.create(
            vector_store_id=store.id, file_id=upload(client, "a.md", HANDBOOK),
            chunking_strategy={"type": "static", "static": {"max_chunk_size_tokens": 200, "chunk_overlap_tokens": 150}})
    assert e.value.body["code"] == "invalid_chunking_strategy"
    # Query rewriting takes a model this search does not run: refused by name, never ignored.
    with pytest.raises(openai.BadRequestError) as e:
        client.vector_stores.search(store.id, query="x", rewrite_query=True)
    assert "rewrite_query" in str(e.value.body)
    with pytest.raises(openai.BadRequestError):
        client.vector_stores.search(store.id, query="x", max_num_results=51)


def test_embedded_minilm_finds_by_meaning_in_chunks_of_its_window(local_client):
    """The shipped embedder: chunks cut by its WordPiece tokens to its 254-token window, and a
    query that shares no word with the right document still finds it."""
    client = local_client
    hours = " ".join(f"Shop {i} opens at nine and closes at six; parking is free." for i in range(60))
    returns = b"# Returns\n\nUnused items can be brought back within 30 days, with the receipt.\n"
    files = [upload(client, "returns.md", returns), upload(client, "shipping.md", SHIPPING),
             upload(client, "hours.md", hours.encode())]
    store = client.vector_stores.create(name="Real", file_ids=files)
    store = wait_for_files(client, store.id, 3)
    assert store.file_counts.completed == 3
    f = client.vector_stores.files.retrieve(files[2], vector_store_id=store.id)
    assert (f.chunking_strategy.static.max_chunk_size_tokens, f.chunking_strategy.static.chunk_overlap_tokens) == (254, 127)
    chunks = client.vector_stores.search(store.id, query="opening times", max_num_results=50)
    assert len([c for c in chunks.data if c.filename == "hours.md"]) >= 4  # ~780 tokens, step 127

    def top(query):
        hits = client.vector_stores.search(store.id, query=query, ranking_options={"ranker": "none"})
        return hits.data[0].filename

    assert top("refund deadline for purchases") == "returns.md"
    assert top("how quickly is an order dispatched to me") == "shipping.md"


def test_batches_attributes_and_content(client):
    """File batches (`file_ids` with shared settings, `files` each with its own), a file's
    attributes replaced in place (its chunks filtered by the new ones at once), and a processed
    file's parsed content."""
    store = client.vector_stores.create(name="Batches")
    handbook, shipping = upload(client, "handbook.md", HANDBOOK), upload(client, "shipping.md", SHIPPING)
    batch = client.vector_stores.file_batches.create_and_poll(
        vector_store_id=store.id, file_ids=[handbook, shipping], attributes={"team": "support"},
        poll_interval_ms=50)
    assert batch.id.startswith("vsfb_") and batch.object == "vector_store.files_batch"
    assert (batch.status, batch.file_counts.completed, batch.file_counts.total) == ("completed", 2, 2)
    assert client.vector_stores.file_batches.retrieve(batch.id, vector_store_id=store.id).status == "completed"
    listed = client.vector_stores.file_batches.list_files(batch.id, vector_store_id=store.id, order="asc")
    assert [f.id for f in listed.data] == sorted([handbook, shipping])
    assert all(f.attributes == {"team": "support"} for f in listed.data)

    # `files`: each its own attributes and chunking; a file already in the store stays as it is.
    german = upload(client, "handbuch.md", HANDBUCH)
    second = client.vector_stores.file_batches.create_and_poll(
        vector_store_id=store.id, poll_interval_ms=50,
        files=[{"file_id": german, "attributes": {"lang": "de"},
                "chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": 100, "chunk_overlap_tokens": 50}}},
               {"file_id": handbook}])
    assert (second.status, second.file_counts.total) == ("completed", 1)
    f = client.vector_stores.files.retrieve(german, vector_store_id=store.id)
    assert (f.attributes, f.chunking_strategy.static.max_chunk_size_tokens) == ({"lang": "de"}, 100)
    assert client.vector_stores.files.retrieve(handbook, vector_store_id=store.id).attributes == {"team": "support"}
    assert [x.id for x in client.vector_stores.file_batches.list_files(second.id, vector_store_id=store.id).data] == [german]
    # Cancelling a batch that is done changes nothing.
    assert client.vector_stores.file_batches.cancel(second.id, vector_store_id=store.id).status == "completed"

    # New attributes replace the old, and searches filter on them at once.
    updated = client.vector_stores.files.update(shipping, vector_store_id=store.id,
                                               attributes={"team": "logistics", "year": 2025})
    assert updated.attributes == {"team": "logistics", "year": 2025}
    hits = client.vector_stores.search(store.id, query="parcels courier",
                                       filters={"type": "eq", "key": "team", "value": "logistics"})
    assert {h.file_id for h in hits.data} == {shipping}
    assert all(h.attributes == {"team": "logistics", "year": 2025} for h in hits.data)
    assert client.vector_stores.search(store.id, query="parcels courier",
                                       filters={"type": "eq", "key": "team", "value": "support"}).data[0].file_id == handbook

    # The parsed content: the file's text, as its chunks were cut from.
    content = client.vector_stores.files.content(handbook, vector_store_id=store.id)
    assert [(c.type, c.text) for c in content] == [("text", HANDBOOK.decode())]

    # Errors name what is wrong.
    with pytest.raises(openai.BadRequestError) as e:
        client.vector_stores.file_batches.create(vector_store_id=store.id, file_ids=[handbook],
                                                 files=[{"file_id": handbook}])
    assert e.value.body["param"] == "file_ids"
    with pytest.raises(openai.BadRequestError) as e:
        client.vector_stores.file_batches.create(vector_store_id=store.id, files=[{"file_id": handbook}],
                                                 attributes={"a": "b"})
    assert e.value.body["param"] == "attributes"
    with pytest.raises(openai.NotFoundError) as e:
        client.vector_stores.file_batches.create(vector_store_id=store.id, file_ids=[handbook, "file-missing"])
    assert e.value.body["param"] == "file_ids/1"
    with pytest.raises(openai.NotFoundError) as e:
        client.vector_stores.file_batches.retrieve("vsfb_missing", vector_store_id=store.id)
    assert e.value.body["code"] == "vector_store_file_batch_not_found"
    binary = upload(client, "blob.bin", bytes(range(256)) * 4)
    client.vector_stores.files.create_and_poll(vector_store_id=store.id, file_id=binary, poll_interval_ms=50)
    with pytest.raises(openai.BadRequestError) as e:
        client.vector_stores.files.content(binary, vector_store_id=store.id)
    assert e.value.body["code"] == "vector_store_file_not_ready"
