//! The word check (错敏词检查): common errors of official writing, agency names used
//! after their renaming and the office's own list (`content/words.yaml`), found in the
//! stories (titles and front matter included), the regions' figures (region.yaml and the
//! table cells given to them) and site.yaml. Each finding is a warning at its place with
//! the word to write; nothing is rewritten.

mod list;
mod texts;

pub use list::{builtin, Builtin};

use crate::diagnostics::{Diagnostic, SourceFile};
use crate::messages::catalog::words as msg;
use crate::model::words::OfficeWords;
use crate::model::Site;
use list::{Found, Phrases};
use rayon::prelude::*;
use std::ops::Range;
use std::path::Path;
use texts::When;

/// Checks every text of the site against both lists.
pub fn check(site: &Site, diags: &mut crate::diagnostics::Diagnostics) {
    let phrases = Phrases::new(&site.words);
    let scan = Scan {
        phrases: &phrases,
        office: &site.words,
    };
    let mut found: Vec<Diagnostic> = Vec::new();
    if let Some(file) = &site.site_file {
        scan.file(file, &[], &[], &mut found, |line, at| {
            (!texts::in_yaml_comment(file, line, at)).then_some(When::Today)
        });
    }
    let stories: Vec<&crate::model::Story> = site.stories().iter().chain(&site.home).collect();
    let by_story: Vec<Vec<Diagnostic>> = stories
        .par_iter()
        .map(|s| {
            let (skips, allowed) = texts::story_skips(s);
            let when = texts::story_when(s);
            let mut out = Vec::new();
            scan.file(&s.file, &skips, &allowed, &mut out, |_, _| Some(when));
            out
        })
        .collect();
    let by_region: Vec<Vec<Diagnostic>> = site
        .regions()
        .par_iter()
        .map(|r| {
            let dates = texts::RegionDates::of(r);
            let mut out = Vec::new();
            scan.file(&r.file, &[], &[], &mut out, |line, at| {
                (!texts::in_yaml_comment(&r.file, line, at)).then(|| dates.at(&r.file, line))
            });
            out
        })
        .collect();
    for d in found.into_iter().chain(by_region.into_iter().flatten()) {
        diags.push(d);
    }
    for d in by_story.into_iter().flatten() {
        diags.push(d);
    }
}

/// The lists, and the office's for its entries' places and words accepted.
struct Scan<'a> {
    phrases: &'a Phrases,
    office: &'a OfficeWords,
}

impl Scan<'_> {
    /// Every finding in `file`, outside the `skips` ranges and except the words a story
    /// accepts; `when` gives a place's date (line, byte), None where it is no text (a
    /// comment).
    fn file(
        &self,
        file: &SourceFile,
        skips: &[Range<usize>],
        accepted: &[String],
        out: &mut Vec<Diagnostic>,
        when: impl Fn(usize, usize) -> Option<When>,
    ) {
        for (range, wrong, found) in self.phrases.find(&file.text) {
            if matches!(found, Found::Right)
                || skips.iter().any(|s| s.contains(&range.start))
                || accepted.iter().any(|a| a == wrong)
            {
                continue;
            }
            let span = file.span_at(range.start, wrong.chars().count());
            let Some(when) = when(span.line, range.start) else {
                continue;
            };
            let shown = file.sheet_row(span.line).map_or(&file.path, |r| &r.path);
            if self.accepted(wrong, shown) {
                continue;
            }
            if let Some(d) = self.finding(file, span, wrong, found, when) {
                out.push(d);
            }
        }
    }

    /// True when `content/words.yaml` accepts `word` in the file shown as `path`.
    fn accepted(&self, word: &str, path: &Path) -> bool {
        self.office.allowed.iter().any(|a| {
            a.word == word
                && (a.files.is_empty()
                    || a.files.iter().any(|f| {
                        let f = f.trim().trim_start_matches("./");
                        let f = match f.starts_with("content/") {
                            true => Path::new(f).to_path_buf(),
                            false => Path::new("content").join(f),
                        };
                        path.starts_with(&f)
                    }))
        })
    }

    fn finding(
        &self,
        file: &SourceFile,
        span: crate::diagnostics::Span,
        wrong: &str,
        found: &Found,
        when: When,
    ) -> Option<Diagnostic> {
        let (right, renamed, hint) = match found {
            Found::Right => return None,
            Found::Builtin(b) => (
                Some(b.right.to_string()),
                b.renamed,
                msg::word_rule_hint(b.rule, wrong),
            ),
            Found::Office(k) => {
                let w = &self.office.words[*k];
                let hint = match &w.reason {
                    Some(r) => msg::word_reason_hint(r, wrong),
                    None => msg::word_allow_hint(wrong),
                };
                (w.right.clone(), w.since, hint)
            }
        };
        let message = match (renamed, when, &right) {
            // An old name is right in texts dated before its renaming, and unchecked
            // where there is no date.
            (Some(_), When::Unknown, _) => return None,
            (Some(day), When::On(date), _) if date < day => return None,
            (Some(day), When::On(date), Some(r)) => {
                msg::word_renamed(wrong, r, day.to_string(), date.to_string())
            }
            (Some(day), When::Today, Some(r)) => msg::word_renamed_now(wrong, r, day.to_string()),
            _ => match (found, &right) {
                (Found::Office(k), Some(r)) => msg::word_office(wrong, self.place(*k), r),
                (Found::Office(k), None) => msg::word_office_banned(wrong, self.place(*k)),
                (_, r) => msg::word_error(wrong, r.clone().unwrap_or_default()),
            },
        };
        Some(Diagnostic::warning(file, span, message).hint(hint))
    }

    /// Where entry `k` of the office's list is written: `content/words.yaml:2:5`.
    fn place(&self, k: usize) -> String {
        match &self.office.file {
            Some(f) => f.place(self.office.words[k].at),
            None => String::new(),
        }
    }
}
