//! Where each page of the site goes: the one rule for page paths, used by pages, links,
//! feeds, search and the link checks.

use super::{Site, Story};

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
