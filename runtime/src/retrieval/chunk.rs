//! Cutting a file's text into overlapping chunks of a number of tokens: the embedding model's
//! tokens when its engine can tell (the local MiniLM's WordPiece), words and punctuation marks
//! otherwise. A chunk is a slice of the original text, so its words and spacing stay as written.

use std::ops::Range;

/// Chunk sizes, in tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chunking {
    pub max_tokens: usize,
    /// Tokens each chunk repeats from the one before; less than `max_tokens`.
    pub overlap: usize,
}

/// OpenAI's `auto` strategy: 800-token chunks overlapping by 400, but no longer than what the
/// embedding model sees of an input (`window`), so that no chunk is embedded only in part.
pub fn auto(window: Option<usize>) -> Chunking {
    let max_tokens = window.map_or(800, |w| w.clamp(1, 800));
    Chunking {
        max_tokens,
        overlap: max_tokens / 2,
    }
}

/// Byte ranges of the words (runs of letters and digits) and of each other visible character.
pub fn words(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut word: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            word.get_or_insert(i);
            continue;
        }
        if let Some(start) = word.take() {
            out.push(start..i);
        }
        if !c.is_whitespace() {
            out.push(i..i + c.len_utf8());
        }
    }
    if let Some(start) = word {
        out.push(start..text.len());
    }
    out
}

/// The chunks of `text` whose tokens are `spans` (in order, within `text`).
pub fn chunks(text: &str, spans: &[Range<usize>], c: Chunking) -> Vec<String> {
    let step = c.max_tokens.saturating_sub(c.overlap).max(1);
    let mut out = Vec::new();
    let mut start = 0;
    while start < spans.len() {
        let end = (start + c.max_tokens.max(1)).min(spans.len());
        let bytes = spans[start].start..spans[end - 1].end;
        if let Some(slice) = text.get(bytes) {
            out.push(slice.to_string());
        }
        if end == spans.len() {
            break;
        }
        start += step;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_letters_and_digits_and_each_mark_alone() {
        let text = "Returns: within 30 days, café!";
        let got: Vec<&str> = words(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            got,
            ["Returns", ":", "within", "30", "days", ",", "café", "!"]
        );
    }

    #[test]
    fn chunks_overlap_and_cover_the_text() {
        let text = "a b c d e f g h i j";
        let spans = words(text);
        let c = Chunking {
            max_tokens: 4,
            overlap: 2,
        };
        assert_eq!(
            chunks(text, &spans, c),
            ["a b c d", "c d e f", "e f g h", "g h i j"]
        );
        // A short text is one chunk; no text, none.
        assert_eq!(chunks("just this", &words("just this"), c), ["just this"]);
        assert!(chunks("  ", &words("  "), c).is_empty());
    }

    #[test]
    fn auto_fits_the_embedding_window() {
        assert_eq!(
            auto(None),
            Chunking {
                max_tokens: 800,
                overlap: 400
            }
        );
        assert_eq!(
            auto(Some(254)),
            Chunking {
                max_tokens: 254,
                overlap: 127
            }
        );
    }
}
