//! Tool calls written as text, for the embedded models: the Hermes convention (used by Qwen2.5,
//! SmolLM3 and NousResearch's Hermes models, and the one chat templates with tool support
//! describe). A call is
//!
//! ```text
//! <tool_call>
//! {"name": "get_weather", "arguments": {"city": "Paris"}}
//! </tool_call>
//! ```
//!
//! several calls are separated by a newline, and results go back as `<tool_response>` blocks.
//! [`super::structured`] makes the model write exactly this; [`Splitter`] reads it back while it
//! streams, as text deltas or as tool calls with their arguments in pieces.

use super::{Chunk, ChunkStream, Finish, Tool, ToolCall};
use futures::StreamExt;

const OPEN: &str = "<tool_call>\n";
const NAME: &str = "{\"name\": \"";
const ARGUMENTS: &str = "\", \"arguments\": ";
/// The end of a call: the call object's brace, then the closing tag.
const END: &str = "}\n</tool_call>";
const SEPARATOR: &str = "\n";

/// The system-prompt section that describes `tools` and the call format: each function as one
/// plain line (its name, what it does, its arguments), which a small model follows better than
/// the JSON Schemas themselves (the grammar holds the arguments to those).
pub fn describe(tools: &[&Tool], must_call: bool) -> String {
    let mut out = String::from("You can call these functions:\n");
    for t in tools {
        out.push_str(&format!("- {}", t.name));
        if let Some(d) = t.description.as_deref().filter(|d| !d.trim().is_empty()) {
            out.push_str(&format!(": {}", d.trim()));
        }
        let args: Vec<String> = t
            .parameters
            .get("properties")
            .and_then(|p| p.as_object())
            .into_iter()
            .flatten()
            .map(
                |(name, schema)| match schema.get("type").and_then(|t| t.as_str()) {
                    Some(ty) => format!("{name} ({ty})"),
                    None => name.clone(),
                },
            )
            .collect();
        if !args.is_empty() {
            out.push_str(&format!(" Arguments: {}.", args.join(", ")));
        }
        out.push('\n');
    }
    out.push_str(
        "To call a function, write <tool_call>, then a JSON object with the function's \"name\" \
         and its \"arguments\", then </tool_call>.",
    );
    if must_call {
        out.push_str(" Answer with function calls only.");
    }
    out
}

/// A call as the model writes it.
pub fn render_call(call: &ToolCall) -> String {
    let arguments = if call.arguments.trim().is_empty() {
        "{}"
    } else {
        call.arguments.as_str()
    };
    format!("{OPEN}{NAME}{}{ARGUMENTS}{arguments}{END}", call.name)
}

/// A call's result as the model reads it.
pub fn render_result(content: &str) -> String {
    format!("<tool_response>\n{content}\n</tool_response>")
}

enum Mode {
    /// Not yet known whether the output is text or calls.
    Undecided,
    Text,
    /// Inside the calls; `index` is the current call's, `args_from` where its arguments start
    /// (once its name is read).
    Calls {
        index: usize,
        call_start: usize,
        args_from: Option<usize>,
        sent: usize,
    },
}

/// Reads a generation written in the Hermes convention back as chunks, incrementally.
pub struct Splitter {
    buf: String,
    mode: Mode,
    calls: usize,
    new_id: fn() -> String,
}

impl Splitter {
    pub fn new(new_id: fn() -> String) -> Splitter {
        Splitter {
            buf: String::new(),
            mode: Mode::Undecided,
            calls: 0,
            new_id,
        }
    }

    /// The chunks that `text`, appended to the output so far, settles.
    pub fn push(&mut self, text: &str) -> Vec<Chunk> {
        if let Mode::Text = self.mode {
            return vec![Chunk::Delta(text.to_string())];
        }
        self.buf.push_str(text);
        let mut out = Vec::new();
        loop {
            match &mut self.mode {
                Mode::Undecided => {
                    if self.buf.starts_with(OPEN) {
                        self.mode = Mode::Calls {
                            index: 0,
                            call_start: 0,
                            args_from: None,
                            sent: 0,
                        };
                    } else if OPEN.starts_with(self.buf.as_str()) {
                        return out; // could still open a call
                    } else {
                        self.mode = Mode::Text;
                        out.push(Chunk::Delta(std::mem::take(&mut self.buf)));
                        return out;
                    }
                }
                Mode::Text => return out,
                Mode::Calls {
                    index,
                    call_start,
                    args_from,
                    sent,
                } => {
                    let call = &self.buf[*call_start..];
                    let Some(from) = *args_from else {
                        let head = format!("{OPEN}{NAME}");
                        let Some(rest) = call.strip_prefix(head.as_str()) else {
                            return out;
                        };
                        let Some(end) = rest.find(ARGUMENTS) else {
                            return out;
                        };
                        let name = rest[..end].to_string();
                        let from = *call_start + head.len() + end + ARGUMENTS.len();
                        *args_from = Some(from);
                        *sent = from;
                        self.calls = *index + 1;
                        out.push(Chunk::ToolCall {
                            index: *index,
                            id: (self.new_id)(),
                            name,
                        });
                        continue;
                    };
                    // Arguments are compact JSON (no raw newlines), so the first END ends them.
                    let args = &self.buf[from..];
                    if let Some(end) = args.find(END) {
                        if from + end > *sent {
                            out.push(Chunk::ToolArgs {
                                index: *index,
                                delta: self.buf[*sent..from + end].to_string(),
                            });
                        }
                        let next = from + end + END.len();
                        *sent = next;
                        let after = &self.buf[next..];
                        let following = format!("{SEPARATOR}{OPEN}");
                        if after.starts_with(&following) {
                            *index += 1;
                            *call_start = next + SEPARATOR.len();
                            *args_from = None;
                            continue;
                        }
                        return out; // the end, or a separator still arriving
                    }
                    // Send what cannot be the start of END.
                    let held = (1..END.len())
                        .rev()
                        .find(|&n| args.ends_with(&END[..n]))
                        .unwrap_or(0);
                    let settled = self.buf.len() - held;
                    if settled > *sent && self.buf.is_char_boundary(settled) {
                        out.push(Chunk::ToolArgs {
                            index: *index,
                            delta: self.buf[*sent..settled].to_string(),
                        });
                        *sent = settled;
                    }
                    return out;
                }
            }
        }
    }

