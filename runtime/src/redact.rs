//! Redaction of secrets in text bound for the log (an upstream's error body may repeat its API
//! key or a connection string): API-key-like tokens, bearer credentials, passwords in URLs and
//! `key=value` secrets are replaced by `[REDACTED]`; at most 300 characters are kept.

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
    let short = mask_url_passwords(&short);
    let mut out = String::with_capacity(short.len());
    let mut rest = short.as_str();
    let mut mask_next = false;
    while let Some(c) = rest.chars().next() {
        if token_char(c) {
            let end = rest.find(|c: char| !token_char(c)).unwrap_or(rest.len());
            let token = &rest[..end];
            let lower = token.to_ascii_lowercase();
            let keyish = KEY_PREFIXES.iter().any(|p| token.starts_with(p)) && token.len() >= 8;
            let long_random = token.len() >= 32
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
    use super::secrets;

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
