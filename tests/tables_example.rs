//! `examples/tables/`: the five reports' figures as one workbook with division codes, and
//! region folders only where there are stories, build the same site as the YAML example.

use crate::common::{assert_same_files, files, Fixture};
use std::path::Path;

/// A copy of `examples/tables/content` with chart PNGs off, as [`Fixture::example`] has.
fn tables_example() -> Fixture {
    let f = Fixture::new();
    std::fs::remove_dir_all(f.root().join("content")).unwrap();
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/tables/content");
    for (rel, bytes) in files(&content) {
        f.write_bytes(&format!("content/{}", rel.display()), &bytes);
    }
    let site = f.root().join("content/site.yaml");
    let yaml = std::fs::read_to_string(&site).unwrap();
    std::fs::write(&site, yaml.replace("png: true", "png: false")).unwrap();
    f
}

#[test]
fn the_five_reports_as_one_workbook_build_the_same_site() {
    let yaml = Fixture::example();
    yaml.build().unwrap_or_else(|d| panic!("{d}"));
    let tables = tables_example();
    tables.build().unwrap_or_else(|d| panic!("{d}"));
    let n = assert_same_files(&yaml.out(), &tables.out());
    assert!(n > 100, "{n} files");
    // The example's workbook is the YAML example's own download: the two stay one site.
    let workbook = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/tables/content/tables/五地数据.xlsx"),
    )
    .unwrap();
    assert!(
        std::fs::read(yaml.out().join("data/all.xlsx")).ok() == Some(workbook),
        "examples/tables/content/tables/五地数据.xlsx is not today's data/all.xlsx of the example: \
         copy output/data/all.xlsx there"
    );
}

#[test]
fn the_tables_example_keeps_no_region_yaml_and_only_story_folders() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/tables/content/regions");
    for (rel, _) in files(&root) {
        assert_eq!(
            rel.extension().and_then(|x| x.to_str()),
            Some("md"),
            "{rel:?}"
        );
        assert_eq!(
            rel.components().count(),
            2,
            "{rel:?} is not in a folder of its own"
        );
    }
}

/// An edited cell renders again only the pages its row feeds, as an edited region.yaml
/// does (tests/incremental.rs): 康乐县's page, its parents, the home page and the two
/// stories that cite its funds.
#[test]
fn an_edited_cell_renders_only_the_pages_it_feeds() {
    let yaml = Fixture::example();
    yaml.build().unwrap_or_else(|d| panic!("{d}"));
    let csv = yaml.read("data/all.csv");
    let f = tables_example();
    std::fs::remove_file(f.root().join("content/tables/五地数据.xlsx")).unwrap();
    f.write("content/tables/all.csv", &csv);
    let first = f.build().unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(first.rendered_jobs, first.jobs);
    assert!(csv.contains(",4.34亿元,"), "the cell to edit");
    f.write(
        "content/tables/all.csv",
        &csv.replacen(",4.34亿元,", ",4.56亿元,", 1),
    );
    let r = f.build().unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(r.rendered_jobs, 6, "of {} jobs", r.jobs);
    let county = f.read("regions/kangle/index.html");
    assert!(county.contains("4.56亿元") && !county.contains("4.34亿元"));
}
