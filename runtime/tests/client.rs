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
        client.get_health().await.unwrap().into_inner().status,
        types::HealthStatus::Ok
    );
    let ready = client.get_readiness().await.unwrap().into_inner();
    assert_eq!(ready.status, types::ReadinessStatus::Ready);
    assert!(ready.checks.contains_key("storage"));
    let metrics = client.get_metrics().await.unwrap().into_inner();
    let bytes: Vec<u8> = metrics
        .into_inner()
        .map(|b| b.unwrap().to_vec())
        .concat()
        .await;
    assert!(String::from_utf8(bytes)
        .unwrap()
        .contains("lukhas_http_requests_total"));

    // Models, including an id with a slash.
    let models = client.list_models().await.unwrap().into_inner();
    assert!(models.data.iter().any(|m| m.id == "lukhas-matriz"));
    let slash: types::RetrieveModelModel = "org/echo-slash".parse().unwrap();
    assert_eq!(
        client.retrieve_model(&slash).await.unwrap().into_inner().id,
        "org/echo-slash"
    );
    let missing: types::RetrieveModelModel = "no-such-model".parse().unwrap();
    match client.retrieve_model(&missing).await {
        Err(Error::ErrorResponse(e)) => {
            assert_eq!(e.status().as_u16(), 404);
            assert_eq!(e.error.code.as_deref(), Some("model_not_found"));
        }
        other => panic!("expected a 404, got {other:?}"),
    }

    // Responses, whole and streamed.
    let req: types::CreateResponseRequest = body(json!({"model": "echo", "input": "Rust says hi"}));
    let r = client.create_response(&req).await.unwrap().into_inner();
    assert_eq!(r.output[0].content[0].text, "Rust says hi");
    let mut events = client.create_response_stream(&req).await.unwrap();
    let mut kinds = Vec::new();
    while let Some(e) = events.next().await {
        let e = serde_json::to_value(e.unwrap()).unwrap();
        kinds.push(e["type"].as_str().unwrap().to_string());
    }
    assert_eq!(kinds.first().map(String::as_str), Some("response.created"));
    assert_eq!(kinds.last().map(String::as_str), Some("response.completed"));

    // Chat, whole and streamed.
    let req: types::CreateChatCompletionRequest = body(json!({
        "model": "echo", "messages": [{"role": "user", "content": "chat from rust"}]
    }));
    let c = client
        .create_chat_completion(&req)
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
    let req: types::CreateEmbeddingRequest =
        body(json!({"model": "text-embedding-minilm", "input": ["a b", "c d"], "dimensions": 8}));
    let e = client.create_embedding(&req).await.unwrap().into_inner();
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
    let d = client.create_dream(&req).await.unwrap().into_inner();
    assert_eq!(d.traces.len(), 2);
    assert!(d.traces[0].content.contains("quiet harbour"));
    let mut events = client.create_dream_stream(&req).await.unwrap();
    let (mut deltas, mut frames) = (0, Vec::new());
    while let Some(e) = events.next().await {
        match e.unwrap() {
            types::DreamStreamEvent::DreamStepDeltaEvent(_) => deltas += 1,
            types::DreamStreamEvent::DreamStepCompletedEvent(c) => {
                frames.push(c.trace.step.to_string())
            }
            types::DreamStreamEvent::DreamCompletedEvent(_) => frames.push("completed".into()),
            types::DreamStreamEvent::ResponseErrorEvent(e) => panic!("{e:?}"),
        }
    }
    assert_eq!(frames, ["imagine", "critique", "completed"]);
    assert!(deltas >= 2, "every step streams its text");

    // Indexes: the whole lifecycle.
    let req: types::CreateIndexRequest =
        body(json!({"name": "client-test", "metric": "dot", "dimension": 2}));
    let idx = client.create_index(&req).await.unwrap().into_inner();
    let id: types::GetIndexIndexId = idx.id.parse().unwrap();
    assert_eq!(
        client.get_index(&id).await.unwrap().into_inner().name,
        "client-test"
    );
    let page = client.list_indexes(None, None).await.unwrap().into_inner();
    assert!(page.data.iter().any(|i| i.id == idx.id));
    let up: types::UpsertVectorsRequest = body(json!({"vectors": [
        {"id": "a", "vector": [1.0, 0.0], "metadata": {"k": "x"}},
        {"id": "b", "vector": [0.0, 1.0]}
    ]}));
    let uid: types::UpsertVectorsIndexId = idx.id.parse().unwrap();
    assert_eq!(
        client
            .upsert_vectors(&uid, &up)
            .await
            .unwrap()
            .into_inner()
            .upserted_count,
        2
    );
    let sid: types::SearchIndexIndexId = idx.id.parse().unwrap();
    let q: types::SearchIndexRequest = body(json!({"vector": [0.9, 0.1], "k": 1}));
    let hits = client.search_index(&sid, &q).await.unwrap().into_inner();
    assert_eq!(hits.data[0].id, "a");
    let did: types::DeleteVectorIndexId = idx.id.parse().unwrap();
    let vid: types::DeleteVectorVectorId = "a".parse().unwrap();
    assert!(
        client
            .delete_vector(&did, &vid)
            .await
            .unwrap()
            .into_inner()
            .deleted
    );
    let xid: types::DeleteIndexIndexId = idx.id.parse().unwrap();
    assert!(
        client
            .delete_index(&xid)
            .await
            .unwrap()
            .into_inner()
            .deleted
    );
    match client.get_index(&id).await {
        Err(Error::ErrorResponse(e)) => assert_eq!(e.status().as_u16(), 404),
        other => panic!("a deleted index must be gone, got {other:?}"),
    }
}
