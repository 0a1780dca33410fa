//! The spec's JSON Schemas for every operation's parameters and body, compiled once, and the
//! violations they find told in our own words: the JSON pointer of the value, what it must be,
//! and at most a short excerpt of what it was (a 1 MB value is never echoed back).

use crate::error::ValidationIssue;
use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{ValidationError, Validator};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// `{"<operationId>": {"params": schema, "body": schema}}`, compiled on first use.
pub struct Schemas {
    document: &'static str,
    compiled: OnceLock<Result<BTreeMap<String, Validator>, String>>,
}

impl Schemas {
    pub const fn new(document: &'static str) -> Schemas {
        Schemas {
            document,
            compiled: OnceLock::new(),
        }
    }

    fn validators(&self) -> Result<&BTreeMap<String, Validator>, &str> {
        self.compiled
            .get_or_init(|| compile(self.document))
            .as_ref()
            .map_err(String::as_str)
    }

    /// Compiles every schema now; the error names the one that does not compile.
    pub fn compile(&self) -> Result<(), String> {
        self.validators().map(|_| ()).map_err(str::to_string)
    }

    /// Appends every violation of `instance` against `<operation>.<part>`.
    pub fn check(&self, key: &str, instance: &Value, issues: &mut Vec<ValidationIssue>) {
        let validator = match self.validators() {
            Ok(v) => v.get(key),
            Err(_) => None,
        };
        let Some(validator) = validator else {
            // The generator writes a schema for every part it validates; a test compiles them.
            tracing::error!(key, "no compiled schema");
            issues.push(ValidationIssue {
                param: String::new(),
                message: "could not be validated".into(),
            });
            return;
        };
        for e in validator.iter_errors(instance) {
            let issue = explain(&e);
            if !issues.contains(&issue) {
                issues.push(issue);
            }
        }
    }
}

fn compile(document: &str) -> Result<BTreeMap<String, Validator>, String> {
    let doc: Map<String, Value> =
        serde_json::from_str(document).map_err(|e| format!("schemas.json: {e}"))?;
    let mut out = BTreeMap::new();
    for (op, parts) in doc {
        for (part, schema) in parts.as_object().into_iter().flatten() {
            let v = jsonschema::validator_for(schema)
                .map_err(|e| format!("schema {op}.{part} does not compile: {e}"))?;
            out.insert(format!("{op}.{part}"), v);
        }
    }
    Ok(out)
}

/// At most `max` characters of `text`, marked when cut.
pub fn excerpt(text: &str, max: usize) -> String {
    let mut out: String = text.chars().take(max).collect();
    if text.chars().nth(max).is_some() {
        out.push('…');
    }
    out
}

/// A value as a short excerpt of its JSON.
fn shown(v: &Value) -> String {
    excerpt(&v.to_string(), 40)
}

fn type_name(kind: &TypeKind) -> String {
    let one = |t: &jsonschema::JsonType| match t.to_string().as_str() {
        "integer" => "an integer".to_string(),
        "array" => "an array".to_string(),
        "object" => "an object".to_string(),
        "null" => "null".to_string(),
        other => format!("a {other}"),
    };
    match kind {
        TypeKind::Single(t) => one(t),
        TypeKind::Multiple(set) => set.iter().map(|t| one(&t)).collect::<Vec<_>>().join(" or "),
    }
}

/// The issue for one error. For a value that fits none of the alternatives of a `oneOf`/`anyOf`,
/// the alternative of the value's own type explains it best (`[4294967296]` is an array of token
/// ids with one out of range, not "none of the forms").
fn explain(e: &ValidationError) -> ValidationIssue {
    use ValidationErrorKind as K;
    let here = e.instance_path().as_str();
    if let K::OneOfNotValid { context } | K::AnyOf { context } = e.kind() {
        let type_matched = |errors: &&Vec<ValidationError>| {
            !errors
                .iter()
                .any(|b| matches!(b.kind(), K::Type { .. }) && b.instance_path().as_str() == here)
        };
        // Fewest type mismatches first (a wrong type deeper down is a worse fit than a bound).
        let fit = |errors: &&Vec<ValidationError>| {
            let mistyped = errors
                .iter()
                .filter(|b| matches!(b.kind(), K::Type { .. }))
                .count();
            (mistyped, errors.len())
        };
        if let Some(first) = context
            .iter()
            .filter(type_matched)
            .min_by_key(fit)
            .and_then(|errors| errors.first())
        {
            return explain(first);
        }
    }
    ValidationIssue {
        param: here.to_string(),
        message: describe(e),
    }
}

