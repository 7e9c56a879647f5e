//! Where each page of the site goes: the one rule for page paths, used by pages, links,
//! feeds, search and the link checks.

use super::{Site, Story};
use crate::diagnostics::Diagnostic;
use crate::messages::catalog::data;
use crate::messages::Arg;
use std::path::Path;

impl Site {
    /// `regions/<id>/index.html`, relative to the site root.
    pub fn region_path(&self, i: usize) -> String {
        format!("regions/{}/index.html", self.regions[i].id)
    }

    /// The output page a story is shown on: its own page, its region's page (a region's
    /// `index.md`) or the home page (`_index.md`).
    pub fn story_path(&self, s: &Story) -> String {
        if self
            .home
            .as_ref()
            .is_some_and(|h| h.file.path == s.file.path)
        {
            return "index.html".into();
        }
        match s.region {
            Some(r) if s.is_region_index() => self.region_path(r),
            Some(r) => format!("regions/{}/{}/index.html", self.regions[r].id, s.slug),
            None => format!("news/{}/index.html", s.slug),
        }
    }
}

/// Refuses a folder or file name that cannot stand in a page's address as it is (a
/// region's folder is its id, `regions/<id>/`; a story's file name its page's folder):
/// a space or `#` there would make links that break or do not validate.
pub(crate) fn check_name(name: &str, path: &Path, story: bool) -> Result<(), Box<Diagnostic>> {
    let bad: Vec<char> = name
        .chars()
        .filter(|c| crate::url::needs_escape(*c))
        .collect();
    if bad.is_empty() {
        return Ok(());
    }
    // Sorted as the English words were, so the list reads the same.
    let mut shown: Vec<(String, Arg)> = bad
        .iter()
        .map(|c| match c {
            ' ' => ("a space".to_string(), data::char_space().into()),
            '\u{3000}' => (
                "a full-width space".to_string(),
                data::char_fullwidth_space().into(),
            ),
            c if c.is_whitespace() || c.is_control() => {
                let t = format!("U+{:04X}", u32::from(*c));
                (t.clone(), t.into())
            }
            c => {
                let t = format!("`{c}`");
                (t.clone(), t.into())
            }
        })
        .collect();
    shown.sort_by(|a, b| a.0.cmp(&b.0));
    shown.dedup_by(|a, b| a.0 == b.0);
    let mut parts = shown.into_iter().map(|(_, a)| a);
    let first = parts.next().unwrap_or_else(|| String::new().into());
    let shown: Arg = parts.fold(first, |a, b| data::list_pair(a, b).into());
    let clean: String = name
        .chars()
        .filter(|c| !crate::url::needs_escape(*c))
        .collect();
    Err(Box::new(
        Diagnostic::file_error(
            path,
            data::name_not_web_safe(
                if story {
                    data::story_file_name()
                } else {
                    data::region_folder_name()
                },
                name,
                shown,
            ),
        )
        .expected(data::web_safe_name())
        .hint(if story {
            data::rename_story_file(clean)
        } else {
            data::rename_region_folder(clean)
        }),
    ))
}
