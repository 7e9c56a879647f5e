//! Charts drawn once per build: each planned chart or chart block becomes one SVG that the
//! page inlines, the standalone file and PNG repeat, and the booklet typesets.

use super::charts::BuiltChart;
use super::table::DataTable;
use crate::chart;
use crate::diagnostics::Diagnostic;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A chart with its drawing: everything any output needs of it.
#[derive(Debug, Clone)]
pub struct DrawnChart {
    /// Element id (unique on its page; also inside the SVG).
    pub id: String,
    /// Heading.
    pub title: String,
    /// Path under the site's `charts/` folder, without extension (`luqu/funds`).
    pub stem: String,
    /// The SVG document.
    pub svg: String,
    /// Its figures.
    pub table: DataTable,
    /// Drawing height in px (the width is [`crate::chart::WIDTH`]).
    pub height: u32,
    /// One sentence saying what it shows (the SVG's `<desc>`; the booklet's alt text).
    pub description: String,
    /// What was drawn, to draw it again at another width (a 公众号 article's image).
    pub spec: chart::ChartSpec,
}

/// How much the compute stage did, for `XIAOKANG_TIMINGS` (and tests): every story is
/// parsed at most once and every chart drawn at most once per build.
#[derive(Debug, Default)]
pub struct Tally {
    /// Story Markdown files parsed.
    pub stories_parsed: AtomicUsize,
    /// Charts drawn.
    pub charts_drawn: AtomicUsize,
}

impl Tally {
    /// `(stories parsed, charts drawn)` so far.
    pub fn get(&self) -> (usize, usize) {
        (
            self.stories_parsed.load(Ordering::Relaxed),
            self.charts_drawn.load(Ordering::Relaxed),
        )
    }
}

/// Draws `built` as the chart saved under `charts/<stem>`.
pub fn draw(built: BuiltChart, stem: String, tally: &Tally) -> Result<DrawnChart, Box<Diagnostic>> {
    tally.charts_drawn.fetch_add(1, Ordering::Relaxed);
    match chart::draw(&built.spec) {
        Ok(svg) => Ok(DrawnChart {
            id: built.spec.id.clone(),
            title: built.spec.title.clone(),
            stem,
            svg,
            table: built.table,
            height: built.spec.height,
            description: built.spec.description.clone(),
            spec: built.spec,
        }),
        Err(e) => Err(Box::new(Diagnostic::general(
            crate::messages::catalog::figures::chart_not_drawn(&built.spec.title, e.to_string()),
        ))),
    }
}
