//! The Responses `file_search` tool: the vector stores a request names are searched for its last
//! user message before the model answers; the chunks found go before that message as a system
//! turn, the output starts with a `file_search_call` item, and the answer's sentences cite the
//! files they draw on.
//!
//! The search runs on the server, once per user message, rather than when a model decides to
//! call it: the embedded models are too small to call tools reliably, and the grounding (and so
//! its test) should not depend on that. Citations are attributed after generation: a sentence
//! cites the file whose retrieved chunk shares the most words with it, rarer words counting more.

use crate::engine::{Role, Turn};
use crate::retrieval::{attribute_filter, Found, Query, VectorStores};
use lukhas_api::support::ApiError;
use lukhas_api::types::{self, FileSearchTool, ItemResource, ResponseTool};
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// A file search a request asks for.
#[derive(Clone)]
pub struct FileSearch {
    /// The tool's place in `tools` (for errors).
    pub tool: usize,
    pub stores: Vec<String>,
    pub query: Query,
    /// `include` has `file_search_call.results`.
    pub results: bool,
}

/// The request's file search, if it has a `file_search` tool, a user message in its input, and a
/// `tool_choice` that lets tools run. At most one `file_search` tool.
pub fn plan(
    tools: &[ResponseTool],
    choice: Option<&types::ResponseToolChoice>,
    include: bool,
    input: &[ItemResource],
) -> Result<Option<FileSearch>, ApiError> {
    let mut found: Option<(usize, &FileSearchTool)> = None;
    for (i, t) in tools.iter().enumerate() {
        if let ResponseTool::FileSearchTool(f) = t {
            if found.is_some() {
                return Err(ApiError::invalid_request(
                    "duplicate_tool_name",
                    "Only one `file_search` tool can be given; list all its stores in its `vector_store_ids`.",
                )
                .with_param(format!("tools[{i}]")));
            }
            found = Some((i, f));
        }
    }
    let Some((i, tool)) = found else {
        return Ok(None);
    };
    let runs = matches!(
        choice,
        None | Some(types::ResponseToolChoice::String(
            types::ResponseToolChoiceString::Auto | types::ResponseToolChoiceString::Required
        ))
    );
    let Some(question) = question(input).filter(|_| runs) else {
        return Ok(None);
    };
    let options = tool.ranking_options.clone().unwrap_or_default();
    let weights = match &options.hybrid_search {
        None => (1.0, 1.0),
        Some(h) if h.embedding_weight + h.text_weight > 0.0 => (h.embedding_weight, h.text_weight),
        Some(_) => {
            return Err(ApiError::invalid_request(
                "invalid_value",
                "At least one of `embedding_weight` and `text_weight` must be above 0.",
            )
            .with_param(format!("tools[{i}].ranking_options.hybrid_search")))
        }
    };
    Ok(Some(FileSearch {
        tool: i,
        stores: tool
            .vector_store_ids
            .iter()
            .map(|s| s.to_string())
            .collect(),
        query: Query {
            texts: vec![question],
            filter: attribute_filter(tool.filters.as_ref()),
            k: tool.max_num_results.get() as usize,
            weights: Some(weights),
            threshold: options.score_threshold,
        },
        results: include,
    }))
}

/// The text of the last user message among `items`.
fn question(items: &[ItemResource]) -> Option<String> {
    items.iter().rev().find_map(|item| match item {
        ItemResource::InputMessageResource(m)
            if m.role == types::InputMessageResourceRole::User =>
        {
            let text: String = m.content.iter().map(|p| p.text.as_str()).collect();
            (!text.trim().is_empty()).then_some(text)
        }
        _ => None,
    })
}

/// A search that ran: its item (completed) and the chunks it found, best first.
pub struct Searched {
    pub item: types::FileSearchToolCall,
    pub found: Vec<Found>,
}

