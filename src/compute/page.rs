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
    let shown = drawn(site, plan::region_charts(site, i), tally, d);
    let mut figures = summary::region_figures(r);
    figures.extend(shown.own_cards);
    let mut rollup = summary::rollup_figures(site, i);
    rollup.extend(shown.children_cards);
    RegionPage {
        figures,
        rollup,
        tables: tables::region_tables(r, ui),
        charts: shown.own,
        child_charts: shown.children,
    }
}

/// The home page's content.
pub fn home(site: &Site, tally: &Tally, d: &mut Diagnostics) -> HomePage {
    let shown = drawn(site, plan::home_charts(site), tally, d);
    let mut figures = summary::site_figures(site);
    figures.extend(shown.children_cards);
    HomePage {
        figures,
        charts: shown.children,
    }
}

/// A page's planned charts as it shows them: drawn, or as cards when they show one figure.
#[derive(Default)]
struct Shown {
    own: Vec<DrawnChart>,
    children: Vec<DrawnChart>,
    own_cards: Vec<KeyFigure>,
    children_cards: Vec<KeyFigure>,
}

/// Builds and draws the planned charts of a page. A chart of one figure says less than a
/// key figure does (a bar of one project, a line of one dot): it becomes a card, or is
/// left out where the region's own cards show that figure already.
fn drawn(site: &Site, plan: Vec<PlannedChart>, tally: &Tally, d: &mut Diagnostics) -> Shown {
    let mut shown = Shown::default();
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
        let own = p.scope == Scope::Own;
        if let Some(one) = built.spec.single_value() {
            if !(own && built.kind.desc().carded) {
                let card = KeyFigure {
                    label: built.spec.title,
                    value: one.label,
                    note: one.at,
                    source: built.table.source,
                    exact: None,
                };
                match own {
                    true => shown.own_cards.push(card),
                    false => shown.children_cards.push(card),
                }
            }
            continue;
        }
        match draw::draw(built, p.stem, tally) {
            Ok(c) if own => shown.own.push(c),
            Ok(c) => shown.children.push(c),
            Err(e) => d.push(*e),
        }
    }
    shown
}
