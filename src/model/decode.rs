//! Turning spanned YAML nodes into typed values, reporting every problem with its place.

use crate::diagnostics::{did_you_mean, one_of, Diagnostic, Diagnostics, SourceFile, Span};
use crate::load::yaml::{Node, Value};
use crate::quantity::{
    AsOf, Count, Exact, Money, Period, QuantityError, Rate, Stated, Status, Year,
};
use rust_decimal::Decimal;

/// The file being decoded and where its findings go.
pub struct Decoder<'a> {
    /// The file, for quoting lines in messages.
    pub file: &'a SourceFile,
    /// Findings.
    pub diags: &'a mut Diagnostics,
}

impl<'a> Decoder<'a> {
    /// A decoder for one file.
    pub fn new(file: &'a SourceFile, diags: &'a mut Diagnostics) -> Self {
        Decoder { file, diags }
    }

    /// Records an error at a node.
    pub fn error(&mut self, at: Span, message: impl Into<String>) {
        self.diags.push(Diagnostic::error(self.file, at, message));
    }

    /// Reads a mapping with a fixed set of keys; unknown and repeated keys are reported.
    pub fn fields<'n>(
        &mut self,
        node: &'n Node,
        what: &str,
        known: &'static [&'static str],
    ) -> Option<Fields<'n>> {
        let Value::Map(entries) = &node.value else {
            let found = node.kind_name();
            let d = Diagnostic::error(
                self.file,
                node.span,
                format!("{what} should be a mapping of keys, found {found}"),
            )
            .expected(format!("keys {}", one_of(known)));
            self.diags.push(d);
            return None;
        };
        let mut seen: Vec<&str> = Vec::new();
        for (k, _) in entries {
            let Some(key) = k.as_scalar() else {
                self.diags.push(Diagnostic::error(
                    self.file,
                    k.span,
                    format!("a key in {what} is not a plain name"),
                ));
                continue;
            };
            if !known.contains(&key) {
                let d =
                    Diagnostic::error(self.file, k.span, format!("unknown key `{key}` in {what}"))
                        .expected(format!("one of {}", one_of(known)))
                        .maybe_hint(
                            did_you_mean(key, known.iter().copied())
                                .map(|m| format!("did you mean `{m}`?")),
                        );
                self.diags.push(d);
            } else if seen.contains(&key) {
                self.diags.push(
                    Diagnostic::error(
                        self.file,
                        k.span,
                        format!("key `{key}` is given twice in {what}"),
                    )
                    .hint("keep one of the two; YAML would silently use the last"),
                );
            }
            seen.push(key);
        }
        Some(Fields {
            entries,
            span: node.span,
        })
    }

    /// A required or optional piece of text.
    pub fn text(&mut self, node: &Node, what: &str) -> Option<String> {
        match &node.value {
            Value::Scalar { text, .. } => Some(text.trim().to_string()),
            Value::Null => None,
            _ => {
                let found = node.kind_name();
                self.error(node.span, format!("{what} should be text, found {found}"));
                None
            }
        }
    }

    /// A list of items; a single value where a list belongs is reported.
    pub fn seq<'n>(&mut self, node: &'n Node, what: &str) -> &'n [Node] {
        match &node.value {
            Value::Seq(items) => items,
            Value::Null => &[],
            _ => {
                let found = node.kind_name();
                let d = Diagnostic::error(
                    self.file,
                    node.span,
                    format!("{what} should be a list, found {found}"),
                )
                .expected("a list: one `- { … }` row per line".to_string())
                .hint("start each row with `- `, e.g. `- { year: 2014, people: 34261 }`");
                self.diags.push(d);
                &[]
            }
        }
    }

    /// Parses a scalar with a quantity parser, reporting the failure at the node.
    pub fn quantity<T>(
        &mut self,
        node: &Node,
        what: &str,
        parse: impl FnOnce(&str) -> Result<T, QuantityError>,
    ) -> Option<T> {
        let text = match &node.value {
            Value::Scalar { text, .. } => text.clone(),
            Value::Null => return None,
            _ => {
                let found = node.kind_name();
                self.error(
                    node.span,
                    format!("{what} should be a single figure, found {found}"),
                );
                return None;
            }
        };
        match parse(&text) {
            Ok(v) => Some(v),
            Err(e) => {
                let d = Diagnostic::error(self.file, node.span, format!("{what}: {}", e.message))
                    .expected(e.expected)
                    .maybe_hint(e.hint);
                self.diags.push(d);
                None
            }
        }
    }

    /// A figure as a report states it, qualifier included (`8300余`, `近5000万元`).
    pub fn stated<T: Exact>(
        &mut self,
        node: &Node,
        what: &str,
        parse: impl FnOnce(&str) -> Result<T, QuantityError>,
    ) -> Option<Stated<T>> {
        self.quantity(node, what, |t| Stated::parse(t, parse))
    }

    /// A stated count, with the unit it must be written in, if any.
    pub fn stated_count(
        &mut self,
        node: &Node,
        what: &str,
        unit: Option<&str>,
    ) -> Option<Stated<Count>> {
        self.stated(node, what, |t| Count::parse(t, unit))
    }

    /// The date figures were true (`2019-12-31`, `2019-06`, `2019`).
    pub fn as_of(&mut self, node: &Node, what: &str) -> Option<AsOf> {
        self.quantity(node, what, AsOf::parse)
    }

    /// Money (`4.34亿元`).
    pub fn money(&mut self, node: &Node, what: &str) -> Option<Money> {
        self.quantity(node, what, Money::parse)
    }

    /// A count, with the unit it must be written in, if any (`人`, `户`).
    pub fn count(&mut self, node: &Node, what: &str, unit: Option<&str>) -> Option<Count> {
        self.quantity(node, what, |t| Count::parse(t, unit))
    }

    /// A rate (`1.23%`).
    pub fn rate(&mut self, node: &Node, what: &str) -> Option<Rate> {
        self.quantity(node, what, Rate::parse)
    }

    /// A year.
    pub fn year(&mut self, node: &Node, what: &str) -> Option<Year> {
        self.quantity(node, what, Year::parse)
    }

    /// A period (`2014-2018`).
    pub fn period(&mut self, node: &Node, what: &str) -> Option<Period> {
        self.quantity(node, what, Period::parse)
    }

    /// A project status.
    pub fn status(&mut self, node: &Node, what: &str) -> Option<Status> {
        self.quantity(node, what, Status::parse)
    }

    /// A plain non-negative decimal (`11570` km²).
    pub fn decimal(&mut self, node: &Node, what: &str) -> Option<Decimal> {
        self.quantity(node, what, |t| {
            let t = t
                .trim()
                .trim_end_matches("平方公里")
                .trim_end_matches("km²");
            Money::parse(t)
                .map(|m| m.yuan())
                .map_err(|_| QuantityError {
                    message: format!("`{t}` is not a number"),
                    expected: "a number such as `11570`".into(),
                    hint: None,
                })
        })
    }

    /// A yes/no switch.
    pub fn flag(&mut self, node: &Node, what: &str) -> Option<bool> {
        let t = self.text(node, what)?;
        match t.as_str() {
            "true" | "yes" | "True" | "是" => Some(true),
            "false" | "no" | "False" | "否" => Some(false),
            _ => {
                self.error(
                    node.span,
                    format!("{what} should be `true` or `false`, found `{t}`"),
                );
                None
            }
        }
    }

    /// A required key that is missing.
    pub fn missing(&mut self, at: Span, key: &str, what: &str, example: &str) {
        let d = Diagnostic::error(self.file, at, format!("{what} has no `{key}`"))
            .hint(format!("add it, e.g. `{example}`"));
        self.diags.push(d);
    }
}

/// The entries of a mapping whose keys were already checked.
pub struct Fields<'n> {
    entries: &'n [(Node, Node)],
    /// Where the mapping starts.
    pub span: Span,
}

impl<'n> Fields<'n> {
    /// The value of `key`, unless absent or null.
    pub fn get(&self, key: &str) -> Option<&'n Node> {
        self.entries
            .iter()
            .find(|(k, _)| k.as_scalar() == Some(key))
            .map(|(_, v)| v)
            .filter(|v| v.value != Value::Null)
    }

    /// The span of `key`'s value, or of the mapping when absent.
    pub fn span_of(&self, key: &str) -> Span {
        self.get(key).map(|n| n.span).unwrap_or(self.span)
    }

    /// All entries (for free-form maps such as indicator values).
    pub fn entries(&self) -> &'n [(Node, Node)] {
        self.entries
    }
}
