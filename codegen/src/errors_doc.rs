//! `docs/errors.md`: the API's errors, one table per status, from the spec's error catalogue
//! (`components.x-lukhas-errors`) and the operations' `x-lukhas-rule-errors`.

use lukhas_spec::document::ErrorCode;
use lukhas_spec::Spec;
use std::collections::BTreeMap;
use std::fmt::Write as _;

const INTRO: &str = "\
Every error answers in OpenAI's envelope, so the official SDKs raise their own exception types
(`openai.BadRequestError`, `NotFoundError`, `RateLimitError`, …):

```json
{\"error\": {\"message\": \"…\", \"type\": \"invalid_request_error\", \"param\": \"model\", \"code\": \"model_not_found\"}}
```

- `code` is stable and listed below; match on it, not on `message` (written for people, it may
  change).
- `param` names the field at fault, as a JSON pointer for schema violations (`/temperature`);
  `error.errors` then lists every violation, not only the first.
- Every answer carries `x-request-id`; quote it when you report a problem. A 5xx also names the
  request id and the trace id in its message. Nothing internal (a database error, an upstream's
  body, a path) is ever in the message: the detail is in the server's log under that request id.
- 429 and 503 carry `retry-after` (and 429 `retry-after-ms`): wait that long, then send the same
  request again. With an `Idempotency-Key`, a retry of a POST is never run twice.

The conformance suite fails any answer whose code is not in this list or comes with another
status, so the list is complete.
";

/// The page, under `header` (the "generated, do not edit" line).
pub fn page(spec: &Spec, header: &str) -> String {
    let mut by_status: BTreeMap<u16, Vec<ErrorCode>> = BTreeMap::new();
    for e in spec.error_codes() {
        by_status.entry(e.status).or_default().push(e);
    }
    // Which operations can answer a rule error (a 400 for a schema-valid request).
    let mut rule_ops: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for op in &spec.operations {
        for code in &op.rule_errors {
            rule_ops.entry(code).or_default().push(&op.id);
        }
    }
    let mut out = format!("{header}\n\n# API errors\n\n{INTRO}");
    for (status, codes) in &by_status {
        let reason = http::StatusCode::from_u16(*status)
            .ok()
            .and_then(|s| s.canonical_reason())
            .unwrap_or("");
        let _ = write!(
            out,
            "\n## {status} {reason}\n\n| code | type | when | what to do |\n|---|---|---|---|\n"
        );
        for e in codes {
            let mut when = cell(&e.when);
            if let Some(ops) = rule_ops.get(e.code.as_str()) {
                let _ = write!(when, " (operations: {})", ops.join(", "));
            }
            let _ = writeln!(
                out,
                "| `{}` | `{}` | {} | {} |",
                e.code,
                cell(&e.error_type),
                when,
                cell(&e.fix)
            );
        }
    }
    out
}

/// Text for a Markdown table cell: one line, pipes escaped.
fn cell(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}
