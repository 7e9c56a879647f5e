//! Stories: front matter and Markdown body.

use super::decode::Decoder;
use crate::diagnostics::{Diagnostic, Diagnostics, SourceFile, Span};
use crate::load::frontmatter::{split, SplitError};
use crate::load::yaml::{self, Value};

/// A story's date, `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month 1–12.
    pub month: u32,
    /// Day 1–31.
    pub day: u32,
}

impl Date {
    /// Parses `2018-12-05` (also `2018/12/05`, `2018年12月5日`).
    pub fn parse(t: &str) -> Option<Date> {
        let norm: String = t
            .trim()
            .replace(['/', '.', '年', '月'], "-")
            .replace('日', "");
        let parts: Vec<&str> = norm.split('-').collect();
        if parts.len() != 3 {
            return None;
        }
        let year: i32 = parts[0].parse().ok()?;
        let month: u32 = parts[1].parse().ok()?;
        let day: u32 = parts[2].parse().ok()?;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
            2 => 28,
            _ => return None,
        };
        ((1949..=2100).contains(&year) && (1..=days).contains(&day)).then_some(Date {
            year,
            month,
            day,
        })
    }
}

/// The time of day a story was published, `HH:MM`, written after its date
/// (`date: 2018-12-05 09:30`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay {
    /// Hour 0–23.
    pub hour: u8,
    /// Minute 0–59.
    pub minute: u8,
}

impl TimeOfDay {
    /// Parses `09:30` (also `9:30` and the full-width colon `9：30`).
    pub fn parse(t: &str) -> Option<TimeOfDay> {
        let (h, m) = t.trim().split_once([':', '：'])?;
        let hour: u8 = h.parse().ok()?;
        let minute: u8 = m.parse().ok()?;
        (hour < 24 && minute < 60 && m.len() == 2).then_some(TimeOfDay { hour, minute })
    }
}

impl std::fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

