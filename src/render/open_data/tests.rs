use super::*;
use crate::diagnostics::{SourceFile, Span};
use crate::model::region::{
    CreditRow, FundRow, Indicator, LiftedRow, PovertyRow, Profile, Project, ProjectBatch, TargetRow,
};
use crate::quantity::{AsOf, Period, Status, Year, YearOrPeriod};
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
            drawn_wording: Some("累计".into()),
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
            planned_investment: Some(money("300万")),
            invested_so_far: Some(money("800万")),
            financed_by: Some("扶贫小额信贷".into()),
            total: Some(Count::new(5)),
            status: BTreeMap::from([(Status::Completed, Count::new(3))]),
            prov: prov(),
            at,
            total_at: at,
            financed_by_at: at,
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
    let csv = String::from_utf8(f[1].bytes.to_vec()).unwrap();
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
    let line =
        "funds,,生态文明示范村建设投资,amount,37000000,元,3700余万元,余,某报,2019-06,截至目前,\r\n";
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

/// Open data writes the row kinds' described figures under their described keys: every
/// figure is a column of its row kind (a batch's status counts are `status.*`), every key
/// naming a row is one `region.yaml` gives it (or the time of a fund or loan).
#[test]
fn every_field_written_is_a_described_field() {
    use crate::model::kinds::{Kind, Sheet, FIGURE_ORDER};
    let r = full_region();
    for kind in FIGURE_ORDER {
        let sheet = Sheet::of(*kind);
        let described = |k: &str| sheet.columns.iter().any(|c| c.key == k);
        let entries = entries::of(&r, *kind);
        assert!(!entries.is_empty(), "{}", sheet.key);
        let mut written = Vec::new();
        for e in &entries {
            for f in &e.figures {
                let key = match &f.group {
                    Some((group, key)) if *group == "status" => format!("{group}.{key}"),
                    _ => f.field.clone(),
                };
                assert!(described(&key), "{}: `{key}` is not described", sheet.key);
                written.push(key);
            }
            for (k, _) in &e.keys {
                let named = sheet.yaml_keys().contains(k) || *k == "year_or_period";
                assert!(named, "{}: `{k}` names no key of the row", sheet.key);
            }
        }
        // And the other way: every described figure is written.
        let figures = sheet.columns.iter().filter(|c| c.kind.is_figure());
        for c in figures.chain(sheet.columns.iter().filter(|c| c.kind == Kind::Status)) {
            assert!(
                written.iter().any(|w| w == c.key),
                "{}: `{}` is not written",
                sheet.key,
                c.key
            );
        }
    }
}

/// A row whose report gives it no time (`as_of: 未注明`) says so in both files, rather
/// than leave a blank that reads as its region's date.
#[test]
fn a_row_with_no_time_says_so() {
    let mut r = full_region();
    r.indicators[1].prov = Provenance::default().with_no_time();
    let (json, csv) = json_and_csv(&r);
    assert_eq!(
        json["indicators"][1]["provenance"],
        json!({"as_of": "未注明"})
    );
    let line = "indicators,,劳动技能培训,value,8300,人,8300余人,余,某县扶贫办《总结》,未注明,,\r\n";
    assert!(csv.contains(line), "{csv}");
}

/// A batch financed by a loan names it, and its planned money is `planned_investment`;
/// a loan's `drawn` carries its own time words where the report gives them to it alone.
#[test]
fn a_batch_names_its_loan_and_a_loan_its_drawn_words() {
    let (json, csv) = json_and_csv(&full_region());
    let batch = &json["project_batches"][0];
    assert_eq!(batch["financed_by"], json!("扶贫小额信贷"));
    assert_eq!(batch["planned_investment"], json!(3000000));
    let src = "某县扶贫办《总结》,2018-12-31";
    for line in [
        format!("project_batches,,第一、二批,planned_investment,3000000,元,300万元,,{src},,\r\n"),
        format!("project_batches,,第一、二批,financed_by,扶贫小额信贷,,扶贫小额信贷,,{src},,\r\n"),
        format!("credit,2018,扶贫小额信贷,drawn,50000000,元,近5000万元,近,{src},累计,\r\n"),
        format!("credit,2018,扶贫小额信贷,amount,2000000000,元,20多亿元,多,{src},,\r\n"),
    ] {
        assert!(csv.contains(&line), "{line}:\n{csv}");
    }
    assert_eq!(json["credit"][0]["drawn_wording"], json!("累计"));
    assert_eq!(json["credit"][0]["provenance"], Value::Null);
}