    /// The chunks still held at the end of the output.
    pub fn finish(&mut self) -> Vec<Chunk> {
        match &self.mode {
            Mode::Undecided if !self.buf.is_empty() => {
                vec![Chunk::Delta(std::mem::take(&mut self.buf))]
            }
            Mode::Calls {
                index,
                args_from: Some(_),
                sent,
                ..
            } if *sent < self.buf.len() && !self.buf[*sent..].starts_with("}\n") => {
                // Cut short (the token limit): the arguments so far.
                let rest = self.buf[*sent..].to_string();
                vec![Chunk::ToolArgs {
                    index: *index,
                    delta: rest,
                }]
            }
            _ => Vec::new(),
        }
    }

    /// How many calls have begun.
    pub fn calls(&self) -> usize {
        self.calls
    }
}

/// `chunks` with Hermes-style calls in their text read back as tool-call chunks; a turn that
/// ends with calls finishes with [`Finish::ToolCalls`].
pub fn split(mut chunks: ChunkStream, new_id: fn() -> String) -> ChunkStream {
    Box::pin(async_stream::stream! {
        let mut splitter = Splitter::new(new_id);
        while let Some(chunk) = chunks.next().await {
            match chunk {
                Ok(Chunk::Delta(text)) => {
                    for c in splitter.push(&text) {
                        yield Ok(c);
                    }
                }
                Ok(Chunk::Done { finish, usage }) => {
                    for c in splitter.finish() {
                        yield Ok(c);
                    }
                    let finish = match finish {
                        Finish::Stop if splitter.calls() > 0 => Finish::ToolCalls,
                        f => f,
                    };
                    yield Ok(Chunk::Done { finish, usage });
                    return;
                }
                other => yield other,
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id() -> String {
        "call_1".into()
    }

    fn run(pieces: &[&str]) -> Vec<Chunk> {
        let mut s = Splitter::new(id);
        let mut out: Vec<Chunk> = pieces.iter().flat_map(|p| s.push(p)).collect();
        out.extend(s.finish());
        out
    }

    fn joined_args(chunks: &[Chunk], index: usize) -> String {
        chunks
            .iter()
            .filter_map(|c| match c {
                Chunk::ToolArgs { index: i, delta } if *i == index => Some(delta.as_str()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn text_passes_through() {
        assert_eq!(
            run(&["<to", "day is fine"]),
            vec![Chunk::Delta("<today is fine".into())]
        );
        assert_eq!(run(&["Hi"]), vec![Chunk::Delta("Hi".into())]);
    }

    #[test]
    fn calls_come_back_in_pieces_whatever_the_split() {
        let a = ToolCall {
            id: "x".into(),
            name: "get_weather".into(),
            arguments: r#"{"city": "Paris", "note": "a}b"}"#.into(),
        };
        let b = ToolCall {
            id: "y".into(),
            name: "now".into(),
            arguments: "{}".into(),
        };
        let text = format!("{}{SEPARATOR}{}", render_call(&a), render_call(&b));
        for size in [1, 2, 3, 7, 1000] {
            let bytes: Vec<char> = text.chars().collect();
            let pieces: Vec<String> = bytes.chunks(size).map(|c| c.iter().collect()).collect();
            let refs: Vec<&str> = pieces.iter().map(String::as_str).collect();
            let out = run(&refs);
            let names: Vec<&str> = out
                .iter()
                .filter_map(|c| match c {
                    Chunk::ToolCall { name, .. } => Some(name.as_str()),
                    _ => None,
                })
                .collect();
            assert_eq!(names, ["get_weather", "now"], "split {size}");
            assert_eq!(joined_args(&out, 0), a.arguments, "split {size}");
            assert_eq!(joined_args(&out, 1), "{}", "split {size}");
            assert!(!out.iter().any(|c| matches!(c, Chunk::Delta(_))));
        }
    }

    #[test]
    fn a_cut_call_keeps_its_partial_arguments() {
        let out = run(&["<tool_call>\n{\"name\": \"f\", \"arguments\": {\"a\": 1"]);
        assert_eq!(joined_args(&out, 0), "{\"a\": 1");
    }
}
