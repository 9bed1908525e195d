//! The spec's `pattern` rules, matched here instead of by a regex crate.
//!
//! OpenAPI's `pattern` is an ECMAScript regular expression. The spec's are short (character
//! classes, bounded repetition, one negative look-ahead), and a general engine (`regress`,
//! with its own hash map crates) was 3.6 s of the build an app pays for the SDK
//! (BENCHMARKS.md, (e)). This is a small backtracking matcher for the ECMAScript syntax such
//! rules use: anchors `^ $`, literals and escapes (`\d \D \s \S \w \W \t \n \r \v \f \0
//! \xHH \uHHHH`, escaped syntax characters), `.`, classes `[...]` / `[^...]` with ranges,
//! groups `(...)` / `(?:...)`, look-aheads `(?=...)` / `(?!...)`, alternation and the
//! quantifiers `* + ? {n} {n,} {n,m}` (a lazy one matches like a greedy one: only whether
//! there is a match is asked). Anything else (back-references, `\b`, named groups, flags)
//! does not compile, and every pattern of the spec is compiled by this module's tests, which
//! also compare it with `regress` on every one of them. Matching is by Unicode scalar value,
//! as `regress` does for UTF-8 text.

/// A compiled pattern.
#[derive(Debug, Clone)]
pub(crate) struct Pattern {
    alternatives: Vec<Vec<Node>>,
}

#[derive(Debug, Clone)]
enum Node {
    Char(char),
    Set(Set),
    Start,
    End,
    Group(Vec<Vec<Node>>),
    Ahead {
        negated: bool,
        alternatives: Vec<Vec<Node>>,
    },
    Repeat {
        node: Box<Node>,
        min: usize,
        max: Option<usize>,
    },
}

#[derive(Debug, Clone)]
struct Set {
    negated: bool,
    items: Vec<Item>,
}

#[derive(Debug, Clone, Copy)]
enum Item {
    Range(char, char),
    Digit(bool),
    Space(bool),
    Word(bool),
    /// `.`: anything but a line terminator.
    NotLineTerminator,
}

fn is_space(c: char) -> bool {
    // ECMAScript's WhiteSpace and LineTerminator.
    matches!(
        c,
        '\t' | '\n' | '\u{0B}' | '\u{0C}' | '\r' | ' ' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202F}'
                | '\u{205F}'
                | '\u{3000}'
                | '\u{FEFF}'
    )
}

impl Item {
    fn contains(self, c: char) -> bool {
        match self {
            Item::Range(a, b) => a <= c && c <= b,
            Item::Digit(yes) => c.is_ascii_digit() == yes,
            Item::Space(yes) => is_space(c) == yes,
            Item::Word(yes) => (c.is_ascii_alphanumeric() || c == '_') == yes,
            Item::NotLineTerminator => !matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}'),
        }
    }
}

impl Set {
    fn contains(&self, c: char) -> bool {
        self.items.iter().any(|i| i.contains(c)) != self.negated
    }
}

impl Node {
    /// Whether the node matches exactly one character, and which.
    fn single(&self, c: char) -> Option<bool> {
        match self {
            Node::Char(x) => Some(*x == c),
            Node::Set(s) => Some(s.contains(c)),
            _ => None,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Parsing

struct Parser<'p> {
    chars: Vec<char>,
    at: usize,
    _source: &'p str,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += 1;
        Some(c)
    }

    fn alternatives(&mut self) -> Option<Vec<Vec<Node>>> {
        let mut out = vec![self.sequence()?];
        while self.eat('|') {
            out.push(self.sequence()?);
        }
        Some(out)
    }

    fn sequence(&mut self) -> Option<Vec<Node>> {
        let mut nodes = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom()?;
            let node = self.quantified(atom)?;
            nodes.push(node);
        }
        Some(nodes)
    }

    fn quantified(&mut self, atom: Node) -> Option<Node> {
        let (min, max) = match self.peek() {
            Some('*') => {
                self.at += 1;
                (0, None)
            }
            Some('+') => {
                self.at += 1;
                (1, None)
            }
            Some('?') => {
                self.at += 1;
                (0, Some(1))
            }
            Some('{') => {
                self.at += 1;
                let min = self.number()?;
                let max = if self.eat(',') {
                    if self.peek() == Some('}') {
                        None
                    } else {
                        Some(self.number()?)
                    }
                } else {
                    Some(min)
                };
                if !self.eat('}') || max.is_some_and(|m| m < min) {
                    return None;
                }
                (min, max)
            }
            _ => return Some(atom),
        };
        if matches!(atom, Node::Start | Node::End | Node::Ahead { .. }) {
            return None;
        }
        // A lazy quantifier (`*?`) finds another match first, never another answer to
        // whether there is one, which is all `is_match` asks: it is matched like a greedy one.
        self.eat('?');
        Some(Node::Repeat {
            node: Box::new(atom),
            min,
            max,
        })
    }

