//! A region's figures as open data: `data/<id>.json` and `data/<id>.csv`.
//!
//! Every figure is given exactly (`37000000`) and as the report wrote it (`3700余万元`),
//! with the qualifier word it carries (`余`, `近`, `以上`…), and every row says where it
//! was published and when it was true: its effective `source`, its own `cite`, its
//! `as_of` date and the report's `wording` of the time. An undated row has no year or
//! period; its wording or date says when.

use super::OutputFile;
use crate::compute::table::DataTable;
use crate::model::region::{Provenance, Region};
use crate::quantity::{Count, Money, Rate, Stated, Status};
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
    /// The CSV's `year_or_period` column: empty for an undated row.
    when: String,
    /// The CSV's `name` column.
    name: String,
    /// Where the row's figures were published and when they were true.
    prov: Prov,
    /// Its figures, in CSV row order.
    figures: Vec<Figure>,
}

/// A row's provenance with its region's defaults applied.
struct Prov {
    /// Where the figures were published: the row's `cite`, else the region's `source`.
    source: Option<String>,
    /// The row's own `cite`, when it has one.
    cite: Option<String>,
    /// The date they were true (`2019-12-31`, `2019-06`): the row's, else the region's.
    as_of: Option<String>,
    /// How the report put the time (`近三年来`).
    wording: Option<String>,
    /// The row's remark (`备注`).
    note: Option<String>,
    /// The row's own `as_of`, when it has one.
    own_as_of: Option<String>,
}

impl Prov {
    fn of(r: &Region, p: &Provenance) -> Self {
        let s = r.sourced(p);
        Prov {
            source: s.source.map(str::to_string),
            cite: p.cite().map(str::to_string),
            as_of: s.as_of.map(|d| d.key()),
            wording: p.wording().map(str::to_string),
            note: p.note().map(str::to_string),
            own_as_of: p.as_of().map(|d| d.key()),
        }
    }

