use super::*;

#[test]
fn a_kinds_time_rule_is_its_time_columns() {
    for sheet in SHEETS {
        let has = |k: &str| sheet.columns.iter().any(|c| c.key == k);
        let (year, period) = (has(key::YEAR), has(key::PERIOD));
        let expected = match sheet.time {
            Time::None => (false, false),
            Time::Year | Time::Series => (true, false),
            Time::Period | Time::Either => (true, true),
        };
        assert_eq!((year, period), expected, "{}: {:?}", sheet.key, sheet.time);
    }
}

#[test]
fn every_kind_has_one_key_one_reference_and_one_place_in_order() {
    for (i, a) in SHEETS.iter().enumerate() {
        for b in &SHEETS[i + 1..] {
            assert_ne!(a.key, b.key);
            assert_ne!(a.reference, b.reference);
            assert_ne!(a.section, b.section);
        }
        let data = a.section != Section::Regions;
        let placed = FIGURE_ORDER.iter().filter(|s| **s == a.section).count();
        assert_eq!(placed, usize::from(data), "{} in FIGURE_ORDER", a.key);
    }
}

/// The lists `region.yaml`'s messages print ("one of …"): their order is user-visible.
#[test]
fn yaml_keys_keep_their_order() {
    let prov = ["cite", "as_of", "wording", "note"];
    let with_prov = |own: &[&'static str]| [own, &prov[..]].concat();
    let keys = |s: Section| Sheet::of(s).yaml_keys().to_vec();
    assert_eq!(
        keys(Section::Regions),
        [
            "code",
            "name",
            "full_name",
            "level",
            "source",
            "as_of",
            "profile",
            "poverty",
            "lifted",
            "targets",
            "funds",
            "credit",
            "projects",
            "project_batches",
            "indicators",
        ]
    );
    assert_eq!(
        keys(Section::Lifted),
        with_prov(&["period", "year", "households", "people"])
    );
    assert_eq!(
        keys(Section::ProjectBatches),
        with_prov(&[
            "batch",
            "investment",
            "planned_investment",
            "invested_so_far",
            "financed_by",
            "total",
            "status"
        ])
    );
    assert_eq!(
        keys(Section::Indicators),
        with_prov(&["name", "unit", "values", "value", "target"])
    );
    assert_eq!(
        Sheet::of(Section::Regions).figures(),
        ["area_km2", "population"]
    );
    assert_eq!(
        Sheet::of(Section::ProjectBatches).figures(),
        [
            "investment",
            "planned_investment",
            "invested_so_far",
            "total",
            "completed",
            "in_progress",
            "tendering",
            "planning"
        ]
    );
}

#[test]
fn every_count_column_and_only_those_has_a_unit() {
    for sheet in SHEETS {
        for c in sheet.columns {
            assert_eq!(
                key::count_unit(c.key).is_some(),
                c.kind == Kind::Count,
                "{}.{} ({:?})",
                sheet.key,
                c.key,
                c.kind
            );
        }
    }
}
