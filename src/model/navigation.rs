//! What the navigation of every page shows of the site, read as one thing
//! ([`Read::Navigation`]): a page that shows it is rendered again when it changes, and
//! only then (a top-level region's figures, or one more news story, are not in it).

use super::reads::{self, Read};
use super::Site;

/// The most top-level regions the navigation names; more get one link to the full list.
pub const MAX_NAV_REGIONS: usize = 8;

/// What the navigation shows of the site.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Navigation {
    /// The first top-level regions, at most [`MAX_NAV_REGIONS`].
    pub regions: Vec<NavRegion>,
    /// How many top-level regions there are.
    pub roots: usize,
    /// The site has news.
    pub news: bool,
}

/// A top-level region as the navigation names it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct NavRegion {
    /// Its name.
    pub name: String,
    /// Its page.
    pub path: String,
}

impl Site {
    /// What every page's navigation shows (noted as read, as one thing: not the regions'
    /// files nor the news stories it is made from).
    pub fn navigation(&self) -> Navigation {
        reads::note(Read::Navigation);
        let roots: Vec<usize> = self.roots().collect();
        let regions = roots.iter().take(MAX_NAV_REGIONS).map(|&i| NavRegion {
            name: self.regions[i].name.clone(),
            path: self.region_path(i),
        });
        Navigation {
            regions: regions.collect(),
            roots: roots.len(),
            news: self
                .stories_by_region
                .get(self.regions.len())
                .is_some_and(|news| !news.is_empty()),
        }
    }
}
