//! The tables of a region page: one per section of its data that has rows.

use crate::compute::table::{cell, DataTable};
use crate::compute::verdict::TargetOutcome;
use crate::model::i18n::Ui;
use crate::model::region::{CreditRow, FundRow, Region};
use crate::quantity::{Rate, Status};

/// Every non-empty table of a region, in page order.
pub fn region_tables(r: &Region, ui: &Ui) -> Vec<DataTable> {
    let mut out = Vec::new();
    let mut t = DataTable::new(ui.poverty, &["年份", "贫困户", "贫困人口", "贫困发生率"]);
    for p in &r.poverty {
        t.push_sourced(
            vec![
                format!("{}年底", p.year),
                cell(p.households.map(|c| c.with_unit("户"))),
                cell(p.people.map(|c| c.with_unit("人"))),
                cell(p.rate),
            ],
            r.sourced(&p.prov),
        );
    }
    out.push(t);
    let mut t = DataTable::new(ui.lifted, &["时期", "脱贫户数", "脱贫人口"]);
    for l in &r.lifted {
        t.push_sourced(
            vec![
                r.time_label(l.when.map(|p| format!("{p}年")), &l.prov),
                cell(l.households.map(|c| c.with_unit("户"))),
                cell(l.people.map(|c| c.with_unit("人"))),
            ],
            r.sourced(&l.prov),
        );
    }
    out.push(t);
    let mut t = DataTable::new(ui.targets, &["年份", "指标", "目标", "实际", "完成情况"]);
    for x in &r.targets {
        let verdict = match (x.target, x.actual) {
            (Some(t), Some(a)) => TargetOutcome::of(t.value, a.value).table_cell(&x.unit),
            _ => "—".into(),
        };
        t.push_sourced(
            vec![
                r.time_label(x.year.map(|y| y.to_string()), &x.prov),
                x.name.clone(),
                cell(x.target.map(|c| c.with_unit(&x.unit))),
                cell(x.actual.map(|c| c.with_unit(&x.unit))),
                verdict,
            ],
            r.sourced(&x.prov),
        );
    }
    out.push(t);
    // Every amount exact and as written: the table is where a reader checks a total.
    let t = funds_table(
        ui.funds,
        "年份/时期",
        r,
        &r.funds.iter().collect::<Vec<_>>(),
    );
    out.push(t);
    let t = credit_table(ui.credit, r, &r.credit.iter().collect::<Vec<_>>());
    out.push(t);
    out.push(batches_table(r, ui));
    // 总投资 only where a project states one: most lists give names and statuses alone.
    let invested = r.projects.iter().any(|p| p.investment.is_some());
    let headers: &[&str] = if invested {
        &["项目", "类别", "状态", "总投资"]
    } else {
        &["项目", "类别", "状态"]
    };
    let mut t = DataTable::new(format!("{}（单项）", ui.projects), headers);
    for p in &r.projects {
        let mut row = vec![
            p.name.clone(),
            p.category.clone().unwrap_or_else(|| "—".into()),
            p.status.label().into(),
        ];
        if invested {
            row.push(cell(p.investment));
        }
        t.push_sourced(row, r.sourced(&p.prov));
    }
    out.push(t);
    let mut t = DataTable::new(ui.indicators, &["指标", "年份", "数值", "目标"]);
    for i in &r.indicators {
        let target = cell(i.target.as_ref().map(|x| i.show(x)));
        for (y, v) in &i.values {
            t.push_sourced(
                vec![i.name.clone(), y.to_string(), i.show(v), target.clone()],
                r.sourced(&i.prov),
            );
        }
        if let Some(v) = &i.value {
            t.push_sourced(
                vec![
                    i.name.clone(),
                    i.prov.undated_label(r.as_of),
                    i.show(v),
                    target.clone(),
                ],
                r.sourced(&i.prov),
            );
        }
    }
    out.push(t);
    out.retain(|t| !t.is_empty());
    out
}

/// Project batches by status, with their money: 总投资, and 拟投资 and the loan it is
/// spent from (`由国开行……贷款安排`) where a batch gives them, so a batch's money reads as
/// part of its loan, never beside it.
fn batches_table(r: &Region, ui: &Ui) -> DataTable {
    let batches = &r.project_batches;
    let planned = batches.iter().any(|b| b.planned_investment.is_some());
    let financed = batches.iter().any(|b| b.financed_by.is_some());
    let mut headers = vec![
        "批次",
        "项目数",
        "已完工",
        "在建",
        "招投标",
        "前期",
        "完成率",
        "总投资",
    ];
    headers.extend(planned.then_some("拟投资"));
    headers.push("已完成投资");
    headers.extend(financed.then_some("资金安排"));
    let mut t = DataTable::new(ui.projects, &headers);
    for b in batches {
        let total = b.total_or_counted();
        let mut row = vec![b.batch.clone(), total.with_unit("个")];
        row.extend(Status::ALL.iter().map(|s| b.count(*s).with_unit("个")));
        row.push(cell(Rate::share(
            b.count(Status::Completed).get(),
            total.get(),
        )));
        row.push(cell(b.investment));
        if planned {
            row.push(cell(b.planned_investment));
        }
        row.push(cell(b.invested_so_far));
        if financed {
            let loan = b.financed_by.as_ref();
            row.push(cell(loan.map(|l| ui.financed_by.replace("{loan}", l))));
        }
        t.push_sourced(row, r.sourced(&b.prov));
    }
    t
}

/// Money put in as a table, the time column headed `when`: each row's time, channel,
/// amount, part for poor villages and projects, as written, with its source.
pub fn funds_table(
    caption: impl Into<String>,
    when: &str,
    r: &Region,
    rows: &[&FundRow],
) -> DataTable {
    let mut t = DataTable::new(
        caption,
        &[when, "资金来源", "金额", "其中用于贫困村", "项目数"],
    );
    for f in rows {
        t.push_sourced(
            vec![
                r.time_label(f.when.map(|w| w.to_string()), &f.prov),
                f.source.clone(),
                f.amount.to_string(),
                cell(f.to_poor_villages),
                cell(f.projects.map(|c| c.with_unit("个"))),
            ],
            r.sourced(&f.prov),
        );
    }
    t
}

/// Loans as a table: each row's time, kind, amount, amount lent (with its own time words
/// where the report gives them) and reach, as written, with its source.
pub fn credit_table(caption: impl Into<String>, r: &Region, rows: &[&CreditRow]) -> DataTable {
    let mut t = DataTable::new(
        caption,
        &[
            "年份/时期",
            "类别",
            "金额",
            "已发放",
            "惠及户数",
            "惠及人数",
        ],
    );
    for c in rows {
        t.push_sourced(
            vec![
                r.time_label(c.when.map(|w| w.to_string()), &c.prov),
                c.kind.clone(),
                cell(c.amount),
                // The time words the report gives the lending alone (`累计571万元`).
                cell(
                    c.drawn
                        .map(|d| format!("{}{d}", c.drawn_wording.as_deref().unwrap_or_default())),
                ),
                cell(c.households.map(|x| x.with_unit("户"))),
                cell(c.people.map(|x| x.with_unit("人"))),
            ],
            r.sourced(&c.prov),
        );
    }
    t
}
