//! Turning spanned YAML nodes into typed values, reporting every problem with its place.

use crate::diagnostics::{did_you_mean, Diagnostic, Diagnostics, SourceFile, Span};
use crate::load::yaml::{Node, Value};
use crate::messages::catalog::{common, data};
use crate::messages::{choices, Arg, Msg};
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
    pub fn error(&mut self, at: Span, message: impl Into<Msg>) {
        self.diags.push(Diagnostic::error(self.file, at, message));
    }

    /// Reads a mapping with a fixed set of keys; unknown and repeated keys are reported.
    pub fn fields<'n>(
        &mut self,
        node: &'n Node,
        what: impl Into<Arg>,
        known: &'static [&'static str],
    ) -> Option<Fields<'n>> {
        let what: Arg = what.into();
        let Value::Map(entries) = &node.value else {
            let found = node.kind_name();
            let d = Diagnostic::error(self.file, node.span, data::not_a_mapping(what, found))
                .expected(data::keys_one_of(choices(known)));
            self.diags.push(d);
            return None;
        };
        let mut seen: Vec<&str> = Vec::new();
        for (k, _) in entries {
            let Some(key) = k.as_scalar() else {
                self.diags.push(Diagnostic::error(
                    self.file,
                    k.span,
                    data::key_not_plain(what.clone()),
                ));
                continue;
            };
            if !known.contains(&key) {
                let d = Diagnostic::error(self.file, k.span, data::unknown_key(key, what.clone()))
                    .expected(common::one_of(choices(known)))
                    .maybe_hint(did_you_mean(key, known.iter().copied()).map(common::did_you_mean));
                self.diags.push(d);
            } else if seen.contains(&key) {
                self.diags.push(
                    Diagnostic::error(self.file, k.span, data::key_twice(key, what.clone()))
                        .hint(data::key_twice_hint()),
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
    pub fn text(&mut self, node: &Node, what: impl Into<Arg>) -> Option<String> {
        match &node.value {
            Value::Scalar { text, .. } => Some(text.trim().to_string()),
            Value::Null => None,
            _ => {
                let found = node.kind_name();
                self.error(node.span, data::not_text(what, found));
                None
            }
        }
    }

    /// A list of items; a single value where a list belongs is reported.
    pub fn seq<'n>(&mut self, node: &'n Node, what: impl Into<Arg>) -> &'n [Node] {
        match &node.value {
            Value::Seq(items) => items,
            Value::Null => &[],
            _ => {
                let found = node.kind_name();
                let d = Diagnostic::error(self.file, node.span, data::not_a_list(what, found))
                    .expected(data::a_list_of_rows())
                    .hint(data::start_rows_with_dash());
                self.diags.push(d);
                &[]
            }
        }
    }

    /// Parses a scalar with a quantity parser, reporting the failure at the node.
    pub fn quantity<T>(
        &mut self,
        node: &Node,
        what: impl Into<Arg>,
        parse: impl FnOnce(&str) -> Result<T, QuantityError>,
    ) -> Option<T> {
        let text = match &node.value {
            Value::Scalar { text, .. } => text.clone(),
            Value::Null => return None,
            _ => {
                let found = node.kind_name();
                self.error(node.span, data::not_a_figure(what, found));
                return None;
            }
        };
        match parse(&text) {
            Ok(v) => Some(v),
            Err(e) => {
                let d = Diagnostic::error(self.file, node.span, data::bad_value(what, e.message))
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
        what: impl Into<Arg>,
        parse: impl FnOnce(&str) -> Result<T, QuantityError>,
    ) -> Option<Stated<T>> {
        self.quantity(node, what, |t| Stated::parse(t, parse))
    }

    /// A stated count, with the unit it must be written in, if any.
    pub fn stated_count(
        &mut self,
        node: &Node,
        what: impl Into<Arg>,
        unit: Option<&str>,
    ) -> Option<Stated<Count>> {
        self.stated(node, what, |t| Count::parse(t, unit))
    }

    /// The date figures were true (`2019-12-31`, `2019-06`, `2019`).
    pub fn as_of(&mut self, node: &Node, what: impl Into<Arg>) -> Option<AsOf> {
        self.quantity(node, what, AsOf::parse)
    }

    /// Money (`4.34亿元`).
    pub fn money(&mut self, node: &Node, what: impl Into<Arg>) -> Option<Money> {
        self.quantity(node, what, Money::parse)
    }

    /// A count, with the unit it must be written in, if any (`人`, `户`).
    pub fn count(
        &mut self,
        node: &Node,
        what: impl Into<Arg>,
        unit: Option<&str>,
    ) -> Option<Count> {
        self.quantity(node, what, |t| Count::parse(t, unit))
    }

    /// A rate (`1.23%`).
    pub fn rate(&mut self, node: &Node, what: impl Into<Arg>) -> Option<Rate> {
        self.quantity(node, what, Rate::parse)
    }

    /// A year.
    pub fn year(&mut self, node: &Node, what: impl Into<Arg>) -> Option<Year> {
        self.quantity(node, what, Year::parse)
    }

    /// A period (`2014-2018`).
    pub fn period(&mut self, node: &Node, what: impl Into<Arg>) -> Option<Period> {
        self.quantity(node, what, Period::parse)
    }

    /// A project status.
    pub fn status(&mut self, node: &Node, what: impl Into<Arg>) -> Option<Status> {
        self.quantity(node, what, Status::parse)
    }

    /// A plain non-negative decimal (`11570` km²).
    pub fn decimal(&mut self, node: &Node, what: impl Into<Arg>) -> Option<Decimal> {
        self.quantity(node, what, |t| {
            let t = t
                .trim()
                .trim_end_matches("平方公里")
                .trim_end_matches("km²");
            Money::parse(t)
                .map(|m| m.yuan())
                .map_err(|_| QuantityError {
                    message: data::not_a_number(t),
                    expected: data::a_number_such_as(),
                    hint: None,
                })
        })
    }

    /// A yes/no switch.
    pub fn flag(&mut self, node: &Node, what: impl Into<Arg>) -> Option<bool> {
        let what: Arg = what.into();
        let t = self.text(node, what.clone())?;
        match t.as_str() {
            "true" | "yes" | "True" | "是" => Some(true),
            "false" | "no" | "False" | "否" => Some(false),
            _ => {
                self.error(node.span, data::not_a_flag(what, t));
                None
            }
        }
    }

    /// A required key that is missing.
    pub fn missing(&mut self, at: Span, key: &str, what: impl Into<Arg>, example: &str) {
        self.missing_with(at, key, what, data::add_it_like(example));
    }

    /// Reports a missing required key, with a hint of how to add it that is more than one
    /// example (a catalog entry, so it reads in the user's language).
    pub fn missing_with(&mut self, at: Span, key: &str, what: impl Into<Arg>, hint: Msg) {
        let d = Diagnostic::error(self.file, at, data::missing_key(what, key)).hint(hint);
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
