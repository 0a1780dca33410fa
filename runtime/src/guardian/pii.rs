//! Personal data and secrets in text: found by pattern, then checked (Luhn for card numbers,
//! mod 97 for IBANs, address parsing for IPs) so that order numbers and dates are not taken for
//! them. Each find has a category; a category is allowed, masked (`[EMAIL]`) or blocked.

use regex::Regex;
use std::borrow::Cow;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::sync::LazyLock;

/// What a piece of personal data is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    Secret,
    Email,
    Card,
    Iban,
    NationalId,
    Ip,
    Phone,
}

impl Category {
    /// In order of precedence: where two finds overlap, the earlier category wins.
    pub const ALL: [Category; 7] = [
        Category::Secret,
        Category::Email,
        Category::Card,
        Category::Iban,
        Category::NationalId,
        Category::Ip,
        Category::Phone,
    ];

    /// As policies and the audit log name it.
    pub fn name(self) -> &'static str {
        match self {
            Category::Secret => "secret",
            Category::Email => "email",
            Category::Card => "card",
            Category::Iban => "iban",
            Category::NationalId => "national_id",
            Category::Ip => "ip",
            Category::Phone => "phone",
        }
    }

    pub fn parse(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.name() == name)
    }

    /// What replaces a masked find.
    pub fn mask(self) -> &'static str {
        match self {
            Category::Secret => "[SECRET]",
            Category::Email => "[EMAIL]",
            Category::Card => "[CARD]",
            Category::Iban => "[IBAN]",
            Category::NationalId => "[NATIONAL_ID]",
            Category::Ip => "[IP]",
            Category::Phone => "[PHONE]",
        }
    }

    fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// A set of categories.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Categories(u8);

impl Categories {
    pub fn insert(&mut self, c: Category) {
        self.0 |= c.bit();
    }
    pub fn contains(self, c: Category) -> bool {
        self.0 & c.bit() != 0
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    pub fn union(self, other: Categories) -> Categories {
        Categories(self.0 | other.0)
    }
    pub fn iter(self) -> impl Iterator<Item = Category> {
        Category::ALL.into_iter().filter(move |c| self.contains(*c))
    }
    pub fn names(self) -> Vec<&'static str> {
        self.iter().map(Category::name).collect()
    }
}

impl FromIterator<Category> for Categories {
    fn from_iter<I: IntoIterator<Item = Category>>(iter: I) -> Categories {
        let mut set = Categories::default();
        iter.into_iter().for_each(|c| set.insert(c));
        set
    }
}

/// One find: `text[start..end]` is of `category`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Find {
    pub start: usize,
    pub end: usize,
    pub category: Category,
}

struct Detector {
    category: Category,
    pattern: Regex,
    /// Whether a match really is one (checksums, address parsing).
    valid: fn(&str) -> bool,
}

static DETECTORS: LazyLock<Vec<Detector>> = LazyLock::new(|| {
    let d = |category, pattern: &str, valid| Detector {
        category,
        pattern: Regex::new(pattern).expect("PII patterns compile"),
        valid,
    };
    vec![
        d(
            Category::Secret,
            r"\b(?:sk|rk|pk|lk)[-_][A-Za-z0-9_-]{16,}|\bgh[pousr]_[A-Za-z0-9]{30,}|\bAKIA[0-9A-Z]{16}\b|\bxox[abprs]-[A-Za-z0-9-]{10,}|\bAIza[0-9A-Za-z_-]{35}|\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}|-----BEGIN [A-Z ]*PRIVATE KEY-----",
            |_| true,
        ),
        d(
            Category::Email,
            r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b",
            |_| true,
        ),
        d(Category::Card, r"\b\d(?:[ -]?\d){12,18}\b", luhn),
        d(
            Category::Iban,
            r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b",
            iban,
        ),
        d(
            Category::NationalId,
            // US social security numbers, UK national insurance numbers.
            r"\b\d{3}-\d{2}-\d{4}\b|\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b",
            national_id,
        ),
        d(
            Category::Ip,
            r"\b(?:\d{1,3}\.){3}\d{1,3}\b|(?:\b[0-9A-Fa-f]{1,4}|:):(?:[0-9A-Fa-f]{0,4}:){0,6}[0-9A-Fa-f]{0,4}\b",
            ip,
        ),
        d(
            Category::Phone,
            r"\+\d{8,15}\b|(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?|\b)\d{2,4}[ .-]\d{2,4}(?:[ .-]\d{2,4}){0,2}\b",
            phone,
        ),
    ]
});

