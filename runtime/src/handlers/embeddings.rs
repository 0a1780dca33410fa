//! `POST /v1/embeddings`.

use crate::auth::Principal;
use crate::config::Capability;
use crate::engine::{normalize, EmbedInput};
use crate::state::App;
use base64::Engine as _;
use lukhas_api::operations::create_embedding;
use lukhas_api::support::ApiError;
use lukhas_api::types::{
    self, CreateEmbeddingRequestEncodingFormat as Format, EmbeddingEmbedding, EmbeddingInput,
};

fn inputs(input: &EmbeddingInput) -> Vec<EmbedInput> {
    let ids = |v: &Vec<types::TokenId>| EmbedInput::Tokens(v.iter().map(|t| t.0).collect());
    match input {
        EmbeddingInput::Text(s) => vec![EmbedInput::Text(s.clone())],
        EmbeddingInput::Texts(v) => v.iter().cloned().map(EmbedInput::Text).collect(),
        EmbeddingInput::Tokens(v) => vec![ids(v)],
        EmbeddingInput::TokenArrays(v) => v.iter().map(ids).collect(),
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

impl lukhas_api::Embeddings for App {
    async fn create_embedding(
        &self,
        _: Principal,
        request: create_embedding::Request,
    ) -> Result<create_embedding::Response, ApiError> {
        let body = request.body;
        let model =
            self.registry
                .resolve(Some(body.model.as_str()), Capability::Embedding, "model")?;
        let out = model.embed(inputs(&body.input)).await?;
        let dimensions = body.dimensions.map(|d| d.get() as usize);
        let data = out
            .vectors
            .into_iter()
            .enumerate()
            .map(|(index, v)| {
                let v = shorten(v, dimensions);
                types::Embedding {
                    object: types::EmbeddingObject::Embedding,
                    index: index as u64,
                    embedding: match body.encoding_format {
                        Format::Base64 => EmbeddingEmbedding::String(to_base64(&v)),
                        Format::Float => {
                            EmbeddingEmbedding::Array(v.into_iter().map(f64::from).collect())
                        }
                    },
                }
            })
            .collect();
        let tokens = u64::from(out.tokens);
        Ok(create_embedding::Response::Ok(
            types::CreateEmbeddingResponse {
                object: types::CreateEmbeddingResponseObject::List,
                data,
                model: model.id().to_string(),
                usage: types::EmbeddingUsage {
                    prompt_tokens: tokens,
                    total_tokens: tokens,
                },
            },
        ))
    }
}