    fn number(&mut self) -> Option<usize> {
        let start = self.at;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.at += 1;
        }
        if start == self.at {
            return None;
        }
        self.chars[start..self.at]
            .iter()
            .collect::<String>()
            .parse()
            .ok()
    }

    fn atom(&mut self) -> Option<Node> {
        let c = self.next()?;
        Some(match c {
            '^' => Node::Start,
            '$' => Node::End,
            '.' => Node::Set(Set {
                negated: false,
                items: vec![Item::NotLineTerminator],
            }),
            '(' => {
                let node = if self.eat('?') {
                    match self.next()? {
                        ':' => Node::Group(self.alternatives()?),
                        '=' => Node::Ahead {
                            negated: false,
                            alternatives: self.alternatives()?,
                        },
                        '!' => Node::Ahead {
                            negated: true,
                            alternatives: self.alternatives()?,
                        },
                        _ => return None,
                    }
                } else {
                    Node::Group(self.alternatives()?)
                };
                if !self.eat(')') {
                    return None;
                }
                node
            }
            '[' => Node::Set(self.class()?),
            '\\' => match self.escape()? {
                Escaped::Char(c) => Node::Char(c),
                Escaped::Item(item) => Node::Set(Set {
                    negated: false,
                    items: vec![item],
                }),
            },
            '*' | '+' | '?' | '{' | '}' | ')' | ']' => return None,
            other => Node::Char(other),
        })
    }

    fn class(&mut self) -> Option<Set> {
        let negated = self.eat('^');
        let mut items = Vec::new();
        loop {
            let c = self.next()?;
            if c == ']' {
                break;
            }
            let first = if c == '\\' {
                self.escape()?
            } else {
                Escaped::Char(c)
            };
            match first {
                Escaped::Item(item) => items.push(item),
                Escaped::Char(a) => {
                    // `a-b` is a range unless the `-` ends the class.
                    if self.peek() == Some('-') && self.chars.get(self.at + 1) != Some(&']') {
                        self.at += 1;
                        let b = match self.next()? {
                            '\\' => match self.escape()? {
                                Escaped::Char(b) => b,
                                Escaped::Item(_) => return None,
                            },
                            b => b,
                        };
                        if b < a {
                            return None;
                        }
                        items.push(Item::Range(a, b));
                    } else {
                        items.push(Item::Range(a, a));
                    }
                }
            }
        }
        Some(Set { negated, items })
    }

    fn hex(&mut self, digits: usize) -> Option<char> {
        let mut value = 0u32;
        for _ in 0..digits {
            value = value * 16 + self.next()?.to_digit(16)?;
        }
        char::from_u32(value)
    }

    fn escape(&mut self) -> Option<Escaped> {
        let c = self.next()?;
        Some(match c {
            'd' => Escaped::Item(Item::Digit(true)),
            'D' => Escaped::Item(Item::Digit(false)),
            's' => Escaped::Item(Item::Space(true)),
            'S' => Escaped::Item(Item::Space(false)),
            'w' => Escaped::Item(Item::Word(true)),
            'W' => Escaped::Item(Item::Word(false)),
            't' => Escaped::Char('\t'),
            'n' => Escaped::Char('\n'),
            'r' => Escaped::Char('\r'),
            'v' => Escaped::Char('\u{0B}'),
            'f' => Escaped::Char('\u{0C}'),
            '0' if !self.peek().is_some_and(|d| d.is_ascii_digit()) => Escaped::Char('\0'),
            'x' => Escaped::Char(self.hex(2)?),
            'u' => Escaped::Char(self.hex(4)?),
            '^' | '$' | '\\' | '.' | '*' | '+' | '?' | '(' | ')' | '[' | ']' | '{' | '}' | '|'
            | '/' | '-' => Escaped::Char(c),
            _ => return None,
        })
    }
}

enum Escaped {
    Char(char),
    Item(Item),
}

