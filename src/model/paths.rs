//! Where each page of the site goes: the one rule for page paths, used by pages, links,
//! feeds, search and the link checks.

use super::{Site, Story};
use crate::diagnostics::Diagnostic;
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
    let shown: Vec<String> = bad
        .iter()
        .map(|c| match c {
            ' ' => "a space".to_string(),
            '\u{3000}' => "a full-width space".to_string(),
            c if c.is_whitespace() || c.is_control() => format!("U+{:04X}", u32::from(*c)),
            c => format!("`{c}`"),
        })
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let clean: String = name
        .chars()
        .filter(|c| !crate::url::needs_escape(*c))
        .collect();
    Err(Box::new(
        Diagnostic::file_error(
            path,
            format!(
                "the {} name `{name}` cannot be part of a web address: it holds {}",
                if story { "story file" } else { "region folder" },
                shown.join(", ")
            ),
        )
        .expected("a name without spaces or any of % # ? / \" ' < > \\ ^ ` { | }")
        .hint(if story {
            format!("rename the file, e.g. to `{clean}.md`: a story's file name is its page's address (…/{clean}/)")
        } else {
            format!("rename the folder, e.g. to `{clean}`: a region's folder name is its id and its page's address (regions/{clean}/)")
        }),
    ))
}
