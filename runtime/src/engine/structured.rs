//! Structured outputs and tool calls by grammar-constrained decoding.
//!
//! [llguidance] (MIT; the constraint engine of llama.cpp and vLLM) compiles the request's output
//! schema and tool set into one grammar over the model's vocabulary. At every step the embedded
//! engines allow only the tokens that keep the output a valid prefix of that grammar, so JSON
//! always parses and follows its schema, and tool calls always name a given function with
//! arguments that follow its parameters. Unsupported JSON Schema keywords are refused (400,
//! naming the field) before anything is generated.
//!
//! The grammar, in llguidance's Lark dialect, with the JSON Schemas as named sub-grammars:
//!
//! ```text
//! start: text | calls          (tool_choice auto; `calls` alone when a call is required)
//! text:  TEXT | @format        (free text that does not open a call, or the JSON format)
//! calls: call ("\n" call)*     (one `call` without parallel_tool_calls)
//! call:  "<tool_call>\n" @call "\n</tool_call>"
//! ```
//!
//! `@call` is `{"name": <one of the functions>, "arguments": <its parameters>}`: the Hermes
//! tool-call convention ([`super::tool_text`]). JSON is written with fixed separators (`", "`,
//! `": "`) and no other whitespace, so a small model cannot wander off into indentation.

use super::{EngineError, Format, GenerateRequest, Tool};
use llguidance::api::{GrammarWithLexer, TopLevelGrammar};
use llguidance::toktrie::{TokEnv, TokRxInfo, TokTrie, TokenId, TokenizerEnv};
use llguidance::{Matcher, ParserFactory};
use lukhas_api::support::validate::excerpt;
use serde_json::{json, Value};
use std::sync::Arc;

/// The JSON options every schema is compiled with (llguidance reads them from `x-guidance`).
fn json_options() -> Value {
    json!({"whitespace_flexible": false, "key_separator": ": ", "item_separator": ", "})
}

/// `schema` with our JSON options at its root (a client's own `x-guidance` is replaced).
fn with_options(schema: &Value) -> Value {
    let mut root = match schema {
        Value::Object(m) => m.clone(),
        // `true`, `false`: wrapped so that the options have somewhere to go.
        other => serde_json::Map::from_iter([("allOf".to_string(), json!([other]))]),
    };
    root.insert("x-guidance".into(), json_options());
    Value::Object(root)
}

