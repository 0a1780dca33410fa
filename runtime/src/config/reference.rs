//! The config files described from their types: a JSON Schema of each (`lukhas schema`,
//! for editors that validate YAML) and the config reference rendered from those schemas
//! (`lukhas reference config`, committed as docs/configuration.md; a test fails when it is stale).

use super::{Config, Reliability, SloBudgets};
use schemars::gen::SchemaSettings;
use schemars::schema::RootSchema;

/// The three files `Settings::load` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ConfigFile {
    /// The main file (`--config`, `LUKHAS_CONFIG`).
    Main,
    /// Upstream timeouts, retries and rate limits (`LUKHAS_RELIABILITY_CONFIG`).
    Reliability,
    /// Latency budgets (`LUKHAS_SLO_CONFIG`).
    Slo,
}

/// The JSON Schema (draft 7) of one file.
pub fn schema(file: ConfigFile) -> RootSchema {
    let gen = SchemaSettings::draft07().into_generator();
    match file {
        ConfigFile::Main => gen.into_root_schema_for::<Config>(),
        ConfigFile::Reliability => gen.into_root_schema_for::<Reliability>(),
        ConfigFile::Slo => gen.into_root_schema_for::<SloBudgets>(),
    }
}

/// The header of the generated page.
pub const GENERATED: &str = "<!-- generated, do not edit: run `make generate` after changing \
runtime/src/config.rs (the text comes from its doc comments) -->";

/// The config reference: every key of the three files, its type, default and meaning.
pub fn markdown() -> String {
    let mut page = Page::default();
    page.line(GENERATED);
    page.line("");
    page.line(INTRO);
    for (file, heading) in [
        (
            ConfigFile::Main,
            "The main file: `configs/runtime/lukhas.yaml`\n\nChosen with `--config` or \
             `LUKHAS_CONFIG`. Any key can be set as `LUKHAS_<SECTION>__<KEY>`, e.g. \
             `LUKHAS_SERVER__BIND=0.0.0.0:9000`.",
        ),
        (
            ConfigFile::Reliability,
            "Reliability: `configs/runtime/reliability.yaml`\n\nChosen with \
             `LUKHAS_RELIABILITY_CONFIG`; any key can be set as `LUKHAS_RELIABILITY_<KEY>` \
             (`__` between levels), e.g. `LUKHAS_RELIABILITY_BACKOFF__MAX_ATTEMPTS=2`.",
        ),
        (
            ConfigFile::Slo,
            "Latency budgets: `configs/observability/slo_budgets.yaml`\n\nChosen with \
             `LUKHAS_SLO_CONFIG`. The server's `lukhas_slo_*` metrics and alerts and the load \
             tool's verdict use these budgets.",
        ),
    ] {
        let root = serde_json::to_value(schema(file)).unwrap_or_default();
        let (title, about) = heading.split_once("\n\n").unwrap_or((heading, ""));
        page.line(&format!("## {title}\n\n{about}\n"));
        page.object(&root, &root, "", 3);
    }
    page.text
}

const INTRO: &str = "# Configuration reference

The server reads three YAML files at start-up; `LUKHAS_*` environment variables override any key
of them (the value is parsed as YAML: numbers, booleans, lists). A value that does not fit stops
start-up with the file or variable, the key and the reason; an unknown key is an error too, so a
typo never goes unnoticed. `lukhas schema [main|reliability|slo]` prints each file's JSON
Schema, for an editor that validates YAML.

Shorthand variables for the keys set most often:

| variable | key |
|---|---|
| `LUKHAS_BIND` | `server.bind` |
| `LUKHAS_STORAGE_DIR` | `storage.dir` |
| `LUKHAS_KEYS_FILE` | `auth.keys_file` |
| `LUKHAS_API_TOKEN`, `LUKHAS_API_TENANT` | `auth.token`, `auth.token_tenant` |
| `LUKHAS_MODELS_DIR` | `models.dir` |
| `LUKHAS_UPSTREAM_BASE_URL`, `LUKHAS_UPSTREAM_API_KEY` | `upstream.base_url`, `upstream.api_key` |

