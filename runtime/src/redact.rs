//! Redaction of text bound for the log: API-key-like tokens, bearer credentials, passwords in URLs
//! and `key=value` secrets become `[REDACTED]`, personal data its mask (`[EMAIL]`, `[CARD]`...).
//!
//! Two places use it: [`secrets`] shortens and cleans an excerpt a log line quotes (an upstream's
//! error body may repeat its API key), and [`Redacting`], the writer under the JSON log, cleans
//! every string of every line whatever a log call passed in, so that a future careless field
//! cannot leak a key or a prompt's personal data.

use crate::guardian::pii::{self, Category};
use std::borrow::Cow;
use std::io::Write;

const MASK: &str = "[REDACTED]";
/// Prefixes of API keys in the wild (OpenAI, Anthropic-style, ours, GitHub, Slack, AWS).
const KEY_PREFIXES: [&str; 8] = ["sk-", "sk_", "lk-", "rk-", "ghp_", "xox", "AKIA", "pk-"];
/// Words after which the next token is a credential.
const CREDENTIAL_WORDS: [&str; 8] = [
    "bearer",
    "password",
    "passwd",
    "secret",
    "token",
    "api_key",
    "apikey",
    "authorization",
];

fn token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/' | '+' | '=')
}

/// `text` with secrets masked, shortened to 300 characters.
pub fn secrets(text: &str) -> String {
    let short: String = text.chars().take(300).collect();
    mask_secrets(&short)
}

/// `text` with secrets masked.
fn mask_secrets(text: &str) -> String {
    let short = mask_url_passwords(text);
    let mut out = String::with_capacity(short.len());
    let mut rest = short.as_str();
    let mut mask_next = false;
    while let Some(c) = rest.chars().next() {
        if token_char(c) {
            let end = rest.find(|c: char| !token_char(c)).unwrap_or(rest.len());
            let token = &rest[..end];
            let lower = token.to_ascii_lowercase();
            let keyish = KEY_PREFIXES.iter().any(|p| token.starts_with(p)) && token.len() >= 8;
            // Long mixed tokens are secrets; ids of 32 hex digits or fewer (trace ids) are not.
            let hex_id = token.len() <= 32 && token.chars().all(|c| c.is_ascii_hexdigit());
            let long_random = token.len() >= 32
                && !hex_id
                && token.chars().any(|c| c.is_ascii_digit())
                && token.chars().any(|c| c.is_ascii_alphabetic());
            if mask_next || keyish || long_random {
                out.push_str(MASK);
                mask_next = false;
            } else if let Some((k, _)) = token
                .split_once('=')
                .filter(|(k, _)| CREDENTIAL_WORDS.contains(&k.to_ascii_lowercase().as_str()))
            {
                out.push_str(k);
                out.push('=');
                out.push_str(MASK);
            } else {
                out.push_str(token);
                mask_next = CREDENTIAL_WORDS
                    .iter()
                    .any(|w| lower.trim_end_matches([':', '=']) == *w);
            }
            rest = &rest[end..];
        } else {
            // `key: value` and `key = value` keep masking the value after the separator.
            if !(c.is_whitespace() || c == ':' || c == '=' || c == '"' || c == '\'') {
                mask_next = false;
            }
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// One log line with every JSON string in it cleaned: secrets and personal data masked, and the
/// whole value of a field named like a credential (`authorization`, `api_key`, `password`...).
/// Numbers and the line's structure are left alone, so it stays the JSON it was.
pub fn log_line(line: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(line.len());
    let (mut at, mut changed) = (0, false);
    let mut previous_key = String::new();
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'"' {
            i += 1;
            continue;
        }
        // A string literal: find its closing quote, stepping over escapes.
        let start = i + 1;
        let mut end = start;
        while end < bytes.len() && bytes[end] != b'"' {
            end += if bytes[end] == b'\\' { 2 } else { 1 };
        }
        let end = end.min(bytes.len());
        let text = &line[start..end];
        let credential = CREDENTIAL_WORDS.contains(&previous_key.as_str());
        let cleaned: Cow<str> = if credential && !text.is_empty() {
            Cow::Borrowed(MASK)
        } else {
            clean(text)
        };
        if cleaned != text {
            out.push_str(&line[at..start]);
            out.push_str(&cleaned);
            at = end;
            changed = true;
        }
        previous_key = text.to_ascii_lowercase();
        i = end + 1;
    }
    if !changed {
        return Cow::Borrowed(line);
    }
    out.push_str(&line[at..]);
    Cow::Owned(out)
}

/// Secrets and every category of personal data masked, except IP addresses that name no one
/// (loopback, private, link-local, unspecified: the server's own bind address, a database on
/// the local network), which operators need to read.
fn clean(text: &str) -> Cow<'_, str> {
    if text.len() < 7 {
        return Cow::Borrowed(text);
    }
    let finds: Vec<pii::Find> = pii::scan(text)
        .into_iter()
        .filter(|f| !(f.category == Category::Ip && local_ip(&text[f.start..f.end])))
        .collect();
    let masked = pii::replace(text, &finds);
    let secret_free = mask_secrets(&masked);
    if secret_free == text {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(secret_free)
    }
}

fn local_ip(text: &str) -> bool {
    match text.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V4(a)) => {
            a.is_loopback() || a.is_private() || a.is_link_local() || a.is_unspecified()
        }
        Ok(std::net::IpAddr::V6(a)) => {
            let first = a.segments()[0];
            a.is_loopback()
                || a.is_unspecified()
                || first & 0xfe00 == 0xfc00 // unique local
                || first & 0xffc0 == 0xfe80 // link-local
        }
        Err(_) => false,
    }
}