impl FileSearch {
    /// Searches every store; the best chunks over all of them.
    pub async fn run(&self, stores: &VectorStores, tenant: &str) -> Result<Searched, ApiError> {
        let mut found = Vec::new();
        for (j, id) in self.stores.iter().enumerate() {
            let param =
                |e: ApiError| e.with_param(format!("tools[{}].vector_store_ids[{j}]", self.tool));
            found.extend(
                stores
                    .search(tenant, id, self.query.clone())
                    .await
                    .map_err(param)?,
            );
        }
        found.sort_by(|a, b| b.score.total_cmp(&a.score));
        found.truncate(self.query.k);
        let results = match self.results {
            false => None,
            true => Some(
                found
                    .iter()
                    .map(|f| {
                        Ok(types::FileSearchResult {
                            file_id: f.file_id.clone(),
                            filename: f.filename.clone(),
                            text: f.text.clone(),
                            score: f.score,
                            attributes: serde_json::from_value(Value::Object(f.attributes.clone()))
                                .map_err(ApiError::internal)?,
                        })
                    })
                    .collect::<Result<_, ApiError>>()?,
            ),
        };
        let item = types::FileSearchToolCall {
            id: crate::util::new_id("fs")
                .parse()
                .map_err(ApiError::internal)?,
            type_: types::FileSearchToolCallType::FileSearchCall,
            status: types::FileSearchToolCallStatus::Completed,
            queries: self.query.texts.clone(),
            results,
        };
        Ok(Searched { item, found })
    }
}

/// The chunks found, as a system turn for the model (none when nothing was found). The best
/// comes last, nearest the question: small models follow what they read last (SmolLM2-135M
/// answered from the right excerpt more often this way, with a second one beside it).
pub fn excerpts(found: &[Found]) -> Option<Turn> {
    if found.is_empty() {
        return None;
    }
    let mut text = String::from(
        "Excerpts from the user's files that may answer the next message. Answer from them.\n",
    );
    for f in found.iter().rev() {
        text.push_str(&format!("\n[{}]\n{}\n", f.filename, f.text.trim()));
    }
    Some(Turn::new(Role::System, text))
}

/// Puts `turn` just before the last user turn (or last, when there is none).
pub fn insert_before_question(turns: &mut Vec<Turn>, turn: Turn) {
    let at = turns
        .iter()
        .rposition(|t| t.role == Role::User)
        .unwrap_or(turns.len());
    turns.insert(at, turn);
}

/// Words too common to say which file a sentence draws on.
const STOPWORDS: &[&str] = &[
    "the", "and", "for", "are", "but", "not", "you", "your", "all", "any", "can", "has", "have",
    "was", "were", "this", "that", "with", "from", "they", "them", "their", "there", "what",
    "which", "when", "who", "how", "will", "would", "should", "could", "may", "might", "its",
    "our", "out", "about", "into", "than", "then", "also", "just", "only", "does", "did", "been",
    "being", "more", "most", "some", "such", "these", "those", "each", "other", "very",
];

/// A text's distinct words, as keys that match across simple inflections (lowercase, the first
/// four letters): numbers and words of three letters or more, common words left out.
fn keys(text: &str) -> HashSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| {
            w.chars().all(|c| c.is_ascii_digit())
                || (w.chars().count() >= 3 && !STOPWORDS.contains(&w.as_str()))
        })
        .map(|w| w.chars().take(4).collect())
        .collect()
}

/// The sentences of `text`: the char offset where each ends (after its closing mark), and its
/// text. A sentence ends at `.`, `!` or `?` followed by white space, at a line break, or at the end.
fn sentences(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let (mut start, mut chars) = (0usize, 0usize);
    let mut iter = text.char_indices().peekable();
    while let Some((at, c)) = iter.next() {
        chars += 1;
        let next = iter.peek().map(|&(_, n)| n);
        let ends = c == '\n'
            || (matches!(c, '.' | '!' | '?') && next.is_none_or(char::is_whitespace))
            || next.is_none();
        if ends {
            let end = at + c.len_utf8();
            let sentence = &text[start..end];
            if !sentence.trim().is_empty() {
                let trailing = sentence.len() - sentence.trim_end().len();
                out.push((chars - trailing, sentence));
            }
            start = end;
        }
    }
    out
}

