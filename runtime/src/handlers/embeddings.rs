//! `POST /v1/embeddings`.

use super::typed;
use crate::app::App;
use crate::config::Capability;
use crate::engine::{normalize, EmbedInput};
use base64::Engine as _;
use lukhas_api::operations::create_embedding;
use lukhas_api::support::ApiError;
use lukhas_api::types::{
    CreateEmbeddingRequest, CreateEmbeddingRequestEncodingFormat, EmbeddingInput,
};
use serde_json::{json, Value};

fn inputs(input: &EmbeddingInput) -> Vec<EmbedInput> {
    let ids = |v: &Vec<u64>| EmbedInput::Tokens(v.iter().map(|&t| t as i64).collect());
    match input {
        EmbeddingInput::Variant0(s) => vec![EmbedInput::Text(s.clone())],
        EmbeddingInput::Variant1(v) => v.iter().cloned().map(EmbedInput::Text).collect(),
        EmbeddingInput::Variant2(v) => vec![ids(v)],
        EmbeddingInput::Variant3(v) => v.iter().map(ids).collect(),
    }
}

/// Truncates to `dimensions` (then re-normalises, as OpenAI's shortened embeddings are). A
/// vector already that short is left as it is: `dimensions` is an upper bound, which keeps a
/// schema-valid request valid whatever the model's size.
pub fn shorten(mut v: Vec<f32>, dimensions: Option<usize>) -> Vec<f32> {
    if let Some(d) = dimensions.filter(|d| *d < v.len()) {
        v.truncate(d);
        normalize(&mut v);
    }
    v
}

/// Little-endian float32 bytes in standard base64: what the OpenAI SDKs decode.
pub fn to_base64(v: &[f32]) -> String {
    let bytes: Vec<u8> = v.iter().flat_map(|x| x.to_le_bytes()).collect();
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

pub async fn create(
    app: &App,
    body: CreateEmbeddingRequest,
) -> Result<create_embedding::Response, ApiError> {
    let model = app
        .registry
        .resolve(Some(body.model.as_str()), Capability::Embedding, "model")?;
    let out = model.embed(inputs(&body.input)).await?;
    let dimensions = body.dimensions.map(|d| d.get() as usize);
    let base64 = matches!(
        body.encoding_format,
        CreateEmbeddingRequestEncodingFormat::Base64
    );
    let data: Vec<Value> = out
        .vectors
        .into_iter()
        .enumerate()
        .map(|(index, v)| {
            let v = shorten(v, dimensions);
            let embedding = if base64 {
                json!(to_base64(&v))
            } else {
                json!(v)
            };
            json!({"object": "embedding", "index": index, "embedding": embedding})
        })
        .collect();
    Ok(create_embedding::Response::Ok(typed(json!({
        "object": "list",
        "data": data,
        "model": model.id(),
        "usage": {"prompt_tokens": out.tokens, "total_tokens": out.tokens},
    }))?))
}
