//! The texts the word check reads, each from the model with its places: a story's file
//! (its front matter and body), a region's figures (its region.yaml and the table rows
//! given to it, one line each), and site.yaml; and the date of each place, against which
//! an agency's old name is checked.

use crate::diagnostics::SourceFile;
use crate::model::region::Region;
use crate::model::story::{Date, Story};
use crate::quantity::{AsOf, YearOrPeriod};
use std::ops::Range;

/// When a text was written, for agency names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// The site's own words (site.yaml): today's, after every renaming.
    Today,
    /// Dated: the first day the text's date can mean.
    On(Date),
    /// No date: an old name is not checked (xiaokang never guesses a date).
    Unknown,
}

/// The first day of a year.
fn first_day(year: i32) -> Date {
    Date {
        year,
        month: 1,
        day: 1,
    }
}

/// The first day an `as_of` can mean (`2019-06` → 2019-06-01): a name is flagged only
/// where its text is surely dated after the renaming.
fn as_of_day(a: AsOf) -> Date {
    Date {
        year: a.year.get(),
        month: a.month.map_or(1, u32::from),
        day: a.day.map_or(1, u32::from),
    }
}

fn when_of(date: Option<AsOf>) -> When {
    date.map_or(When::Unknown, |a| When::On(as_of_day(a)))
}

/// A year or period's first day.
fn span_day(w: YearOrPeriod) -> Date {
    match w {
        YearOrPeriod::Year(y) => first_day(y.get()),
        YearOrPeriod::Period(p) => first_day(p.start.get()),
    }
}

/// The parts of a story's text that are not published as words: HTML comments (where
/// the words accepted on purpose are written) and figure references, whose words are the
/// data's, checked there. Also the words its comments accept.
pub fn story_skips(story: &Story) -> (Vec<Range<usize>>, Vec<String>) {
    let text = &story.file.text;
    let mut skips = Vec::new();
    let mut allowed = Vec::new();
    for (open, close) in [("<!--", "-->"), ("{{", "}}")] {
        let mut from = 0;
        while let Some(i) = text[from..].find(open) {
            let start = from + i;
            let end = text[start..]
                .find(close)
                .map_or(text.len(), |j| start + j + close.len());
            if open == "<!--" {
                allowed.extend(directive(
                    &text[start + 4..end.saturating_sub(3).max(start + 4)],
                ));
            }
            skips.push(start..end);
            from = end;
        }
    }
    (skips, allowed)
}

/// The words of `xiaokang: 允许 截止目前 扶贫办` in a comment (also `allow`, `允許`).
fn directive(comment: &str) -> Vec<String> {
    let Some(rest) = comment.trim().strip_prefix("xiaokang") else {
        return Vec::new();
    };
    let rest = rest
        .trim_start()
        .trim_start_matches([':', '：'])
        .trim_start();
    let Some(words) = ["允许", "允許", "allow"]
        .iter()
        .find_map(|k| rest.strip_prefix(k))
    else {
        return Vec::new();
    };
    words
        .split(|c: char| c.is_whitespace() || matches!(c, '、' | '，' | ',' | '：' | ':'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// A story's date, for the agency names in it.
pub fn story_when(story: &Story) -> When {
    story.meta.date.map_or(When::Unknown, When::On)
}

/// True when byte `at` of `file` is in a YAML comment (`# …` at a line's start or after
/// a space); a spreadsheet row's line has none.
pub fn in_yaml_comment(file: &SourceFile, line: usize, at: usize) -> bool {
    if file.sheet_row(line).is_some() {
        return false;
    }
    let Some(range) = file.line_range(line) else {
        return false;
    };
    let before = &file.text[range.start..at.max(range.start)];
    before
        .char_indices()
        .any(|(i, c)| c == '#' && before[..i].chars().last().is_none_or(char::is_whitespace))
}

/// The date of each line of a region's figures: a row's own year (its first year for a
/// period) or date, else the region's `as_of`.
pub struct RegionDates {
    /// Row starts and their dates, by line.
    rows: Vec<(usize, When)>,
    /// The region's date, for its own keys (name, source) and rows with no time.
    region: When,
}

impl RegionDates {
    /// The rows of `r` with their places and dates.
    pub fn of(r: &Region) -> RegionDates {
        let region = when_of(r.as_of);
        let undated = |prov: &crate::model::region::Provenance| when_of(prov.date(r.as_of));
        let mut rows: Vec<(usize, When)> = Vec::new();
        for p in &r.poverty {
            rows.push((p.at.line, When::On(first_day(p.year.get()))));
        }
        for l in &r.lifted {
            let w = l
                .when
                .map_or_else(|| undated(&l.prov), |p| When::On(first_day(p.start.get())));
            rows.push((l.at.line, w));
        }
        for t in &r.targets {
            let w = t
                .year
                .map_or_else(|| undated(&t.prov), |y| When::On(first_day(y.get())));
            rows.push((t.at.line, w));
        }
        for f in &r.funds {
            let w = f
                .when
                .map_or_else(|| undated(&f.prov), |w| When::On(span_day(w)));
            rows.push((f.at.line, w));
        }
        for c in &r.credit {
            let w = c
                .when
                .map_or_else(|| undated(&c.prov), |w| When::On(span_day(w)));
            rows.push((c.at.line, w));
        }
        for b in &r.project_batches {
            rows.push((b.at.line, undated(&b.prov)));
        }
        for i in &r.indicators {
            let w = match i.values.keys().next() {
                Some(y) => When::On(first_day(y.get())),
                None => undated(&i.prov),
            };
            rows.push((i.at.line, w));
        }
        rows.sort_by_key(|(line, _)| *line);
        RegionDates { rows, region }
    }

    /// The date of the text on `line` of the region's file: the row it belongs to (a
    /// row over several lines starts at its `- `), else the region's.
    pub fn at(&self, file: &SourceFile, line: usize) -> When {
        let row = |l: usize| {
            self.rows
                .binary_search_by_key(&l, |(at, _)| *at)
                .ok()
                .map(|k| self.rows[k].1)
        };
        if let Some(w) = row(line) {
            return w;
        }
        if file.sheet_row(line).is_some() {
            return self.region;
        }
        // A key of a row written over several lines: the row starts at the nearest line
        // above that begins with `- `; a line at the left margin is the region's own.
        let mut l = line;
        while let Some(text) = file.line_text(l) {
            let trimmed = text.trim_start();
            if text.len() == trimmed.len() && !trimmed.is_empty() {
                return self.region;
            }
            if trimmed.starts_with("- ") {
                return row(l).unwrap_or(self.region);
            }
            if l == 1 {
                break;
            }
            l -= 1;
        }
        self.region
    }
}
