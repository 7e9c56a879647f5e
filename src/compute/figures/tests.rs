use super::*;
use crate::diagnostics::{Diagnostics, SourceFile};
use crate::model::decode::Decoder;
use crate::model::region::decode;
use std::path::PathBuf;

/// A region decoded from `region.yaml` text; the text must have no errors.
fn region(yaml: &str) -> Region {
    let file = SourceFile::new("content/regions/test/region.yaml", yaml);
    let node = crate::load::yaml::parse(&file, yaml, 0).unwrap();
    let mut diags = Diagnostics::new();
    let r = decode(
        &mut Decoder::new(&file, &mut diags),
        &node,
        "test",
        PathBuf::new(),
    );
    assert!(!diags.has_errors(), "{diags}");
    r.unwrap()
}

/// A reference's error as the English texts tests compare.
#[derive(Debug)]
struct Said {
    message: String,
    expected: Option<String>,
    follows_data_error: bool,
}

fn fig(r: &Region, path: &str) -> Result<String, Said> {
    let parts: Vec<&str> = path.split('.').collect();
    lookup(r, &parts).map_err(|e| Said {
        message: e.message.to_string(),
        expected: e.expected.map(|x| x.to_string()),
        follows_data_error: e.follows_data_error,
    })
}

fn ok(r: &Region, path: &str) -> String {
    fig(r, path).unwrap_or_else(|e| panic!("{path}: {e:?}"))
}

const YAML: &str = "\
name: 测试县
source: 某县扶贫办《总结》
as_of: 2019-06
profile: { population: 约1.2万人 }
poverty:
  - { year: 2014, households: 1375, people: 8300余, rate: 11.5% }
  - { year: 2018, people: 近2000, rate: 2%以上 }
lifted:
  - { wording: 近三年来, households: 1300, people: 4900 }
targets:
  - { wording: 今年, name: 预脱贫人口, unit: 人, target: 2600 }
  - { year: 2015, name: 减贫人口, unit: 人, target: 1000, actual: 1200 }
  - { year: 2016, name: 减贫人口, unit: 人, target: 900 }
funds:
  - { year: 2015, source: 财政扶贫资金, amount: 4.34亿元, projects: 12 }
  - { period: 2016-2018, source: 财政扶贫资金, amount: 8.89亿元 }
  - { wording: 近三年来, source: 扶贫开发专项资金, amount: 8231万元, projects: 146 }
  - { wording: 截至目前, source: 生态文明示范村建设投资, amount: 3700余万元 }
credit:
  - { wording: 近年来, kind: 双联惠农贷款, amount: 1.55亿元, households: 3067 }
  - { as_of: 2018-12-31, kind: 互助资金, amount: 687万元, drawn: 571万元 }
  - { year: 2018, kind: 扶贫小额信贷, households: 近6000 }
indicators:
  - { name: 劳动技能培训, unit: 人, value: 8300余, wording: 近年来 }
  - { name: 自来水普及率, unit: '%', values: { 2015: 95.5, 2018: 80%以上 }, target: 98 }
";

#[test]
fn qualified_figures_print_as_written() {
    let r = region(YAML);
    assert_eq!(ok(&r, "indicators.劳动技能培训.value"), "8300余人");
    assert_eq!(ok(&r, "poverty.first.people"), "8300余人");
    assert_eq!(ok(&r, "poverty.latest.people"), "近2000人");
    assert_eq!(ok(&r, "poverty.2018.rate"), "2%以上");
    assert_eq!(ok(&r, "profile.population"), "约1.2万人");
    assert_eq!(ok(&r, "funds.生态文明示范村建设投资.amount"), "3700余万元");
    assert_eq!(ok(&r, "indicators.自来水普及率.2018"), "80%以上");
    assert_eq!(ok(&r, "indicators.自来水普及率.2015"), "95.5%");
    assert_eq!(ok(&r, "indicators.自来水普及率.target"), "98%");
    // The drop between a plain and a qualified rate: from the numbers stated.
    assert_eq!(ok(&r, "poverty.rate_drop"), "9.5个百分点");
}