fn digits(s: &str) -> impl Iterator<Item = u32> + '_ {
    s.chars().filter_map(|c| c.to_digit(10))
}

/// A payment card number: 13 to 19 digits whose Luhn checksum holds.
fn luhn(s: &str) -> bool {
    let ds: Vec<u32> = digits(s).collect();
    if !(13..=19).contains(&ds.len()) || ds.iter().all(|d| *d == ds[0]) {
        return false;
    }
    let sum: u32 = ds
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| match (i % 2 == 1, d * 2) {
            (true, dd) if dd > 9 => dd - 9,
            (true, dd) => dd,
            (false, _) => d,
        })
        .sum();
    sum.is_multiple_of(10)
}

/// An IBAN: 15 to 34 characters whose ISO 7064 mod-97 check is 1.
fn iban(s: &str) -> bool {
    let compact: Vec<char> = s.chars().filter(|c| *c != ' ').collect();
    if !(15..=34).contains(&compact.len()) {
        return false;
    }
    let rearranged = compact[4..].iter().chain(&compact[..4]);
    let mut rem: u32 = 0;
    for c in rearranged {
        let v = match c.to_digit(36) {
            Some(v) => v,
            None => return false,
        };
        rem = if v < 10 {
            (rem * 10 + v) % 97
        } else {
            (rem * 100 + v) % 97
        };
    }
    rem == 1
}

/// An IPv4 address, or an IPv6 one with a digit in it (so that `a::b`, a path in Rust or C++, is
/// not taken for one).
fn ip(s: &str) -> bool {
    s.parse::<Ipv4Addr>().is_ok()
        || (s.parse::<Ipv6Addr>().is_ok()
            && s.bytes().any(|b| b.is_ascii_digit())
            && s.matches(':').count() >= 2)
}

fn national_id(s: &str) -> bool {
    match s.as_bytes().get(3) {
        // An SSN's area is never 000, 666 or 9xx; its group and serial never all zero.
        Some(b'-') => {
            let (area, group, serial) = (&s[..3], &s[4..6], &s[7..]);
            !matches!(area, "000" | "666")
                && !area.starts_with('9')
                && group != "00"
                && serial != "0000"
        }
        _ => true,
    }
}

/// A phone number: 10 to 15 digits, or 7 or more written with a `+` or an area code in
/// parentheses (so dates and short numbers are not taken for one).
fn phone(s: &str) -> bool {
    let n = digits(s).count();
    (10..=15).contains(&n) || ((7..=15).contains(&n) && (s.starts_with('+') || s.contains('(')))
}

/// Every find in `text`, in order, none overlapping.
pub fn scan(text: &str) -> Vec<Find> {
    let mut finds: Vec<Find> = Vec::new();
    if text.len() < 7 {
        return finds;
    }
    for d in DETECTORS.iter() {
        for m in d.pattern.find_iter(text) {
            let overlaps = finds.iter().any(|f| m.start() < f.end && f.start < m.end());
            if !overlaps && (d.valid)(m.as_str()) {
                finds.push(Find {
                    start: m.start(),
                    end: m.end(),
                    category: d.category,
                });
            }
        }
    }
    finds.sort_by_key(|f| f.start);
    finds
}

/// The categories in `text`.
pub fn categories(text: &str) -> Categories {
    scan(text).into_iter().map(|f| f.category).collect()
}

/// `text` with the finds of `mask` replaced by their masks.
pub fn mask(text: &str, mask: Categories) -> Cow<'_, str> {
    if mask.is_empty() {
        return Cow::Borrowed(text);
    }
    masked(text, &scan(text), mask)
}

/// `text` with each of `finds` (from [`scan`] of it) replaced by its mask.
pub fn replace<'a>(text: &'a str, finds: &[Find]) -> Cow<'a, str> {
    masked(text, finds, Category::ALL.into_iter().collect())
}

