//! `generated/client` (crate `lukhas-client`): progenitor's typed client, plus a constructor that
//! sets the bearer key once and typed streaming helpers for the operations that answer
//! `text/event-stream` (progenitor reads those as raw bytes).

use crate::naming::snake;
use anyhow::Result;
use lukhas_spec::document::{ref_name, Spec};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::collections::BTreeMap;

/// Files of the crate, relative to `generated/client`, without headers.
pub fn emit(spec: &Spec, progenitor_tokens: TokenStream) -> Result<BTreeMap<String, String>> {
    let mut files = BTreeMap::new();
    let helpers = helpers(spec);
    let lib = quote! {
        //! Rust client for the LUKHAS façade API. See the crate README for use.
        #![allow(clippy::all, clippy::pedantic, unused_imports, dead_code, mismatched_lifetime_syntaxes)]

        #progenitor_tokens

        #helpers
    };
    files.insert("src/lib.rs".into(), crate::rust_file(lib)?);
    Ok(files)
}

fn helpers(spec: &Spec) -> TokenStream {
    let streaming = spec.operations.iter().filter_map(|op| {
        let response = op.responses.iter().find(|r| r.is_success())?;
        let sse = response.media.iter().find(|m| m.is_sse())?;
        let event = format_ident!("{}", ref_name(&sse.schema)?);
        let body = op.body.as_ref()?;
        let body_ty = format_ident!("{}", ref_name(&body.schema)?);
        let f = format_ident!("{}_stream", snake(&op.id));
        let method = format_ident!("{}", op.method);
        let path = &op.path;
        let terminator = match &sse.sse_terminator {
            Some(t) => quote!(Some(#t)),
            None => quote!(None),
        };
        let doc = format!(
            " `{} {}` with `stream: true`: {} The events arrive typed, in order.",
            op.method.to_uppercase(),
            op.path,
            op.summary
        );
        // Path parameters are not used by any streaming operation today; keep the helper honest.
        if op.path_params().next().is_some() {
            return None;
        }
        Some(quote! {
            #[doc = #doc]
            pub async fn #f(
                &self,
                body: &types::#body_ty,
            ) -> Result<EventStream<types::#event>, Error<types::ErrorResponse>> {
                let mut value = serde_json::to_value(body)
                    .map_err(|e| Error::InvalidRequest(e.to_string()))?;
                value["stream"] = serde_json::Value::Bool(true);
                let url = format!("{}{}", self.baseurl, #path);
                let response = self
                    .client
                    .#method(url)
                    .header(reqwest::header::ACCEPT, "text/event-stream")
                    .json(&value)
                    .send()
                    .await
                    .map_err(Error::CommunicationError)?;
                open_event_stream(response, #terminator).await
            }
        })
    });
    let uploads = spec.operations.iter().filter_map(upload_helper);
    quote! {
        impl Client {
            /// A client for `baseurl` that sends `Authorization: Bearer <api_key>` on every request.
            pub fn with_api_key(baseurl: &str, api_key: &str) -> Result<Self, Error<()>> {
                let mut value = reqwest::header::HeaderValue::from_str(&format!("Bearer {api_key}"))
                    .map_err(|e| Error::InvalidRequest(e.to_string()))?;
                value.set_sensitive(true);
                let mut headers = reqwest::header::HeaderMap::new();
                headers.insert(reqwest::header::AUTHORIZATION, value);
                let client = reqwest::Client::builder()
                    .default_headers(headers)
                    .connect_timeout(std::time::Duration::from_secs(15))
                    .build()
                    .map_err(Error::CommunicationError)?;
                Ok(Self::new_with_client(baseurl, client))
            }

            #(#streaming)*

            #(#uploads)*
        }

        /// Adds a typed form body's fields as text parts (an object's members as `name[member]`);
        /// file fields are skipped (their bytes are separate parts).
        fn form_fields(
            mut form: reqwest::multipart::Form,
            body: &impl serde::Serialize,
            files: &[&str],
        ) -> Result<reqwest::multipart::Form, Error<types::ErrorResponse>> {
            let text = |v: &serde_json::Value| match v {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let value = serde_json::to_value(body).map_err(|e| Error::InvalidRequest(e.to_string()))?;
            for (name, v) in value.as_object().into_iter().flatten() {
                match v {
                    _ if files.contains(&name.as_str()) => {}
                    serde_json::Value::Null => {}
                    serde_json::Value::Object(members) => {
                        for (member, m) in members {
                            form = form.text(format!("{name}[{member}]"), text(m));
                        }
                    }
                    other => form = form.text(name.clone(), text(other)),
                }
            }
            Ok(form)
        }

        /// A typed server-sent-event stream.
        pub type EventStream<T> =
            std::pin::Pin<Box<dyn futures::Stream<Item = Result<T, StreamError>> + Send>>;

        /// Why a stream ended early.
        #[derive(Debug)]
        pub enum StreamError {
            /// The connection failed mid-stream.
            Transport(String),
            /// An event was not valid JSON of the documented type.
            Decode(String),
            /// The server sent an error envelope in the stream.
            Api(types::ErrorResponse),
        }

        impl std::fmt::Display for StreamError {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                match self {
                    StreamError::Transport(e) => write!(f, "stream transport error: {e}"),
                    StreamError::Decode(e) => write!(f, "stream decode error: {e}"),
                    StreamError::Api(e) => write!(f, "stream error: {}", e.error.message),
                }
            }
        }

        impl std::error::Error for StreamError {}

        async fn open_event_stream<T: serde::de::DeserializeOwned + Send + 'static>(
            response: reqwest::Response,
            terminator: Option<&'static str>,
        ) -> Result<EventStream<T>, Error<types::ErrorResponse>> {
            use futures::StreamExt;
            if !response.status().is_success() {
                return Err(
                    match ResponseValue::<types::ErrorResponse>::from_response::<types::ErrorResponse>(response).await {
                        Ok(v) => Error::ErrorResponse(v),
                        Err(e) => e,
                    },
                );
            }
            let events = eventsource_stream::EventStream::new(response.bytes_stream());
            let typed = events
                .take_while(move |e| {
                    let done = matches!(e, Ok(ev) if Some(ev.data.as_str()) == terminator);
                    futures::future::ready(!done)
                })
                .map(|e| match e {
                    Err(e) => Err(StreamError::Transport(e.to_string())),
                    Ok(ev) => match serde_json::from_str::<T>(&ev.data) {
                        Ok(v) => Ok(v),
                        Err(decode) => match serde_json::from_str::<types::ErrorResponse>(&ev.data) {
                            Ok(api) => Err(StreamError::Api(api)),
                            Err(_) => Err(StreamError::Decode(format!("{decode}: {}", ev.data))),
                        },
                    },
                });
            Ok(Box::pin(typed))
        }
    }
}

/// A method for each operation with a `multipart/form-data` body (progenitor does not write
/// forms): the typed body's fields as text parts, one `(filename, bytes)` argument per file field
/// (the body's value of that field is not sent), the typed answer or the error envelope.
fn upload_helper(op: &lukhas_spec::document::Operation) -> Option<TokenStream> {
    let body = op.body.as_ref().filter(|b| b.form)?;
    let body_ty = format_ident!("{}", ref_name(&body.schema)?);
    let response = op.responses.iter().find(|r| r.is_success())?;
    let answer = format_ident!(
        "{}",
        ref_name(&response.media.iter().find(|m| m.is_json())?.schema)?
    );
    let f = format_ident!("{}", snake(&op.id));
    let method = format_ident!("{}", op.method);
    let path = &op.path;
    let files: Vec<String> = body.file_fields();
    let args = files.iter().map(|name| {
        let a = format_ident!("{}", snake(name));
        quote!(#a: (&str, Vec<u8>),)
    });
    let parts = files.iter().map(|name| {
        let a = format_ident!("{}", snake(name));
        quote! {
            form = form.part(#name, reqwest::multipart::Part::bytes(#a.1).file_name(#a.0.to_string()));
        }
    });
    let doc = format!(
        " `{} {}` (`multipart/form-data`): {}",
        op.method.to_uppercase(),
        op.path,
        op.summary
    );
    Some(quote! {
        #[doc = #doc]
        pub async fn #f(
            &self,
            body: &types::#body_ty,
            #(#args)*
        ) -> Result<ResponseValue<types::#answer>, Error<types::ErrorResponse>> {
            let mut form = form_fields(reqwest::multipart::Form::new(), body, &[#(#files),*])?;
            #(#parts)*
            let url = format!("{}{}", self.baseurl, #path);
            let response = self
                .client
                .#method(url)
                .multipart(form)
                .send()
                .await
                .map_err(Error::CommunicationError)?;
            if response.status().is_success() {
                ResponseValue::from_response(response).await
            } else {
                Err(match ResponseValue::<types::ErrorResponse>::from_response::<types::ErrorResponse>(response).await {
                    Ok(v) => Error::ErrorResponse(v),
                    Err(e) => e,
                })
            }
        }
    })
}

/// The README's example, compiled as `examples/quickstart.rs` so that it cannot rot.
pub const EXAMPLE: &str = r#"//! Lists the models, embeds two texts and streams a response. Against a running server:
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
        .input(types::ResponseInput::String("Write one sentence about the sea.".into()))
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
"#;

/// The crate's README.
pub fn readme(spec: &Spec) -> String {
    let ops: Vec<String> = spec
        .operations
        .iter()
        .map(|op| {
            format!(
                "| `{}` | `{} {}` | {} |",
                snake(&op.id),
                op.method.to_uppercase(),
                op.path,
                op.summary
            )
        })
        .collect();
    let streaming: Vec<String> = spec
        .operations
        .iter()
        .filter(|op| {
            op.responses
                .iter()
                .any(|r| r.is_success() && r.media.iter().any(|m| m.is_sse()))
        })
        .map(|op| format!("`{}_stream`", snake(&op.id)))
        .collect();
    format!(
        r#"# lukhas-client

A typed Rust client for the {title} (v{version}), generated with
[progenitor](https://github.com/oxidecomputer/progenitor) from `spec/lukhas-openai.yaml`.

## Use

```toml
[dependencies]
lukhas-client = {{ git = "<this repository>", package = "lukhas-client" }}
# HTTPS endpoints: add `features = ["rustls"]`
```

Every operation is a method returning a request builder (`client.create_embedding().body(...)
.send()`); request and response bodies are the spec's types, and bodies have builders
(`types::CreateEmbeddingRequest::builder()`). Streaming operations have typed helpers:
{streaming}. This example is `examples/quickstart.rs`, compiled with the crate:

```rust
{example}```

Errors documented by the spec arrive as `Error::ErrorResponse` holding the OpenAI envelope
(`types::ErrorResponse`), with the status and headers.

## Operations

| method | endpoint | summary |
|---|---|---|
{ops}
"#,
        title = spec.title(),
        version = spec.version(),
        streaming = streaming.join(", "),
        example = EXAMPLE,
        ops = ops.join("\n"),
    )
}