#[test]
fn rows_are_named_by_year_period_wording_or_date() {
    let r = region(YAML);
    assert_eq!(ok(&r, "funds.2015.财政扶贫资金.amount"), "4.34亿元");
    assert_eq!(ok(&r, "funds.2016—2018.财政扶贫资金.amount"), "8.89亿元");
    assert_eq!(ok(&r, "funds.近三年来.扶贫开发专项资金.projects"), "146个");
    assert_eq!(
        ok(&r, "funds.截至目前.生态文明示范村建设投资.amount"),
        "3700余万元"
    );
    // An undated row with no date of its own is true at its region's `as_of`.
    assert_eq!(ok(&r, "funds.2019-06.扶贫开发专项资金.amount"), "8231万元");
    assert_eq!(ok(&r, "lifted.近三年来.people"), "4900人");
    assert_eq!(ok(&r, "targets.今年.预脱贫人口.target"), "2600人");
    assert_eq!(ok(&r, "targets.2015.减贫人口.actual"), "1200人");
    assert_eq!(ok(&r, "credit.2018-12-31.互助资金.drawn"), "571万元");
    assert_eq!(ok(&r, "credit.2018年12月31日.互助资金.drawn"), "571万元");
    let e = fig(&r, "funds.2014.财政扶贫资金.amount").unwrap_err();
    assert_eq!(e.message, "there is no fund `财政扶贫资金` for `2014`");
    assert_eq!(
        e.expected.as_deref(),
        Some("`2015.财政扶贫资金`, `2016-2018.财政扶贫资金`, `近三年来.扶贫开发专项资金` or `截至目前.生态文明示范村建设投资`")
    );
    assert!(e.follows_data_error);
}

#[test]
fn a_unique_name_may_leave_out_its_time() {
    let r = region(YAML);
    assert_eq!(ok(&r, "funds.扶贫开发专项资金.amount"), "8231万元");
    assert_eq!(ok(&r, "lifted.households"), "1300户");
    assert_eq!(ok(&r, "targets.预脱贫人口.target"), "2600人");
    assert_eq!(ok(&r, "credit.双联惠农贷款.households"), "3067户");
    let e = fig(&r, "funds.不存在.amount").unwrap_err();
    assert_eq!(e.message, "there is no fund `不存在`");
    assert!(e.follows_data_error);
}

#[test]
fn an_ambiguous_short_form_lists_the_full_ones() {
    let r = region(YAML);
    let e = fig(&r, "funds.财政扶贫资金.amount").unwrap_err();
    assert_eq!(
        e.message,
        "there are 2 funds `财政扶贫资金`: say which, `funds.<when>.财政扶贫资金.amount`"
    );
    assert_eq!(
        e.expected.as_deref(),
        Some("`2015.财政扶贫资金` or `2016-2018.财政扶贫资金`")
    );
    // Naming two rows is a wrong reference, not a figure missing from the data.
    assert!(!e.follows_data_error);
    let e = fig(&r, "targets.减贫人口.target").unwrap_err();
    assert!(
        e.message.starts_with("target `减贫人口` is given 2 times"),
        "{e:?}"
    );
    assert_eq!(
        e.expected.as_deref(),
        Some("`2015.减贫人口` or `2016.减贫人口`")
    );
    let two = region(
        "name: t\nas_of: 2019\nlifted:\n  - { period: 2014-2016, people: 1 }\n  - { period: 2017-2018, people: 2 }\n",
    );
    let e = fig(&two, "lifted.people").unwrap_err();
    assert!(
        e.message.starts_with("this region has 2 `lifted` rows"),
        "{e:?}"
    );
    assert_eq!(e.expected.as_deref(), Some("`2014-2016` or `2017-2018`"));
}

#[test]
fn credit_figures_and_totals() {
    let r = region(YAML);
    assert_eq!(ok(&r, "credit.双联惠农贷款.amount"), "1.55亿元");
    assert_eq!(ok(&r, "credit.扶贫小额信贷.households"), "近6000户");
    assert_eq!(ok(&r, "credit.2018.扶贫小额信贷.households"), "近6000户");
    // Two undated loans, at different times: no total.
    let e = fig(&r, "credit.total").unwrap_err();
    assert_eq!(
        e.message,
        "the loans are undated with different time words, so they have no total"
    );
    let e = fig(&r, "credit.扶贫小额信贷.amount").unwrap_err();
    assert_eq!(e.message, "the loan `amount` is not given in the data");
    let e = fig(&r, "credit.互助资金.rate").unwrap_err();
    assert_eq!(e.message, "`rate` is not a credit figure");
    assert!(!e.follows_data_error);
    // Loans are lent, not put in: never in the funds' total, which adds up the dated
    // funds only (the undated 3700余万元 may overlap them).
    assert_eq!(ok(&r, "funds.total"), "13.23亿元");
    let exact = region("name: t\nfunds:\n  - { year: 2015, source: a, amount: 4.34亿元 }\n");
    assert_eq!(ok(&exact, "funds.total"), "4.34亿元");
    let e = fig(&exact, "credit.total").unwrap_err();
    assert!(e.follows_data_error, "{e:?}");
}