    /// What the row says of itself (`cite`, `as_of`, `wording`, `note`); None when it says nothing
    /// and the region's `source` and `as_of` hold for it. JSON keeps the YAML's
    /// inheritance so every county's file does not repeat its source on every row.
    fn json(&self) -> Option<Value> {
        let mut o = Map::new();
        for (k, v) in [
            ("cite", &self.cite),
            ("as_of", &self.own_as_of),
            ("wording", &self.wording),
            ("note", &self.note),
        ] {
            if let Some(v) = v {
                o.insert(k.into(), json!(v));
            }
        }
        (!o.is_empty()).then_some(Value::Object(o))
    }
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
    /// The figure as the report wrote it and the pages print it (`8300余人`).
    shown: String,
    /// The qualifier word it was written with (`余`, `近`, `以上`…), if any.
    qualifier: Option<&'static str>,
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
            qualifier: None,
        }
    }

    /// A figure as stated: its exact value, as written, and its qualifier.
    fn stated<T: Copy>(
        field: &str,
        s: Option<&Stated<T>>,
        unit: &str,
        exact: impl Fn(T) -> Exact,
        shown: impl Fn(&Stated<T>) -> String,
    ) -> Self {
        let mut f = Figure::new(field, s.map(|s| exact(s.value)), unit, s.map(shown));
        f.qualifier = s.and_then(|s| s.qualifier).map(|q| q.word());
        f
    }

    /// A count as stated: `8300余人`.
    fn count(field: &str, c: Option<&Stated<Count>>, unit: &str) -> Self {
        let exact = |c: Count| Exact::Whole(c.get());
        Figure::stated(field, c, unit, exact, |c| c.with_unit(unit))
    }

    /// A count computed or published bare (a batch's project counts): never qualified.
    fn plain_count(field: &str, c: Option<Count>, unit: &str) -> Self {
        let shown = c.map(|c| c.with_unit(unit));
        Figure::new(field, c.map(|c| Exact::Whole(c.get())), unit, shown)
    }

    /// Money as stated: `20多亿元`.
    fn money(field: &str, m: Option<&Stated<Money>>) -> Self {
        let exact = |m: Money| Exact::Decimal(m.yuan());
        Figure::stated(field, m, "元", exact, |m| m.to_string())
    }

    /// A rate as stated: `80%以上`.
    fn rate(field: &str, x: Option<&Stated<Rate>>) -> Self {
        let exact = |x: Rate| Exact::Decimal(x.percent());
        Figure::stated(field, x, "%", exact, |x| x.to_string())
    }

    /// An indicator figure as stated: `98%`, `8300余人`.
    fn decimal(field: &str, v: Option<&Stated<Decimal>>, unit: &str) -> Self {
        Figure::stated(field, v, unit, Exact::Decimal, |v| v.with_unit(unit))
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
    let prov = |p: &Provenance| Prov::of(r, p);
    let poverty = r.poverty.iter().map(|p| Entry {
        keys: vec![("year", json!(p.year.get()))],
        when: p.year.to_string(),
        name: String::new(),
        prov: prov(&p.prov),
        figures: vec![
            Figure::count("households", p.households.as_ref(), "户"),
            Figure::count("people", p.people.as_ref(), "人"),
            Figure::rate("rate", p.rate.as_ref()),
        ],
    });
    let lifted = r.lifted.iter().map(|l| Entry {
        keys: vec![("period", json!(l.when.map(|p| p.key())))],
        when: l.when.map(|p| p.key()).unwrap_or_default(),
        name: String::new(),
        prov: prov(&l.prov),
        figures: vec![
            Figure::count("households", l.households.as_ref(), "户"),
            Figure::count("people", l.people.as_ref(), "人"),
        ],
    });
    let targets = r.targets.iter().map(|t| Entry {
        keys: vec![
            ("year", json!(t.year.map(|y| y.get()))),
            ("name", json!(t.name)),
            ("unit", json!(t.unit)),
        ],
        when: t.year.map(|y| y.to_string()).unwrap_or_default(),
        name: t.name.clone(),
        prov: prov(&t.prov),
        figures: vec![
            Figure::count("target", t.target.as_ref(), &t.unit),
            Figure::count("actual", t.actual.as_ref(), &t.unit),
        ],
    });
    let funds = r.funds.iter().map(|f| Entry {
        keys: vec![
            ("year_or_period", json!(f.when.map(|w| w.key()))),
            ("source", json!(f.source)),
        ],
        when: f.when.map(|w| w.key()).unwrap_or_default(),
        name: f.source.clone(),
        prov: prov(&f.prov),
        figures: vec![
            Figure::money("amount", Some(&f.amount)),
            Figure::money("to_poor_villages", f.to_poor_villages.as_ref()),
            Figure::count("projects", f.projects.as_ref(), "个"),
        ],
    });
    let credit = r.credit.iter().map(|c| Entry {
        keys: vec![
            ("year_or_period", json!(c.when.map(|w| w.key()))),
            ("kind", json!(c.kind)),
        ],
        when: c.when.map(|w| w.key()).unwrap_or_default(),
        name: c.kind.clone(),
        prov: prov(&c.prov),
        figures: vec![
            Figure::money("amount", c.amount.as_ref()),
            Figure::money("drawn", c.drawn.as_ref()),
            Figure::count("households", c.households.as_ref(), "户"),
            Figure::count("people", c.people.as_ref(), "人"),
        ],
    });
    let projects = r.projects.iter().map(|p| Entry {
        keys: vec![("name", json!(p.name)), ("category", json!(p.category))],
        when: String::new(),
        name: p.name.clone(),
        prov: prov(&p.prov),
        figures: vec![
            Figure::new(
                "status",
                Some(Exact::Key(p.status.key().into())),
                "",
                Some(p.status.label().into()),
            ),
            Figure::money("investment", p.investment.as_ref()),
        ],
    });
    let batches = r.project_batches.iter().map(|b| {
        let mut figures = vec![
            Figure::money("investment", b.investment.as_ref()),
            Figure::money("invested_so_far", b.invested_so_far.as_ref()),
            Figure::plain_count("total", b.total, "个"),
        ];
        figures.extend(Status::ALL.iter().map(|s| {
            Figure::plain_count(s.key(), Some(b.count(*s)), "个").within("status", s.key().into())
        }));
        Entry {
            keys: vec![("batch", json!(b.batch))],
            when: String::new(),
            name: b.batch.clone(),
            prov: prov(&b.prov),
            figures,
        }
    });
    let indicators = r.indicators.iter().map(|i| {
        let mut figures: Vec<Figure> = i
            .values
            .iter()
            .map(|(y, v)| {
                let mut f =
                    Figure::decimal("value", Some(v), &i.unit).within("values", y.to_string());
                f.when = Some(y.to_string());
                f
            })
            .collect();
        // The undated value: no year; the row's wording or date says when.
        figures.push(Figure::decimal("value", i.value.as_ref(), &i.unit));
        figures.push(Figure::decimal("target", i.target.as_ref(), &i.unit));
        Entry {
            // The value figures fill `values`; an indicator without any still has it.
            keys: vec![
                ("name", json!(i.name)),
                ("unit", json!(i.unit)),
                ("values", json!({})),
            ],
            when: String::new(),
            name: i.name.clone(),
            prov: prov(&i.prov),
            figures,
        }
    });
    vec![
        ("poverty", poverty.collect()),
        ("lifted", lifted.collect()),
        ("targets", targets.collect()),
        ("funds", funds.collect()),
        ("credit", credit.collect()),
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

/// Puts `v` in `obj` where a figure goes: under its field, or in its group.
fn place(obj: &mut Map<String, Value>, f: &Figure, v: Value) {
    match &f.group {
        Some((group, key)) => {
            if let Value::Object(g) = obj.entry(*group).or_insert_with(|| json!({})) {
                g.insert(key.clone(), v);
            }
        }
        None => {
            obj.insert(f.field.clone(), v);
        }
    }
}

/// The region, its profile and every section, each row an object. Keys come out sorted
/// (serde_json's map), so the order figures are described in does not matter here.
///
/// A row holds its figures' exact values (null when not published). A row with
/// qualified figures has, with the same keys, `shown` (as written: `3700余万元`) and
/// `qualifier` (`余`); a row that says where or when of itself has `provenance` (`cite`,
/// `as_of`, `wording`), else the region's top-level `source` and `as_of` hold. The fund
/// row's `source` is the fund's channel, as in `region.yaml`.
fn to_json(r: &Region, sections: &[Section]) -> Value {
    let mut o = Map::new();
    o.insert("id".into(), json!(r.id));
    o.insert("name".into(), json!(r.name));
    o.insert("full_name".into(), json!(r.full_name));
    o.insert("level".into(), json!(r.level));
    o.insert("source".into(), json!(r.source));
    o.insert("as_of".into(), json!(r.as_of.map(|d| d.key())));
    o.insert(
        "units".into(),
        json!({"money": "元", "rate": "%", "area": "平方公里"}),
    );
    let population = r.profile.population.as_ref();
    let mut profile = json!({
        "area_km2": r.profile.area_km2.map(num),
        "population": population.map(|c| c.value.get()),
    });
    if let Some((p, q)) = population.and_then(|p| p.qualifier.map(|q| (p, q))) {
        profile["shown"] = json!({ "population": p.with_unit("人") });
        profile["qualifier"] = json!({ "population": q.word() });
    }
    o.insert("profile".into(), profile);
    for (name, entries) in sections {
        let rows = entries.iter().map(|e| {
            let mut row: Map<String, Value> = e
                .keys
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect();
            // Only qualified figures get `shown` and `qualifier` entries: the others are
            // their value with the section's unit.
            let mut shown = Map::new();
            let mut qualifier = Map::new();
            for f in &e.figures {
                let v = f.value.as_ref().map(Exact::json).unwrap_or(Value::Null);
                place(&mut row, f, v);
                if let (Some(q), Some(_)) = (f.qualifier, &f.value) {
                    place(&mut shown, f, json!(f.shown));
                    place(&mut qualifier, f, json!(q));
                }
            }
            if !shown.is_empty() {
                row.insert("shown".into(), Value::Object(shown));
                row.insert("qualifier".into(), Value::Object(qualifier));
            }
            if let Some(p) = e.prov.json() {
                row.insert("provenance".into(), p);
            }
            Value::Object(row)
        });
        o.insert(name.to_string(), rows.collect());
    }
    Value::Object(o)
}

/// The CSV's columns.
const CSV_COLUMNS: &[&str] = &[
    "section",
    "year_or_period",
    "name",
    "field",
    "value",
    "unit",
    "shown",
    "qualifier",
    "source",
    "as_of",
    "wording",
    "note",
];

/// Long format: one published figure a row, with its exact value, the value as written
/// and its qualifier, and where and when it was published (the effective `source`, the
/// `as_of` date, the report's `wording`). An undated row's `year_or_period` is empty.
fn csv_table(sections: &[Section]) -> DataTable {
    let mut t = DataTable::new("", CSV_COLUMNS);
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
                    f.qualifier.unwrap_or_default().to_string(),
                    e.prov.source.clone().unwrap_or_default(),
                    e.prov.as_of.clone().unwrap_or_default(),
                    e.prov.wording.clone().unwrap_or_default(),
                    e.prov.note.clone().unwrap_or_default(),
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
        CreditRow, FundRow, Indicator, LiftedRow, PovertyRow, Profile, Project, ProjectBatch,
        TargetRow,
    };
    use crate::quantity::{AsOf, Period, Year, YearOrPeriod};
    use std::collections::{BTreeMap, BTreeSet};

    /// A region with a row in every section, every figure published, plus an undated fund
    /// row with its own `cite` and qualified figures. A struct literal on purpose: a field
    /// added to `Region` stops this compiling until it is added here.
    fn full_region() -> Region {
        let at = Span::default();
        let year = Year::new(2018);
        let period = Period::parse("2014-2018").unwrap();
        let money = |s: &str| Stated::parse(s, Money::parse).unwrap();
        let count = |s: &str| Stated::parse(s, |t| Count::parse(t, None)).unwrap();
        let prov = Provenance::default;
        Region {
            id: "test".into(),
            file: SourceFile::new("content/regions/test/region.yaml", ""),
            dir: PathBuf::from("content/regions/test"),
            parent: None,
            children: Vec::new(),
            depth: 0,
            has_errors: false,
            code: None,
            name: "测试县".into(),
            full_name: None,
            level: Some("县".into()),
            source: Some("某县扶贫办《总结》".into()),
            as_of: Some(AsOf::parse("2018-12-31").unwrap()),
            profile: Profile {
                area_km2: Some(Decimal::new(51985, 1)),
                population: Some(count("约3.8万")),
            },
            poverty: vec![PovertyRow {
                year,
                households: Some(count("1375")),
                people: Some(count("5012")),
                rate: Some(Stated::exact(Rate::parse("11.5%").unwrap())),
                prov: prov(),
                at,
            }],
            lifted: vec![LiftedRow {
                when: Some(period),
                households: Some(count("1300")),
                people: Some(count("4900")),
                prov: prov(),
                at,
            }],
            targets: vec![TargetRow {
                year: Some(year),
                name: "减贫人口".into(),
                unit: "人".into(),
                target: Some(count("1000")),
                actual: Some(count("1200")),
                prov: prov(),
                at,
            }],
            funds: vec![
                FundRow {
                    when: Some(YearOrPeriod::Period(period)),
                    source: "财政扶贫资金".into(),
                    amount: money("4.34亿元"),
                    to_poor_villages: Some(money("8231万元")),
                    projects: Some(count("12")),
                    prov: prov(),
                    at,
                    to_poor_villages_at: at,
                },
                FundRow {
                    when: None,
                    source: "生态文明示范村建设投资".into(),
                    amount: money("3700余万元"),
                    to_poor_villages: None,
                    projects: None,
                    prov: Provenance::new(
                        Some("某报".into()),
                        Some(AsOf::parse("2019-06").unwrap()),
                        Some("截至目前".into()),
                    ),
                    at,
                    to_poor_villages_at: at,
                },
            ],
            credit: vec![CreditRow {
                when: Some(YearOrPeriod::Year(year)),
                kind: "扶贫小额信贷".into(),
                amount: Some(money("20多亿元")),
                drawn: Some(money("近5000万元")),
                households: Some(count("6219")),
                people: Some(count("8300余")),
                prov: prov(),
                at,
                drawn_at: at,
            }],
            projects: vec![Project {
                name: "光伏扶贫项目".into(),
                category: Some("光伏".into()),
                status: Status::InProgress,
                investment: None,
                prov: prov(),
            }],
            project_batches: vec![ProjectBatch {
                batch: "第一、二批".into(),
                investment: Some(money("1292万")),
                invested_so_far: Some(money("800万")),
                total: Some(Count::new(5)),
                status: BTreeMap::from([(Status::Completed, Count::new(3))]),
                prov: prov(),
                at,
                total_at: at,
            }],
            indicators: vec![
                Indicator {
                    name: "自来水普及率".into(),
                    unit: "%".into(),
                    values: BTreeMap::from([(year, Stated::exact(Decimal::new(955, 1)))]),
                    value: None,
                    target: Some(Stated::exact(Decimal::from(98))),
                    prov: prov(),
                    at,
                },
                Indicator {
                    name: "劳动技能培训".into(),
                    unit: "人".into(),
                    values: BTreeMap::new(),
                    value: Some(
                        Stated::parse("8300余", |t| {
                            Ok::<_, crate::quantity::QuantityError>(t.parse::<Decimal>().unwrap())
                        })
                        .unwrap(),
                    ),
                    target: None,
                    prov: Provenance::new(None, None, Some("近年来".into())),
                    at,
                },
            ],
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
            code: _,
            name: _,
            full_name: _,
            level: _,
            source: _,
            as_of: _,
            profile: _,
            poverty,
            lifted,
            targets,
            funds,
            credit,
            projects,
            project_batches,
            indicators,
        } = &r;
        let model = [
            ("poverty", poverty.len()),
            ("lifted", lifted.len()),
            ("targets", targets.len()),
            ("funds", funds.len()),
            ("credit", credit.len()),
            ("projects", projects.len()),
            ("project_batches", project_batches.len()),
            ("indicators", indicators.len()),
        ];
        let (json, csv) = json_and_csv(&r);
        for (section, rows) in model {
            assert!(rows >= 1, "the test region has a {section} row");
            let in_json = json[section].as_array().map(Vec::len);
            assert_eq!(in_json, Some(rows), "{section} in the JSON:\n{json:#}");
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
        assert!(csv.starts_with(
            "\u{feff}section,year_or_period,name,field,value,unit,shown,qualifier,source,as_of,wording,note\r\n"
        ));
        let src = "某县扶贫办《总结》,2018-12-31,,";
        for line in [
            format!("poverty,2018,,rate,11.5,%,11.5%,,{src}"),
            format!("lifted,2014-2018,,people,4900,人,4900人,,{src}"),
            format!("targets,2018,减贫人口,actual,1200,人,1200人,,{src}"),
            format!("funds,2014-2018,财政扶贫资金,amount,434000000,元,4.34亿元,,{src}"),
            format!("project_batches,,第一、二批,completed,3,个,3个,,{src}"),
            format!("project_batches,,第一、二批,planning,0,个,0个,,{src}"),
            format!("projects,,光伏扶贫项目,status,in_progress,,在建,,{src}"),
            format!("indicators,2018,自来水普及率,value,95.5,%,95.5%,,{src}"),
            format!("indicators,,自来水普及率,target,98,%,98%,,{src}"),
        ] {
            assert!(csv.contains(&format!("{line}\r\n")), "{line}:\n{csv}");
        }
        assert_eq!(json["poverty"][0]["rate"], json!(11.5));
        assert_eq!(json["funds"][0]["amount"], json!(434000000));
        assert_eq!(json["funds"][0]["source"], json!("财政扶贫资金"));
        assert_eq!(json["project_batches"][0]["status"]["planning"], json!(0));
        assert_eq!(json["projects"][0]["category"], json!("光伏"));
        assert_eq!(json["indicators"][0]["values"]["2018"], json!(95.5));
        // Unqualified figures are their value with the unit: no `shown` entry.
        assert_eq!(json["indicators"][0]["shown"], Value::Null);
        assert_eq!(json["profile"]["area_km2"], json!(5198.5));
        assert_eq!(json["as_of"], json!("2018-12-31"));
    }

    #[test]
    fn each_row_says_where_and_when_it_was_published() {
        let (json, csv) = json_and_csv(&full_region());
        // A row that says nothing of its own takes its region's source and date: the
        // JSON says them once, at the top, as region.yaml does.
        assert_eq!(json["poverty"][0]["provenance"], Value::Null);
        assert_eq!(json["source"], json!("某县扶贫办《总结》"));
        assert_eq!(json["as_of"], json!("2018-12-31"));
        // An undated row: no year or period; its own cite, date and wording say it.
        let undated = &json["funds"][1];
        assert_eq!(undated["year_or_period"], Value::Null);
        assert_eq!(
            undated["provenance"],
            json!({"cite": "某报", "as_of": "2019-06", "wording": "截至目前"})
        );
        let line = "funds,,生态文明示范村建设投资,amount,37000000,元,3700余万元,余,某报,2019-06,截至目前,\r\n";
        assert!(csv.contains(line), "{csv}");
        let line = "indicators,,劳动技能培训,value,8300,人,8300余人,余,某县扶贫办《总结》,2018-12-31,近年来,\r\n";
        assert!(csv.contains(line), "{csv}");
        assert_eq!(json["indicators"][1]["value"], json!(8300));
        assert_eq!(json["indicators"][1]["values"], json!({}));
        assert_eq!(
            json["indicators"][1]["provenance"]["wording"],
            json!("近年来")
        );
    }

    #[test]
    fn qualified_figures_are_exact_beside_their_written_form() {
        let (json, csv) = json_and_csv(&full_region());
        let credit = &json["credit"][0];
        assert_eq!(credit["kind"], json!("扶贫小额信贷"));
        assert_eq!(credit["year_or_period"], json!("2018"));
        assert_eq!(credit["amount"], json!(2000000000));
        assert_eq!(credit["drawn"], json!(50000000));
        assert_eq!(credit["households"], json!(6219));
        assert_eq!(credit["people"], json!(8300));
        assert_eq!(
            credit["shown"],
            json!({"amount": "20多亿元", "drawn": "近5000万元", "people": "8300余人"})
        );
        assert_eq!(
            credit["qualifier"],
            json!({"amount": "多", "drawn": "近", "people": "余"})
        );
        for line in [
            "credit,2018,扶贫小额信贷,amount,2000000000,元,20多亿元,多,",
            "credit,2018,扶贫小额信贷,drawn,50000000,元,近5000万元,近,",
            "credit,2018,扶贫小额信贷,households,6219,户,6219户,,",
            "credit,2018,扶贫小额信贷,people,8300,人,8300余人,余,",
        ] {
            assert!(csv.contains(line), "{line}:\n{csv}");
        }
        assert_eq!(json["funds"][1]["amount"], json!(37000000));
        assert_eq!(json["funds"][1]["shown"]["amount"], json!("3700余万元"));
        assert_eq!(json["funds"][1]["qualifier"]["amount"], json!("余"));
        assert_eq!(json["profile"]["population"], json!(38000));
        assert_eq!(json["profile"]["shown"]["population"], json!("约3.8万人"));
        assert_eq!(json["profile"]["qualifier"]["population"], json!("约"));
    }

    #[test]
    fn unpublished_figures_are_null_in_json_and_absent_from_csv() {
        let mut r = full_region();
        r.poverty[0].rate = None;
        r.funds[0].to_poor_villages = None;
        r.indicators[0].values.clear();
        r.indicators[0].target = None;
        r.credit[0].drawn = None;
        let (json, csv) = json_and_csv(&r);
        assert_eq!(json["poverty"][0]["rate"], Value::Null);
        assert_eq!(json["poverty"][0]["shown"], Value::Null);
        assert_eq!(json["poverty"][0]["qualifier"], Value::Null);
        assert_eq!(json["funds"][0]["to_poor_villages"], Value::Null);
        assert_eq!(json["credit"][0]["drawn"], Value::Null);
        assert_eq!(json["indicators"][0]["values"], json!({}));
        assert_eq!(json["indicators"][0]["shown"], Value::Null);
        assert_eq!(json["indicators"][0]["value"], Value::Null);
        assert_eq!(json["indicators"][0]["target"], Value::Null);
        assert!(!csv.contains(",rate,") && !csv.contains("to_poor_villages"));
        assert!(!csv.contains(",drawn,"));
        assert!(!csv.contains("\r\nindicators,,自来水普及率,"));
    }
}
