//! A region's figures as open data: `data/<id>.json` and `data/<id>.csv`.

use super::OutputFile;
use crate::compute::figures::format_with_unit;
use crate::compute::table::DataTable;
use crate::model::region::Region;
use crate::quantity::{Count, Money, Status};
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};
use std::path::PathBuf;

/// The JSON and CSV files of one region.
pub fn files(r: &Region) -> Vec<OutputFile> {
    let sections = sections(r);
    let json = serde_json::to_string_pretty(&to_json(r, &sections)).unwrap_or_default();
    vec![
        OutputFile {
            path: PathBuf::from(format!("data/{}.json", r.id)),
            bytes: json.into_bytes(),
        },
        OutputFile {
            path: PathBuf::from(format!("data/{}.csv", r.id)),
            bytes: csv_table(&sections).to_csv_file(),
        },
    ]
}

/// A section of `region.yaml` (`poverty`, `funds` …) and its rows.
type Section = (&'static str, Vec<Entry>);

/// One row of a section (a year's poverty figures, a fund, a project batch).
struct Entry {
    /// What the JSON names the row by (`year`, `period`, `name`, `unit` …).
    keys: Vec<(&'static str, Value)>,
    /// The CSV's `year_or_period` column.
    when: String,
    /// The CSV's `name` column.
    name: String,
    /// Its figures, in CSV row order.
    figures: Vec<Figure>,
}

/// One figure of a row: a CSV row when published, a JSON field either way (null when not).
struct Figure {
    /// The CSV's `field`, and the JSON key unless `group` is set.
    field: String,
    /// For a figure the JSON nests (`status`, `values`): that object and the key in it.
    group: Option<(&'static str, String)>,
    /// The CSV's `year_or_period` when not the row's (an indicator's yearly values).
    when: Option<String>,
    /// The exact value; None when not published.
    value: Option<Exact>,
    /// The CSV's `unit`.
    unit: String,
    /// The figure as the pages print it.
    shown: String,
}

/// An exact value, written as digits in both files.
enum Exact {
    Whole(u64),
    Decimal(Decimal),
    /// A key such as a project status (`completed`).
    Key(String),
}

impl Exact {
    fn csv(&self) -> String {
        match self {
            Exact::Whole(n) => n.to_string(),
            Exact::Decimal(d) => d.normalize().to_string(),
            Exact::Key(k) => k.clone(),
        }
    }

    fn json(&self) -> Value {
        match self {
            Exact::Whole(n) => json!(n),
            Exact::Decimal(d) => num(*d),
            Exact::Key(k) => json!(k),
        }
    }
}

impl Figure {
    fn new(field: &str, value: Option<Exact>, unit: &str, shown: Option<String>) -> Self {
        Figure {
            field: field.into(),
            group: None,
            when: None,
            value,
            unit: unit.into(),
            shown: shown.unwrap_or_default(),
        }
    }

    fn count(field: &str, c: Option<Count>, unit: &str) -> Self {
        let shown = c.map(|c| c.with_unit(unit));
        Figure::new(field, c.map(|c| Exact::Whole(c.get())), unit, shown)
    }

    fn money(field: &str, m: Option<Money>) -> Self {
        let shown = m.map(|m| m.to_string());
        Figure::new(field, m.map(|m| Exact::Decimal(m.yuan())), "元", shown)
    }

    fn decimal(field: &str, v: Option<Decimal>, unit: &str) -> Self {
        let shown = v.map(|v| format_with_unit(v, unit));
        Figure::new(field, v.map(Exact::Decimal), unit, shown)
    }

    /// Nested in the JSON object `group` under `key`.
    fn within(mut self, group: &'static str, key: String) -> Self {
        self.group = Some((group, key));
        self
    }
}

/// Every section of a region's figures, in CSV row order: the one description both
/// files are made from, so a section cannot be in one and missing from the other.
fn sections(r: &Region) -> Vec<Section> {
    let poverty = r.poverty.iter().map(|p| Entry {
        keys: vec![("year", json!(p.year.get()))],
        when: p.year.to_string(),
        name: String::new(),
        figures: vec![
            Figure::count("households", p.households, "户"),
            Figure::count("people", p.people, "人"),
            Figure::new(
                "rate",
                p.rate.map(|x| Exact::Decimal(x.percent())),
                "%",
                p.rate.map(|x| x.to_string()),
            ),
        ],
    });
    let lifted = r.lifted.iter().map(|l| Entry {
        keys: vec![("period", json!(l.period.key()))],
        when: l.period.key(),
        name: String::new(),
        figures: vec![
            Figure::count("households", l.households, "户"),
            Figure::count("people", l.people, "人"),
        ],
    });
    let targets = r.targets.iter().map(|t| Entry {
        keys: vec![
            ("year", json!(t.year.get())),
            ("name", json!(t.name)),
            ("unit", json!(t.unit)),
        ],
        when: t.year.to_string(),
        name: t.name.clone(),
        figures: vec![
            Figure::count("target", t.target, &t.unit),
            Figure::count("actual", t.actual, &t.unit),
        ],
    });
    let funds = r.funds.iter().map(|f| Entry {
        keys: vec![
            ("year_or_period", json!(f.when.key())),
            ("source", json!(f.source)),
        ],
        when: f.when.key(),
        name: f.source.clone(),
        figures: vec![
            Figure::money("amount", Some(f.amount)),
            Figure::money("to_poor_villages", f.to_poor_villages),
            Figure::count("projects", f.projects, "个"),
        ],
    });
    let projects = r.projects.iter().map(|p| Entry {
        keys: vec![("name", json!(p.name)), ("category", json!(p.category))],
        when: String::new(),
        name: p.name.clone(),
        figures: vec![Figure::new(
            "status",
            Some(Exact::Key(p.status.key().into())),
            "",
            Some(p.status.label().into()),
        )],
    });
    let batches = r.project_batches.iter().map(|b| {
        let mut figures = vec![
            Figure::money("investment", b.investment),
            Figure::money("invested_so_far", b.invested_so_far),
            Figure::count("total", b.total, "个"),
        ];
        figures.extend(Status::ALL.iter().map(|s| {
            Figure::count(s.key(), Some(b.count(*s)), "个").within("status", s.key().into())
        }));
        Entry {
            keys: vec![("batch", json!(b.batch))],
            when: String::new(),
            name: b.batch.clone(),
            figures,
        }
    });
    let indicators = r.indicators.iter().map(|i| {
        let mut figures: Vec<Figure> = i
            .values
            .iter()
            .map(|(y, v)| {
                let mut f =
                    Figure::decimal("value", Some(*v), &i.unit).within("values", y.to_string());
                f.when = Some(y.to_string());
                f
            })
            .collect();
        figures.push(Figure::decimal("target", i.target, &i.unit));
        Entry {
            // The value figures fill `values`; an indicator without any still has it.
            keys: vec![
                ("name", json!(i.name)),
                ("unit", json!(i.unit)),
                ("values", json!({})),
            ],
            when: String::new(),
            name: i.name.clone(),
            figures,
        }
    });
    vec![
        ("poverty", poverty.collect()),
        ("lifted", lifted.collect()),
        ("targets", targets.collect()),
        ("funds", funds.collect()),
        ("project_batches", batches.collect()),
        ("projects", projects.collect()),
        ("indicators", indicators.collect()),
    ]
}

/// An exact decimal as a JSON number (its digits, not a float's).
fn num(d: Decimal) -> Value {
    let s = d.normalize().to_string();
    serde_json::from_str(&s).unwrap_or(Value::String(s))
}

/// The region, its profile and every section, each row an object. Keys come out sorted
/// (serde_json's map), so the order figures are described in does not matter here.
fn to_json(r: &Region, sections: &[Section]) -> Value {
    let mut o = Map::new();
    o.insert("id".into(), json!(r.id));
    o.insert("name".into(), json!(r.name));
    o.insert("full_name".into(), json!(r.full_name));
    o.insert("level".into(), json!(r.level));
    o.insert("source".into(), json!(r.source));
    o.insert(
        "units".into(),
        json!({"money": "元", "rate": "%", "area": "平方公里"}),
    );
    let population = r.profile.population.map(|c| json!(c.get()));
    o.insert(
        "profile".into(),
        json!({"area_km2": r.profile.area_km2.map(num), "population": population}),
    );
    for (name, entries) in sections {
        let rows = entries.iter().map(|e| {
            let mut row: Map<String, Value> = e
                .keys
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect();
            for f in &e.figures {
                let v = f.value.as_ref().map(Exact::json).unwrap_or(Value::Null);
                match &f.group {
                    Some((group, key)) => {
                        if let Value::Object(g) = row.entry(*group).or_insert_with(|| json!({})) {
                            g.insert(key.clone(), v);
                        }
                    }
                    None => {
                        row.insert(f.field.clone(), v);
                    }
                }
            }
            Value::Object(row)
        });
        o.insert(name.to_string(), rows.collect());
    }
    Value::Object(o)
}

/// Long format: one published figure a row, with its exact value and the value as printed.
fn csv_table(sections: &[Section]) -> DataTable {
    let mut t = DataTable::new(
        "",
        &[
            "section",
            "year_or_period",
            "name",
            "field",
            "value",
            "unit",
            "shown",
        ],
    );
    for (section, entries) in sections {
        for e in entries {
            for f in &e.figures {
                let Some(value) = &f.value else { continue };
                t.push(vec![
                    section.to_string(),
                    f.when.clone().unwrap_or_else(|| e.when.clone()),
                    e.name.clone(),
                    f.field.clone(),
                    value.csv(),
                    f.unit.clone(),
                    f.shown.clone(),
                ]);
            }
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::{SourceFile, Span};
    use crate::model::region::{
        FundRow, Indicator, LiftedRow, PovertyRow, Profile, Project, ProjectBatch, TargetRow,
    };
    use crate::quantity::{Period, Rate, Year, YearOrPeriod};
    use std::collections::{BTreeMap, BTreeSet};

    /// A region with one row in every section, every figure published. A struct literal on
    /// purpose: a field added to `Region` stops this compiling until it is added here.
    fn full_region() -> Region {
        let at = Span::default();
        let year = Year::new(2018);
        let period = Period::parse("2014-2018").unwrap();
        let money = |s: &str| Money::parse(s).unwrap();
        Region {
            id: "test".into(),
            file: SourceFile::new("content/regions/test/region.yaml", ""),
            dir: PathBuf::from("content/regions/test"),
            parent: None,
            children: Vec::new(),
            depth: 0,
            has_errors: false,
            name: "测试县".into(),
            full_name: None,
            level: Some("县".into()),
            source: None,
            profile: Profile {
                area_km2: Some(Decimal::new(51985, 1)),
                population: Some(Count::new(38000)),
            },
            poverty: vec![PovertyRow {
                year,
                households: Some(Count::new(1375)),
                people: Some(Count::new(5012)),
                rate: Some(Rate::parse("11.5%").unwrap()),
                at,
            }],
            lifted: vec![LiftedRow {
                period,
                households: Some(Count::new(1300)),
                people: Some(Count::new(4900)),
                at,
            }],
            targets: vec![TargetRow {
                year,
                name: "减贫人口".into(),
                unit: "人".into(),
                target: Some(Count::new(1000)),
                actual: Some(Count::new(1200)),
                at,
            }],
            funds: vec![FundRow {
                when: YearOrPeriod::Period(period),
                source: "财政扶贫资金".into(),
                amount: money("4.34亿元"),
                to_poor_villages: Some(money("8231万元")),
                projects: Some(Count::new(12)),
                at,
                to_poor_villages_at: at,
            }],
            projects: vec![Project {
                name: "光伏扶贫项目".into(),
                category: Some("光伏".into()),
                status: Status::InProgress,
            }],
            project_batches: vec![ProjectBatch {
                batch: "第一、二批".into(),
                investment: Some(money("1292万")),
                invested_so_far: Some(money("800万")),
                total: Some(Count::new(5)),
                status: BTreeMap::from([(Status::Completed, Count::new(3))]),
                at,
                total_at: at,
            }],
            indicators: vec![Indicator {
                name: "自来水普及率".into(),
                unit: "%".into(),
                values: BTreeMap::from([(year, Decimal::new(955, 1))]),
                target: Some(Decimal::from(98)),
                at,
            }],
        }
    }

    fn json_and_csv(r: &Region) -> (Value, String) {
        let f = files(r);
        let json = serde_json::from_slice(&f[0].bytes).unwrap();
        let csv = String::from_utf8(f[1].bytes.clone()).unwrap();
        (json, csv)
    }

    #[test]
    fn every_section_with_rows_is_in_both_files() {
        let r = full_region();
        // No `..`: a field added to `Region` must be named here, as a section or not.
        let Region {
            id: _,
            file: _,
            dir: _,
            parent: _,
            children: _,
            depth: _,
            has_errors: _,
            name: _,
            full_name: _,
            level: _,
            source: _,
            profile: _,
            poverty,
            lifted,
            targets,
            funds,
            projects,
            project_batches,
            indicators,
        } = &r;
        let model = [
            ("poverty", poverty.len()),
            ("lifted", lifted.len()),
            ("targets", targets.len()),
            ("funds", funds.len()),
            ("projects", projects.len()),
            ("project_batches", project_batches.len()),
            ("indicators", indicators.len()),
        ];
        let (json, csv) = json_and_csv(&r);
        for (section, rows) in model {
            assert_eq!(rows, 1, "the test region has one {section} row");
            let in_json = json[section].as_array().map(Vec::len);
            assert_eq!(in_json, Some(1), "{section} in the JSON:\n{json:#}");
            let prefix = format!("{section},");
            let in_csv = csv.lines().any(|l| l.starts_with(&prefix));
            assert!(in_csv, "{section} in the CSV:\n{csv}");
        }
        // And nothing the model does not have.
        let csv_sections: BTreeSet<&str> = csv
            .lines()
            .skip(1)
            .filter_map(|l| l.split(',').next())
            .collect();
        let names: BTreeSet<&str> = model.iter().map(|(s, _)| *s).collect();
        assert_eq!(csv_sections, names);
    }

    #[test]
    fn both_files_carry_the_same_exact_values() {
        let (json, csv) = json_and_csv(&full_region());
        assert!(csv.starts_with("\u{feff}section,year_or_period,name,field,value,unit,shown\r\n"));
        for line in [
            "poverty,2018,,rate,11.5,%,11.5%",
            "lifted,2014-2018,,people,4900,人,4900人",
            "targets,2018,减贫人口,actual,1200,人,1200人",
            "funds,2014-2018,财政扶贫资金,amount,434000000,元,4.34亿元",
            "project_batches,,第一、二批,completed,3,个,3个",
            "project_batches,,第一、二批,planning,0,个,0个",
            "projects,,光伏扶贫项目,status,in_progress,,在建",
            "indicators,2018,自来水普及率,value,95.5,%,95.5%",
            "indicators,,自来水普及率,target,98,%,98%",
        ] {
            assert!(csv.contains(&format!("{line}\r\n")), "{line}:\n{csv}");
        }
        assert_eq!(json["poverty"][0]["rate"], json!(11.5));
        assert_eq!(json["funds"][0]["amount"], json!(434000000));
        assert_eq!(json["project_batches"][0]["status"]["planning"], json!(0));
        assert_eq!(json["projects"][0]["category"], json!("光伏"));
        assert_eq!(json["indicators"][0]["values"]["2018"], json!(95.5));
        assert_eq!(json["profile"]["area_km2"], json!(5198.5));
    }

    #[test]
    fn unpublished_figures_are_null_in_json_and_absent_from_csv() {
        let mut r = full_region();
        r.poverty[0].rate = None;
        r.funds[0].to_poor_villages = None;
        r.indicators[0].values.clear();
        r.indicators[0].target = None;
        let (json, csv) = json_and_csv(&r);
        assert_eq!(json["poverty"][0]["rate"], Value::Null);
        assert_eq!(json["funds"][0]["to_poor_villages"], Value::Null);
        assert_eq!(json["indicators"][0]["values"], json!({}));
        assert_eq!(json["indicators"][0]["target"], Value::Null);
        assert!(!csv.contains(",rate,") && !csv.contains("to_poor_villages"));
        assert!(!csv.contains("\r\nindicators,"));
    }
}