fn masked<'a>(text: &'a str, finds: &[Find], mask: Categories) -> Cow<'a, str> {
    let mut finds = finds
        .iter()
        .filter(|f| mask.contains(f.category))
        .peekable();
    if finds.peek().is_none() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for f in finds {
        out.push_str(&text[at..f.start]);
        out.push_str(f.category.mask());
        at = f.end;
    }
    out.push_str(&text[at..]);
    Cow::Owned(out)
}

/// What to do with the categories found in generated output.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Redaction {
    pub mask: Categories,
    /// A find of one of these ends the output with a policy violation.
    pub block: Categories,
}

impl Redaction {
    pub fn is_noop(&self) -> bool {
        self.mask.is_empty() && self.block.is_empty()
    }

    /// `text` masked, with the categories it masked; or the blocked category it holds.
    pub fn apply<'a>(&self, text: &'a str) -> Result<(Cow<'a, str>, Categories), Category> {
        if self.is_noop() {
            return Ok((Cow::Borrowed(text), Categories::default()));
        }
        let finds = scan(text);
        if let Some(f) = finds.iter().find(|f| self.block.contains(f.category)) {
            return Err(f.category);
        }
        let hit: Categories = finds
            .iter()
            .map(|f| f.category)
            .filter(|c| self.mask.contains(*c))
            .collect();
        Ok((masked(text, &finds, self.mask), hit))
    }
}

/// Redacts streamed text whose finds may span deltas: it holds back the trailing run of
/// characters that could still grow into a find (a word with digits, `@` or dots; never more
/// than [`MAX_HOLD`] bytes), and lets the rest through, redacted.
#[derive(Debug, Default)]
pub struct StreamRedactor {
    redaction: Redaction,
    pending: String,
    /// The categories masked so far.
    pub masked: Categories,
}

/// The most a stream holds back.
pub const MAX_HOLD: usize = 256;

impl StreamRedactor {
    pub fn new(redaction: Redaction) -> StreamRedactor {
        StreamRedactor {
            redaction,
            ..Default::default()
        }
    }

    /// What of the text so far can be sent now.
    pub fn push(&mut self, delta: &str) -> Result<String, Category> {
        if self.redaction.is_noop() {
            return Ok(delta.to_string());
        }
        self.pending.push_str(delta);
        let mut cut = run_start(&self.pending);
        if self.pending.len() - cut > MAX_HOLD {
            cut = self.pending.len() - MAX_HOLD / 4;
            while !self.pending.is_char_boundary(cut) {
                cut -= 1;
            }
        }
        let ready: String = self.pending.drain(..cut).collect();
        self.send(&ready)
    }

    /// The rest, at the end of the stream.
    pub fn finish(&mut self) -> Result<String, Category> {
        let rest = std::mem::take(&mut self.pending);
        self.send(&rest)
    }

    fn send(&mut self, ready: &str) -> Result<String, Category> {
        let (text, hit) = self.redaction.apply(ready)?;
        self.masked = self.masked.union(hit);
        Ok(text.into_owned())
    }
}

/// Characters a find is made of (besides spaces between digits).
fn sticky(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '@' | '.' | '_' | '%' | '+' | '-' | '(' | ')' | ':')
}

