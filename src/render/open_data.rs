//! A region's figures as open data: `data/<id>.json` and `data/<id>.csv`.

use super::OutputFile;
use crate::compute::figures::format_with_unit;
use crate::model::region::Region;
use crate::quantity::{Count, Money, Status};
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};
use std::path::PathBuf;

/// The JSON and CSV files of one region.
pub fn files(r: &Region) -> Vec<OutputFile> {
    let json = serde_json::to_string_pretty(&to_json(r)).unwrap_or_default();
    vec![
        OutputFile {
            path: PathBuf::from(format!("data/{}.json", r.id)),
            bytes: json.into_bytes(),
        },
        OutputFile {
            path: PathBuf::from(format!("data/{}.csv", r.id)),
            bytes: super::pages::with_bom(to_csv(r)),
        },
    ]
}

/// An exact decimal as a JSON number (its digits, not a float's).
fn num(d: Decimal) -> Value {
    let s = d.normalize().to_string();
    serde_json::from_str(&s).unwrap_or(Value::String(s))
}

fn count(c: Option<Count>) -> Value {
    c.map(|c| json!(c.get())).unwrap_or(Value::Null)
}

fn money(m: Option<Money>) -> Value {
    m.map(|m| num(m.yuan())).unwrap_or(Value::Null)
}

fn to_json(r: &Region) -> Value {
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
    o.insert(
        "profile".into(),
        json!({"area_km2": r.profile.area_km2.map(num), "population": count(r.profile.population)}),
    );
    o.insert("poverty".into(), r.poverty.iter().map(|p| json!({"year": p.year.get(), "households": count(p.households), "people": count(p.people), "rate": p.rate.map(|x| num(x.percent()))})).collect());
    o.insert("lifted".into(), r.lifted.iter().map(|l| json!({"period": l.period.key(), "households": count(l.households), "people": count(l.people)})).collect());
    o.insert("targets".into(), r.targets.iter().map(|t| json!({"year": t.year.get(), "name": t.name, "unit": t.unit, "target": count(t.target), "actual": count(t.actual)})).collect());
    o.insert("funds".into(), r.funds.iter().map(|f| json!({"year_or_period": f.when.key(), "source": f.source, "amount": num(f.amount.yuan()), "to_poor_villages": money(f.to_poor_villages), "projects": count(f.projects)})).collect());
    o.insert(
        "projects".into(),
        r.projects
            .iter()
            .map(|p| json!({"name": p.name, "category": p.category, "status": p.status.key()}))
            .collect(),
    );
    o.insert("project_batches".into(), r.project_batches.iter().map(|b| {
        let status: Map<String, Value> = Status::ALL.iter().map(|s| (s.key().to_string(), json!(b.count(*s).get()))).collect();
        json!({"batch": b.batch, "investment": money(b.investment), "invested_so_far": money(b.invested_so_far), "total": count(b.total), "status": status})
    }).collect());
    o.insert("indicators".into(), r.indicators.iter().map(|i| {
        let values: Map<String, Value> = i.values.iter().map(|(y, v)| (y.to_string(), num(*v))).collect();
        json!({"name": i.name, "unit": i.unit, "values": values, "target": i.target.map(num)})
    }).collect());
    Value::Object(o)
}

/// Long format: one figure a row, with its exact value and the value as printed.
fn to_csv(r: &Region) -> String {
    let mut t = crate::compute::table::DataTable::new(
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
    let mut row = |sec: &str,
                   when: String,
                   name: &str,
                   field: &str,
                   value: String,
                   unit: &str,
                   shown: String| {
        t.push(vec![
            sec.into(),
            when,
            name.into(),
            field.into(),
            value,
            unit.into(),
            shown,
        ]);
    };
    for p in &r.poverty {
        if let Some(c) = p.households {
            row(
                "poverty",
                p.year.to_string(),
                "",
                "households",
                c.get().to_string(),
                "户",
                c.with_unit("户"),
            )
        }
        if let Some(c) = p.people {
            row(
                "poverty",
                p.year.to_string(),
                "",
                "people",
                c.get().to_string(),
                "人",
                c.with_unit("人"),
            )
        }
        if let Some(x) = p.rate {
            row(
                "poverty",
                p.year.to_string(),
                "",
                "rate",
                x.percent().normalize().to_string(),
                "%",
                x.to_string(),
            )
        }
    }
    for l in &r.lifted {
        if let Some(c) = l.households {
            row(
                "lifted",
                l.period.key(),
                "",
                "households",
                c.get().to_string(),
                "户",
                c.with_unit("户"),
            )
        }
        if let Some(c) = l.people {
            row(
                "lifted",
                l.period.key(),
                "",
                "people",
                c.get().to_string(),
                "人",
                c.with_unit("人"),
            )
        }
    }
    for x in &r.targets {
        if let Some(c) = x.target {
            row(
                "targets",
                x.year.to_string(),
                &x.name,
                "target",
                c.get().to_string(),
                &x.unit,
                c.with_unit(&x.unit),
            )
        }
        if let Some(c) = x.actual {
            row(
                "targets",
                x.year.to_string(),
                &x.name,
                "actual",
                c.get().to_string(),
                &x.unit,
                c.with_unit(&x.unit),
            )
        }
    }
    for f in &r.funds {
        row(
            "funds",
            f.when.key(),
            &f.source,
            "amount",
            f.amount.yuan().normalize().to_string(),
            "元",
            f.amount.to_string(),
        );
        if let Some(m) = f.to_poor_villages {
            row(
                "funds",
                f.when.key(),
                &f.source,
                "to_poor_villages",
                m.yuan().normalize().to_string(),
                "元",
                m.to_string(),
            )
        }
        if let Some(c) = f.projects {
            row(
                "funds",
                f.when.key(),
                &f.source,
                "projects",
                c.get().to_string(),
                "个",
                c.with_unit("个"),
            )
        }
    }
    for b in &r.project_batches {
        if let Some(m) = b.investment {
            row(
                "project_batches",
                String::new(),
                &b.batch,
                "investment",
                m.yuan().normalize().to_string(),
                "元",
                m.to_string(),
            )
        }
        if let Some(m) = b.invested_so_far {
            row(
                "project_batches",
                String::new(),
                &b.batch,
                "invested_so_far",
                m.yuan().normalize().to_string(),
                "元",
                m.to_string(),
            )
        }
        if let Some(c) = b.total {
            row(
                "project_batches",
                String::new(),
                &b.batch,
                "total",
                c.get().to_string(),
                "个",
                c.with_unit("个"),
            )
        }
        for s in Status::ALL {
            let c = b.count(s);
            row(
                "project_batches",
                String::new(),
                &b.batch,
                s.key(),
                c.get().to_string(),
                "个",
                c.with_unit("个"),
            );
        }
    }
    for p in &r.projects {
        row(
            "projects",
            String::new(),
            &p.name,
            "status",
            p.status.key().into(),
            "",
            p.status.label().into(),
        );
    }
    for i in &r.indicators {
        for (y, v) in &i.values {
            row(
                "indicators",
                y.to_string(),
                &i.name,
                "value",
                v.normalize().to_string(),
                &i.unit,
                format_with_unit(*v, &i.unit),
            );
        }
        if let Some(v) = i.target {
            row(
                "indicators",
                String::new(),
                &i.name,
                "target",
                v.normalize().to_string(),
                &i.unit,
                format_with_unit(v, &i.unit),
            )
        }
    }
    t.to_csv()
}