Outside the files: `LUKHAS_LOG` (log filter, `info` by default; tracing's `EnvFilter` syntax) and
the standard `OTEL_*` variables of OpenTelemetry (traces, docs/observability.md).
";

#[derive(Default)]
struct Page {
    text: String,
}

impl Page {
    fn line(&mut self, s: &str) {
        self.text.push_str(s);
        self.text.push('\n');
    }

    /// A struct: its leaf keys in one table, then each nested struct, list of structs or map
    /// in a section of its own.
    fn object(&mut self, root: &Value, schema: &Value, prefix: &str, level: usize) {
        let required: Vec<&str> = schema["required"]
            .as_array()
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let mut rows = Vec::new();
        let mut nested = Vec::new();
        for (name, prop) in schema["properties"].as_object().into_iter().flatten() {
            let key = format!("{prefix}{name}");
            let field = Field::new(root, prop, required.contains(&name.as_str()));
            match field.shape {
                Shape::Leaf => rows.push(field.row(&key)),
                _ => nested.push((key, field)),
            }
        }
        if !rows.is_empty() {
            self.line("| key | type | default | description |\n|---|---|---|---|");
            for row in rows {
                self.line(&row);
            }
            self.line("");
        }
        for (key, field) in nested {
            let hashes = "#".repeat(level.min(6));
            match field.shape {
                Shape::Leaf => {}
                Shape::Object(ref s) => {
                    self.line(&format!("{hashes} `{key}`\n"));
                    self.about(&field);
                    self.object(root, s, &format!("{key}."), level + 1);
                }
                Shape::Map(ref s) => {
                    self.line(&format!("{hashes} `{key}.<name>`\n"));
                    self.about(&field);
                    self.object(root, s, &format!("{key}.<name>."), level + 1);
                }
                Shape::List(ref variants) => {
                    self.line(&format!("{hashes} `{key}[]`\n"));
                    self.about(&field);
                    for variant in variants {
                        let Some((tag, value)) = tag_of(variant) else {
                            self.object(root, variant, &format!("{key}[]."), level + 1);
                            continue;
                        };
                        self.line(&format!("{}# `{tag}: {value}`\n", hashes));
                        if let Some(d) = variant["description"].as_str() {
                            self.line(&format!("{d}\n"));
                        }
                        let mut rest = variant.clone();
                        if let Some(p) = rest["properties"].as_object_mut() {
                            p.shift_remove(tag);
                        }
                        self.object(root, &rest, &format!("{key}[]."), level + 2);
                    }
                }
            }
        }
    }

    fn about(&mut self, field: &Field) {
        let mut about = field.description.clone();
        if field.required {
            about.push_str(" Required.");
        }
        let about = about.trim();
        if !about.is_empty() {
            self.line(&format!("{about}\n"));
        }
    }
}

/// The tag of an internally tagged enum's variant: the property whose schema is one constant.
fn tag_of(variant: &Value) -> Option<(&str, &str)> {
    variant["properties"]
        .as_object()?
        .iter()
        .find_map(|(k, v)| {
            let values = v["enum"].as_array()?;
            match values.as_slice() {
                [one] => Some((k.as_str(), one.as_str()?)),
                _ => None,
            }
        })
}

use serde_json::Value;

enum Shape {
    Leaf,
    Object(Value),
    /// A map from names the user chooses to objects.
    Map(Value),
    /// A list of objects, or of the variants of a tagged enum.
    List(Vec<Value>),
}

struct Field {
    shape: Shape,
    description: String,
    kind: String,
    default: Option<Value>,
    required: bool,
    nullable: bool,
}

impl Field {
    fn new(root: &Value, prop: &Value, required: bool) -> Field {
        let mut description = text(prop);
        let default = prop.get("default").cloned();
        let mut nullable = false;
        // Option<T>: `anyOf [T, null]` or `type: [t, "null"]`; `allOf [T]` carries a default.
        let mut inner = prop.clone();
        if let Some(any) = prop["anyOf"].as_array().or(prop["allOf"].as_array()) {
            let real: Vec<&Value> = any.iter().filter(|v| v["type"] != "null").collect();
            nullable = real.len() < any.len();
            if let [one] = real.as_slice() {
                inner = (*one).clone();
            }
        }
        if let Some(types) = inner["type"].as_array() {
            nullable |= types.iter().any(|t| t == "null");
            let real: Vec<Value> = types.iter().filter(|t| *t != "null").cloned().collect();
            if let [one] = real.as_slice() {
                inner["type"] = one.clone();
            }
        }
        let inner = resolve(root, &inner);
        if description.is_empty() {
            description = text(&inner);
        }
        let shape = if inner["properties"].is_object() {
            Shape::Object(inner.clone())
        } else if inner["additionalProperties"].is_object() {
            Shape::Map(resolve(root, &inner["additionalProperties"]))
        } else if inner["type"] == "array" {
            let items = resolve(root, &inner["items"]);
            match items["oneOf"].as_array() {
                Some(vs) if vs.iter().all(|v| v["properties"].is_object()) => {
                    if description.is_empty() {
                        description = text(&items);
                    }
                    Shape::List(vs.clone())
                }
                _ if items["properties"].is_object() => Shape::List(vec![items]),
                _ => Shape::Leaf,
            }
        } else {
            Shape::Leaf
        };
        let (kind, values) = kind(root, &inner);
        for (value, about) in values {
            description.push_str(&format!(" `{value}`: {about}"));
        }
        Field {
            shape,
            description: description.trim().to_string(),
            kind,
            default,
            required,
            nullable,
        }
    }

    fn row(&self, key: &str) -> String {
        let default = match (&self.default, self.required, self.nullable) {
            (_, true, _) => "required".to_string(),
            (Some(Value::Null), ..) | (None, _, true) => "none".to_string(),
            (Some(v), ..) => format!("`{v}`"),
            (None, ..) => String::new(),
        };
        let kind = if self.nullable {
            format!("{} or none", self.kind)
        } else {
            self.kind.clone()
        };
        format!(
            "| `{key}` | {kind} | {default} | {} |",
            self.description.replace('|', "\\|").replace('\n', " ")
        )
    }
}

/// A schema's description on one line.
fn text(schema: &Value) -> String {
    schema["description"]
        .as_str()
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Follows a `$ref` into the root's definitions.
fn resolve(root: &Value, schema: &Value) -> Value {
    match schema["$ref"].as_str() {
        Some(r) => {
            let name = r.trim_start_matches("#/definitions/");
            let mut target = root["definitions"][name].clone();
            if target.is_object() && schema["description"].is_string() {
                target["description"] = schema["description"].clone();
            }
            target
        }
        None => schema.clone(),
    }
}

/// A leaf's type in words, and the documented values of an enum (value, what it means).
fn kind(root: &Value, schema: &Value) -> (String, Vec<(String, String)>) {
    let mut values = Vec::new();
    let mut documented = Vec::new();
    for choice in schema["oneOf"]
        .as_array()
        .cloned()
        .unwrap_or_else(|| vec![schema.clone()])
    {
        for v in choice["enum"].as_array().into_iter().flatten() {
            let v = v.as_str().map(str::to_string).unwrap_or(v.to_string());
            values.push(format!("`{v}`"));
            if choice["description"].is_string() {
                documented.push((v, text(&choice)));
            }
        }
    }
    if !values.is_empty() {
        return (format!("one of {}", values.join(", ")), documented);
    }
    let kind = match (schema["type"].as_str(), schema["format"].as_str()) {
        (Some("integer"), Some(f)) if f.starts_with('u') => "integer ≥ 0".to_string(),
        (Some("integer"), _) => "integer".into(),
        (Some("number"), _) => "number".into(),
        (Some("boolean"), _) => "boolean".into(),
        (Some("string"), _) if schema["description"] == "A secret: never logged." => {
            "secret string (never logged)".into()
        }
        (Some("string"), _) => "string".into(),
        (Some("array"), _) => {
            let (item, _) = kind(root, &resolve(root, &schema["items"]));
            format!("list of {item}")
        }
        _ => "value".into(),
    };
    (kind, documented)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// docs/configuration.md is this page; `make generate` rewrites it.
    #[test]
    fn the_committed_reference_is_current() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/configuration.md");
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == markdown(),
            "docs/configuration.md is stale: run `make generate`"
        );
    }

    /// A key without a doc comment would be a row without a meaning.
    #[test]
    fn every_key_is_described() {
        let page = markdown();
        let bare: Vec<&str> = page.lines().filter(|l| l.ends_with("|  |")).collect();
        assert!(
            bare.is_empty(),
            "keys without a doc comment:\n{}",
            bare.join("\n")
        );
    }

    #[test]
    fn every_file_has_a_schema_with_its_sections() {
        let main = serde_json::to_value(schema(ConfigFile::Main)).unwrap();
        for section in ["server", "storage", "auth", "models", "guardian"] {
            assert!(main["properties"][section].is_object(), "{section}");
        }
        assert_eq!(main["additionalProperties"], false);
        let slo = serde_json::to_value(schema(ConfigFile::Slo)).unwrap();
        assert!(slo["properties"]["endpoints"].is_object());
    }
}