/// Rewrites the local `$ref`s of a schema that is moved to `at` (a JSON pointer) inside another
/// document, so that they still point where they did.
fn rebase_refs(schema: &mut Value, at: &str) {
    match schema {
        Value::Object(m) => {
            for (k, v) in m.iter_mut() {
                match v {
                    Value::String(r) if k == "$ref" && r.starts_with('#') => {
                        *r = format!("#{at}{}", &r[1..]);
                    }
                    _ => rebase_refs(v, at),
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|v| rebase_refs(v, at)),
        _ => {}
    }
}

/// The schema of one call of `tool`, as the `i`-th of `n` alternatives.
fn call_schema(tool: &Tool, i: usize, n: usize) -> Value {
    let mut parameters = match &tool.parameters {
        Value::Object(m) if m.is_empty() => json!({"type": "object"}),
        p => p.clone(),
    };
    let at = if n == 1 {
        "/properties/arguments".to_string()
    } else {
        format!("/anyOf/{i}/properties/arguments")
    };
    rebase_refs(&mut parameters, &at);
    json!({
        "type": "object",
        "properties": {"name": {"const": tool.name}, "arguments": parameters},
        "required": ["name", "arguments"],
        "additionalProperties": false,
    })
}

/// The schema of one call of any of `tools`.
fn calls_schema(tools: &[&Tool]) -> Value {
    let n = tools.len();
    let alternatives: Vec<Value> = tools
        .iter()
        .enumerate()
        .map(|(i, t)| call_schema(t, i, n))
        .collect();
    match <[Value; 1]>::try_from(alternatives) {
        Ok([one]) => with_options(&one),
        Err(many) => with_options(&json!({ "anyOf": many })),
    }
}

/// The JSON Schema of a JSON format, or `None` for text.
fn format_schema(format: &Format) -> Option<Value> {
    match format {
        Format::Text => None,
        Format::JsonObject => Some(with_options(&json!({"type": "object"}))),
        Format::JsonSchema { schema, .. } => Some(with_options(schema)),
    }
}

/// Free text that does not open a tool call.
const TEXT: &str = r#"TEXT: /(.|\n)*/ & ~/<tool_call>(.|\n)*/"#;

/// The grammar the output must follow, or `None` when it is free.
pub fn grammar(req: &GenerateRequest) -> Option<TopLevelGrammar> {
    let tools = req.callable_tools();
    let format = format_schema(&req.format);
    if tools.is_empty() {
        return format.map(TopLevelGrammar::from_json_schema);
    }
    let calls = if req.parallel_tool_calls {
        r#"calls: call ("\n" call)*"#
    } else {
        "calls: call"
    };
    let start = if req.must_call() {
        "start: calls"
    } else {
        "start: text | calls"
    };
    let text = if format.is_some() {
        "text: @format".to_string()
    } else {
        format!("text: TEXT\n{TEXT}")
    };
    let lark =
        format!("{start}\n{text}\n{calls}\ncall: \"<tool_call>\\n\" @call \"\\n</tool_call>\"\n");
    let mut grammars = vec![
        GrammarWithLexer::from_lark(lark),
        GrammarWithLexer {
            name: Some("call".into()),
            json_schema: Some(calls_schema(&tools)),
            ..Default::default()
        },
    ];
    if let Some(schema) = format {
        grammars.push(GrammarWithLexer {
            name: Some("format".into()),
            json_schema: Some(schema),
            ..Default::default()
        });
    }
    Some(TopLevelGrammar {
        grammars,
        max_tokens: None,
    })
}

/// A compiled constraint for one generation, or `None` when the output is free. Errors name the
/// request field whose schema cannot be enforced.
pub fn matcher(
    factory: &ParserFactory,
    req: &GenerateRequest,
) -> Result<Option<Matcher>, EngineError> {
    let Some(grammar) = grammar(req) else {
        return Ok(None);
    };
    let m = Matcher::new(factory.create_parser(grammar));
    match m.get_error() {
        None => Ok(Some(m)),
        Some(e) => Err(blame(factory, req, e)),
    }
}

/// The field whose schema does not compile, found by compiling each alone.
fn blame(factory: &ParserFactory, req: &GenerateRequest, whole: String) -> EngineError {
    let fails = |schema: Value| {
        Matcher::new(factory.create_parser(TopLevelGrammar::from_json_schema(schema))).get_error()
    };
    let found = format_schema(&req.format)
        .and_then(|s| fails(s).map(|e| (req.params.schema.to_string(), e)))
        .or_else(|| {
            req.tools.iter().enumerate().find_map(|(i, t)| {
                fails(calls_schema(&[t]))
                    .map(|e| (format!("tools[{i}].{}", req.params.tool_parameters), e))
            })
        });
    let (param, detail) = found.unwrap_or_else(|| ("tools".to_string(), whole));
    EngineError::Schema {
        param,
        detail: excerpt(&detail, 300),
    }
}

/// A factory for `env`'s vocabulary, quiet and with errors that do not echo the grammar.
pub fn factory(env: TokEnv) -> anyhow::Result<ParserFactory> {
    let mut factory = ParserFactory::new_simple(&env)?;
    factory.quiet();
    factory.limits_mut().verbose_errors = false;
    Ok(factory)
}

/// The vocabulary of a Hugging Face tokenizer as llguidance sees it: each token's bytes, and the
/// tokenizer itself for forced text.
struct HfTokens {
    trie: TokTrie,
    tokenizer: Arc<tokenizers::Tokenizer>,
}

impl TokenizerEnv for HfTokens {
    fn tok_trie(&self) -> &TokTrie {
        &self.trie
    }

    fn tokenize_bytes(&self, s: &[u8]) -> Vec<TokenId> {
        let text = String::from_utf8_lossy(s);
        match self.tokenizer.encode(text.as_ref(), false) {
            Ok(e) => e.get_ids().to_vec(),
            Err(_) => self.trie.greedy_tokenize(s),
        }
    }
}

/// The token environment of `tokenizer`; generation ends at any of `stops`. The tokens' bytes
/// come from llguidance's reader of `tokenizer.json` (byte-level BPE and byte fallback).
pub fn hf_env(tokenizer: Arc<tokenizers::Tokenizer>, stops: &[u32]) -> anyhow::Result<TokEnv> {
    let json = serde_json::to_value(tokenizer.as_ref())?;
    let words = llguidance::token_bytes_from_tokenizer_json(&json)?;
    let vocab = (words.len() as u32).max(tokenizer.get_vocab_size(true) as u32);
    let eos = stops.first().copied().unwrap_or(0);
    let mut words = words;
    words.resize(vocab as usize, Vec::new());
    let trie = TokTrie::from(&TokRxInfo::new(vocab, eos), &words).with_eos_tokens(stops);
    Ok(Arc::new(HfTokens { trie, tokenizer }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{ToolChoice, Turn};

    fn tool(name: &str, parameters: Value) -> Tool {
        Tool {
            name: name.into(),
            description: None,
            parameters,
            strict: true,
        }
    }

    #[test]
    fn moved_schemas_keep_their_references() {
        let t = tool(
            "f",
            json!({"$defs": {"A": {"type": "integer"}}, "properties": {"a": {"$ref": "#/$defs/A"}}}),
        );
        let s = calls_schema(&[&t, &t]);
        assert_eq!(
            s["anyOf"][1]["properties"]["arguments"]["properties"]["a"]["$ref"],
            "#/anyOf/1/properties/arguments/$defs/A"
        );
        assert_eq!(s["x-guidance"]["whitespace_flexible"], false);
    }

    #[test]
    fn free_text_needs_no_grammar() {
        let req = GenerateRequest {
            turns: vec![Turn::new(super::super::Role::User, "hi")],
            ..Default::default()
        };
        assert!(grammar(&req).is_none());
        let none = GenerateRequest {
            tools: vec![tool("f", json!({}))],
            tool_choice: ToolChoice::None,
            ..Default::default()
        };
        assert!(grammar(&none).is_none());
    }
}
