//! `generated/api` (crate `lukhas-api`): typed models, per-operation request and response types,
//! one trait per tag and the axum router. Only what varies with the spec is generated; decoding,
//! validation, error mapping and SSE framing live in the `lukhas-api-support` crate.
//!
//! Per operation (`operations::<snake_id>`): `INFO` (what the support code needs to know),
//! `Request` (path and query parameters, body, headers) and `Response`, one variant per documented
//! answer that is not the error envelope. A tag's trait has one method per operation returning
//! `Result<Response, ApiError>`; a handler that builds the wrong type does not compile.

use crate::naming::{pascal, snake, status_variant};
use anyhow::Result;
use lukhas_spec::document::{ref_name, Operation, Param, Spec, ERROR_SCHEMA};
use lukhas_spec::schema;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// Files of the crate, relative to `generated/api`, without headers.
pub fn emit(spec: &Spec, types: TokenStream) -> Result<BTreeMap<String, String>> {
    let mut files = BTreeMap::new();
    files.insert("src/types.rs".into(), crate::rust_file(quote! { #types })?);
    files.insert("src/schemas.json".into(), schemas_json(spec)?);
    files.insert("src/lib.rs".into(), crate::rust_file(lib(spec))?);
    Ok(files)
}

/// `{"<operationId>": {"params": <schema>, "body": <schema>}}` for the request validators.
fn schemas_json(spec: &Spec) -> Result<String> {
    let mut doc = Map::new();
    for op in &spec.operations {
        let mut parts = Map::new();
        if !op.params.is_empty() {
            let mut props = Map::new();
            for location in ["path", "query"] {
                let declared: Vec<&Param> = op
                    .params
                    .iter()
                    .filter(|p| p.location == location)
                    .collect();
                let properties: Map<String, Value> = declared
                    .iter()
                    .map(|p| (p.name.clone(), schema::convert(spec.deref(&p.schema))))
                    .collect();
                let required: Vec<&str> = declared
                    .iter()
                    .filter(|p| p.required)
                    .map(|p| p.name.as_str())
                    .collect();
                props.insert(
                    location.into(),
                    json!({"type": "object", "properties": properties, "required": required}),
                );
            }
            parts.insert(
                "params".into(),
                json!({
                    "$schema": "https://json-schema.org/draft/2020-12/schema",
                    "type": "object",
                    "properties": props,
                }),
            );
        }
        if let Some(body) = &op.body {
            parts.insert("body".into(), schema::bundle(spec, &body.schema));
        }
        if !parts.is_empty() {
            doc.insert(op.id.clone(), Value::Object(parts));
        }
    }
    let mut text = serde_json::to_string_pretty(&Value::Object(doc))?;
    text.push('\n');
    Ok(text)
}

fn doc_lines(text: &str) -> TokenStream {
    let lines = text.trim().lines().map(|l| format!(" {l}"));
    quote! { #( #[doc = #lines] )* }
}

/// The Rust type of a parameter and its `ParamType`.
fn param_type(spec: &Spec, p: &Param) -> (TokenStream, TokenStream) {
    match spec.deref(&p.schema).get("type").and_then(Value::as_str) {
        Some("integer") => (quote!(i64), quote!(Integer)),
        Some("number") => (quote!(f64), quote!(Number)),
        Some("boolean") => (quote!(bool), quote!(Boolean)),
        _ => (quote!(String), quote!(String)),
    }
}

fn default_json(spec: &Spec, p: &Param) -> Option<String> {
    spec.deref(&p.schema).get("default").map(|d| d.to_string())
}

/// Is `r`'s JSON body the error envelope?
fn is_error(r: &lukhas_spec::document::ResponseSpec) -> bool {
    r.media
        .iter()
        .any(|m| m.is_json() && ref_name(&m.schema) == Some(ERROR_SCHEMA))
}

enum Payload {
    Json(TokenStream),
    Sse(TokenStream, Option<String>),
    Text(String),
    Binary(String),
    Empty,
}

struct Variant {
    ident: proc_macro2::Ident,
    status: u16,
    payload: Payload,
    doc: String,
}

/// Every documented answer that is not the error envelope.
fn variants(op: &Operation) -> Vec<Variant> {
    let mut out = Vec::new();
    for r in op.responses.iter().filter(|r| !is_error(r)) {
        let base = status_variant(r.status);
        if r.media.is_empty() {
            out.push(Variant {
                ident: format_ident!("{base}"),
                status: r.status,
                payload: Payload::Empty,
                doc: format!("{}: {}", r.status, r.description),
            });
        }
        let several = r.media.len() > 1;
        for m in &r.media {
            let name = || format_ident!("{}", ref_name(&m.schema).unwrap_or("Value"));
            let (suffix, payload) = if m.is_sse() {
                let name = name();
                (
                    "EventStream",
                    Payload::Sse(quote!(types::#name), m.sse_terminator.clone()),
                )
            } else if m.is_json() {
                let name = name();
                ("", Payload::Json(quote!(types::#name)))
            } else if m.is_binary() {
                (
                    if several { "Binary" } else { "" },
                    Payload::Binary(m.content_type.clone()),
                )
            } else {
                (
                    if several { "Text" } else { "" },
                    Payload::Text(m.content_type.clone()),
                )
            };
            out.push(Variant {
                ident: format_ident!("{base}{suffix}"),
                status: r.status,
                payload,
                doc: format!("{} {}: {}", r.status, m.content_type, r.description),
            });
        }
    }
    out
}

fn operation_module(spec: &Spec, op: &Operation) -> TokenStream {
    let module = format_ident!("{}", snake(&op.id));
    let (id, path, tag) = (&op.id, &op.path, &op.tag);
    let method = op.method.to_uppercase();
    let summary_doc = doc_lines(&format!("`{method} {path}`: {}", op.summary));
    let scopes = &op.scopes;
    let scopes = if op.secured {
        quote!(Some(&[#(#scopes),*]))
    } else {
        quote!(None)
    };
    let params = op.path_params().chain(op.query_params()).map(|p| {
        let name = &p.name;
        let location = format_ident!("{}", pascal(&p.location));
        let (_, ty) = param_type(spec, p);
        let default = match default_json(spec, p) {
            Some(d) => quote!(Some(#d)),
            None => quote!(None),
        };
        quote! { ParamInfo { name: #name, location: Location::#location, ty: ParamType::#ty, default: #default } }
    });
    let body_info = match &op.body {
        None => quote!(BodyInfo::None),
        Some(b) if b.required => quote!(BodyInfo::Required),
        Some(_) => quote!(BodyInfo::Optional),
    };
    let errors = op
        .responses
        .iter()
        .filter(|r| is_error(r))
        .map(|r| r.status);
    let form = match op.body.as_ref().filter(|b| b.form) {
        Some(b) => {
            let fields = b.form_fields.iter().map(|f| {
                let (name, file) = (&f.name, f.file);
                let ty = format_ident!("{}", pascal(f.ty));
                quote! { FormField { name: #name, ty: ParamType::#ty, file: #file } }
            });
            quote!(Some(&[#(#fields),*]))
        }
        None => quote!(None),
    };

    let mut fields = Vec::new();
    for p in op.path_params().chain(op.query_params()) {
        let ident = format_ident!("{}", snake(&p.name));
        let name = &p.name;
        let (ty, _) = param_type(spec, p);
        let doc = doc_lines(&format!("`{}` ({}): {}", p.name, p.location, p.description));
        let ty = if p.required || default_json(spec, p).is_some() {
            ty
        } else {
            quote!(Option<#ty>)
        };
        fields.push(quote! { #doc #[serde(rename = #name)] pub #ident: #ty, });
    }
    if let Some(body) = &op.body {
        let ty = format_ident!("{}", ref_name(&body.schema).unwrap_or_default());
        let ty = if body.required {
            quote!(types::#ty)
        } else {
            quote!(Option<types::#ty>)
        };
        if body.form {
            fields.push(quote! {
                /// The form's fields (a file part as its file name), validated against the spec.
                pub body: #ty,
                /// The form's file parts.
                #[serde(skip)]
                pub uploads: Uploads,
            });
        } else {
            fields.push(quote! {
                /// The JSON body, validated against the spec.
                pub body: #ty,
            });
        }
    }
    let set_uploads = op.body.as_ref().filter(|b| b.form).map(|_| {
        quote! {
            fn set_uploads(&mut self, uploads: Uploads) {
                self.uploads = uploads;
            }
        }
    });

    let variants = variants(op);
    let variant_defs = variants.iter().map(|v| {
        let ident = &v.ident;
        let doc = doc_lines(&v.doc);
        match &v.payload {
            Payload::Json(ty) => quote! { #doc #ident(#ty), },
            Payload::Sse(ty, _) => quote! { #doc #ident(EventStream<#ty>), },
            Payload::Text(_) => quote! { #doc #ident(String), },
            Payload::Binary(_) => quote! { #doc #ident(axum::body::Bytes), },
            Payload::Empty => quote! { #doc #ident, },
        }
    });
    let arms = variants.iter().map(|v| {
        let ident = &v.ident;
        let status = v.status;
        match &v.payload {
            Payload::Json(_) => quote! { Self::#ident(body) => json(#status, &body), },
            Payload::Sse(_, t) => {
                let t = match t {
                    Some(t) => quote!(Some(#t)),
                    None => quote!(None),
                };
                quote! { Self::#ident(events) => sse(events, #t), }
            }
            Payload::Text(ct) => quote! { Self::#ident(body) => text(#status, #ct, body), },
            Payload::Binary(ct) => quote! { Self::#ident(body) => binary(#status, #ct, body), },
            Payload::Empty => quote! { Self::#ident => respond::status(#status).into_response(), },
        }
    });

    quote! {
        #summary_doc
        pub mod #module {
            use crate::support::*;
            #[allow(unused_imports)]
            use crate::types;
            use axum::response::IntoResponse;

            pub static INFO: OperationInfo = OperationInfo {
                id: #id,
                method: #method,
                path: #path,
                tag: #tag,
                scopes: #scopes,
                params: &[#(#params),*],
                body: #body_info,
                form: #form,
                errors: &[#(#errors),*],
                schemas: &crate::SCHEMAS,
            };

            /// The request, decoded and validated against the spec.
            #[derive(serde::Deserialize)]
            pub struct Request {
                #(#fields)*
                /// Every request header.
                #[serde(skip)]
                pub headers: http::HeaderMap,
            }

            /// One variant per documented answer; errors are `ApiError`s.
            #[derive(Debug)]
            pub enum Response {
                #(#variant_defs)*
            }

            impl IntoResponse for Response {
                fn into_response(self) -> axum::response::Response {
                    match self {
                        #(#arms)*
                    }
                }
            }

            impl Operation for Request {
                type Response = Response;
                fn info() -> &'static OperationInfo {
                    &INFO
                }
                fn set_headers(&mut self, headers: http::HeaderMap) {
                    self.headers = headers;
                }
                #set_uploads
            }
        }
    }
}

/// The trait of one tag: one method per operation.
fn tag_trait(name: &str, description: &str, ops: &[&Operation]) -> TokenStream {
    let ident = format_ident!("{}", pascal(name));
    let doc = doc_lines(&format!("`{name}`: {description}"));
    let secured = ops.iter().any(|o| o.secured);
    let supertrait = if secured {
        quote!(Authenticate)
    } else {
        quote!(Send + Sync + 'static)
    };
    let methods = ops.iter().map(|op| {
        let f = format_ident!("{}", snake(&op.id));
        let m = format_ident!("{}", snake(&op.id));
        let doc = doc_lines(&format!(
            "`{} {}`: {}\n\n{}",
            op.method.to_uppercase(),
            op.path,
            op.summary,
            op.description
        ));
        let principal = op.secured.then(|| quote!(principal: Self::Principal,));
        quote! {
            #doc
            fn #f(&self, #principal request: operations::#m::Request)
                -> impl Future<Output = Result<operations::#m::Response, ApiError>> + Send;
        }
    });
    quote! {
        #doc
        pub trait #ident: #supertrait {
            #(#methods)*
        }
    }
}

fn handler(op: &Operation) -> TokenStream {
    let f = format_ident!("{}", snake(&op.id));
    let call = if op.secured {
        quote! { support::secured(&*api, request, |principal, r: operations::#f::Request| api.#f(principal, r)).await }
    } else {
        quote! { support::public(request, |r: operations::#f::Request| api.#f(r)).await }
    };
    quote! {
        async fn #f<A: Api>(State(api): State<Arc<A>>, request: axum::extract::Request) -> axum::response::Response {
            #call
        }
    }
}

fn lib(spec: &Spec) -> TokenStream {
    let modules = spec.operations.iter().map(|op| operation_module(spec, op));
    let handlers = spec.operations.iter().map(handler);
    let infos = spec.operations.iter().map(|op| {
        let m = format_ident!("{}", snake(&op.id));
        quote! { &operations::#m::INFO }
    });
    let tags = spec.tags();
    let mut by_tag: Vec<(String, String, Vec<&Operation>)> = Vec::new();
    for (name, description) in &tags {
        let ops: Vec<&Operation> = spec.operations.iter().filter(|o| &o.tag == name).collect();
        if !ops.is_empty() {
            by_tag.push((name.clone(), description.clone(), ops));
        }
    }
    let traits = by_tag.iter().map(|(n, d, ops)| tag_trait(n, d, ops));
    let trait_idents: Vec<_> = by_tag
        .iter()
        .map(|(n, _, _)| format_ident!("{}", pascal(n)))
        .collect();

    // One route per path, with every method the spec declares and a 405 for the rest.
    let mut by_path: BTreeMap<String, Vec<&Operation>> = BTreeMap::new();
    for op in &spec.operations {
        by_path.entry(op.path.clone()).or_default().push(op);
    }
    let routes = by_path.iter().map(|(path, ops)| {
        let axum_path = path
            .split('/')
            .map(
                |seg| match seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                    Some(name)
                        if ops
                            .iter()
                            .any(|o| o.params.iter().any(|p| p.name == name && p.greedy)) =>
                    {
                        format!("{{*{name}}}")
                    }
                    _ => seg.to_string(),
                },
            )
            .collect::<Vec<_>>()
            .join("/");
        let mut chain = quote! { MethodRouter::new() };
        for op in ops {
            let method = format_ident!("{}", op.method);
            let f = format_ident!("{}", snake(&op.id));
            chain = quote! { #chain.#method(#f::<A>) };
        }
        let allow = ops
            .iter()
            .map(|o| o.method.to_uppercase())
            .collect::<Vec<_>>()
            .join(", ");
        quote! {
            .route(#axum_path, #chain.fallback(|| async { support::method_not_allowed(#allow) }))
        }
    });
    let title = spec.title();
    let version = spec.version();

    quote! {
        //! Server stubs for the LUKHAS façade API: implement each tag's trait (and
        //! [`support::Authenticate`]) and serve [`router`].
        #![allow(clippy::all, clippy::pedantic)]

        // typify emits its generic default helpers (`defaults::default_i64`, ...) whether a type
        // uses them or not.
        #[allow(dead_code)]
        pub mod types;
        pub use lukhas_api_support as support;

        use axum::extract::State;
        use axum::routing::MethodRouter;
        use std::future::Future;
        use std::sync::Arc;
        use support::{ApiError, Authenticate, OperationInfo};

        /// The spec's title and version.
        pub const API_TITLE: &str = #title;
        pub const API_VERSION: &str = #version;

        /// JSON Schemas of every operation's parameters and body, derived from the spec.
        pub static SCHEMAS: support::Schemas = support::Schemas::new(include_str!("schemas.json"));

        /// Every operation in the spec, in document order.
        pub static OPERATIONS: &[&OperationInfo] = &[#(#infos),*];

        /// Per-operation request and response types.
        pub mod operations {
            #(#modules)*
        }

        #(#traits)*

        /// Everything a server implements: every tag's trait.
        pub trait Api: Authenticate #(+ #trait_idents)* {}
        impl<T: Authenticate #(+ #trait_idents)*> Api for T {}

        /// The axum router for `api`: every path and method of the spec, `404` for unknown paths
        /// and `405` (with `Allow`) for undeclared methods, all in the OpenAI error envelope.
        pub fn router<A: Api>(api: Arc<A>) -> axum::Router {
            // Compiled now rather than on the first request (a server checks `SCHEMAS.compile()` at
            // start-up to report a failure; the generator and a test compile them too).
            let _ = SCHEMAS.compile();
            axum::Router::new()
                #(#routes)*
                .fallback(support::not_found)
                .with_state(api)
        }

        #(#handlers)*
    }
}
