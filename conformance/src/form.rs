//! Bodies of `multipart/form-data` operations: a generated JSON body sent as form parts the way
//! OpenAI's SDKs send them (file fields as file parts named by their value, an object's members as
//! `name[member]`, everything else as text), and the JSON the server rebuilds from those parts,
//! which is what the spec's schema judges.

use crate::http::Part;
use lukhas_spec::document::{form_parts, FormField};
use serde_json::{Map, Value};

/// The parts for `body`, and the JSON the server reads them as (`None` when a part cannot be read
/// as its field: a file field sent as text).
pub fn parts(body: &Value, declared: &[FormField]) -> (Vec<Part>, Option<Value>) {
    let parts: Vec<Part> = form_parts(body, declared)
        .into_iter()
        .map(|p| Part {
            filename: p.file.then(|| header_safe(&p.text)),
            name: p.name,
            text: p.text,
        })
        .collect();
    let wire = read_back(&parts, declared);
    (parts, wire)
}

/// A file name as browsers and OpenAI's Python SDK (httpx) write it into the part's header, per
/// the WHATWG form encoding: `"` and control characters percent-encoded (raw, they would end the
/// header; reqwest writes them as they are). A backslash is encoded too: clients disagree on
/// escaping it, and multipart parsers (multer among them) read `"\"` as an unterminated name.
/// The server reads the encoded name.
fn header_safe(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            '"' | '\\' | '\u{0}'..='\u{1f}' | '\u{7f}' => {
                out.push_str(&format!("%{:02X}", c as u32))
            }
            c => out.push(c),
        }
    }
    out
}

/// The server's reading of form parts (`lukhas_api_support::form`).
fn read_back(parts: &[Part], declared: &[FormField]) -> Option<Value> {
    let mut json = Map::new();
    for p in parts {
        let field = declared.iter().find(|f| f.name == p.name);
        let value = match (field.is_some_and(|f| f.file), &p.filename) {
            (true, Some(f)) => Value::String(f.clone()),
            (true, None) => return None,
            (false, _) => coerce(&p.text, field.map_or("string", |f| f.ty)),
        };
        let nested = p
            .name
            .strip_suffix(']')
            .and_then(|n| n.split_once('['))
            .filter(|(o, i)| !o.is_empty() && !i.is_empty() && !i.contains(['[', ']']));
        match nested {
            Some((outer, inner)) => {
                let entry = json
                    .entry(outer.to_string())
                    .or_insert_with(|| Value::Object(Map::new()));
                match entry {
                    Value::Object(m) => {
                        m.insert(inner.to_string(), value);
                    }
                    _ => {
                        json.insert(p.name.clone(), value);
                    }
                }
            }
            None => {
                json.insert(p.name.clone(), value);
            }
        }
    }
    Some(Value::Object(json))
}

fn coerce(text: &str, ty: &str) -> Value {
    let t = text.trim();
    let parsed = match ty {
        "integer" => t.parse::<i64>().ok().map(Value::from),
        "number" => t
            .parse::<f64>()
            .ok()
            .filter(|f| f.is_finite())
            .map(Value::from),
        "boolean" => match t {
            "true" => Some(Value::Bool(true)),
            "false" => Some(Value::Bool(false)),
            _ => None,
        },
        _ => None,
    };
    parsed.unwrap_or_else(|| Value::String(text.to_string()))
}