/// One citation: the char offset in the text it follows, and the file.
#[derive(Debug, PartialEq)]
pub struct Citation {
    pub index: usize,
    pub file_id: String,
    pub filename: String,
}

/// Which files `text` draws on: each sentence cites the file of the chunk that shares the most
/// words with it (a word weighs more the fewer chunks have it; ties go to the better-ranked
/// chunk); a sentence sharing none cites nothing. Consecutive sentences citing one file cite it
/// once, after the last of them.
pub fn cite(text: &str, found: &[Found]) -> Vec<Citation> {
    let chunks: Vec<HashSet<String>> = found.iter().map(|f| keys(&f.text)).collect();
    let mut df: HashMap<&str, usize> = HashMap::new();
    for c in &chunks {
        for k in c {
            *df.entry(k.as_str()).or_default() += 1;
        }
    }
    let n = chunks.len() as f64;
    let mut out: Vec<Citation> = Vec::new();
    let mut previous: Option<usize> = None; // the file (as a chunk index) the last sentence cited
    for (end, sentence) in sentences(text) {
        let words = keys(sentence);
        let mut best: Option<(f64, usize)> = None;
        for (i, chunk) in chunks.iter().enumerate() {
            let score: f64 = words
                .iter()
                .filter(|w| chunk.contains(*w))
                .map(|w| (1.0 + n / df[w.as_str()] as f64).ln())
                .sum();
            if score > 0.0 && best.is_none_or(|(s, _)| score > s) {
                best = Some((score, i));
            }
        }
        let Some((_, i)) = best else {
            previous = None;
            continue;
        };
        let file = &found[i];
        match (previous, out.last_mut()) {
            (Some(p), Some(last)) if found[p].file_id == file.file_id => last.index = end,
            _ => out.push(Citation {
                index: end,
                file_id: file.file_id.clone(),
                filename: file.filename.clone(),
            }),
        }
        previous = Some(i);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(file: &str, text: &str) -> Found {
        Found {
            file_id: format!("file-{file}"),
            filename: format!("{file}.md"),
            attributes: Default::default(),
            score: 0.5,
            text: text.into(),
        }
    }

    #[test]
    fn sentences_end_at_marks_and_lines() {
        let s = sentences("One. Two!\nThree 3.5 four");
        let ends: Vec<usize> = s.iter().map(|(e, _)| *e).collect();
        assert_eq!(ends, [4, 9, 24]);
        assert_eq!(s[2].1, "Three 3.5 four");
    }

    #[test]
    fn each_sentence_cites_the_file_it_shares_words_with() {
        let found = [
            found(
                "returns",
                "Items can be returned within 30 days of delivery for a refund.",
            ),
            found("shipping", "Orders ship within 2 business days of payment."),
        ];
        let text = "You can return an item within 30 days. Orders are shipped in 2 business days.";
        let c = cite(text, &found);
        assert_eq!(
            c.iter()
                .map(|c| (c.index, c.filename.as_str()))
                .collect::<Vec<_>>(),
            [(38, "returns.md"), (text.chars().count(), "shipping.md")]
        );
        assert!(cite("Nothing in common here.", &found).is_empty());
    }

    #[test]
    fn consecutive_sentences_citing_one_file_cite_it_once() {
        let found = [found(
            "returns",
            "Refunds go to the original card within 5 days.",
        )];
        let c = cite("Refunds go to your card. It takes 5 days.", &found);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].index, 41);
    }

    #[test]
    fn the_excerpts_go_before_the_question() {
        let mut turns = vec![
            Turn::new(Role::System, "Be brief."),
            Turn::new(Role::User, "What is the refund window?"),
        ];
        insert_before_question(&mut turns, excerpts(&[found("r", "30 days")]).unwrap());
        assert_eq!(turns[1].role, Role::System);
        assert!(turns[1].content.contains("[r.md]\n30 days"));
        assert_eq!(turns[2].role, Role::User);
        assert!(excerpts(&[]).is_none());
    }
}
