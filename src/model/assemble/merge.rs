//! A region's table rows joined to its `region.yaml` as one tree of values: the `地区`
//! row's keys beside the YAML's own, each section's rows appended to its list, the wide
//! form's years joined into rows and an indicator's years into one `values`.

use super::Parts;
use crate::diagnostics::{Diagnostic, Diagnostics, SourceFile, Span};
use crate::load::yaml::{Node, Value};
use crate::messages::catalog::tables as msg;
use crate::model::tables::{self, schema::Section, TableRow};
use std::collections::BTreeMap;

/// The table's values joined to the `region.yaml` root: region keys from the `地区` row,
/// section rows appended to the section's list. A key given in both with different values
/// is an error naming both places.
pub fn merged_root(parts: &Parts, yaml_root: Option<Node>, diags: &mut Diagnostics) -> Node {
    let mut root = yaml_root.unwrap_or(Node {
        value: Value::Map(Vec::new()),
        span: Span::new(1, 1, 1),
    });
    let Value::Map(entries) = &mut root.value else {
        return root;
    };
    let mut sections: BTreeMap<&'static str, Vec<Node>> = BTreeMap::new();
    let mut indicators: Vec<(String, Node)> = Vec::new();
    let (own, totals): (Vec<_>, Vec<_>) = parts.rows.iter().partition(|(_, r)| r.totals.is_none());
    for (line, row) in own {
        match row.section {
            Section::Regions => {
                region_keys(&parts.file, entries, row, *line, diags);
                continue;
            }
            Section::Indicators => {
                group_indicator(&mut indicators, row, *line);
                continue;
            }
            _ => {}
        }
        let node = row.node(*line);
        let list = sections
            .entry(tables::schema::Sheet::of(row.section).key)
            .or_default();
        if row.wide {
            if let Some(into) = list.iter_mut().find(|n| joins(n, &node)) {
                if let (Value::Map(a), Value::Map(b)) = (&mut into.value, node.value) {
                    a.extend(
                        b.into_iter()
                            .filter(|(k, _)| !JOIN_KEYS.contains(&k.as_scalar().unwrap_or(""))),
                    );
                }
                continue;
            }
        }
        list.push(node);
    }
    // A total of the region's children is its own figure only where it has none.
    for (line, row) in totals.iter().copied() {
        let sheet = tables::schema::Sheet::of(row.section);
        if !TOTALLED.contains(&row.section) {
            continue;
        }
        let node = row.node(*line);
        let given = |n: &Node| same_time(n, &node);
        let in_yaml = entries.iter().any(|(k, v)| {
            k.as_scalar() == Some(sheet.key)
                && matches!(&v.value, Value::Seq(items) if items.iter().any(given))
        });
        let list = sections.entry(sheet.key).or_default();
        if in_yaml || list.iter().any(|n| given(n) && !is_total(n, &totals)) {
            continue;
        }
        match list.iter_mut().find(|n| row.wide && joins(n, &node)) {
            Some(into) => {
                if let (Value::Map(a), Value::Map(b)) = (&mut into.value, node.value) {
                    a.extend(
                        b.into_iter()
                            .filter(|(k, _)| !JOIN_KEYS.contains(&k.as_scalar().unwrap_or(""))),
                    );
                }
            }
            None => list.push(node),
        }
    }
    // A region named only in data rows takes its name from their `地区`.
    let named = entries.iter().any(|(k, _)| k.as_scalar() == Some("name"));
    let from_rows = parts
        .rows
        .iter()
        .filter(|(_, r)| r.totals.is_none())
        .find_map(|(line, r)| Some((*line, r.who.name.as_ref()?)));
    if let (false, Some((line, n))) = (named, from_rows) {
        let span = Span { line, ..n.span };
        entries.push((tables::scalar("name", span), tables::scalar(&n.text, span)));
    }
    if !indicators.is_empty() {
        sections.insert(
            Section::Indicators.key(),
            indicators.into_iter().map(|(_, n)| n).collect(),
        );
    }
    for (key, rows) in sections {
        match entries.iter_mut().find(|(k, _)| k.as_scalar() == Some(key)) {
            Some((
                _,
                Node {
                    value: Value::Seq(list),
                    ..
                },
            )) => list.extend(rows),
            Some((_, n)) if n.value == Value::Null => {
                n.value = Value::Seq(rows);
            }
            Some(_) => {} // not a list: the decoder says so at the YAML
            None => {
                let span = rows.first().map_or(Span::default(), |n| n.span);
                entries.push((
                    tables::scalar(key, span),
                    Node {
                        value: Value::Seq(rows),
                        span,
                    },
                ));
            }
        }
    }
    root
}

/// The sections a total row may give its parent figures in: counts of people and money,
/// whose total is the parent's figure.
const TOTALLED: &[Section] = &[
    Section::Poverty,
    Section::Lifted,
    Section::Funds,
    Section::Credit,
];

/// True when two rows are of the same time and the same channel or kind: a parent's own
/// row makes a total's row of that time redundant.
fn same_time(a: &Node, b: &Node) -> bool {
    let (Value::Map(a), Value::Map(b)) = (&a.value, &b.value) else {
        return false;
    };
    let get = value_of;
    ["year", "period", "source", "kind"]
        .iter()
        .all(|k| get(a, k) == get(b, k))
}

