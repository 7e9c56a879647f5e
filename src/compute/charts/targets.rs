//! `targets`: what was achieved against each target, in percent of the target.

use super::{ChartKind, ChartRequest, Parts};
use crate::chart::{Bar, ChartBody, Reference, Segment, StackedBarChart};
use crate::compute::table::DataTable;
use crate::compute::verdict::TargetOutcome;
use crate::messages::catalog::figures as msg;
use crate::messages::Msg;
use crate::model::region::Region;
use crate::quantity::{decimal_to_f64, YearOrPeriod};
use rust_decimal::Decimal;

/// `actual / target` in percent, rounded to one decimal; None for a zero target.
pub fn achievement(target: u64, actual: u64) -> Option<Decimal> {
    (target > 0).then(|| {
        (Decimal::from(actual) * Decimal::ONE_HUNDRED / Decimal::from(target))
            .round_dp(1)
            .normalize()
    })
}

pub(super) fn targets(r: &Region, req: &ChartRequest) -> Result<Parts, Msg> {
    let rows: Vec<_> = r
        .targets
        .iter()
        .filter(|t| {
            t.target.is_some() && t.actual.is_some() && req.admits(t.year.map(YearOrPeriod::Year))
        })
        .collect();
    if rows.is_empty() {
        return Err(msg::chart_no_data(
            &r.name,
            ChartKind::Targets.needs(),
            "targets",
        ));
    }
    let mut table = DataTable::new(
        format!("{}目标完成情况", r.name),
        &["年份", "指标", "目标", "实际", "完成率"],
    );
    let mut sentences = Vec::new();
    let mut bars = Vec::new();
    for t in &rows {
        let (Some(target), Some(actual)) = (t.target, t.actual) else {
            continue;
        };
        let share = achievement(target.value.get(), actual.value.get());
        // Against a qualified figure the share is only as exact as the figure: 约.
        let about = if target.is_qualified() || actual.is_qualified() {
            "约"
        } else {
            ""
        };
        let share_text = share
            .map(|s| format!("{about}{s}%"))
            .unwrap_or_else(|| "—".into());
        let when = r.time_label(t.year.map(|y| format!("{y}年")), &t.prov);
        table.push_sourced(
            vec![
                r.time_label(t.year.map(|y| y.to_string()), &t.prov),
                t.name.clone(),
                target.with_unit(&t.unit),
                actual.with_unit(&t.unit),
                share_text.clone(),
            ],
            r.sourced(&t.prov),
        );
        let verdict = TargetOutcome::of(target.value, actual.value).sentence_word();
        sentences.push(format!(
            "{when}{}目标{}，实际{}，{verdict}目标的{share_text}",
            t.name,
            target.with_unit(&t.unit),
            actual.with_unit(&t.unit)
        ));
        bars.push(Bar {
            label: t.name.clone(),
            note: format!("{when} 目标{}", target.with_unit(&t.unit)),
            is_period: false,
            segments: vec![Segment {
                value: share.map(decimal_to_f64).unwrap_or(0.0),
                label: actual.with_unit(&t.unit),
            }],
            top_label: format!("完成{share_text}"),
        });
    }
    let body = ChartBody::StackedBars(StackedBarChart {
        y_unit: "%".into(),
        segment_names: vec!["实际完成（占目标%）".into()],
        bars,
        reference: Some(Reference {
            value: 100.0,
            label: "目标100%".into(),
        }),
        overlay: None,
    });
    Ok((
        format!("{}目标完成情况", r.name),
        format!("{}：{}。", r.name, sentences.join("；")),
        body,
        table,
    ))
}
