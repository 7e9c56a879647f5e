//! The office's own word list, `content/words.yaml`: words not to use (禁用) with the
//! word to write instead (规范) and why (理由), an optional date from which an old name is
//! wrong (日期), and words accepted on purpose (允许), everywhere or in some files.
//!
//! ```yaml
//! 禁用:
//!   - { 禁用: 贫困户子女, 规范: 脱贫家庭子女, 理由: 县委宣传部2021年通知 }
//!   - { 禁用: 县扶贫办, 规范: 县乡村振兴局, 日期: 2021-06-18, 理由: 本县机构改革 }
//! 允许:
//!   - { 词: 扶贫办, 文件: content/news/2016-zhengce.md }
//! ```
//!
//! Every key has an English twin (`words`, `wrong`, `right`, `reason`, `date`, `allow`,
//! `word`, `files`), as region.yaml's columns have Chinese ones.

use super::decode::Decoder;
use super::story::Date;
use crate::diagnostics::{Diagnostic, Diagnostics, SourceFile, Span};
use crate::load::yaml::{self, Node, Value};
use crate::messages::catalog::{data, words as msg};

/// A word of the office's list.
#[derive(Debug, Clone)]
pub struct OfficeWord {
    /// The word not to use.
    pub wrong: String,
    /// The word to write instead; None for a word simply not to use.
    pub right: Option<String>,
    /// Why, as the office puts it.
    pub reason: Option<String>,
    /// For an old name: the day it was renamed; texts dated before it keep it.
    pub since: Option<Date>,
    /// Where the entry is written.
    pub at: Span,
}

/// A word accepted on purpose.
#[derive(Debug, Clone)]
pub struct Allowed {
    /// The wrong form accepted.
    pub word: String,
    /// The files (or folders) it is accepted in, as messages write them
    /// (`content/news/a.md`); empty for everywhere.
    pub files: Vec<String>,
}

/// `content/words.yaml`, decoded; empty when the site has none.
#[derive(Debug, Clone, Default)]
pub struct OfficeWords {
    /// The file, for naming an entry's place in messages.
    pub file: Option<SourceFile>,
    /// Words not to use.
    pub words: Vec<OfficeWord>,
    /// Words accepted on purpose.
    pub allowed: Vec<Allowed>,
}

const TOP: &[&str] = &["禁用", "words", "允许", "allow"];
const WORD: &[&str] = &[
    "禁用", "wrong", "规范", "right", "理由", "reason", "日期", "date",
];
const ALLOW: &[&str] = &["词", "word", "文件", "files", "file"];

/// The value of the first of `keys` the mapping has (a Chinese key or its English twin).
fn either<'n>(f: &super::decode::Fields<'n>, keys: &[&str]) -> Option<&'n Node> {
    keys.iter().find_map(|k| f.get(k))
}

/// Decodes `content/words.yaml`; problems are errors at their line.
pub fn decode(file: &SourceFile, diags: &mut Diagnostics) -> OfficeWords {
    let mut out = OfficeWords {
        file: Some(file.clone()),
        ..OfficeWords::default()
    };
    let root = match yaml::parse(file, &file.text, 0) {
        Ok(n) => n,
        Err(e) => {
            diags.push(*e);
            return out;
        }
    };
    if root.value == Value::Null {
        return out;
    }
    let mut d = Decoder::new(file, diags);
    let Some(f) = d.fields(&root, msg::words_file(), TOP) else {
        return out;
    };
    if let Some(list) = either(&f, &["禁用", "words"]) {
        for n in d.seq(list, "`禁用`") {
            if let Some(w) = word(&mut d, n) {
                out.words.push(w);
            }
        }
    }
    if let Some(list) = either(&f, &["允许", "allow"]) {
        for n in d.seq(list, "`允许`") {
            if let Some(a) = allowed(&mut d, n) {
                out.allowed.push(a);
            }
        }
    }
    out
}

fn word(d: &mut Decoder<'_>, n: &Node) -> Option<OfficeWord> {
    let f = d.fields(n, msg::words_entry(), WORD)?;
    let text = |d: &mut Decoder<'_>, keys: &[&str]| {
        either(&f, keys).and_then(|n| d.text(n, format!("`{}`", keys[0])))
    };
    let wrong = text(d, &["禁用", "wrong"]).filter(|w| !w.trim().is_empty());
    let right = text(d, &["规范", "right"]);
    let reason = text(d, &["理由", "reason"]);
    let since = match either(&f, &["日期", "date"]) {
        Some(n) => {
            let t = d.text(n, "`日期`")?;
            let day = Date::parse(&t);
            if day.is_none() {
                d.diags.push(
                    Diagnostic::error(d.file, n.span, data::not_a_date(t))
                        .expected(msg::words_date_expected()),
                );
                return None;
            }
            day
        }
        None => None,
    };
    let Some(wrong) = wrong else {
        d.missing(
            f.span,
            "禁用",
            msg::words_entry(),
            "{ 禁用: 贫困户子女, 规范: 脱贫家庭子女 }",
        );
        return None;
    };
    Some(OfficeWord {
        wrong: wrong.trim().to_string(),
        right: right
            .map(|r| r.trim().to_string())
            .filter(|r| !r.is_empty()),
        reason,
        since,
        at: f.span,
    })
}

fn allowed(d: &mut Decoder<'_>, n: &Node) -> Option<Allowed> {
    // A bare word is accepted everywhere: `- 扶贫办`.
    if let Value::Scalar { .. } = n.value {
        return d.text(n, "`允许`").map(|w| Allowed {
            word: w.trim().to_string(),
            files: Vec::new(),
        });
    }
    let f = d.fields(n, msg::words_allow_entry(), ALLOW)?;
    let Some(word) = either(&f, &["词", "word"]).and_then(|n| d.text(n, "`词`")) else {
        d.missing(
            f.span,
            "词",
            msg::words_allow_entry(),
            "{ 词: 扶贫办, 文件: content/news/a.md }",
        );
        return None;
    };
    let files = match either(&f, &["文件", "files", "file"]) {
        None => Vec::new(),
        Some(n) => match &n.value {
            Value::Seq(items) => items.iter().filter_map(|i| d.text(i, "`文件`")).collect(),
            _ => d.text(n, "`文件`").into_iter().collect(),
        },
    };
    Some(Allowed {
        word: word.trim().to_string(),
        files,
    })
}