/// The scalar value of key `k` in a mapping's entries.
fn value_of(m: &[(Node, Node)], k: &str) -> Option<String> {
    m.iter()
        .find(|(x, _)| x.as_scalar() == Some(k))
        .and_then(|(_, v)| v.as_scalar().map(str::to_string))
}

/// True when `n` came from one of the total rows (its line is one of theirs).
fn is_total(n: &Node, totals: &[&(usize, TableRow)]) -> bool {
    totals.iter().any(|(line, _)| *line == n.span.line)
}

/// True when a wide row joins `into`: the same year and the same other keys, and no
/// figure of its own that `into` already has.
fn joins(into: &Node, node: &Node) -> bool {
    let (Value::Map(a), Value::Map(b)) = (&into.value, &node.value) else {
        return false;
    };
    let get = value_of;
    JOIN_KEYS.iter().all(|k| get(a, k) == get(b, k))
        && b.iter().all(|(k, _)| {
            let k = k.as_scalar().unwrap_or("");
            JOIN_KEYS.contains(&k) || get(a, k).is_none()
        })
}

/// The keys that say which row a figure of the wide form belongs to.
const JOIN_KEYS: &[&str] = &[
    "year", "period", "source", "kind", "cite", "as_of", "wording", "note",
];

/// An indicator's rows grouped by name, unit and provenance into one indicator whose
/// `values` are by year; a row without a year is an indicator of its own (`value`).
fn group_indicator(list: &mut Vec<(String, Node)>, row: &TableRow, line: usize) {
    let at = |s: Span| Span { line, ..s };
    let Some(year) = row.get("year") else {
        list.push((String::new(), row.node(line)));
        return;
    };
    let text = |k: &str| row.get(k).map(|v| v.text.clone()).unwrap_or_default();
    let key = ["name", "unit", "cite", "as_of", "wording", "note"]
        .map(text)
        .join("\u{1f}");
    let value = row.get("value");
    let pair = value.map(|v| {
        (
            tables::scalar(&year.text, at(year.span)),
            tables::scalar(&v.text, at(v.span)),
        )
    });
    if let Some((_, existing)) = list.iter_mut().find(|(k, _)| *k == key) {
        if let Value::Map(m) = &mut existing.value {
            if let Some((
                _,
                Node {
                    value: Value::Map(values),
                    ..
                },
            )) = m.iter_mut().find(|(k, _)| k.as_scalar() == Some("values"))
            {
                values.extend(pair);
            }
            if let Some(t) = row.get("target") {
                if !m.iter().any(|(k, _)| k.as_scalar() == Some("target")) {
                    m.push((
                        tables::scalar("target", at(t.span)),
                        tables::scalar(&t.text, at(t.span)),
                    ));
                }
            }
        }
        return;
    }
    let node = row.node(line);
    let Value::Map(entries) = node.value else {
        return;
    };
    let mut m: Vec<(Node, Node)> = entries
        .into_iter()
        .filter(|(k, _)| !matches!(k.as_scalar(), Some("year" | "value")))
        .collect();
    let vspan = pair.as_ref().map_or(node.span, |(k, _)| k.span);
    m.push((
        tables::scalar("values", vspan),
        Node {
            value: Value::Map(pair.into_iter().collect()),
            span: vspan,
        },
    ));
    list.push((
        key,
        Node {
            value: Value::Map(m),
            span: node.span,
        },
    ));
}

/// The `地区` row's keys joined to the region's own: `地区` is its `name`, `面积` and
/// `人口` its `profile`; a key `region.yaml` gives differently is an error.
fn region_keys(
    file: &SourceFile,
    entries: &mut Vec<(Node, Node)>,
    row: &TableRow,
    line: usize,
    diags: &mut Diagnostics,
) {
    let at = |s: Span| Span { line, ..s };
    let mut own: Vec<(&str, Node)> = Vec::new();
    if let Some(n) = &row.who.name {
        own.push(("name", tables::scalar(&n.text, at(n.span))));
    }
    if let Some(c) = &row.who.code {
        own.push(("code", tables::scalar(&c.text, at(c.span))));
    }
    let mut profile: Vec<(Node, Node)> = Vec::new();
    for (key, v) in &row.values {
        let node = tables::scalar(&v.text, at(v.span));
        match *key {
            "parent" => {}
            "area_km2" | "population" => profile.push((tables::scalar(key, node.span), node)),
            k => own.push((k, node)),
        }
    }
    if !profile.is_empty() {
        let span = profile[0].0.span;
        own.push((
            "profile",
            Node {
                value: Value::Map(profile),
                span,
            },
        ));
    }
    for (key, node) in own {
        match entries.iter().find(|(k, _)| k.as_scalar() == Some(key)) {
            None => entries.push((tables::scalar(key, node.span), node)),
            Some((_, yaml))
                if yaml.as_scalar().is_some() && yaml.as_scalar() == node.as_scalar() => {}
            Some((_, yaml)) => diags.push(
                Diagnostic::error(
                    file,
                    node.span,
                    msg::given_in_table_and_yaml(key, file.place(yaml.span)),
                )
                .hint(msg::given_in_table_and_yaml_hint()),
            ),
        }
    }
}
