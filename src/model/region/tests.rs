//! The parser and the row kinds' description agree: every key the description gives a
//! row kind is read by the parser, and no other key is taken.

use super::*;
use crate::diagnostics::{Diagnostics, Severity};
use crate::model::kinds::SHEETS;
use crate::quantity::Status;

/// The lines of `yaml` that have an error.
fn error_lines(yaml: &str) -> Vec<usize> {
    let file = SourceFile::new("content/regions/t/region.yaml", yaml);
    let node = crate::load::yaml::parse(&file, yaml, 0).unwrap();
    let mut diags = Diagnostics::new();
    decode(
        &mut Decoder::new(&file, &mut diags),
        &node,
        "t",
        PathBuf::new(),
    );
    let errors = diags.iter().filter(|d| d.severity == Severity::Error);
    errors.filter_map(|d| d.span.map(|s| s.line)).collect()
}

/// A list where any key of a row or region wants text, a figure, a time or a mapping: the
/// parser says so at that key's line only if it reads the key.
const WRONG: &str = "[1]";

#[test]
fn the_parser_reads_every_described_key_of_a_region() {
    for k in Sheet::of(Section::Regions).yaml_keys() {
        // Another key first, so the one tested is alone on line 2 (a missing `name` is
        // reported at line 1).
        let other = if *k == key::AS_OF {
            key::NAME
        } else {
            key::AS_OF
        };
        let yaml = format!("{other}: 2019\n{k}: {WRONG}\n");
        assert!(
            error_lines(&yaml).contains(&2),
            "`{k}` is not read:\n{yaml}"
        );
    }
    for k in Sheet::of(Section::Regions).figures() {
        let yaml = format!("name: t\nprofile:\n  {k}: {WRONG}\n");
        assert!(error_lines(&yaml).contains(&3), "profile `{k}` is not read");
    }
}

/// What a row of each kind must give to be taken, so a row refused for lacking it does
/// not leave the key tested unread.
fn required(kind: Section) -> &'static [(&'static str, &'static str)] {
    match kind {
        Section::Poverty => &[(key::YEAR, "2015")],
        Section::Targets => &[(key::NAME, "n")],
        Section::Funds => &[(key::SOURCE, "n"), (key::AMOUNT, "1元")],
        Section::Credit => &[(key::KIND, "n"), (key::PEOPLE, "1")],
        Section::Projects => &[(key::NAME, "n"), (key::STATUS, "completed")],
        Section::ProjectBatches => &[(key::BATCH, "n")],
        Section::Indicators => &[(key::NAME, "n"), (key::VALUE, "1")],
        Section::Regions | Section::Lifted => &[],
    }
}

#[test]
fn the_parser_reads_every_described_key_of_a_row() {
    for sheet in SHEETS.iter().filter(|s| s.section != Section::Regions) {
        for k in sheet.yaml_keys() {
            // The row starts a line before the key tested: what the row lacks is
            // reported there, so an error on the key's line is about the key.
            let other = if *k == key::NOTE {
                key::CITE
            } else {
                key::NOTE
            };
            let mut yaml = format!("name: t\nas_of: 2019\n{}:\n  - {other}: x\n", sheet.key);
            for (r, v) in required(sheet.section).iter().filter(|(r, _)| r != k) {
                yaml += &format!("    {r}: {v}\n");
            }
            yaml += &format!("    {k}: {WRONG}\n");
            let line = yaml.lines().count();
            let lines = error_lines(&yaml);
            assert!(
                lines.contains(&line),
                "{} `{k}` is not read:\n{yaml}",
                sheet.key
            );
        }
    }
}

#[test]
fn the_parser_takes_no_key_the_description_lacks() {
    let every: Vec<&str> = SHEETS.iter().flat_map(|s| s.yaml_keys()).copied().collect();
    for sheet in SHEETS.iter().filter(|s| s.section != Section::Regions) {
        let others = every.iter().filter(|k| !sheet.yaml_keys().contains(k));
        for k in others {
            let yaml = format!("name: t\nas_of: 2019\n{}:\n  - {k}: 1\n", sheet.key);
            assert!(
                error_lines(&yaml).contains(&4),
                "{} takes `{k}`, which it does not describe",
                sheet.key
            );
        }
    }
}

/// A batch's `status:` mapping holds the counts its `status.*` columns describe.
#[test]
fn a_batchs_statuses_are_its_described_columns() {
    let sheet = Sheet::of(Section::ProjectBatches);
    let described: Vec<&str> = sheet
        .columns
        .iter()
        .filter_map(|c| c.key.strip_prefix("status."))
        .collect();
    let read: Vec<&str> = Status::ALL.iter().map(|s| s.key()).collect();
    assert_eq!(described, read);
}

/// A region decoded from `yaml`, which must have no errors.
fn decoded(yaml: &str) -> Region {
    let file = SourceFile::new("content/regions/t/region.yaml", yaml);
    let node = crate::load::yaml::parse(&file, yaml, 0).unwrap();
    let mut diags = Diagnostics::new();
    let r = decode(
        &mut Decoder::new(&file, &mut diags),
        &node,
        "t",
        PathBuf::new(),
    );
    assert!(!diags.has_errors(), "{diags}");
    r.unwrap()
}

/// `as_of: 未注明`: the report gives a figure no time at all. The row is taken with no
/// date, not even its region's, and is shown as 未注明时间; any other word is refused.
#[test]
fn a_row_may_say_its_report_gives_it_no_time() {
    let yaml = "name: t\nfunds:\n  - { source: 甲, amount: 1元, as_of: 未注明 }\n";
    assert_eq!(error_lines(yaml), Vec::<usize>::new());
    let r = decoded(
        "name: t\nas_of: 2016\nindicators:\n  - { name: 贫困人口, unit: 人, value: 7.65万, as_of: 未注明 }\n",
    );
    let p = &r.indicators[0].prov;
    assert_eq!(r.sourced(p).as_of, None, "the region's date applied");
    assert_eq!(p.undated_label(r.as_of), "未注明时间");
    assert_eq!(r.time_label(None, p), "未注明时间");
    let dated = decoded("name: t\nas_of: 2016\nindicators:\n  - { name: 人口, value: 1 }\n");
    assert_eq!(
        dated.time_label(None, &dated.indicators[0].prov),
        "截至2016年"
    );
    let yaml = "name: t\nfunds:\n  - { source: 甲, amount: 1元, as_of: 未知 }\n";
    assert!(error_lines(yaml).contains(&3));
}
