//! `credit`: loans and mutual-aid funds by kind, apart from money put in.

use super::{ChartKind, ChartRequest, Parts};
use crate::chart::{Bar, ChartBody, Segment, StackedBarChart};
use crate::compute::tables::credit_table;
use crate::messages::catalog::figures as msg;
use crate::messages::Msg;
use crate::model::region::{CreditRow, Region};
use crate::quantity::{decimal_to_f64, Money, MoneyUnit, Stated};

pub(super) fn credit(r: &Region, req: &ChartRequest) -> Result<Parts, Msg> {
    let rows: Vec<(&CreditRow, Stated<Money>)> = r
        .credit
        .iter()
        .filter(|c| req.admits(c.when))
        .filter_map(|c| c.amount.map(|a| (c, a)))
        .collect();
    if rows.is_empty() {
        return Err(msg::chart_no_data(
            &r.name,
            ChartKind::Credit.needs(),
            "credit",
        ));
    }
    let unit = MoneyUnit::for_axis(rows.iter().map(|(_, a)| a.value).max().unwrap_or_default());
    let table = credit_table(
        format!("{}金融信贷", r.name),
        r,
        &rows.iter().map(|(c, _)| *c).collect::<Vec<_>>(),
    );
    let mut sentences = Vec::new();
    let mut bars = Vec::new();
    for (c, amount) in &rows {
        let when = r.time_label(c.when.map(|w| w.to_string()), &c.prov);
        let reached = [
            c.households.map(|h| h.with_unit("户")),
            c.people.map(|p| p.with_unit("人")),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("");
        // A loan with no time at all says so after its figure: 双联惠农贷款1.55亿元（未注明时间）.
        let mut s = match r.says_no_time(c.when.is_some(), &c.prov) {
            true => format!("{}{amount}（{when}）", c.kind),
            false => format!("{when}{}{amount}", c.kind),
        };
        if let Some(d) = c.drawn {
            // The time words of the amount lent are its own (累计发放571万元).
            let drawn_when = c.drawn_wording.as_deref().unwrap_or("");
            s.push_str(&format!("，{drawn_when}已发放{d}"));
        }
        if !reached.is_empty() {
            s.push_str(&format!("，惠及{reached}"));
        }
        sentences.push(s);
        bars.push(Bar {
            label: c.kind.clone(),
            note: when,
            is_period: false,
            segments: vec![Segment {
                value: decimal_to_f64(amount.value.in_unit(unit)),
                label: String::new(),
            }],
            top_label: amount.to_string(),
        });
    }
    let body = ChartBody::StackedBars(StackedBarChart {
        y_unit: unit.symbol().into(),
        segment_names: vec!["贷款与互助资金".into()],
        bars,
        reference: None,
        overlay: None,
    });
    Ok((
        format!("{}金融信贷", r.name),
        format!(
            "{}金融信贷（不计入资金投入）：{}。",
            r.name,
            sentences.join("；")
        ),
        body,
        table,
    ))
}
