//! Errors and warnings about the user's input, each pointing at a file, line and column.
//!
//! Every stage reports into a [`Diagnostics`] collector instead of stopping at the
//! first problem, so one build shows the user everything there is to fix.

use crate::messages::catalog::common;
use crate::messages::{labelled, Language, Msg};
use std::collections::HashMap;
use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A source file as read from disk, kept so messages can quote the offending line.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path as shown to the user (relative to the site root where possible).
    pub path: PathBuf,
    /// The file's text, UTF-8.
    pub text: Arc<str>,
    /// Byte offset of each line's start, so quoting a line of a large file is cheap.
    line_starts: Arc<[usize]>,
    /// The lines that are spreadsheet rows (a table's rows given to a region), by line.
    rows: Arc<[(usize, Arc<SheetRow>)]>,
}

/// A line of a [`SourceFile`] that shows a row of a spreadsheet or CSV file: messages
/// about it name the cell (`tables/a.xlsx:资金投入!C7`), not the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetRow {
    /// The table file, as shown to the user.
    pub path: PathBuf,
    /// The sheet's name; None for a CSV file.
    pub sheet: Option<String>,
    /// 1-based row number in the sheet.
    pub row: u32,
    /// For each cell shown on the line: the character column it starts at (1-based) and
    /// its 0-based column in the sheet, left to right.
    pub cells: Vec<(usize, u32)>,
    /// The sheet's own words for the keys its columns fill, shared by its rows: set once
    /// its header is read, so messages about a row name `贫困户数（户）`, not `households`.
    pub words: Arc<std::sync::OnceLock<SheetWords>>,
}

/// Keys and the words a sheet uses for them: (`households`, `贫困户数（户）`).
pub type SheetWords = Vec<(String, String)>;

impl SheetRow {
    /// The cell at 1-based character `column` of the line: `C7`.
    pub fn cell_at(&self, column: usize) -> Cell {
        let col = self
            .cells
            .iter()
            .take_while(|(start, _)| *start <= column)
            .last()
            .or(self.cells.first())
            .map_or(0, |(_, c)| *c);
        Cell {
            sheet: self.sheet.clone(),
            row: self.row,
            column: col,
        }
    }
}

/// A cell of a sheet, as messages name it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Cell {
    /// The sheet's name; None for a CSV file.
    pub sheet: Option<String>,
    /// 1-based row.
    pub row: u32,
    /// 0-based column.
    pub column: u32,
}

impl Cell {
    /// `C7`, as a spreadsheet names it.
    pub fn a1(&self) -> String {
        format!("{}{}", column_letters(self.column), self.row)
    }
}

impl fmt::Display for Cell {
    /// `资金投入!C7`, or `C7` in a CSV file.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.sheet {
            Some(s) => write!(f, "{s}!{}", self.a1()),
            None => f.write_str(&self.a1()),
        }
    }
}

/// A 0-based column as letters: 0 → `A`, 25 → `Z`, 26 → `AA`.
pub fn column_letters(mut column: u32) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (column % 26) as u8);
        if column < 26 {
            break;
        }
        column = column / 26 - 1;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

impl SourceFile {
    /// Wraps a file's text with the path shown in messages.
    pub fn new(path: impl Into<PathBuf>, text: impl Into<Arc<str>>) -> Self {
        let text: Arc<str> = text.into();
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceFile {
            path: path.into(),
            text,
            line_starts,
            rows: Arc::new([]),
        }
    }

    /// A file whose lines from `rows`' first line on show spreadsheet rows, one per line.
    pub fn with_rows(mut self, rows: Vec<(usize, Arc<SheetRow>)>) -> Self {
        self.rows = rows.into();
        self
    }

    /// The spreadsheet row shown on 1-based line `line`, if it shows one.
    pub fn sheet_row(&self, line: usize) -> Option<&SheetRow> {
        let i = self.rows.binary_search_by_key(&line, |(l, _)| *l).ok()?;
        Some(&self.rows[i].1)
    }

    /// Where `span` is, as messages write it: `path:line:column`, or for a spreadsheet
    /// row `path:sheet!C7`.
    pub fn place(&self, span: Span) -> String {
        match self.sheet_row(span.line) {
            Some(row) => format!(
                "{}:{}",
                crate::platform::shown(&row.path),
                row.cell_at(span.column)
            ),
            None => format!(
                "{}:{}:{}",
                crate::platform::shown(&self.path),
                span.line,
                span.column
            ),
        }
    }