/// A story's `date:` value: the day, and the time when one follows it.
fn date_and_time(t: &str) -> Option<(Date, Option<TimeOfDay>)> {
    match t.trim().split_once(char::is_whitespace) {
        Some((day, time)) => Some((Date::parse(day)?, Some(TimeOfDay::parse(time)?))),
        None => Some((Date::parse(t)?, None)),
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Front matter of a story.
#[derive(Debug, Clone, Default)]
pub struct FrontMatter {
    /// Title.
    pub title: String,
    /// Publication date.
    pub date: Option<Date>,
    /// Publication time, when the date gives one.
    pub time: Option<TimeOfDay>,
    /// One-sentence summary.
    pub summary: Option<String>,
    /// Where it was first published.
    pub source: Option<String>,
    /// Who wrote it.
    pub author: Option<String>,
    /// Topics.
    pub tags: Vec<String>,
    /// Left out of builds unless `--drafts`.
    pub draft: bool,
}

/// A story: a region's or a news item.
#[derive(Debug, Clone)]
pub struct Story {
    /// The Markdown file.
    pub file: SourceFile,
    /// URL name: the file name without `.md`.
    pub slug: String,
    /// The region the story belongs to (index in `Site::regions`).
    pub region: Option<usize>,
    /// Front matter.
    pub meta: FrontMatter,
    /// Where the Markdown body starts in `file.text` (bytes); see [`Story::body`].
    pub body_start: usize,
    /// Lines before the body starts in the file.
    pub body_offset: usize,
}

impl Story {
    /// The Markdown body (the text after the front matter).
    pub fn body(&self) -> &str {
        self.file.text.get(self.body_start..).unwrap_or("")
    }

    /// List order: newest first, then by title (story lists, feed, search results).
    pub fn newest_first(a: &&Story, b: &&Story) -> std::cmp::Ordering {
        b.meta
            .date
            .cmp(&a.meta.date)
            .then_with(|| a.meta.title.cmp(&b.meta.title))
    }

    /// True for a region's `index.md`, shown on the region page itself.
    pub fn is_region_index(&self) -> bool {
        self.region.is_some() && self.slug == "index"
    }
}

const KEYS: &[&str] = &[
    "title", "date", "summary", "source", "author", "tags", "draft",
];

/// Reads a story file; `needs_title` is false for the home page's `_index.md`.
pub fn decode(
    file: &SourceFile,
    region: Option<usize>,
    needs_title: bool,
    diags: &mut Diagnostics,
) -> Option<Story> {
    let slug = file
        .path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if let Err(d) = super::paths::check_name(&slug, &file.path, true) {
        diags.push(*d);
    }
    let parts = match split(&file.text) {
        Ok(p) => p,
        Err(SplitError::Unclosed) => {
            diags.push(
                Diagnostic::error(
                    file,
                    Span::new(1, 1, 3),
                    crate::messages::catalog::data::front_matter_unclosed(),
                )
                .hint(crate::messages::catalog::data::front_matter_unclosed_hint()),
            );
            return None;
        }
    };
    let mut meta = FrontMatter::default();
    let node = match yaml::parse(file, parts.front, parts.front_offset) {
        Ok(n) => n,
        Err(d) => {
            diags.push(*d);
            return None;
        }
    };
    let mut d = Decoder::new(file, diags);
    if let Some(f) = d.fields(&node, crate::messages::catalog::data::front_matter(), KEYS) {
        match f.get("title").and_then(|n| d.text(n, "`title`")) {
            Some(t) => meta.title = t,
            None if needs_title => d.missing(
                Span::new(1, 1, 3),
                "title",
                crate::messages::catalog::data::this_story_front_matter(),
                "title: 科左后旗五年减贫三万人",
            ),
            None => {}
        }
        if let Some(n) = f.get("date") {
            if let Some(t) = d.text(n, "`date`") {
                let parsed = date_and_time(&t);
                meta.date = parsed.map(|(day, _)| day);
                meta.time = parsed.and_then(|(_, time)| time);
                if meta.date.is_none() {
                    d.diags.push(
                        Diagnostic::error(
                            file,
                            n.span,
                            crate::messages::catalog::data::not_a_date(t),
                        )
                        .expected(crate::messages::catalog::data::story_date_expected()),
                    );
                }
            }
        }
        meta.summary = f.get("summary").and_then(|n| d.text(n, "`summary`"));
        meta.source = f.get("source").and_then(|n| d.text(n, "`source`"));
        meta.author = f.get("author").and_then(|n| d.text(n, "`author`"));
        if let Some(n) = f.get("tags") {
            meta.tags = match &n.value {
                Value::Seq(items) => items
                    .iter()
                    .filter_map(|i| d.text(i, crate::messages::catalog::data::a_tag()))
                    .collect(),
                _ => d
                    .text(n, "`tags`")
                    .map(|t| {
                        t.split([',', '，'])
                            .map(|s| s.trim().to_string())
                            .filter(|s| !s.is_empty())
                            .collect()
                    })
                    .unwrap_or_default(),
            };
        }
        if let Some(b) = f.get("draft").and_then(|n| d.flag(n, "`draft`")) {
            meta.draft = b;
        }
    }
    Some(Story {
        file: file.clone(),
        slug,
        region,
        meta,
        // The body is the end of the file's text: kept as an offset, not a second copy.
        body_start: file.text.len() - parts.body.len(),
        body_offset: parts.body_offset,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(Date::parse("2018-12-05").unwrap().to_string(), "2018-12-05");
        assert_eq!(
            Date::parse("2016年3月8日").unwrap().to_string(),
            "2016-03-08"
        );
        assert!(Date::parse("2018-02-30").is_none());
        assert!(Date::parse("yesterday").is_none());
        let (day, time) = date_and_time("2018-12-05 9:30").unwrap();
        assert_eq!(
            (day.to_string(), time.unwrap().to_string()),
            ("2018-12-05".into(), "09:30".into())
        );
        assert_eq!(
            date_and_time("2018-12-05 21：05")
                .unwrap()
                .1
                .unwrap()
                .to_string(),
            "21:05"
        );
        assert_eq!(date_and_time("2018-12-05").unwrap().1, None);
        for bad in [
            "2018-12-05 25:00",
            "2018-12-05 9:3",
            "2018-12-05 上午",
            "2018-12-05 9:30:00",
        ] {
            assert!(date_and_time(bad).is_none(), "{bad}");
        }
    }
}
