//! Decoding `booklet.form`, `booklet.jianbao:` and `booklet.fonts:` from site.yaml, each
//! bad value reported at its place with what to write.

use super::{FontRole, FontSettings, Form, FormSetting, Internal, Issue, JianbaoConfig};
use crate::diagnostics::{Diagnostic, Span};
use crate::load::yaml::{Node, Value};
use crate::messages::catalog::jianbao as msg;
use crate::model::decode::Decoder;
use crate::quantity::Count;

const JIANBAO_KEYS: &[&str] = &[
    "title",
    "issue",
    "issues",
    "office",
    "internal",
    "report_to",
    "send_to",
    "issue_to",
    "copies",
];

/// Decodes `booklet.form`.
pub fn decode_form(d: &mut Decoder<'_>, n: &Node) -> FormSetting {
    let Some(t) = d.text(n, "`booklet.form`") else {
        return FormSetting(None);
    };
    match t.to_ascii_lowercase().as_str() {
        "jianbao" | "简报" => FormSetting(Some(Form::Jianbao)),
        "report" => FormSetting(Some(Form::Report)),
        _ => {
            d.diags.push(
                Diagnostic::error(d.file, n.span, msg::form_unknown(t))
                    .expected(msg::form_expected())
                    .hint(msg::form_hint()),
            );
            FormSetting(None)
        }
    }
}

/// Decodes `booklet.jianbao:`.
pub fn decode_jianbao(d: &mut Decoder<'_>, n: &Node) -> JianbaoConfig {
    let mut j = JianbaoConfig::default();
    let Some(f) = d.fields(n, "`booklet.jianbao`", JIANBAO_KEYS) else {
        return j;
    };
    j.title = f
        .get("title")
        .and_then(|n| d.text(n, "`booklet.jianbao.title`"));
    j.office = f
        .get("office")
        .and_then(|n| d.text(n, "`booklet.jianbao.office`"));
    j.issue = f
        .get("issue")
        .and_then(|n| issue(d, n, "`booklet.jianbao.issue`"));
    // Its region ids are checked against the site's regions by `validate`.
    if let Some(n) = f.get("issues") {
        j.issues = issues(d, n);
    }
    if let Some(n) = f.get("internal") {
        j.internal = internal(d, n);
    }
    for (key, slot) in [
        ("report_to", &mut j.report_to),
        ("send_to", &mut j.send_to),
        ("issue_to", &mut j.issue_to),
    ] {
        if let Some(n) = f.get(key) {
            *slot = offices(d, n, key);
        }
    }
    j.copies = f.get("copies").and_then(|n| copies(d, n));
    j
}

/// A 期号, reported at its node when it is not a number.
fn issue(d: &mut Decoder<'_>, n: &Node, what: &str) -> Option<Issue> {
    let t = d.text(n, what)?;
    let parsed = Issue::parse(&t);
    if parsed.is_none() {
        d.diags.push(
            Diagnostic::error(d.file, n.span, msg::issue_not_a_number(what, t))
                .expected(msg::issue_expected())
                .hint(msg::issue_hint()),
        );
    }
    parsed
}

/// `issues: { luqu: 3, kangle: 5 }`: each region's own 期号.
fn issues(d: &mut Decoder<'_>, n: &Node) -> Vec<(String, Issue, Span)> {
    let Value::Map(entries) = &n.value else {
        let found = n.kind_name();
        d.diags.push(
            Diagnostic::error(d.file, n.span, msg::issues_not_a_mapping(found))
                .expected(msg::issues_expected()),
        );
        return Vec::new();
    };
    let mut out: Vec<(String, Issue, Span)> = Vec::new();
    for (k, v) in entries {
        let Some(id) = k.as_scalar().map(str::trim) else {
            continue;
        };
        if out.iter().any(|(r, _, _)| r == id) {
            d.diags.push(
                Diagnostic::error(d.file, k.span, msg::issues_region_twice(id))
                    .hint(msg::issues_region_twice_hint()),
            );
            continue;
        }
        let what = format!("`booklet.jianbao.issues.{id}`");
        if let Some(i) = issue(d, v, &what) {
            out.push((id.to_string(), i, k.span));
        }
    }
    out
}

/// `internal: true`, `false`, or the mark's own words.
fn internal(d: &mut Decoder<'_>, n: &Node) -> Option<Internal> {
    let t = d.text(n, "`booklet.jianbao.internal`")?;
    match t.as_str() {
        "true" | "yes" | "True" | "是" => Some(Internal::Default),
        "false" | "no" | "False" | "否" => None,
        _ => Some(Internal::Text(t)),
    }
}

/// 报/送/发: one office, or a list of them.
fn offices(d: &mut Decoder<'_>, n: &Node, key: &str) -> Vec<String> {
    let what = format!("`booklet.jianbao.{key}`");
    match &n.value {
        Value::Seq(items) => items
            .iter()
            .filter_map(|i| d.text(i, &what))
            .collect::<Vec<_>>(),
        _ => d.text(n, &what).into_iter().collect(),
    }
    .into_iter()
    .filter(|t| !t.is_empty())
    .collect()
}

/// 共印份数: a whole number, `200` or `200份`.
fn copies(d: &mut Decoder<'_>, n: &Node) -> Option<Count> {
    let t = d.text(n, "`booklet.jianbao.copies`")?;
    let digits = t.strip_suffix('份').unwrap_or(&t).trim();
    let ok = !digits.is_empty() && digits.len() <= 9 && digits.bytes().all(|b| b.is_ascii_digit());
    match digits.parse::<u64>() {
        Ok(v) if ok && v > 0 => Some(Count::new(v)),
        _ => {
            d.diags.push(
                Diagnostic::error(d.file, n.span, msg::copies_not_a_number(t))
                    .expected(msg::copies_expected()),
            );
            None
        }
    }
}

const FONT_KEYS: &[&str] = &["song", "fangsong", "kai", "hei", "xiaobiaosong", "system"];

/// Decodes `booklet.fonts:`.
pub fn decode_fonts(d: &mut Decoder<'_>, n: &Node) -> FontSettings {
    let mut s = FontSettings::default();
    let Some(f) = d.fields(n, "`booklet.fonts`", FONT_KEYS) else {
        return s;
    };
    for role in FontRole::ALL {
        let what = format!("`booklet.fonts.{}`", role.key());
        if let Some(t) = f.get(role.key()).and_then(|n| d.text(n, &what)) {
            s.named.push((role, t));
        }
    }
    if let Some(b) = f
        .get("system")
        .and_then(|n| d.flag(n, "`booklet.fonts.system`"))
    {
        s.system = b;
    }
    s
}
