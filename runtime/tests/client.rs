//! The generated Rust client (`lukhas-client`) against a real `lukhas serve`: every operation of
//! the spec, including the typed streaming helpers and documented errors.

mod common;

use common::{Options, Server, TOKEN};
use futures::StreamExt;
use lukhas_client::{types, Client, Error};
use serde_json::json;

fn body<T: serde::de::DeserializeOwned>(v: serde_json::Value) -> T {
    serde_json::from_value(v).unwrap()
}

#[tokio::test]
async fn every_operation_through_the_generated_client() {
    let server = Server::start(Options::default());
    let client = Client::with_api_key(&server.base, TOKEN).unwrap();

    // System.
    assert_eq!(
        client
            .get_health()
            .send()
            .await
            .unwrap()
            .into_inner()
            .status,
        types::HealthStatus::Ok
    );
    let ready = client.get_readiness().send().await.unwrap().into_inner();
    assert_eq!(ready.status, types::ReadinessStatus::Ready);
    assert!(ready.checks.contains_key("storage"));
    let metrics = client.get_metrics().send().await.unwrap().into_inner();
    let bytes: Vec<u8> = metrics
        .into_inner()
        .map(|b| b.unwrap().to_vec())
        .concat()
        .await;
    assert!(String::from_utf8(bytes)
        .unwrap()
        .contains("lukhas_http_requests_total"));

    // Models, including an id with a slash.
    let models = client.list_models().send().await.unwrap().into_inner();
    assert!(models.data.iter().any(|m| m.id == "lukhas-matriz"));
    let slash = client
        .retrieve_model()
        .model("org/echo-slash")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(slash.id, "org/echo-slash");
    match client.retrieve_model().model("no-such-model").send().await {
        Err(Error::ErrorResponse(e)) => {
            assert_eq!(e.status().as_u16(), 404);
            assert_eq!(e.error.code.as_deref(), Some("model_not_found"));
        }
        other => panic!("expected a 404, got {other:?}"),
    }

    // Responses, whole and streamed: bodies from builders.
    let req: types::CreateResponseRequest = types::CreateResponseRequest::builder()
        .model(Some("echo".parse().unwrap()))
        .input(types::ResponseInput::String("Rust says hi".into()))
        .try_into()
        .unwrap();
    let r = client
        .create_response()
        .body(req.clone())
        .send()
        .await
        .unwrap()
        .into_inner();
    match &r.output[0] {
        types::ResponseOutputItem::OutputMessage(m) => {
            assert_eq!(m.content[0].text, "Rust says hi")
        }
        other => panic!("expected a message, got {other:?}"),
    }
    let mut events = client.create_response_stream(&req).await.unwrap();
    let (mut first, mut last, mut text) = (None, None, String::new());
    while let Some(e) = events.next().await {
        let e = e.unwrap();
        if let types::ResponseStreamEvent::ResponseOutputTextDelta { delta, .. } = &e {
            text.push_str(delta);
        }
        let kind = serde_json::to_value(&e).unwrap()["type"]
            .as_str()
            .unwrap()
            .to_string();
        first.get_or_insert(kind.clone());
        last = Some(kind);
    }
    assert_eq!(first.as_deref(), Some("response.created"));
    assert_eq!(last.as_deref(), Some("response.completed"));
    assert_eq!(text, "Rust says hi");

    // Chat, whole and streamed.
    let req: types::CreateChatCompletionRequest = body(json!({
        "model": "echo", "messages": [{"role": "user", "content": "chat from rust"}]
    }));
    let c = client
        .create_chat_completion()
        .body(req.clone())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        c.choices[0].message.content.as_deref(),
        Some("chat from rust")
    );
    let mut chunks = client.create_chat_completion_stream(&req).await.unwrap();
    let mut text = String::new();
    while let Some(chunk) = chunks.next().await {
        for choice in chunk.unwrap().choices {
            text.push_str(choice.delta.content.as_deref().unwrap_or_default());
        }
    }
    assert_eq!(text, "chat from rust");

    // Embeddings.
    let e = client
        .create_embedding()
        .body(
            types::CreateEmbeddingRequest::builder()
                .model("text-embedding-minilm")
                .input(vec!["a b".to_string(), "c d".to_string()])
                .dimensions(std::num::NonZeroU64::new(8)),
        )
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(e.data.len(), 2);
    match &e.data[1].embedding {
        types::EmbeddingEmbedding::Array(v) => assert_eq!(v.len(), 8),
        other => panic!("expected floats, got {other:?}"),
    }

    // Dreams, whole and streamed.
    let req: types::CreateDreamRequest = body(json!({
        "seed": "a quiet harbour", "model": "echo",
        "constraints": {"steps": ["imagine", "critique"], "max_tokens_per_step": 32}
    }));
    let d = client
        .create_dream()
        .body(req.clone())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(d.traces.len(), 2);
    assert!(d.traces[0].content.contains("quiet harbour"));
    let mut events = client.create_dream_stream(&req).await.unwrap();
    let (mut deltas, mut frames) = (0, Vec::new());
    while let Some(e) = events.next().await {
        match e.unwrap() {
            types::DreamStreamEvent::DreamStepDelta { .. } => deltas += 1,
            types::DreamStreamEvent::DreamStepCompleted { trace, .. } => {
                frames.push(trace.step.to_string())
            }
            types::DreamStreamEvent::DreamCompleted { .. } => frames.push("completed".into()),
            e @ types::DreamStreamEvent::Error { .. } => panic!("{e:?}"),
        }
    }
    assert_eq!(frames, ["imagine", "critique", "completed"]);
    assert!(deltas >= 2, "every step streams its text");

    // Indexes: the whole lifecycle.
    let req: types::CreateIndexRequest =
        body(json!({"name": "client-test", "metric": "dot", "dimension": 2}));
    let idx = client
        .create_index()
        .body(req)
        .send()
        .await
        .unwrap()
        .into_inner();
    let id = idx.id.to_string();
    assert_eq!(
        client
            .get_index()
            .index_id(id.as_str())
            .send()
            .await
            .unwrap()
            .into_inner()
            .name,
        "client-test"
    );
    let page = client.list_indexes().send().await.unwrap().into_inner();
    assert!(page.data.iter().any(|i| i.id == idx.id));
    let up: types::UpsertVectorsRequest = body(json!({"vectors": [
        {"id": "a", "vector": [1.0, 0.0], "metadata": {"k": "x"}},
        {"id": "b", "vector": [0.0, 1.0]}
    ]}));
    assert_eq!(
        client
            .upsert_vectors()
            .index_id(id.as_str())
            .body(up)
            .send()
            .await
            .unwrap()
            .into_inner()
            .upserted_count,
        2
    );
    let q: types::SearchIndexRequest = body(json!({"vector": [0.9, 0.1], "k": 1}));
    let hits = client
        .search_index()
        .index_id(id.as_str())
        .body(q)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(hits.data[0].id, "a");
    assert!(
        client
            .delete_vector()
            .index_id(id.as_str())
            .vector_id("a")
            .send()
            .await
            .unwrap()
            .into_inner()
            .deleted
    );
    assert!(
        client
            .delete_index()
            .index_id(id.as_str())
            .send()
            .await
            .unwrap()
            .into_inner()
            .deleted
    );
    match client.get_index().index_id(id.as_str()).send().await {
        Err(Error::ErrorResponse(e)) => assert_eq!(e.status().as_u16(), 404),
        other => panic!("a deleted index must be gone, got {other:?}"),
    }

    // Files: the upload helper (a form), then progenitor's builders, the content as bytes.
    let request: types::CreateFileRequest =
        body(json!({"file": "ignored", "purpose": "assistants"}));
    let file = client
        .create_file(&request, ("notes.md", b"# Notes\n".to_vec()))
        .await
        .unwrap()
        .into_inner();
    assert_eq!((file.filename.as_str(), file.bytes), ("notes.md", 8));
    let listed = client
        .list_files()
        .purpose("assistants")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(listed.data[0].id, file.id);
    let got = client
        .retrieve_file()
        .file_id(file.id.as_str())
        .send()
        .await
        .unwrap();
    assert_eq!(got.into_inner(), file);
    let content = client
        .download_file()
        .file_id(file.id.as_str())
        .send()
        .await
        .unwrap();
    let bytes: Vec<u8> = content
        .into_inner()
        .into_inner()
        .map(|b| b.unwrap().to_vec())
        .concat()
        .await;
    assert_eq!(bytes, b"# Notes\n");
    assert!(
        client
            .delete_file()
            .file_id(file.id.as_str())
            .send()
            .await
            .unwrap()
            .into_inner()
            .deleted
    );
    let request_expiring: types::CreateFileRequest = body(json!({"file": "x", "purpose": "vision",
        "expires_after": {"anchor": "created_at", "seconds": 3600}}));
    let expiring = client
        .create_file(&request_expiring, ("x.txt", Vec::new()))
        .await
        .unwrap()
        .into_inner();
    // `expires_after` went as `expires_after[anchor]` and `expires_after[seconds]` parts.
    assert_eq!(expiring.expires_at, Some(expiring.created_at + 3600));

    // Vector stores: a store over an uploaded file, processed in the background, then searched.
    let request: types::CreateFileRequest = body(json!({"file": "x", "purpose": "assistants"}));
    let doc = client
        .create_file(
            &request,
            ("returns.md", b"Returns within 30 days.".to_vec()),
        )
        .await
        .unwrap()
        .into_inner();
    let store = client
        .create_vector_store()
        .body(body::<types::CreateVectorStoreRequest>(
            json!({"name": "docs", "file_ids": [doc.id]}),
        ))
        .send()
        .await
        .unwrap()
        .into_inner();
    let sid = store.id.to_string();
    let mut status = types::VectorStoreFileObjectStatus::InProgress;
    for _ in 0..100 {
        status = client
            .get_vector_store_file()
            .vector_store_id(sid.as_str())
            .file_id(doc.id.as_str())
            .send()
            .await
            .unwrap()
            .into_inner()
            .status;
        if status != types::VectorStoreFileObjectStatus::InProgress {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(status, types::VectorStoreFileObjectStatus::Completed);
    let listed = client
        .list_vector_stores()
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(listed.data[0].id, store.id);
    let renamed = client
        .modify_vector_store()
        .vector_store_id(sid.as_str())
        .body(body::<types::UpdateVectorStoreRequest>(
            json!({"name": "renamed"}),
        ))
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        (renamed.name.as_str(), renamed.file_counts.completed),
        ("renamed", 1)
    );
    let found = client
        .search_vector_store()
        .vector_store_id(sid.as_str())
        .body(body::<types::VectorStoreSearchRequest>(
            json!({"query": "returns days", "filters": {"type": "ne", "key": "lang", "value": "de"}}),
        ))
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(found.data[0].file_id, doc.id.to_string());
    let added = client
        .create_vector_store_file()
        .vector_store_id(sid.as_str())
        .body(body::<types::CreateVectorStoreFileRequest>(
            json!({"file_id": doc.id}),
        ))
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(added.status, types::VectorStoreFileObjectStatus::Completed);
    let files = client
        .list_vector_store_files()
        .vector_store_id(sid.as_str())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(files.data.len(), 1);
    let updated = client
        .update_vector_store_file_attributes()
        .vector_store_id(sid.as_str())
        .file_id(doc.id.as_str())
        .body(body::<types::UpdateVectorStoreFileAttributesRequest>(
            json!({"attributes": {"lang": "en"}}),
        ))
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(json!(updated.attributes), json!({"lang": "en"}));
    let content = client
        .retrieve_vector_store_file_content()
        .vector_store_id(sid.as_str())
        .file_id(doc.id.as_str())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(content.data[0].text, "Returns within 30 days.");
    let other = client
        .create_file(
            &request,
            ("shipping.md", b"Parcels ship in two days.".to_vec()),
        )
        .await
        .unwrap()
        .into_inner();
    let batch = client
        .create_vector_store_file_batch()
        .vector_store_id(sid.as_str())
        .body(body::<types::CreateVectorStoreFileBatchRequest>(
            json!({"file_ids": [other.id]}),
        ))
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(batch.file_counts.total, 1);
    let bid = batch.id.to_string();
    let again = client
        .get_vector_store_file_batch()
        .vector_store_id(sid.as_str())
        .batch_id(bid.as_str())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(again.id, batch.id);
    let in_batch = client
        .list_files_in_vector_store_batch()
        .vector_store_id(sid.as_str())
        .batch_id(bid.as_str())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(in_batch.data[0].id, other.id.to_string());
    let cancelled = client
        .cancel_vector_store_file_batch()
        .vector_store_id(sid.as_str())
        .batch_id(bid.as_str())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(cancelled.file_counts.in_progress, 0);
    assert!(
        client
            .delete_vector_store_file()
            .vector_store_id(sid.as_str())
            .file_id(doc.id.as_str())
            .send()
            .await
            .unwrap()
            .into_inner()
            .deleted
    );
    assert!(
        client
            .delete_vector_store()
            .vector_store_id(sid.as_str())
            .send()
            .await
            .unwrap()
            .into_inner()
            .deleted
    );
}