/// Where the run of find-like characters that ends `text` starts. A space belongs to a run when
/// a digit stands next to it (cards, phones and IBANs are written in groups); a trailing space
/// after a digit may still continue one.
fn run_start(text: &str) -> usize {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = chars.len();
    while i > 0 {
        let c = chars[i - 1].1;
        let joins = if c == ' ' {
            let before = i >= 2 && chars[i - 2].1.is_ascii_digit();
            let after = chars.get(i).is_some_and(|(_, n)| n.is_ascii_digit());
            before || after
        } else {
            sticky(c)
        };
        if !joins {
            break;
        }
        i -= 1;
    }
    chars.get(i).map_or(text.len(), |(at, _)| *at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, &'static str)> {
        scan(text)
            .into_iter()
            .map(|f| (&text[f.start..f.end], f.category.name()))
            .collect()
    }

    #[test]
    fn each_category_is_found_and_lookalikes_are_not() {
        let text = "Mail jane.doe+x@example.co.uk or call +44 20 7946 0958 / (555) 123-4567. \
                    Card 4111 1111 1111 1111, IBAN GB82 WEST 1234 5698 7654 32, SSN 123-45-6789, \
                    NI AB 12 34 56 C, host 192.168.1.20 and 2001:db8::1, key sk-proj-AbC123dEf456GhI789.";
        assert_eq!(
            found(text),
            vec![
                ("jane.doe+x@example.co.uk", "email"),
                ("+44 20 7946 0958", "phone"),
                ("(555) 123-4567", "phone"),
                ("4111 1111 1111 1111", "card"),
                ("GB82 WEST 1234 5698 7654 32", "iban"),
                ("123-45-6789", "national_id"),
                ("AB 12 34 56 C", "national_id"),
                ("192.168.1.20", "ip"),
                ("2001:db8::1", "ip"),
                ("sk-proj-AbC123dEf456GhI789", "secret"),
            ]
        );
        // A failed checksum, a date, a version, a time, an order number, a short number.
        let clean = "Order 4111 1111 1111 1112 on 2024-01-15, v1.2.3, at 12:30:45, ref 123456789, \
                     call 555-1234, 999.1.1.1, GB00 WEST 1234 5698, 000-12-3456, \
                     hyper_util::client::legacy, std::fs::read, a::b, cafe::face.";
        assert_eq!(found(clean), vec![]);
    }

    #[test]
    fn masking_replaces_only_the_chosen_categories() {
        let text = "card 4242-4242-4242-4242 from bob@example.org";
        let cards: Categories = [Category::Card].into_iter().collect();
        assert_eq!(mask(text, cards), "card [CARD] from bob@example.org");
        let both = cards.union([Category::Email].into_iter().collect());
        assert_eq!(mask(text, both), "card [CARD] from [EMAIL]");
        assert_eq!(categories(text).names(), vec!["email", "card"]);
        let r = Redaction {
            mask: cards,
            block: [Category::Email].into_iter().collect(),
        };
        assert_eq!(r.apply(text), Err(Category::Email));
        let r = Redaction {
            mask: both,
            block: Categories::default(),
        };
        assert_eq!(r.apply(text).unwrap().1, both);
    }

    /// Every way of cutting the text into two deltas, and one character at a time, gives the
    /// same masked text, and nothing of a card or an address is ever sent before it is masked.
    #[test]
    fn streams_mask_finds_that_span_deltas() {
        let text = "Pay with 4111 1111 1111 1111 and write to a.b@example.com, thanks. Done 2024.";
        let r = Redaction {
            mask: Categories::default()
                .union([Category::Card, Category::Email].into_iter().collect()),
            block: Categories::default(),
        };
        let want = "Pay with [CARD] and write to [EMAIL], thanks. Done 2024.";
        let run = |pieces: Vec<&str>| {
            let mut s = StreamRedactor::new(r);
            let mut out = String::new();
            for p in pieces {
                let sent = s.push(p).unwrap();
                out.push_str(&sent);
                for secret in ["1111 1111", "a.b@", "example.com"] {
                    assert!(!out.contains(secret), "{secret} sent in {out:?}");
                }
            }
            out.push_str(&s.finish().unwrap());
            out
        };
        for cut in 1..text.len() {
            assert_eq!(run(vec![&text[..cut], &text[cut..]]), want, "cut at {cut}");
        }
        let chars: Vec<String> = text.chars().map(String::from).collect();
        assert_eq!(run(chars.iter().map(String::as_str).collect()), want);
        // Plain words pass at once: only the word being written is held.
        let mut s = StreamRedactor::new(r);
        assert_eq!(s.push("Hello there, frie").unwrap(), "Hello there, ");
    }

    #[test]
    fn a_stream_never_holds_more_than_the_window() {
        let mut s = StreamRedactor::new(Redaction {
            mask: [Category::Card].into_iter().collect(),
            block: Categories::default(),
        });
        let sent = s.push(&"x".repeat(1000)).unwrap();
        assert!(sent.len() >= 1000 - MAX_HOLD);
    }
}