/// The writer under the JSON log: each line it is given (the formatter writes one event per call)
/// is cleaned by [`log_line`] before it reaches `W`.
pub struct Redacting<W>(pub W);

impl<W: Write> Write for Redacting<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        self.0.write_all(log_line(&text).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

/// `scheme://user:password@host` -> `scheme://user:[REDACTED]@host`, wherever it stands.
fn mask_url_passwords(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("://") {
        let (head, tail) = rest.split_at(i + 3);
        out.push_str(head);
        let authority_end = tail
            .find(|c: char| c == '/' || c.is_whitespace())
            .unwrap_or(tail.len());
        let authority = &tail[..authority_end];
        match authority.rsplit_once('@') {
            Some((userinfo, host)) if userinfo.contains(':') => {
                let user = userinfo.split(':').next().unwrap_or("");
                out.push_str(&format!("{user}:{MASK}@{host}"));
            }
            _ => out.push_str(authority),
        }
        rest = &tail[authority_end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::{log_line, secrets};

    #[test]
    fn log_lines_keep_their_json_and_lose_keys_and_personal_data() {
        let line = r#"{"timestamp":"2026-12-02T12:52:16.793396Z","level":"WARN","fields":{"message":"upstream said: Incorrect API key sk-proj-AbC123dEf456GhI789 for jane@example.com","card":"4111 1111 1111 1111","authorization":"Bearer abc","password":"hunter2","ms":4111111111111111,"trace_id":"4bf92f3577b34da6a3ce929d0e0e4736"},"target":"x"}"#;
        let out = log_line(line);
        for secret in ["sk-proj", "jane@", "4111 1111", "Bearer abc", "hunter2"] {
            assert!(!out.contains(secret), "{secret} in {out}");
        }
        let v: serde_json::Value = serde_json::from_str(&out).expect("still JSON");
        assert_eq!(v["fields"]["ms"], 4111111111111111u64);
        assert_eq!(v["fields"]["trace_id"], "4bf92f3577b34da6a3ce929d0e0e4736");
        assert_eq!(v["timestamp"], "2026-12-02T12:52:16.793396Z");
        assert_eq!(v["fields"]["card"], "[CARD]");
        // Addresses that name no one stay readable; public ones are personal data.
        let addrs = r#"{"m":"listening on 127.0.0.1:8000 and [::1]:8000, db 10.0.0.5, client 81.2.69.142"}"#;
        assert_eq!(
            log_line(addrs),
            r#"{"m":"listening on 127.0.0.1:8000 and [::1]:8000, db 10.0.0.5, client [IP]"}"#
        );
        let plain = r#"{"level":"INFO","fields":{"message":"request","status":200}}"#;
        assert!(matches!(log_line(plain), std::borrow::Cow::Borrowed(_)));
        // An escaped quote does not end a string.
        let escaped = r#"{"m":"say "hi" to bob@example.org"}"#;
        assert_eq!(log_line(escaped), r#"{"m":"say "hi" to [EMAIL]"}"#);
    }

    #[test]
    fn keys_credentials_and_url_passwords_are_masked() {
        let text = "Incorrect API key provided: sk-proj-abc123DEF456. db=postgres://admin:hunter2@db:5432 \
                    Authorization: Bearer lk-0a1b2c-d3e4f5 password=swordfish token: abc";
        let out = secrets(text);
        for secret in [
            "sk-proj-abc123DEF456",
            "hunter2",
            "lk-0a1b2c-d3e4f5",
            "swordfish",
            "abc",
        ] {
            assert!(!out.contains(secret), "{secret} in {out}");
        }
        assert!(out.contains("Incorrect API key provided") && out.contains("postgres://admin:"));
        assert_eq!(secrets("model not found"), "model not found");
        assert!(secrets(&"x".repeat(1000)).chars().count() <= 300);
    }
}
