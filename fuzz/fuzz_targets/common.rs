//! An in-memory site for the fuzz targets: no disk, one province with one county.
#![allow(dead_code)]

use std::path::PathBuf;
use xiaokang::compute::charts::{self, ChartKind, ChartRequest};
use xiaokang::diagnostics::{Diagnostics, SourceFile};
use xiaokang::load::{RegionDir, SourceTree};
use xiaokang::model::{self, Site};

/// A county with one figure of every section (as in the tests' fixture).
pub const COUNTY: &str = "\
name: 测试县
level: 县
profile: { area_km2: 11570, population: 40.18万 }
poverty:
  - { year: 2014, households: 13065, people: 34261, rate: 11% }
  - { year: 2018, households: 1375, people: 3976, rate: 1.23% }
lifted:
  - { period: 2014-2018, households: 11690, people: 30285 }
targets:
  - { year: 2015, name: 减贫人口, unit: 人, target: 1.41万, actual: 18858 }
funds:
  - { year: 2015, source: 财政扶贫资金, amount: 4.34亿元, to_poor_villages: 2.76亿元 }
  - { period: 2013-2015, source: 扶贫开发专项资金, amount: 8231万元, projects: 146 }
projects:
  - { name: 村级光伏电站, category: 光伏, status: completed }
project_batches:
  - batch: 第一、二批
    investment: 20.52亿元
    invested_so_far: 6.94亿元
    total: 76
    status: { completed: 27, in_progress: 11, tendering: 4, planning: 34 }
indicators:
  - { name: 自来水普及率, unit: \"%\", values: { 2015: 98, 2016: 99 }, target: 100 }
";

/// A site whose county is `county_yaml`, with `story` (if any) as the county's `gushi.md`.
pub fn tree(county_yaml: &str, story: Option<&str>) -> SourceTree {
    site_tree("title: 测试站\n", county_yaml, story)
}

/// A site whose site.yaml is `site_yaml`, its county `county_yaml` and its story `story`.
pub fn site_tree(site_yaml: &str, county_yaml: &str, story: Option<&str>) -> SourceTree {
    let province = "content/regions/sheng";
    let county = "content/regions/sheng/xian";
    SourceTree {
        root: PathBuf::from("/nonexistent-fuzz-site"),
        site: Some(SourceFile::new("content/site.yaml", site_yaml)),
        home: None,
        words: None,
        regions: vec![
            RegionDir {
                id: "sheng".into(),
                rel_dir: province.into(),
                parent: None,
                yaml: Some(SourceFile::new(
                    format!("{province}/region.yaml"),
                    "name: 测试省\nlevel: 省\n",
                )),
                stories: Vec::new(),
            },
            RegionDir {
                id: "xian".into(),
                rel_dir: county.into(),
                parent: Some(0),
                yaml: Some(SourceFile::new(
                    format!("{county}/region.yaml"),
                    county_yaml,
                )),
                stories: story
                    .map(|s| vec![SourceFile::new(format!("{county}/gushi.md"), s)])
                    .unwrap_or_default(),
            },
        ],
        news: Vec::new(),
        static_files: vec![PathBuf::from("photo.jpg")],
        tables: Vec::new(),
    }
}

/// Models and validates the site, builds every chart kind for every region, and renders
/// every message (the snippet and caret code sees odd spans).
pub fn model_and_charts(tree: &SourceTree) -> (Site, Diagnostics) {
    let mut diags = Diagnostics::new();
    let site = model::build(tree, true, &mut diags);
    xiaokang::validate::check(&site, &mut diags);
    for i in 0..site.region_count() {
        let _ = xiaokang::compute::summary::region_figures(site.region(i));
        for name in ChartKind::names() {
            let Some(kind) = ChartKind::parse(name) else {
                continue;
            };
            if let Ok(c) = charts::build(&site, &ChartRequest::simple(kind, vec![i]), "f") {
                let _ = xiaokang::chart::draw(&c.spec);
            }
        }
    }
    let _ = diags.to_string();
    (site, diags)
}