impl Pattern {
    /// Compiles `source`, or `None` for syntax this matcher does not support.
    pub(crate) fn new(source: &str) -> Option<Pattern> {
        let mut parser = Parser {
            chars: source.chars().collect(),
            at: 0,
            _source: source,
        };
        let alternatives = parser.alternatives()?;
        if parser.at != parser.chars.len() {
            return None;
        }
        Some(Pattern { alternatives })
    }

    /// Whether the pattern matches somewhere in `text` (ECMAScript's `RegExp.test`).
    ///
    /// A backtracking matcher can take polynomial time on text built against a pattern (the
    /// spec's phone rule on thousands of separators, say), and exponential time or a deep
    /// stack on some patterns. After [`STEP_BUDGET`] steps, or [`DEPTH_LIMIT`] nested calls,
    /// it stops and answers `true`: the value is then not refused on the client (the server
    /// still checks it), as for a pattern that does not compile, rather than hanging.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        let chars: Vec<char> = text.chars().collect();
        let input = Text {
            chars: &chars,
            steps: std::cell::Cell::new(0),
            depth: std::cell::Cell::new(0),
        };
        let found = (0..=chars.len())
            .take_while(|_| !input.exhausted())
            .any(|start| alternatives(&self.alternatives, &input, start, &mut |_| true));
        found || input.exhausted()
    }
}

/// Matching steps after which [`Pattern::is_match`] gives up.
const STEP_BUDGET: u64 = 1_000_000;

/// Nested matching calls after which [`Pattern::is_match`] gives up, so a repetition over a
/// group on a long text (`^(?:ab)*$`) cannot exhaust a thread's stack (the spec's need a few
/// dozen).
const DEPTH_LIMIT: u32 = 1_000;

/// The text being matched, and the steps spent on it.
struct Text<'a> {
    chars: &'a [char],
    steps: std::cell::Cell<u64>,
    depth: std::cell::Cell<u32>,
}

impl Text<'_> {
    /// Counts a step; `false` once the budget is spent (every branch then fails at once).
    fn step(&self) -> bool {
        self.spend(1)
    }

    /// Counts `n` steps (characters scanned); `false` once the budget is spent.
    fn spend(&self, n: u64) -> bool {
        let total = self.steps.get().saturating_add(n);
        self.steps.set(total);
        total <= STEP_BUDGET
    }

    fn exhausted(&self) -> bool {
        self.steps.get() > STEP_BUDGET
    }

    /// Runs `f` one level deeper; over [`DEPTH_LIMIT`], spends the budget instead (so the
    /// match gives up) and fails.
    fn deeper(&self, f: impl FnOnce() -> bool) -> bool {
        let depth = self.depth.get() + 1;
        if depth > DEPTH_LIMIT {
            self.steps.set(STEP_BUDGET + 1);
            return false;
        }
        self.depth.set(depth);
        let out = f();
        self.depth.set(depth - 1);
        out
    }
}

// ---------------------------------------------------------------------------------------------
// Matching: backtracking, each step handing the position it reached to a continuation.

fn alternatives(
    alts: &[Vec<Node>],
    input: &Text<'_>,
    at: usize,
    k: &mut dyn FnMut(usize) -> bool,
) -> bool {
    alts.iter()
        .any(|seq| input.step() && sequence(seq, input, at, k))
}

fn sequence(nodes: &[Node], input: &Text<'_>, at: usize, k: &mut dyn FnMut(usize) -> bool) -> bool {
    if !input.step() {
        return false;
    }
    input.deeper(|| sequence_at(nodes, input, at, k))
}

fn sequence_at(
    nodes: &[Node],
    input: &Text<'_>,
    at: usize,
    k: &mut dyn FnMut(usize) -> bool,
) -> bool {
    let Some((first, rest)) = nodes.split_first() else {
        return k(at);
    };
    match first {
        Node::Char(_) | Node::Set(_) => match input.chars.get(at) {
            Some(&c) if first.single(c) == Some(true) => sequence(rest, input, at + 1, k),
            _ => false,
        },
        Node::Start => at == 0 && sequence(rest, input, at, k),
        Node::End => at == input.chars.len() && sequence(rest, input, at, k),
        Node::Group(alts) => {
            alternatives(alts, input, at, &mut |next| sequence(rest, input, next, k))
        }
        Node::Ahead {
            negated,
            alternatives: alts,
        } => {
            let found = alternatives(alts, input, at, &mut |_| true);
            found != *negated && sequence(rest, input, at, k)
        }
        Node::Repeat { node, min, max } => repeat(node, *min, *max, rest, input, at, k),
    }
}

