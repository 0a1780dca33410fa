//! Sending one case's request: a JSON body, the bearer key, the answer read whole.

use anyhow::{Context, Result};
use lukhas_spec::check::Answer;
use serde_json::Value;
use std::time::Duration;

pub struct Client {
    http: reqwest::Client,
    base: String,
    token: String,
}

impl Client {
    pub fn new(base_url: &str, token: &str, timeout: Duration) -> Result<Client> {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::builder().timeout(timeout).build()?;
        Ok(Client {
            http,
            base: base_url.trim_end_matches('/').to_string(),
            token: token.to_string(),
        })
    }

    pub async fn send(&self, method: &str, path: &str, body: Option<&Value>) -> Result<Answer> {
        let method = reqwest::Method::from_bytes(method.as_bytes())
            .with_context(|| format!("`{method}` is not an HTTP method"))?;
        let mut req = self
            .http
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(&self.token);
        if let Some(b) = body {
            req = req
                .header("content-type", "application/json")
                .body(b.to_string());
        }
        let resp = req.send().await.context("no response")?;
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let body = resp.bytes().await.context("reading the body")?.to_vec();
        Ok(Answer {
            status,
            headers,
            body,
        })
    }
}
