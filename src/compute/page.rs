//! What a region page and the home page show, worked out once and shared by every output.

use super::charts;
use super::draw::{self, DrawnChart, Tally};
use super::plan::{self, PlannedChart, Scope};
use super::summary::{self, KeyFigure};
use super::table::DataTable;
use super::tables;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::i18n::Ui;
use crate::model::Site;

/// A region's figures, charts and tables.
#[derive(Debug, Clone)]
pub struct RegionPage {
    /// Its own key figures.
    pub figures: Vec<KeyFigure>,
    /// Sums of the regions under it.
    pub rollup: Vec<KeyFigure>,
    /// One table per section of its data that has rows.
    pub tables: Vec<DataTable>,
    /// Charts of its own figures.
    pub charts: Vec<DrawnChart>,
    /// Charts comparing the regions under it.
    pub child_charts: Vec<DrawnChart>,
}

/// The home page's site-wide figures and comparisons.
#[derive(Debug, Clone)]
pub struct HomePage {
    /// Site-wide key figures.
    pub figures: Vec<KeyFigure>,
    /// Comparisons of the site's regions.
    pub charts: Vec<DrawnChart>,
}

/// Region `i`'s page content.
pub fn region(site: &Site, i: usize, ui: &Ui, tally: &Tally, d: &mut Diagnostics) -> RegionPage {
    let r = site.region(i);
    let (charts, child_charts) = drawn(site, plan::region_charts(site, i), tally, d);
    RegionPage {
        figures: summary::region_figures(r),
        rollup: summary::rollup_figures(site, i),
        tables: tables::region_tables(r, ui),
        charts,
        child_charts,
    }
}

/// The home page's content.
pub fn home(site: &Site, tally: &Tally, d: &mut Diagnostics) -> HomePage {
    let (_, charts) = drawn(site, plan::home_charts(site), tally, d);
    HomePage {
        figures: summary::site_figures(site),
        charts,
    }
}

/// Builds and draws the planned charts of a page: (its own, its children's).
fn drawn(
    site: &Site,
    plan: Vec<PlannedChart>,
    tally: &Tally,
    d: &mut Diagnostics,
) -> (Vec<DrawnChart>, Vec<DrawnChart>) {
    let (mut own, mut children) = (Vec::new(), Vec::new());
    for p in plan {
        let built = match charts::build(site, &p.req, &p.id) {
            Ok(c) => c,
            Err(e) => {
                d.push(Diagnostic::general(
                    crate::messages::catalog::figures::chart_failed(&p.id, e),
                ));
                continue;
            }
        };
        match draw::draw(built, p.stem, tally) {
            Ok(c) if p.scope == Scope::Own => own.push(c),
            Ok(c) => children.push(c),
            Err(e) => d.push(*e),
        }
    }
    (own, children)
}
