//! `generated/api` (crate `lukhas-api`): typed models, per-operation request and response types,
//! the `Api` trait and the axum router that validates every request against the spec.

use crate::naming::{snake, status_variant};
use crate::schema;
use crate::spec::{ref_name, Operation, Param, Spec, ERROR_SCHEMA};
use anyhow::Result;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

pub const SUPPORT: &str = include_str!("../templates/api_support.rs");

/// Files of the crate, relative to `generated/api`, without headers.
pub fn emit(spec: &Spec, types: TokenStream) -> Result<BTreeMap<String, String>> {
    let mut files = BTreeMap::new();
    files.insert("src/types.rs".into(), crate::rust_file(quote! { #types })?);
    files.insert("src/support.rs".into(), SUPPORT.to_string());
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

fn param_type(spec: &Spec, p: &Param) -> (TokenStream, TokenStream) {
    match spec.deref(&p.schema).get("type").and_then(Value::as_str) {
        Some("integer") => (quote!(i64), quote!(ParamType::Integer)),
        Some("number") => (quote!(f64), quote!(ParamType::Number)),
        Some("boolean") => (quote!(bool), quote!(ParamType::Boolean)),
        _ => (quote!(String), quote!(ParamType::String)),
    }
}

fn default_literal(spec: &Spec, p: &Param) -> Option<TokenStream> {
    let d = spec.deref(&p.schema).get("default")?;
    Some(match d {
        Value::Bool(b) => quote!(#b),
        Value::Number(n) if n.is_i64() => {
            let v = n.as_i64()?;
            quote!(#v)
        }
        Value::Number(n) => {
            let v = n.as_f64()?;
            quote!(#v)
        }
        Value::String(s) => quote!(#s.to_string()),
        _ => return None,
    })
}

enum Payload {
    Json(TokenStream),
    Error,
    Sse(TokenStream, Option<String>),
    Text(String),
    Empty,
}

struct Variant {
    ident: proc_macro2::Ident,
    status: u16,
    payload: Payload,
    doc: String,
}

fn variants(op: &Operation) -> Vec<Variant> {
    let mut out = Vec::new();
    for r in &op.responses {
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
            let name = ref_name(&m.schema).unwrap_or_default();
            let (suffix, payload) = if m.is_sse() {
                let ty = format_ident!("{name}");
                (
                    "EventStream",
                    Payload::Sse(quote!(types::#ty), m.sse_terminator.clone()),
                )
            } else if m.is_json() && name == ERROR_SCHEMA {
                ("", Payload::Error)
            } else if m.is_json() {
                let ty = format_ident!("{name}");
                ("", Payload::Json(quote!(types::#ty)))
            } else {
                let suffix = if several { "Text" } else { "" };
                (suffix, Payload::Text(m.content_type.clone()))
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
    let id = &op.id;
    let method = op.method.to_uppercase();
    let path = &op.path;
    let tag = &op.tag;
    let secured = op.secured;
    let scopes = &op.scopes;
    let summary_doc = doc_lines(&format!("`{method} {path}`: {}", op.summary));

    let mut fields = Vec::new();
    for p in op.path_params().chain(op.query_params()) {
        let ident = format_ident!("{}", snake(&p.name));
        let (ty, _) = param_type(spec, p);
        let doc = doc_lines(&format!("`{}` ({}): {}", p.name, p.location, p.description));
        let ty = if p.required || default_literal(spec, p).is_some() {
            ty
        } else {
            quote!(Option<#ty>)
        };
        fields.push(quote! { #doc pub #ident: #ty, });
    }
    if let Some(body) = &op.body {
        let ty = format_ident!("{}", ref_name(&body.schema).unwrap_or_default());
        let ty = if body.required {
            quote!(types::#ty)
        } else {
            quote!(Option<types::#ty>)
        };
        fields.push(quote! {
            /// The JSON body, validated against the spec.
            pub body: #ty,
        });
    }

    let variants = variants(op);
    let variant_defs = variants.iter().map(|v| {
        let ident = &v.ident;
        let doc = doc_lines(&v.doc);
        match &v.payload {
            Payload::Json(ty) => quote! { #doc #ident(#ty), },
            Payload::Error => quote! { #doc #ident(ApiError), },
            Payload::Sse(ty, _) => quote! { #doc #ident(EventStream<#ty>), },
            Payload::Text(_) => quote! { #doc #ident(String), },
            Payload::Empty => quote! { #doc #ident, },
        }
    });
    let arms = variants.iter().map(|v| {
        let ident = &v.ident;
        let status = v.status;
        let code = quote!(StatusCode::from_u16(#status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR));
        match &v.payload {
            Payload::Json(_) => quote! { Self::#ident(body) => json_response(#code, &body), },
            Payload::Error => quote! { Self::#ident(mut error) => { error.status = #code; error.into_response() } },
            Payload::Sse(_, terminator) => {
                let t = match terminator {
                    Some(t) => quote!(Some(#t)),
                    None => quote!(None),
                };
                quote! { Self::#ident(events) => sse_response(#code, events, #t), }
            }
            Payload::Text(ct) => quote! { Self::#ident(text) => text_response(#code, #ct, text), },
            Payload::Empty => quote! { Self::#ident => #code.into_response(), },
        }
    });
    let error_variants: Vec<&Variant> = variants
        .iter()
        .filter(|v| matches!(v.payload, Payload::Error))
        .collect();
    let from_error = error_variants
        .iter()
        .find(|v| v.status == 500)
        .map(|fallback| {
            let fallback = &fallback.ident;
            let arms = error_variants.iter().filter(|v| v.status != 500).map(|v| {
                let ident = &v.ident;
                let status = v.status;
                quote! { #status => Self::#ident(error), }
            });
            quote! {
                /// Maps an error to the variant documented for its status; an undocumented status
                /// becomes the documented 500 so the answer stays within the spec.
                impl From<ApiError> for Response {
                    fn from(error: ApiError) -> Self {
                        match error.status.as_u16() {
                            #(#arms)*
                            _ => Self::#fallback(error),
                        }
                    }
                }
            }
        });

    quote! {
        #summary_doc
        pub mod #module {
            #[allow(unused_imports)]
            use crate::support::*;
            #[allow(unused_imports)]
            use crate::types;
            use axum::http::{HeaderMap, StatusCode};
            use axum::response::IntoResponse;

            pub static INFO: OperationInfo = OperationInfo {
                id: #id,
                method: #method,
                path: #path,
                tag: #tag,
                secured: #secured,
                scopes: &[#(#scopes),*],
            };

            /// The request, decoded and validated against the spec.
            #[derive(Debug)]
            pub struct Request {
                #(#fields)*
                /// Every request header.
                pub headers: HeaderMap,
            }

            /// One variant per documented status and media type.
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

            #from_error
        }
    }
}

fn handler(spec: &Spec, op: &Operation) -> TokenStream {
    let fn_name = format_ident!("{}", snake(&op.id));
    let module = format_ident!("{}", snake(&op.id));
    let key_params = format!("{}.params", op.id);
    let key_body = format!("{}.body", op.id);

    let auth = if op.secured {
        quote! {
            let principal = match api.authenticate(&operations::#module::INFO, &parts.headers).await {
                Ok(p) => p,
                Err(e) => return e.into_response(),
            };
        }
    } else {
        quote! {}
    };

    let params = if op.params.is_empty() {
        quote! {}
    } else {
        let declared = |location: &str| {
            let items = op
                .params
                .iter()
                .filter(|p| p.location == location)
                .map(|p| {
                    let name = &p.name;
                    let (_, pt) = param_type(spec, p);
                    quote! { (#name, #pt) }
                });
            quote! { &[#(#items),*] }
        };
        let path_decl = declared("path");
        let query_decl = declared("query");
        let path_read = if op.path_params().next().is_some() {
            quote! {
                let raw_path = match path_params(&mut parts).await {
                    Ok(p) => p,
                    Err(e) => return e.into_response(),
                };
            }
        } else {
            quote! { let raw_path = Default::default(); }
        };
        quote! {
            #path_read
            let raw_query = match query_params(&parts) {
                Ok(q) => q,
                Err(e) => return e.into_response(),
            };
            let params = serde_json::json!({
                "path": params_object(&raw_path, #path_decl),
                "query": params_object(&raw_query, #query_decl),
            });
            validators().check(#key_params, &params, &mut issues);
        }
    };

    let body = match &op.body {
        None => quote! {},
        Some(b) => {
            let missing = if b.required {
                quote! {
                    issues.push(ValidationIssue {
                        param: String::new(),
                        message: "a JSON request body is required".into(),
                    });
                }
            } else {
                quote! {}
            };
            quote! {
                let body = match json_body(parts, body).await {
                    Ok(b) => b,
                    Err(e) => return e.into_response(),
                };
                match &body {
                    Some(value) => validators().check(#key_body, value, &mut issues),
                    None => { #missing }
                }
            }
        }
    };

    let mut inits = Vec::new();
    for p in op.path_params().chain(op.query_params()) {
        let ident = format_ident!("{}", snake(&p.name));
        let pointer = format!("/{}/{}", p.location, p.name);
        let value = quote! { param(&params, #pointer)? };
        let init = if p.required {
            let msg = format!("missing required parameter {pointer}");
            quote! { #value.ok_or_else(|| ApiError::invalid_request("missing_parameter", #msg).with_param(#pointer))? }
        } else if let Some(d) = default_literal(spec, p) {
            quote! { #value.unwrap_or(#d) }
        } else {
            value
        };
        inits.push(quote! { #ident: #init, });
    }
    if let Some(b) = &op.body {
        let decode = quote! {
            serde_json::from_value(value).map_err(|e| ApiError::invalid_request("invalid_value", e.to_string()))?
        };
        inits.push(if b.required {
            quote! {
                body: match body {
                    Some(value) => #decode,
                    None => return Err(ApiError::invalid_request("missing_body", "a JSON request body is required")),
                },
            }
        } else {
            quote! { body: match body { Some(value) => Some(#decode), None => None }, }
        });
    }

    let call = if op.secured {
        quote! { api.#fn_name(principal, request).await.into_response() }
    } else {
        quote! { api.#fn_name(request).await.into_response() }
    };
    let parts_mut = if op.path_params().next().is_some() {
        quote!(mut parts)
    } else {
        quote!(parts)
    };
    let body_ident = if op.body.is_some() {
        quote!(body)
    } else {
        quote!(_body)
    };

    quote! {
        async fn #fn_name<A: Api>(
            State(api): State<Arc<A>>,
            request: axum::extract::Request,
        ) -> axum::response::Response {
            let (#parts_mut, #body_ident) = request.into_parts();
            #auth
            let headers = parts.headers.clone();
            #[allow(unused_mut)]
            let mut issues: Vec<ValidationIssue> = Vec::new();
            #params
            #body
            if !issues.is_empty() {
                return ApiError::validation(issues).into_response();
            }
            let decoded = (move || -> Result<operations::#module::Request, ApiError> {
                Ok(operations::#module::Request { #(#inits)* headers })
            })();
            let request = match decoded {
                Ok(r) => r,
                Err(e) => return e.into_response(),
            };
            #call
        }
    }
}

fn lib(spec: &Spec) -> TokenStream {
    let modules = spec.operations.iter().map(|op| operation_module(spec, op));
    let handlers = spec.operations.iter().map(|op| handler(spec, op));
    let infos = spec.operations.iter().map(|op| {
        let m = format_ident!("{}", snake(&op.id));
        quote! { &operations::#m::INFO }
    });
    let methods = spec.operations.iter().map(|op| {
        let f = format_ident!("{}", snake(&op.id));
        let m = format_ident!("{}", snake(&op.id));
        let doc = doc_lines(&format!(
            "`{} {}`: {}\n\n{}",
            op.method.to_uppercase(),
            op.path,
            op.summary,
            op.description
        ));
        if op.secured {
            quote! {
                #doc
                fn #f(&self, principal: Self::Principal, request: operations::#m::Request)
                    -> impl Future<Output = operations::#m::Response> + Send;
            }
        } else {
            quote! {
                #doc
                fn #f(&self, request: operations::#m::Request)
                    -> impl Future<Output = operations::#m::Response> + Send;
            }
        }
    });

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
        let mut chain = quote! { axum::routing::MethodRouter::new() };
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
            .route(#axum_path, #chain.fallback(|| async { method_not_allowed(#allow) }))
        }
    });
    let title = spec.title();
    let version = spec.version();

    quote! {
        //! Server stubs for the LUKHAS façade API: implement [`Api`] and serve [`router`].
        #![allow(clippy::all, clippy::pedantic, unused_qualifications, dead_code)]

        pub mod support;
        pub mod types;

        use axum::extract::State;
        use axum::http::HeaderMap;
        use axum::response::IntoResponse;
        use std::future::Future;
        use std::sync::Arc;
        use support::*;

        /// The spec's title and version.
        pub const API_TITLE: &str = #title;
        pub const API_VERSION: &str = #version;

        /// JSON Schemas of every operation's parameters and body, derived from the spec.
        pub const SCHEMAS: &str = include_str!("schemas.json");

        /// Every operation in the spec, in document order.
        pub const OPERATIONS: &[&OperationInfo] = &[#(#infos),*];

        /// Per-operation request and response types.
        pub mod operations {
            #(#modules)*
        }

        /// The operations of the spec. The router authenticates (for secured operations), decodes
        /// and validates each request before calling the method, and maps the returned variant to
        /// its documented status and media type.
        pub trait Api: Send + Sync + 'static {
            /// Who is calling, as established by [`Api::authenticate`].
            type Principal: Send + 'static;

            /// Checks the request's credentials for a secured operation (`operation.scopes` lists
            /// the scopes it needs). Runs before any decoding or validation.
            fn authenticate(&self, operation: &'static OperationInfo, headers: &HeaderMap)
                -> impl Future<Output = Result<Self::Principal, ApiError>> + Send;

            #(#methods)*
        }

        /// The axum router for `api`: every path and method of the spec, `404` for unknown paths
        /// and `405` (with `Allow`) for undeclared methods, all in the OpenAI error envelope.
        pub fn router<A: Api>(api: Arc<A>) -> axum::Router {
            // Compile the validators now rather than on the first request.
            let _ = validators();
            axum::Router::new()
                #(#routes)*
                .fallback(not_found)
                .with_state(api)
        }

        #(#handlers)*
    }
}
