//! View models: what templates receive. Every figure in them is already formatted.

use crate::compute::summary::KeyFigure;
use crate::compute::table::DataTable;
use serde::Serialize;

/// What every page gets.
#[derive(Debug, Clone, Serialize)]
pub struct SiteView {
    /// Site title.
    pub title: String,
    /// Subtitle.
    pub subtitle: String,
    /// `<html lang>`.
    pub lang: &'static str,
    /// Issuing office.
    pub publisher: String,
    /// Every region's figures in one workbook (`data/all.xlsx`), relative to the root.
    pub all_xlsx_url: &'static str,
    /// The same as one CSV table (`data/all.csv`).
    pub all_csv_url: &'static str,
    /// A government site's identity, for the footer; `None` on other sites.
    pub gov: Option<GovView>,
}

/// A link to a page.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Link {
    /// Text.
    pub title: String,
    /// Relative URL from the current page.
    pub url: String,
}

/// A region in the navigation tree.
#[derive(Debug, Clone, Serialize)]
pub struct RegionNode {
    /// Short name.
    pub name: String,
    /// Level as written.
    pub level: String,
    /// Relative URL.
    pub url: String,
    /// One-line summary (`贫困发生率 11% → 1.23%`), may be empty.
    pub summary: String,
    /// Children.
    pub children: Vec<RegionNode>,
}

/// A chart as a page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct ChartView {
    /// Element id.
    pub id: String,
    /// Heading.
    pub title: String,
    /// Inline SVG markup.
    pub svg: String,
    /// Its figures.
    pub table: DataTable,
    /// Relative URL of the standalone SVG.
    pub svg_url: String,
    /// Relative URL of the CSV.
    pub csv_url: String,
    /// Relative URL of the chart's PNG; empty when `charts.png` gives it none.
    pub png_url: String,
}

/// A story in a list.
#[derive(Debug, Clone, Serialize)]
pub struct StoryItem {
    /// Title.
    pub title: String,
    /// Relative URL.
    pub url: String,
    /// `YYYY-MM-DD` or empty.
    pub date: String,
    /// Summary or empty.
    pub summary: String,
    /// Region name or empty.
    pub region: String,
}

/// The story itself, on its page or the region page.
#[derive(Debug, Clone, Serialize)]
pub struct StoryView {
    /// Title.
    pub title: String,
    /// `YYYY-MM-DD` or empty.
    pub date: String,
    /// Summary.
    pub summary: String,
    /// Source.
    pub source: String,
    /// Author.
    pub author: String,
    /// Tags.
    pub tags: Vec<String>,
    /// Rendered body (sanitized HTML).
    pub html: String,
}

/// Everything a region page shows.
#[derive(Debug, Clone, Serialize)]
pub struct RegionView {
    /// Id.
    pub id: String,
    /// Short name.
    pub name: String,
    /// Full name.
    pub full_name: String,
    /// Level.
    pub level: String,
    /// Data source.
    pub source: String,
    /// Key figure cards.
    pub figures: Vec<KeyFigure>,
    /// Charts of the region's own data.
    pub charts: Vec<ChartView>,
    /// Charts comparing the regions under it.
    pub child_charts: Vec<ChartView>,
    /// Totals of the regions under it (never mixed with its own figures).
    pub rollup: Vec<KeyFigure>,
    /// Tables of every section with data.
    pub tables: Vec<DataTable>,
    /// The main story (`index.md`).
    pub story: Option<StoryView>,
    /// Other stories.
    pub stories: Vec<StoryItem>,
    /// Children, with summaries.
    pub children: Vec<RegionNode>,
    /// Open data downloads.
    pub json_url: String,
    /// CSV download.
    pub csv_url: String,
    /// Relative URL of its briefing PDF; empty when it has none.
    pub briefing_url: String,
}

/// A government site's identity as its footer shows it (`gov:` in site.yaml).
#[derive(Debug, Clone, Serialize)]
pub struct GovView {
    /// 主办单位.
    pub sponsor: String,
    /// 承办单位, or empty.
    pub operator: String,
    /// 联系方式, or empty.
    pub contact: String,
    /// 网站标识码.
    pub site_code: String,
    /// The ICP record number and the record system's address.
    pub icp: Option<Link>,
    /// The 公安 record number and its record's address.
    pub police: Option<Link>,
    /// The 网站地图 page, relative to the root.
    pub site_map_url: &'static str,
    /// The 党政机关网站标识 script's address, or empty.
    pub conac_url: String,
    /// The 政府网站找错 script's address, or empty when the site does not show it.
    pub error_report_url: &'static str,
}

/// A `<meta name content>` of the government website spec (SiteName, ColumnType …).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct MetaTag {
    /// The spec's name.
    pub name: &'static str,
    /// Its value.
    pub content: String,
}