    /// The place of the text starting at byte `offset` of the file and `len` characters
    /// wide (for findings made by scanning the text, such as the word check's).
    pub fn span_at(&self, offset: usize, len: usize) -> Span {
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line.saturating_sub(1)];
        let column = self
            .text
            .get(start..offset)
            .map_or(0, |t| t.chars().count())
            + 1;
        Span::new(line.max(1), column, len)
    }

    /// The byte range of 1-based line `line`'s text, without its line ending.
    pub fn line_range(&self, line: usize) -> Option<std::ops::Range<usize>> {
        let start = *self.line_starts.get(line.checked_sub(1)?)?;
        let end = self
            .line_starts
            .get(line)
            .map_or(self.text.len(), |next| next - 1);
        Some(start..end)
    }

    /// The text of 1-based line `line`, without its line ending.
    pub fn line_text(&self, line: usize) -> Option<&str> {
        let start = *self.line_starts.get(line.checked_sub(1)?)?;
        let end = self
            .line_starts
            .get(line)
            .map_or(self.text.len(), |next| next - 1);
        self.text.get(start..end).map(|l| l.trim_end_matches('\r'))
    }
}

/// A place in a source file: 1-based line and column (columns count characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// Width of the offending text in characters (at least 1 when shown).
    pub len: usize,
}

impl Span {
    /// A span at `line`:`column` covering `len` characters.
    pub fn new(line: usize, column: usize, len: usize) -> Self {
        Span { line, column, len }
    }

    /// The same place, moved down by `lines` (for text embedded in a larger file).
    pub fn shifted(self, lines: usize, first_line_columns: usize) -> Self {
        Span {
            line: self.line + lines,
            column: if self.line == 1 {
                self.column + first_line_columns
            } else {
                self.column
            },
            len: self.len,
        }
    }
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Stops the build.
    Error,
    /// Printed, but the build goes on.
    Warning,
    /// What the build did on the user's behalf (a hidden sheet left out): printed, not
    /// counted as a warning.
    Note,
}

/// One finding: what is wrong, where, what was expected and how to fix it.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// One sentence saying what is wrong.
    pub message: Msg,
    /// The file, if the finding is about one.
    pub path: Option<PathBuf>,
    /// Where in the file.
    pub span: Option<Span>,
    /// The source line quoted under the message.
    pub snippet: Option<String>,
    /// What would have been accepted.
    pub expected: Option<Msg>,
    /// How to fix it.
    pub hint: Option<Msg>,
    /// The spreadsheet cell the finding is about, when its line shows a sheet's row.
    pub cell: Option<Cell>,
    /// That sheet's words for keys, in which the message, `expected` and hint are put.
    pub words: Option<Arc<std::sync::OnceLock<SheetWords>>>,
}

impl Diagnostic {
    /// An error at a place in a file.
    pub fn error(file: &SourceFile, span: Span, message: impl Into<Msg>) -> Self {
        Self::at(Severity::Error, file, span, message)
    }

    /// A warning at a place in a file.
    pub fn warning(file: &SourceFile, span: Span, message: impl Into<Msg>) -> Self {
        Self::at(Severity::Warning, file, span, message)
    }

    /// A note about a whole file (what the build did on the user's behalf).
    pub fn file_note(path: &Path, message: impl Into<Msg>) -> Self {
        Diagnostic {
            severity: Severity::Note,
            ..Self::file_error(path, message)
        }
    }

