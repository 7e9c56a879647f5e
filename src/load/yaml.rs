//! YAML read into a tree that remembers where every value was written.
//!
//! Built from saphyr-parser's event stream: each node keeps its line and column, and
//! scalars keep their text exactly as written, so `4.34亿元` or `1.23` reach the
//! quantity parsers untouched by float conversion.

use crate::diagnostics::{Diagnostic, SourceFile, Span};
use crate::messages::catalog::data;
use saphyr_parser::{Event, Parser, ScalarStyle};
use std::collections::HashMap;

/// Aliases may not expand a document beyond this many nodes ("billion laughs").
const MAX_NODES: usize = 1_000_000;
/// Deeper nesting than this is never a real data file.
const MAX_DEPTH: usize = 64;

/// A YAML value with its position.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The value.
    pub value: Value,
    /// Where it starts (and how wide a scalar is).
    pub span: Span,
}

/// A YAML value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Empty, `~` or `null`.
    Null,
    /// Any scalar, as written; `quoted` tells `"2015"` from `2015`.
    Scalar {
        /// The text.
        text: String,
        /// Written in quotes or as a block.
        quoted: bool,
    },
    /// A list.
    Seq(Vec<Node>),
    /// A mapping, keys in written order.
    Map(Vec<(Node, Node)>),
}

impl Node {
    /// A short name of the value's kind for messages ("a list", "text").
    pub fn kind_name(&self) -> crate::messages::Msg {
        use crate::messages::catalog::data;
        match &self.value {
            Value::Null => data::kind_nothing(),
            Value::Scalar { .. } => data::kind_scalar(),
            Value::Seq(_) => data::kind_list(),
            Value::Map(_) => data::kind_mapping(),
        }
    }

    /// The scalar text, if this is a scalar.
    pub fn as_scalar(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar { text, .. } => Some(text),
            _ => None,
        }
    }
}

/// Parses a YAML document. An empty document is an empty mapping.
///
/// `line_offset` shifts reported lines, for YAML embedded in a larger file
/// (front matter, chart blocks).
pub fn parse(file: &SourceFile, text: &str, line_offset: usize) -> Result<Node, Box<Diagnostic>> {
    let mut builder = Builder {
        file,
        line_offset,
        stack: Vec::new(),
        anchors: HashMap::new(),
        nodes: 0,
        root: None,
    };
    let mut parser = Parser::new_from_str(text);
    while let Some(event) = parser.next_event() {
        match event {
            Ok((ev, span)) => {
                let at = builder.span(
                    span.start.line(),
                    span.start.col(),
                    span.end.index() - span.start.index(),
                );
                if builder.event(ev, at)? {
                    break;
                }
            }
            Err(e) => {
                let m = e.marker();
                let at = builder.span(m.line(), m.col(), 1);
                return Err(Box::new(
                    Diagnostic::error(file, at, data::yaml_malformed(e.info()))
                        .expected(data::yaml_expected())
                        .hint(yaml_hint(file, at)),
                ));
            }
        }
    }
    Ok(builder.root.unwrap_or(Node {
        value: Value::Map(Vec::new()),
        span: Span::new(1 + line_offset, 1, 0),
    }))
}

/// A guess at the usual causes of a YAML syntax error, from the offending line.
fn yaml_hint(file: &SourceFile, at: Span) -> crate::messages::Msg {
    let line = file.line_text(at.line).unwrap_or("");
    let next = file.line_text(at.line + 1).unwrap_or("");
    if line.contains('\t') || next.starts_with('\t') {
        data::yaml_tabs()
    } else if line.contains('：') {
        data::yaml_fullwidth_colon()
    } else if line.contains('，') && line.contains('{') {
        data::yaml_fullwidth_comma()
    } else if line.matches('{').count() != line.matches('}').count() {
        data::yaml_unbalanced_braces()
    } else {
        data::yaml_general_hint()
    }
}

struct Builder<'a> {
    file: &'a SourceFile,
    line_offset: usize,
    stack: Vec<Frame>,
    anchors: HashMap<usize, Node>,
    nodes: usize,
    root: Option<Node>,
}

enum Frame {
    Seq {
        node: Node,
        anchor: usize,
    },
    Map {
        node: Node,
        anchor: usize,
        key: Option<Node>,
    },
}