#[test]
fn an_indicator_is_cited_by_year_by_value_or_by_target() {
    let r = region(YAML);
    let e = fig(&r, "indicators.自来水普及率.value").unwrap_err();
    assert_eq!(
        e.message,
        "indicator `自来水普及率` has values by year, not one undated `value`"
    );
    assert_eq!(e.expected.as_deref(), Some("`2015`, `2018` or `target`"));
    assert!(!e.follows_data_error);
    let e = fig(&r, "indicators.劳动技能培训.2018").unwrap_err();
    assert_eq!(
        e.message,
        "indicator `劳动技能培训` has no value for `2018`"
    );
    assert_eq!(e.expected.as_deref(), Some("`value`"));
    let e = fig(&r, "indicators.劳动技能培训.target").unwrap_err();
    assert_eq!(e.message, "the indicator's target is not given in the data");
}

/// Every figure the row kinds' description names can be cited, under the name the
/// description gives its row kind, and every section a reference names is described.
#[test]
fn every_described_figure_can_be_cited() {
    use crate::model::kinds::every_figure;
    let figures = |kind| every_figure(Sheet::of(kind));
    let r = region(&format!(
        "name: t\nas_of: 2019\nprofile: {{ {} }}\n\
         poverty: [{{ year: 2015, {} }}]\n\
         lifted: [{{ year: 2015, {} }}]\n\
         targets: [{{ year: 2015, name: n, unit: 人, {} }}]\n\
         funds: [{{ year: 2015, source: n, {} }}]\n\
         credit: [{{ year: 2015, kind: n, {} }}]\n\
         project_batches: [{{ batch: n, {} }}]\n",
        figures(Section::Regions),
        figures(Section::Poverty),
        figures(Section::Lifted),
        figures(Section::Targets),
        figures(Section::Funds),
        figures(Section::Credit),
        figures(Section::ProjectBatches),
    ));
    let cited = |kind: Section, field: &str| {
        let sheet = Sheet::of(kind);
        match kind {
            Section::Regions => format!("{}.{field}", sheet.reference),
            Section::Poverty => format!("{}.2015.{field}", sheet.reference),
            Section::Lifted => format!("{}.2015.{field}", sheet.reference),
            _ => format!("{}.n.{field}", sheet.reference),
        }
    };
    let kinds = [
        Section::Regions,
        Section::Poverty,
        Section::Lifted,
        Section::Targets,
        Section::Funds,
        Section::Credit,
        Section::ProjectBatches,
    ];
    for kind in kinds {
        for field in Sheet::of(kind).figures() {
            let path = cited(kind, field);
            assert!(fig(&r, &path).is_ok(), "{path}: {:?}", fig(&r, &path));
        }
    }
    // And the words a reference may start with are the described sections.
    for word in sections() {
        let section = |path: String| match fig(&r, &path) {
            Ok(_) => true,
            Err(e) => !e.message.contains("not a section"),
        };
        assert!(
            section(word.into()) || section(format!("{word}.x")),
            "{word}"
        );
    }
}

#[test]
fn sections_and_shapes_are_explained() {
    let r = region(YAML);
    let e = fig(&r, "loans.total").unwrap_err();
    assert_eq!(e.message, "`loans` is not a section of the data");
    assert!(e.expected.unwrap().contains("`credit`"));
    let e = fig(&r, "funds.2015.财政扶贫资金.amount.x").unwrap_err();
    assert!(e.message.starts_with("a fund figure is written"), "{e:?}");
    let e = fig(&r, "poverty.2014.rait").unwrap_err();
    assert_eq!(e.message, "`rait` is not a poverty figure");
    assert!(!e.follows_data_error);
    let e = fig(&r, "poverty.2013.people").unwrap_err();
    assert_eq!(e.message, "there is no `poverty` row for `2013`");
    assert!(e.follows_data_error);
}

/// A row whose report gives it no time is cited by its name, or by `未注明`: never by its
/// region's date, which does not apply to it.
#[test]
fn a_row_with_no_time_is_cited_by_name_or_by_no_time() {
    let r = region(
        "name: t\nas_of: 2016\nfunds:\n  - { source: 甲, amount: 1元, as_of: 未注明 }\n  - { source: 甲, amount: 2元 }\n",
    );
    assert_eq!(ok(&r, "funds.未注明.甲.amount"), "1元");
    assert_eq!(ok(&r, "funds.2016.甲.amount"), "2元");
}

/// A batch's loan is cited by name, so a story says which loan pays for it as the data does.
#[test]
fn a_batchs_loan_is_cited_by_name() {
    let r = region(
        "name: t\nas_of: 2019\ncredit: [{ kind: 国开行贷款, amount: 23.2亿元 }]\n\
         project_batches: [{ batch: 第三批, planned_investment: 2.1亿元, financed_by: 国开行贷款 }]\n",
    );
    assert_eq!(ok(&r, "batches.第三批.financed_by"), "国开行贷款");
    assert_eq!(ok(&r, "batches.第三批.planned_investment"), "2.1亿元");
    let e = fig(&r, "batches.第三批.investment").unwrap_err();
    assert_eq!(e.message, "the investment is not given in the data");
}