    /// An error about a whole file or folder (no line to point at).
    pub fn file_error(path: &Path, message: impl Into<Msg>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            path: Some(path.to_path_buf()),
            span: None,
            snippet: None,
            expected: None,
            hint: None,
            cell: None,
            words: None,
        }
    }

    /// An error about the build as a whole (output folder, I/O).
    pub fn general(message: impl Into<Msg>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            path: None,
            span: None,
            snippet: None,
            expected: None,
            hint: None,
            cell: None,
            words: None,
        }
    }

    fn at(severity: Severity, file: &SourceFile, span: Span, message: impl Into<Msg>) -> Self {
        let row = file.sheet_row(span.line);
        let words = row.map(|r| r.words.clone());
        Diagnostic {
            severity,
            message: message.into(),
            path: Some(row.map_or(&file.path, |r| &r.path).clone()),
            span: Some(span),
            // A line too long to quote usefully (minified data, one huge paragraph) is not
            // copied into every message about it.
            snippet: file
                .line_text(span.line)
                .filter(|l| l.len() <= MAX_SNIPPET_BYTES)
                .map(str::to_string),
            expected: None,
            hint: None,
            cell: row.map(|r| r.cell_at(span.column)),
            words,
        }
    }

    /// Adds what would have been accepted.
    pub fn expected(mut self, expected: impl Into<Msg>) -> Self {
        self.expected = Some(expected.into());
        self
    }

    /// Adds how to fix it.
    pub fn hint(mut self, hint: impl Into<Msg>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// A rendered text in the words of the sheet the finding is on: every key quoted in
    /// it (`` `households` ``), from an argument or the catalog's own text, as the sheet's
    /// header (`` `贫困户数（户）` ``).
    fn in_words(&self, mut text: String) -> String {
        if let Some(words) = self.words.as_ref().and_then(|w| w.get()) {
            for (key, header) in words {
                let quoted = format!("`{key}`");
                if text.contains(&quoted) {
                    text = text.replace(&quoted, &format!("`{header}`"));
                }
            }
        }
        text
    }

    /// Adds what would have been accepted, only when there is something.
    pub fn maybe_expected<M: Into<Msg>>(self, expected: Option<M>) -> Self {
        match expected {
            Some(e) => self.expected(e),
            None => self,
        }
    }

    /// Adds a hint only when there is one.
    pub fn maybe_hint<M: Into<Msg>>(self, hint: Option<M>) -> Self {
        match hint {
            Some(h) => self.hint(h),
            None => self,
        }
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The key a repeated warning or note is grouped by; errors are never grouped, each
    /// is to be fixed where it is.
    fn group_key(&self) -> Option<GroupKey> {
        (self.severity != Severity::Error).then(|| {
            let hint = self.hint.as_ref().map(|h| h.entry().id);
            let words = self
                .message
                .to_string()
                .replace(|c: char| c.is_ascii_digit(), "");
            (self.severity, hint, words)
        })
    }

    /// `path:line:column`, the form editors and terminals turn into links; for a
    /// spreadsheet's cell `path:sheet!C7`, the form a spreadsheet's name box takes.
    pub fn location(&self) -> Option<String> {
        let path = crate::platform::shown(self.path.as_ref()?);
        Some(match (&self.cell, self.span) {
            (Some(c), _) => format!("{path}:{c}"),
            (None, Some(s)) => format!("{path}:{}:{}", s.line, s.column),
            (None, None) => path,
        })
    }
}

/// Lines longer than this are not quoted under a message.
const MAX_SNIPPET_BYTES: usize = 4096;

/// A warning printed in more places than this is printed once, with a count.
pub const GROUP_AFTER: usize = 3;

/// How many of a grouped warning's further places are named.
const GROUP_PLACES: usize = 3;

/// What makes two warnings the same for grouping: severity, hint entry, and the message's
/// words apart from its numbers (`…and 16 more rows` and `…and 9 more rows` are one
/// warning; unread columns of two sheets are two).
type GroupKey = (Severity, Option<&'static str>, String);

/// Findings kept in full; past this many, only the count goes on (the first ones are what
/// the user fixes first, and a hostile file cannot fill the memory with messages).
pub const MAX_KEPT: usize = 10_000;

/// Characters of a quoted line shown around the place it points at.
const WINDOW: usize = 100;

/// `line` cut to about [`WINDOW`] characters around `column`, with `…` where cut, and the
/// column and width within the cut line.
fn window(line: &str, column: usize, len: usize) -> (String, usize, usize) {
    let total = line.chars().count();
    if total <= WINDOW {
        return (line.to_string(), column, len);
    }
    let len = len.clamp(1, WINDOW / 2);
    let at = column.saturating_sub(1).min(total);
    let start = at.saturating_sub(WINDOW / 4);
    let end = (start + WINDOW).min(total);
    let mut shown = String::new();
    if start > 0 {
        shown.push('…');
    }
    shown.extend(line.chars().skip(start).take(end - start));
    if end < total {
        shown.push('…');
    }
    (shown, at - start + 1 + usize::from(start > 0), len)
}

impl Diagnostic {
    /// The finding as printed, in `lang`: label and message, place, quoted line with a
    /// caret under the offending text, what was expected and the hint.
    pub fn render(&self, lang: Language) -> String {
        let mut out = String::new();
        let _ = self.write_to(&mut out, lang);
        out
    }

    fn write_to(&self, f: &mut impl fmt::Write, lang: Language) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => common::error_label(),
            Severity::Warning => common::warning_label(),
            Severity::Note => common::note_label(),
        };
        writeln!(f, "{}", self.in_words(labelled(label, &self.message, lang)))?;
        if let Some(loc) = self.location() {
            writeln!(f, "  --> {loc}")?;
        }
        if let (Some(span), Some(full)) = (self.span, &self.snippet) {
            // A sheet's row is numbered as the spreadsheet numbers it.
            let num = self
                .cell
                .as_ref()
                .map_or(span.line, |c| c.row as usize)
                .to_string();
            let pad = " ".repeat(num.len());
            // A very long line is shown as a window around the place, so a message stays short.
            let (line, column, len) = window(full, span.column, span.len);
            writeln!(f, "{pad} |")?;
            writeln!(f, "{num} | {line}")?;
            // Columns count characters; wide CJK characters take two terminal cells.
            let lead: usize = line
                .chars()
                .take(column.saturating_sub(1))
                .map(display_width)
                .sum();
            let width: usize = line
                .chars()
                .skip(column.saturating_sub(1))
                .take(len.max(1))
                .map(display_width)
                .sum();
            writeln!(
                f,
                "{pad} | {}{}",
                " ".repeat(lead),
                "^".repeat(width.max(1))
            )?;
        }
        if let Some(e) = &self.expected {
            let line = labelled(common::expected_label(), e, lang);
            writeln!(f, "  = {}", self.in_words(line))?;
        }
        if let Some(h) = &self.hint {
            writeln!(
                f,
                "  = {}",
                self.in_words(labelled(common::hint_label(), h, lang))
            )?;
        }
        Ok(())
    }
}

