"""OpenAI's Files API through the official `openai` SDK: upload, list, retrieve, download,
delete, expiry, scopes and the errors a client meets."""

import io

import openai
import pytest
from openai import OpenAI

HANDBOOK = b"# Handbook\n\nReturns are accepted within 30 days of delivery.\n"


def test_upload_retrieve_download_delete(client):
    created = client.files.create(file=("handbook.md", io.BytesIO(HANDBOOK)), purpose="assistants")
    assert created.id.startswith("file-")
    assert (created.filename, created.bytes, created.purpose) == ("handbook.md", len(HANDBOOK), "assistants")
    assert created.object == "file" and created.status == "processed"

    assert client.files.retrieve(created.id) == created
    assert client.files.content(created.id).read() == HANDBOOK

    deleted = client.files.delete(created.id)
    assert (deleted.id, deleted.deleted) == (created.id, True)
    with pytest.raises(openai.NotFoundError) as e:
        client.files.retrieve(created.id)
    assert e.value.body["code"] == "file_not_found"
    with pytest.raises(openai.NotFoundError):
        client.files.content(created.id)


def test_binary_upload_round_trips(client):
    data = bytes(range(256)) * 64
    created = client.files.create(file=("blob.bin", data), purpose="user_data")
    assert client.files.content(created.id).read() == data


def test_list_filters_orders_and_pages(client):
    ids = [client.files.create(file=(f"page-{i}.txt", b"x" * i), purpose="batch").id for i in range(3)]
    listed = [f.id for f in client.files.list(purpose="batch")]
    assert listed[:3] == ids[::-1]  # newest first
    oldest_first = [f.id for f in client.files.list(purpose="batch", order="asc")]
    assert oldest_first[-3:] == ids
    page = client.files.list(purpose="batch", order="asc", limit=2)
    assert len(page.data) == 2 and page.has_more
    # The SDK's auto-pagination follows `after` to the end.
    assert [f.id for f in page][-3:] == ids
    with pytest.raises(openai.BadRequestError) as e:
        client.files.list(after="file-unknown")
    assert e.value.body["code"] == "invalid_cursor"


def test_expires_after_is_honoured(client):
    created = client.files.create(
        file=("short.txt", b"soon gone"), purpose="user_data",
        expires_after={"anchor": "created_at", "seconds": 3600},
    )
    assert created.expires_at == created.created_at + 3600
    with pytest.raises(openai.BadRequestError) as e:
        client.files.create(file=("x.txt", b"x"), purpose="user_data",
                            expires_after={"anchor": "created_at", "seconds": 60})
    assert e.value.body["param"] == "/expires_after/seconds"


def test_bad_uploads_are_refused_by_name(client):
    with pytest.raises(openai.BadRequestError) as e:
        client.files.create(file=("x.txt", b"x"), purpose="nonsense")
    assert e.value.body["param"] == "/purpose"
    # A form without the file part.
    with pytest.raises(openai.BadRequestError) as e:
        client.post("/files", cast_to=object, body={"purpose": "assistants"},
                    options={"headers": {"Content-Type": "multipart/form-data"}},
                    files=[("other", ("x.txt", b"x"))])
    assert any("`file`" in x["message"] for x in e.value.body["errors"])


def test_files_need_their_scopes(server, client):
    created = client.files.create(file=("mine.txt", b"private"), purpose="assistants")
    limited = OpenAI(base_url=server["base"], api_key=server["limited"], max_retries=0)
    with pytest.raises(openai.PermissionDeniedError) as e:
        limited.files.retrieve(created.id)
    assert "files:read" in e.value.body["message"]