#[allow(clippy::too_many_arguments)]
fn repeat(
    node: &Node,
    min: usize,
    max: Option<usize>,
    rest: &[Node],
    input: &Text<'_>,
    at: usize,
    k: &mut dyn FnMut(usize) -> bool,
) -> bool {
    // One character per repetition: count the run, then try its lengths without recursing
    // per character (a long text against `[\s\S]*` stays flat).
    if matches!(node, Node::Char(_) | Node::Set(_)) {
        let limit = max.unwrap_or(usize::MAX);
        let mut run = 0;
        while run < limit
            && input
                .chars
                .get(at + run)
                .is_some_and(|&c| node.single(c) == Some(true))
        {
            if !input.step() {
                return false;
            }
            run += 1;
        }
        if run < min {
            return false;
        }
        return (min..=run)
            .rev()
            .take_while(|_| !input.exhausted())
            .any(|n| sequence(rest, input, at + n, k));
    }
    repeat_general(node, min, max, 0, rest, input, at, k)
}

#[allow(clippy::too_many_arguments)]
fn repeat_general(
    node: &Node,
    min: usize,
    max: Option<usize>,
    done: usize,
    rest: &[Node],
    input: &Text<'_>,
    at: usize,
    k: &mut dyn FnMut(usize) -> bool,
) -> bool {
    if !input.step() {
        return false;
    }
    let may_stop = done >= min;
    let may_go_on = max.is_none_or(|m| done < m);
    let one_more = |k: &mut dyn FnMut(usize) -> bool| {
        may_go_on
            && sequence(std::slice::from_ref(node), input, at, &mut |next| {
                // An iteration that consumed nothing ends the loop (as ECMAScript does),
                // once the minimum is reached.
                if next == at && done >= min {
                    return false;
                }
                repeat_general(node, min, max, done + 1, rest, input, next, k)
            })
    };
    one_more(k) || (may_stop && sequence(rest, input, at, k))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `pattern` the spec has, as the generator wrote them into `schemas.rs` and
    /// `limits.rs` (Rust string literals after `pattern: Some(`).
    fn spec_patterns() -> Vec<String> {
        let mut out = Vec::new();
        for source in [include_str!("schemas.rs"), include_str!("limits.rs")] {
            for piece in source.split("pattern: Some(").skip(1) {
                out.push(rust_string_literal(piece.trim_start()));
            }
        }
        out.sort();
        out.dedup();
        out
    }

    /// The value of the Rust string literal `text` starts with.
    fn rust_string_literal(text: &str) -> String {
        let mut chars = text.chars();
        assert_eq!(chars.next(), Some('"'), "not a string literal: {text:.40}");
        let mut out = String::new();
        while let Some(c) = chars.next() {
            match c {
                '"' => return out,
                '\\' => match chars.next() {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some('r') => out.push('\r'),
                    Some('0') => out.push('\0'),
                    Some('u') => {
                        let hex: String = chars
                            .by_ref()
                            .skip_while(|&c| c == '{')
                            .take_while(|&c| c != '}')
                            .collect();
                        let code = u32::from_str_radix(&hex, 16).expect("hex");
                        out.push(char::from_u32(code).expect("a char"));
                    }
                    Some(other) => out.push(other),
                    None => panic!("unterminated escape"),
                },
                other => out.push(other),
            }
        }
        panic!("unterminated string literal: {text:.40}")
    }

    #[test]
    fn every_pattern_of_the_spec_compiles() {
        let patterns = spec_patterns();
        assert!(patterns.len() >= 6, "{patterns:?}");
        for p in &patterns {
            assert!(Pattern::new(p).is_some(), "does not compile: {p}");
        }
    }

    /// Extra patterns for the syntax the spec's do not use yet.
    const MORE: &[&str] = &[
        "a|b",
        "^(ab|a)(c|bcd)$",
        "^a*?b$",
        "^(?:a|ab)*c$",
        "^a{2,3}$",
        "^[^a-c]+$",
        "^\\d{3}-\\d{4}$",
        "^\\w+$",
        "(?=a)a",
        "^.+$",
        "^[-a]+$",
        "^[a-]+$",
        "^(a*)*$",
        "^\\x41\\u00e9$",
        "^[\\s]*$",
        "^(?!.*ab).*$",
        "^\\(\\)\\.$",
        "b+",
    ];

    /// A deterministic stream of test strings over the characters that matter to the patterns.
    fn samples() -> Vec<String> {
        let alphabet: Vec<char> = "aAbcdz09_-+#.() \t\n\r\u{a0}\u{2028}\u{feff}\u{b}é€𝄞xX"
            .chars()
            .collect();
        let mut out = vec![String::new()];
        // Every string of length 1 and 2.
        for &a in &alphabet {
            out.push(a.to_string());
            for &b in &alphabet {
                out.push(format!("{a}{b}"));
            }
        }
        // Random ones up to 40 characters (a fixed linear congruential generator).
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) as usize
        };
        for _ in 0..4000 {
            let len = next() % 41;
            // Bias towards digits and separators, which the phone pattern counts.
            let s: String = (0..len)
                .map(|_| match next() % 4 {
                    0 => char::from(b'0' + (next() % 10) as u8),
                    1 => [' ', '(', ')', '.', '-', '\u{a0}', '+'][next() % 7],
                    _ => alphabet[next() % alphabet.len()],
                })
                .collect();
            out.push(s);
        }
        // Phone numbers the spec documents, and near misses.
        for s in [
            "0521234567",
            "+972 52-123-4567",
            "00972 (52) 123 4567",
            "+972-52-123-45678901234",
            "1234567",
            "     x",
            "a    b",
            "a     b",
            "#A0b1C2",
            "#a0b1c",
        ] {
            out.push(s.to_string());
        }
        out
    }

    /// The matcher agrees with `regress`, an ECMAScript engine, on every sample, for every
    /// pattern of the spec and the extra ones.
    #[test]
    fn agrees_with_an_ecmascript_engine() {
        let samples = samples();
        let mut patterns = spec_patterns();
        patterns.extend(MORE.iter().map(|s| s.to_string()));
        let mut checked = 0;
        for p in &patterns {
            let ours = Pattern::new(p).unwrap_or_else(|| panic!("does not compile: {p}"));
            let theirs = regress::Regex::new(p).unwrap_or_else(|e| panic!("regress: {p}: {e}"));
            for s in &samples {
                assert_eq!(
                    ours.is_match(s),
                    theirs.find(s).is_some(),
                    "pattern {p:?} on {s:?}"
                );
                checked += 1;
            }
        }
        assert!(checked > 100_000, "{checked}");
    }

    #[test]
    fn unsupported_syntax_does_not_compile() {
        for p in [
            "(a", "a)", "[a", "a{2,1}", "\\1", "\\b", "(?<n>a)", "*a", "a**", "^*", "[b-a]",
        ] {
            assert!(Pattern::new(p).is_none(), "{p}");
        }
    }

    /// A long text against the spec's look-ahead pattern stays flat (no recursion per
    /// character), and nested repetitions end.
    #[test]
    fn long_texts_and_nested_repetitions_finish() {
        let p = Pattern::new(r"^(?![\s\S]*( {5}|[\t\n\r]))[\s\S]*$").expect("compiles");
        let long = "word ".repeat(20_000);
        assert!(p.is_match(&long));
        assert!(!p.is_match(&format!("{long}\n")));
        let nested = Pattern::new("^(a*)*$").expect("compiles");
        assert!(nested.is_match(&"a".repeat(30)));
    }

    /// Text built to make a backtracking matcher take polynomial time hits the step budget
    /// and is let through (the server still checks it) instead of hanging the caller.
    #[test]
    fn a_pathological_text_stops_at_the_budget() {
        let phone =
            Pattern::new(r"^[ ().\u00a0-]*(?:\+|00)?[ ().\u00a0-]*(?:[0-9][ ().\u00a0-]*){8,15}$")
                .expect("compiles");
        let hostile = format!("{}x", " ".repeat(50_000));
        let started = std::time::Instant::now();
        assert!(phone.is_match(&hostile), "given up, so let through");
        assert!(started.elapsed() < std::time::Duration::from_secs(10));
        // Ordinary values are decided exactly.
        assert!(phone.is_match("+972 52-123-4567"));
        assert!(!phone.is_match("+972 52-123-4567x"));
        for (pattern, text) in [
            ("^(a*)*$", format!("{}b", "a".repeat(40))),
            ("^(?:a|a)*$", format!("{}b", "a".repeat(40))),
            ("^(?:ab)*$", "ab".repeat(100_000)),
            ("(?:){1000000}", String::new()),
            ("(?:a?){1000000}", String::new()),
        ] {
            let started = std::time::Instant::now();
            let p = Pattern::new(pattern).expect("compiles");
            assert!(p.is_match(&text), "{pattern}: given up, so let through");
            assert!(
                started.elapsed() < std::time::Duration::from_secs(10),
                "{pattern}"
            );
        }
    }
}
