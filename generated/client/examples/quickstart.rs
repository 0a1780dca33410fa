// generated, do not edit: run `make generate (cargo run -p lukhas-codegen -- generate)` after editing spec/lukhas-openai.yaml

//! Lists the models, embeds two texts and streams a response. Against a running server:
//! `LUKHAS_API_KEY=lk-... cargo run -p lukhas-client --example quickstart`.

use futures::StreamExt;
use lukhas_client::{types, Client};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base = std::env::var("LUKHAS_BASE_URL").unwrap_or_else(|_| "http://127.0.0.1:8000".into());
    // The key is sent as `Authorization: Bearer ...` on every request.
    let client = Client::with_api_key(&base, &std::env::var("LUKHAS_API_KEY")?)?;

    let models = client.list_models().send().await?.into_inner();
    for model in &models.data {
        println!("model: {}", model.id);
    }

    // Request bodies have builders; every field is checked against the spec when sent.
    let embeddings = client
        .create_embedding()
        .body(
            types::CreateEmbeddingRequest::builder()
                .model("text-embedding-minilm")
                .input(vec![
                    "reset my password".to_string(),
                    "I forgot my password".to_string(),
                ]),
        )
        .send()
        .await?
        .into_inner();
    println!("{} embeddings", embeddings.data.len());

    // Streaming operations have typed helpers: the events arrive as the spec's enum.
    let request: types::CreateResponseRequest = types::CreateResponseRequest::builder()
        .model(Some("lukhas-matriz".parse()?))
        .input(types::ResponseInput::String(
            "Write one sentence about the sea.".into(),
        ))
        .try_into()?;
    let mut events = client.create_response_stream(&request).await?;
    while let Some(event) = events.next().await {
        if let types::ResponseStreamEvent::ResponseOutputTextDelta { delta, .. } = event? {
            print!("{delta}");
        }
    }
    println!();
    Ok(())
}