impl Builder<'_> {
    fn span(&self, line: usize, col0: usize, len: usize) -> Span {
        Span::new(line + self.line_offset, col0 + 1, len)
    }

    /// Handles one event; true when the first document is complete.
    fn event(&mut self, ev: Event<'_>, at: Span) -> Result<bool, Box<Diagnostic>> {
        match ev {
            Event::Scalar(text, style, anchor, _tag) => {
                let quoted = style != ScalarStyle::Plain;
                let len = if quoted { at.len } else { plain_len(&text, at) };
                let value =
                    if !quoted && matches!(text.as_ref(), "" | "~" | "null" | "Null" | "NULL") {
                        Value::Null
                    } else {
                        Value::Scalar {
                            text: text.into_owned(),
                            quoted,
                        }
                    };
                self.add(
                    Node {
                        value,
                        span: Span { len, ..at },
                    },
                    anchor,
                )
            }
            Event::SequenceStart(anchor, _) => self.open(
                Frame::Seq {
                    node: Node {
                        value: Value::Seq(Vec::new()),
                        span: Span { len: 1, ..at },
                    },
                    anchor,
                },
                at,
            ),
            Event::MappingStart(anchor, _) => self.open(
                Frame::Map {
                    node: Node {
                        value: Value::Map(Vec::new()),
                        span: Span { len: 1, ..at },
                    },
                    anchor,
                    key: None,
                },
                at,
            ),
            Event::SequenceEnd | Event::MappingEnd => {
                let (node, anchor) = match self.stack.pop() {
                    Some(Frame::Seq { node, anchor }) | Some(Frame::Map { node, anchor, .. }) => {
                        (node, anchor)
                    }
                    None => return Ok(false),
                };
                self.add(node, anchor)
            }
            Event::Alias(id) => {
                let Some(size) = self.anchors.get(&id).map(count_nodes) else {
                    return Err(Box::new(Diagnostic::error(
                        self.file,
                        at,
                        data::yaml_alias_undefined(),
                    )));
                };
                // Charge before cloning so a bomb never allocates its expansion.
                self.charge(size, at)?;
                let mut copy = self.anchors[&id].clone();
                copy.span = at;
                self.add_counted(copy, 0)
            }
            Event::DocumentEnd => Ok(self.root.is_some()),
            _ => Ok(false),
        }
    }

    fn open(&mut self, frame: Frame, at: Span) -> Result<bool, Box<Diagnostic>> {
        if self.stack.len() >= MAX_DEPTH {
            return Err(Box::new(
                Diagnostic::error(self.file, at, data::yaml_too_deep(MAX_DEPTH))
                    .hint(data::yaml_too_deep_hint()),
            ));
        }
        self.stack.push(frame);
        Ok(false)
    }

    fn charge(&mut self, n: usize, at: Span) -> Result<(), Box<Diagnostic>> {
        self.nodes = self.nodes.saturating_add(n);
        if self.nodes > MAX_NODES {
            return Err(Box::new(
                Diagnostic::error(self.file, at, data::yaml_too_many_values())
                    .hint(data::yaml_aliases_multiply()),
            ));
        }
        Ok(())
    }

    fn add(&mut self, node: Node, anchor: usize) -> Result<bool, Box<Diagnostic>> {
        self.charge(1, node.span)?;
        self.add_counted(node, anchor)
    }

    fn add_counted(&mut self, node: Node, anchor: usize) -> Result<bool, Box<Diagnostic>> {
        if anchor != 0 {
            self.anchors.insert(anchor, node.clone());
        }
        match self.stack.last_mut() {
            None => {
                self.root = Some(node);
                Ok(false)
            }
            Some(Frame::Seq { node: parent, .. }) => {
                if let Value::Seq(items) = &mut parent.value {
                    items.push(node);
                }
                Ok(false)
            }
            Some(Frame::Map {
                node: parent, key, ..
            }) => {
                match key.take() {
                    None => *key = Some(node),
                    Some(k) => {
                        if let Value::Map(entries) = &mut parent.value {
                            entries.push((k, node));
                        }
                    }
                }
                Ok(false)
            }
        }
    }
}

/// Width of a plain scalar: its text (the parser's span may include trailing space).
/// Counted from the value, not by walking the source line, so a line of 30,000 values
/// stays linear.
fn plain_len(text: &str, at: Span) -> usize {
    let n = text.chars().count();
    if at.len > 0 { n.min(at.len) } else { n }.max(1)
}

fn count_nodes(n: &Node) -> usize {
    match &n.value {
        Value::Seq(items) => 1 + items.iter().map(count_nodes).sum::<usize>(),
        Value::Map(entries) => {
            1 + entries
                .iter()
                .map(|(k, v)| count_nodes(k) + count_nodes(v))
                .sum::<usize>()
        }
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Result<Node, Box<Diagnostic>> {
        let file = SourceFile::new("t.yaml", text);
        parse(&file, text, 0)
    }

    #[test]
    fn keeps_positions_and_text() {
        let n = parse_str("name: 科左后旗\npoverty:\n  - { year: 2014, rate: 1.23 }\n").unwrap();
        let Value::Map(entries) = &n.value else {
            panic!("map")
        };
        assert_eq!(entries[0].1.as_scalar(), Some("科左后旗"));
        assert_eq!((entries[0].1.span.line, entries[0].1.span.column), (1, 7));
        let Value::Seq(rows) = &entries[1].1.value else {
            panic!("seq")
        };
        let Value::Map(row) = &rows[0].value else {
            panic!("row")
        };
        assert_eq!(row[1].1.as_scalar(), Some("1.23"));
        assert_eq!(
            (row[1].1.span.line, row[1].1.span.column, row[1].1.span.len),
            (3, 25, 4)
        );
    }

    #[test]
    fn syntax_errors_have_a_line() {
        let e = parse_str("a: [1, 2\nb: 3\n").unwrap_err();
        assert!(e.span.unwrap().line >= 1);
        assert!(
            e.message.to_string().contains("not well formed"),
            "{}",
            e.message
        );
    }

    #[test]
    fn alias_bombs_stop() {
        let mut y = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 0..8 {
            let prev = (b'a' + i) as char;
            let next = (b'a' + i + 1) as char;
            y.push_str(&format!("{next}: &{next} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        }
        let e = parse_str(&y).unwrap_err();
        assert!(
            e.message.to_string().contains("more than a million"),
            "{}",
            e.message
        );
    }

    #[test]
    fn deep_nesting_stops() {
        let y = "[".repeat(500) + &"]".repeat(500);
        let e = parse_str(&y).unwrap_err();
        assert!(
            e.message.to_string().contains("deeper") || e.message.to_string().contains("recursion"),
            "{}",
            e.message
        );
    }

    #[test]
    fn empty_document_is_empty_map() {
        assert_eq!(parse_str("").unwrap().value, Value::Map(Vec::new()));
        assert_eq!(
            parse_str("# only a comment\n").unwrap().value,
            Value::Map(Vec::new())
        );
    }
}