/// What the value at the error's location must be, in a sentence that completes "`/x` ...".
pub fn describe(e: &ValidationError) -> String {
    use ValidationErrorKind as K;
    let got = e.instance();
    match e.kind() {
        K::Type { kind } => format!("must be {}, not {}", type_name(kind), json_type(got)),
        K::Required { property } => format!(
            "is missing the required property `{}`",
            property
                .as_str()
                .map_or_else(|| shown(property), |s| excerpt(s, 64))
        ),
        K::AdditionalProperties { unexpected } => format!(
            "has unknown properties: {}",
            unexpected
                .iter()
                .take(5)
                .map(|p| format!("`{}`", excerpt(p, 64)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        K::Enum { options } => format!("must be one of {}", excerpt(&options.to_string(), 200)),
        K::Constant { expected_value } => format!("must be {}", shown(expected_value)),
        K::MaxLength { limit } => format!("must be at most {limit} characters"),
        K::MinLength { limit } => format!("must be at least {limit} characters"),
        K::MaxItems { limit } => format!("must have at most {limit} items"),
        K::MinItems { limit } => format!("must have at least {limit} items"),
        K::MaxProperties { limit } => format!("must have at most {limit} properties"),
        K::MinProperties { limit } => format!("must have at least {limit} properties"),
        K::Maximum { limit } => format!("must be at most {limit}"),
        K::Minimum { limit } => format!("must be at least {limit}"),
        K::ExclusiveMaximum { limit } => format!("must be less than {limit}"),
        K::ExclusiveMinimum { limit } => format!("must be greater than {limit}"),
        K::Pattern { pattern } => format!("must match the pattern `{}`", excerpt(pattern, 80)),
        K::Format { format } => format!("must be a valid {format}"),
        K::UniqueItems => "must not repeat items".into(),
        K::MultipleOf { multiple_of } => format!("must be a multiple of {multiple_of}"),
        K::OneOfNotValid { .. } | K::AnyOf { .. } => {
            "matches none of the forms this field accepts".into()
        }
        K::OneOfMultipleValid { .. } => "matches more than one of the forms this field accepts \
                                         (give exactly one of the alternatives)"
            .into(),
        K::FalseSchema => "is not allowed".into(),
        K::Not { .. } => "is not allowed here".into(),
        _ => "is invalid".into(),
    }
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "an integer",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn issues(schema: Value, instance: Value) -> Vec<ValidationIssue> {
        let doc = json!({"op": {"body": schema}}).to_string();
        let schemas = Schemas::new(Box::leak(doc.into_boxed_str()));
        let mut out = Vec::new();
        schemas.check("op.body", &instance, &mut out);
        out
    }

    #[test]
    fn messages_name_the_place_and_never_echo_long_values() {
        let big = "x".repeat(100_000);
        let found = issues(
            json!({"type": "object", "properties": {"user": {"type": "string", "maxLength": 8}},
                   "required": ["model"], "additionalProperties": false}),
            json!({"user": big, "extra": 1}),
        );
        let text = serde_json::to_string(&found).unwrap();
        assert!(text.len() < 400, "{text}");
        assert!(found
            .iter()
            .any(|i| i.param == "/user" && i.message == "must be at most 8 characters"));
        assert!(found.iter().any(|i| i.message.contains("`model`")));
        assert!(found.iter().any(|i| i.message.contains("`extra`")));
        let typed = issues(json!({"type": "integer"}), json!("seven"));
        assert_eq!(typed[0].message, "must be an integer, not a string");
    }

    #[test]
    fn excerpts_are_cut_on_characters() {
        assert_eq!(excerpt("héllo", 2), "hé…");
        assert_eq!(excerpt("hi", 2), "hi");
    }
}
