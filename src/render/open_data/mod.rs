//! A region's figures as open data: `data/<id>.json` and `data/<id>.csv`.
//!
//! Every figure is given exactly (`37000000`) and as the report wrote it (`3700余万元`),
//! with the qualifier word it carries (`余`, `近`, `以上`…), and every row says where it
//! was published and when it was true: its effective `source`, its own `cite`, its
//! `as_of` date and the report's `wording` of the time. An undated row has no year or
//! period; its wording or date says when.

mod entries;

use super::OutputFile;
use crate::compute::table::DataTable;
use crate::model::kinds::{key, FIGURE_ORDER};
use crate::model::region::{Provenance, Region, NO_TIME};
use crate::quantity::{Count, Money, Rate, Stated};
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
            bytes: json.into_bytes().into(),
        },
        OutputFile {
            path: PathBuf::from(format!("data/{}.csv", r.id)),
            bytes: csv_table(&sections).to_csv_file().into(),
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
    /// The date they were true (`2019-12-31`, `2019-06`): the row's, else the region's;
    /// `未注明` when the report gives them no time.
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
        // A row whose report gives it no time says so, rather than leave a blank that
        // reads as its region's date.
        let no_time = p.no_time().then(|| NO_TIME.to_string());
        Prov {
            source: s.source.map(str::to_string),
            cite: p.cite().map(str::to_string),
            as_of: s.as_of.map(|d| d.key()).or(no_time.clone()),
            wording: p.wording().map(str::to_string),
            note: p.note().map(str::to_string),
            own_as_of: p.as_of().map(|d| d.key()).or(no_time),
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
    /// The CSV's `wording` when the report gives this figure alone its time words (a
    /// loan's `drawn_wording`), not the row's.
    wording: Option<String>,
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
            wording: None,
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

    /// A count in the unit its key is declared with (`households` → 户).
    fn counted(field: &str, c: Option<&Stated<Count>>) -> Self {
        Figure::count(field, c, key::unit_of(field))
    }

    /// A count computed or published bare (a batch's project counts): never qualified.
    /// It takes the unit of `unit_of` (a status count, its batch total's).
    fn plain_count(field: &str, c: Option<Count>, unit_of: &str) -> Self {
        let unit = key::unit_of(unit_of);
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

    /// With its own time words (`累计`), which the CSV gives instead of the row's.
    fn worded(mut self, wording: Option<&str>) -> Self {
        self.wording = wording.map(str::to_string);
        self
    }

    /// Nested in the JSON object `group` under `key`.
    fn within(mut self, group: &'static str, key: String) -> Self {
        self.group = Some((group, key));
        self
    }
}

/// Every section of a region's figures, in CSV row order (the description's
/// [`FIGURE_ORDER`]): the one description both files are made from, so a section cannot
/// be in one and missing from the other.
fn sections(r: &Region) -> Vec<Section> {
    FIGURE_ORDER
        .iter()
        .map(|kind| (kind.key(), entries::of(r, *kind)))
        .collect()
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
        let shown = p.with_unit(key::unit_of(key::POPULATION));
        profile["shown"] = json!({ "population": shown });
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
                    f.wording
                        .clone()
                        .or_else(|| e.prov.wording.clone())
                        .unwrap_or_default(),
                    e.prov.note.clone().unwrap_or_default(),
                ]);
            }
        }
    }
    t
}

#[cfg(test)]
mod tests;