/// English, the form tests compare against; the command line prints [`Diagnostic::render`].
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_to(f, Language::En)
    }
}

/// Terminal cells a character takes: CJK and full-width forms take two.
fn display_width(c: char) -> usize {
    let c = c as u32;
    let wide = (0x1100..=0x115F).contains(&c)
        || (0x2E80..=0xA4CF).contains(&c)
        || (0xAC00..=0xD7A3).contains(&c)
        || (0xF900..=0xFAFF).contains(&c)
        || (0xFE30..=0xFE4F).contains(&c)
        || (0xFF00..=0xFF60).contains(&c)
        || (0xFFE0..=0xFFE6).contains(&c)
        || (0x20000..=0x3FFFD).contains(&c);
    if wide {
        2
    } else if c == 9 {
        4
    } else {
        1
    }
}

/// Collects findings across all stages of a build.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
    /// Errors and warnings past [`MAX_KEPT`], counted but not kept.
    dropped: (usize, usize),
}

impl Diagnostics {
    /// An empty collector.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a finding.
    pub fn push(&mut self, d: Diagnostic) {
        if self.items.len() < MAX_KEPT {
            self.items.push(d);
        } else if d.is_error() {
            self.dropped.0 += 1;
        } else {
            self.dropped.1 += 1;
        }
    }

    /// The finding recorded last, to add details to it.
    pub fn last_mut(&mut self) -> Option<&mut Diagnostic> {
        self.items.last_mut()
    }

    /// Records every finding of another collector.
    pub fn extend(&mut self, other: Diagnostics) {
        for d in other.items {
            self.push(d);
        }
        self.dropped.0 += other.dropped.0;
        self.dropped.1 += other.dropped.1;
    }

    /// True when at least one finding is an error.
    pub fn has_errors(&self) -> bool {
        self.dropped.0 > 0 || self.items.iter().any(Diagnostic::is_error)
    }

    /// Number of errors.
    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count() + self.dropped.0
    }

    /// Number of warnings.
    pub fn warning_count(&self) -> usize {
        let warnings = self
            .items
            .iter()
            .filter(|d| d.severity == Severity::Warning);
        warnings.count() + self.dropped.1
    }

    /// All findings, errors first, then site.yaml's, the data files', the stories', the
    /// other files' and those of no file, each by file and line (deterministic output, the
    /// causes before what they cause: a story cites the data).
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut v: Vec<&Diagnostic> = self.items.iter().collect();
        let key = |d: &'_ Diagnostic| {
            let kind = match d.path.as_deref() {
                Some(p) if p.file_name().is_some_and(|n| n == "site.yaml") => 0,
                Some(p) if p.extension().is_some_and(|x| x == "yaml") => 1,
                // Tables are data files too: their findings come before the stories'.
                Some(p) if p.extension().is_some_and(|x| x == "xlsx" || x == "csv") => 1,
                Some(p) if p.extension().is_some_and(|x| x == "md") => 2,
                Some(_) => 3,
                None => 4,
            };
            (
                d.severity,
                kind,
                d.path.clone(),
                d.cell.clone(),
                d.span.map(|s| (s.line, s.column)),
            )
        };
        v.sort_by(|a, b| {
            key(a)
                .cmp(&key(b))
                .then_with(|| a.message.to_string().cmp(&b.message.to_string()))
        });
        v
    }

    /// True when there is nothing to report.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Iterates findings in the order they were found.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }
}

