//! Requests as the suite builds them, sending them, and writing them back as `curl` commands.

pub use lukhas_spec::check::Answer;
use serde_json::Value;
use std::fmt::Write as _;
use std::time::Duration;

/// Which credentials a request carries. Tokens never appear in reports: a reproduction names the
/// environment variable that holds them.
#[derive(Clone, Debug, PartialEq)]
pub enum Auth {
    Primary,
    Second,
    /// The n-th `--scoped-token`.
    Scoped(usize),
    /// A well-formed bearer token the server cannot know.
    Bogus,
    None,
}

#[derive(Clone, Debug)]
pub enum Body {
    Json(Value),
    /// `multipart/form-data` parts ([`crate::form`]).
    Form(Vec<Part>),
    /// Raw bytes with a content type: malformed JSON, or JSON sent as another type.
    Raw {
        content_type: String,
        text: String,
    },
}

/// One part of a form: a file part when it has a file name (its text is the file's bytes).
#[derive(Clone, Debug)]
pub struct Part {
    pub name: String,
    pub filename: Option<String>,
    pub text: String,
}

#[derive(Clone, Debug)]
pub struct Request {
    pub method: String,
    /// Path with parameters substituted and percent-encoded.
    pub path: String,
    pub query: Vec<(String, String)>,
    pub auth: Auth,
    pub body: Option<Body>,
}

pub struct Tokens {
    pub primary: String,
    pub second: Option<String>,
    pub scoped: Vec<String>,
}

pub const BOGUS_TOKEN: &str = "conformance-not-a-valid-key-0000000000";

pub struct Client {
    http: reqwest::Client,
    base: String,
    tokens: Tokens,
}

impl Client {
    pub fn new(base_url: &str, tokens: Tokens, timeout: Duration) -> anyhow::Result<Client> {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::builder()
            .timeout(timeout)
            .pool_max_idle_per_host(256)
            .build()?;
        Ok(Client {
            http,
            base: base_url.trim_end_matches('/').to_string(),
            tokens,
        })
    }

    pub fn has_second(&self) -> bool {
        self.tokens.second.is_some()
    }

    fn token(&self, auth: &Auth) -> Option<&str> {
        match auth {
            Auth::Primary => Some(&self.tokens.primary),
            Auth::Second => self.tokens.second.as_deref(),
            Auth::Scoped(i) => self.tokens.scoped.get(*i).map(String::as_str),
            Auth::Bogus => Some(BOGUS_TOKEN),
            Auth::None => None,
        }
    }

    pub fn url(&self, req: &Request) -> String {
        let mut url = format!("{}{}", self.base, req.path);
        for (i, (k, v)) in req.query.iter().enumerate() {
            let sep = if i == 0 { '?' } else { '&' };
            let _ = write!(url, "{sep}{}={}", encode(k), encode(v));
        }
        url
    }

    pub async fn send(&self, req: &Request) -> Result<Answer, String> {
        let method =
            reqwest::Method::from_bytes(req.method.as_bytes()).map_err(|e| e.to_string())?;
        let mut builder = self.http.request(method, self.url(req));
        if let Some(t) = self.token(&req.auth) {
            builder = builder.bearer_auth(t);
        }
        builder = match &req.body {
            Some(Body::Json(v)) => builder
                .header("content-type", "application/json")
                .body(v.to_string()),
            Some(Body::Raw { content_type, text }) => builder
                .header("content-type", content_type.as_str())
                .body(text.clone()),
            Some(Body::Form(parts)) => {
                let mut form = reqwest::multipart::Form::new();
                for p in parts {
                    form = match &p.filename {
                        Some(f) => form.part(
                            p.name.clone(),
                            reqwest::multipart::Part::text(p.text.clone()).file_name(f.clone()),
                        ),
                        None => form.text(p.name.clone(), p.text.clone()),
                    };
                }
                builder.multipart(form)
            }
            None => builder,
        };
        let resp = builder.send().await.map_err(describe)?;
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let body = resp.bytes().await.map_err(describe)?.to_vec();
        Ok(Answer {
            status,
            headers,
            body,
        })
    }

    /// A shell command that sends `req` again. Secrets stay in environment variables.
    pub fn curl(&self, req: &Request) -> String {
        let mut cmd = format!("curl -sS -i -X {} {}", req.method, quote(&self.url(req)));
        let var = match &req.auth {
            Auth::Primary => Some("$TOKEN".to_string()),
            Auth::Second => Some("$SECOND_TOKEN".to_string()),
            Auth::Scoped(i) => Some(format!("$SCOPED_TOKEN_{}", i + 1)),
            Auth::Bogus => Some(BOGUS_TOKEN.to_string()),
            Auth::None => None,
        };
        if let Some(v) = var {
            let _ = write!(cmd, " -H \"Authorization: Bearer {v}\"");
        }
        match &req.body {
            Some(Body::Json(v)) => {
                let _ = write!(
                    cmd,
                    " -H 'content-type: application/json' --data-binary {}",
                    quote(&v.to_string())
                );
            }
            Some(Body::Raw { content_type, text }) => {
                let _ = write!(
                    cmd,
                    " -H {} --data-binary {}",
                    quote(&format!("content-type: {content_type}")),
                    quote(text)
                );
            }
            Some(Body::Form(parts)) => {
                for p in parts {
                    // A file's bytes are its text, written to a temporary file by the shell.
                    let value = match &p.filename {
                        Some(f) => {
                            format!("{}=@<(printf %s {});filename={f}", p.name, quote(&p.text))
                        }
                        None => format!("{}={}", p.name, p.text),
                    };
                    let _ = write!(cmd, " -F {}", quote(&value));
                }
            }
            None => {}
        }
        cmd
    }
}

fn describe(e: reqwest::Error) -> String {
    let mut msg = e.to_string();
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        let _ = write!(msg, ": {s}");
        source = s.source();
    }
    msg
}

/// Single-quotes for a POSIX shell. Very long bodies are shortened: the seed reproduces them.
fn quote(text: &str) -> String {
    const MAX: usize = 4000;
    let shown: String = if text.len() > MAX {
        let cut: String = text.chars().take(MAX).collect();
        format!("{cut}…(truncated; rerun with the seed for the full body)")
    } else {
        text.to_string()
    };
    format!("'{}'", shown.replace('\'', "'\\''"))
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}