impl Diagnostics {
    /// Every finding as printed, in `lang`, in [`Diagnostics::sorted`] order. A warning
    /// that repeats in more than [`GROUP_AFTER`] places (the same words but for numbers,
    /// and the same hint, such as a missing source in every region) is printed once, at its first place, with the
    /// count and the next few places, so one omission does not bury everything else.
    pub fn render(&self, lang: Language) -> String {
        let mut out = String::new();
        let sorted = self.sorted();
        let mut groups: HashMap<GroupKey, Vec<&Diagnostic>> = HashMap::new();
        for d in &sorted {
            if let Some(k) = d.group_key() {
                groups.entry(k).or_default().push(d);
            }
        }
        for d in sorted {
            let group = d.group_key().and_then(|k| groups.get(&k));
            match group {
                Some(g) if g.len() > GROUP_AFTER => {
                    // Printed once, where the group's first member is.
                    if !std::ptr::eq(g[0], d) {
                        continue;
                    }
                    let _ = d.write_to(&mut out, lang);
                    let places: Vec<String> = g[1..]
                        .iter()
                        .take(GROUP_PLACES)
                        .filter_map(|d| d.location())
                        .collect();
                    let places = places.join(if lang == Language::En { ", " } else { "、" });
                    let more = common::same_warning_elsewhere(g.len() - 1, places);
                    let _ = writeln!(out, "  = {}", labelled(common::note_label(), &more, lang));
                }
                _ => {
                    let _ = d.write_to(&mut out, lang);
                }
            }
            out.push('\n');
        }
        let (errors, warnings) = self.dropped;
        if errors + warnings > 0 {
            out.push_str(&common::more_not_shown(errors, warnings).render(lang));
            out.push('\n');
        }
        out
    }

    /// "2 errors, 1 warning", in `lang`.
    pub fn summary(&self) -> Msg {
        common::counts(self.error_count(), self.warning_count())
    }
}

/// English, the form tests compare against.
impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Language::En))
    }
}

/// "Did you mean" for a misspelt key or name: the closest candidate, if close enough.
pub fn did_you_mean<'a>(
    found: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let found_lower = found.to_lowercase();
    candidates
        .into_iter()
        .map(|c| {
            (
                strsim::damerau_levenshtein(&found_lower, &c.to_lowercase()),
                c,
            )
        })
        .filter(|(d, c)| *d <= (c.chars().count() / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::catalog::data;

    #[test]
    fn shows_path_line_column_snippet_and_caret() {
        let file = SourceFile::new("content/x.yaml", "name: a\nrate: 120%\n");
        let d = Diagnostic::error(&file, Span::new(2, 7, 4), data::not_a_number("120%"))
            .expected(data::a_number_such_as())
            .hint(common::did_you_mean("12%"));
        let text = d.to_string();
        assert!(text.contains("error: `120%` is not a number"), "{text}");
        assert!(text.contains("--> content/x.yaml:2:7"), "{text}");
        assert!(text.contains("2 | rate: 120%"), "{text}");
        assert!(text.contains("  |       ^^^^"), "{text}");
        assert!(text.contains("= expected: a number such as `11570`"));
        assert!(text.contains("= hint: did you mean `12%`?"));
        // The same finding in Chinese: labels and texts, the place and line unchanged.
        let zh = d.render(Language::ZhCn);
        assert!(zh.contains("错误：`120%` 不是数字"), "{zh}");
        assert!(zh.contains("--> content/x.yaml:2:7"), "{zh}");
        assert!(zh.contains("= 应为：数字，例如 `11570`"), "{zh}");
        assert!(zh.contains("= 提示：是不是想写 `12%`？"), "{zh}");
    }

    #[test]
    fn caret_accounts_for_wide_characters() {
        let file = SourceFile::new("a.yaml", "名称: 碌曲县\n");
        let d = Diagnostic::error(&file, Span::new(1, 5, 3), data::not_a_number("碌曲县"));
        assert!(d.to_string().contains("\n  |       ^^^^^^\n"), "{d}");
    }

    #[test]
    fn suggests_close_keys_only() {
        let keys = ["year", "households", "people", "rate"];
        assert_eq!(did_you_mean("househlds", keys), Some("households"));
        assert_eq!(did_you_mean("Rate", keys), Some("rate"));
        assert_eq!(did_you_mean("budget", keys), None);
    }
}
