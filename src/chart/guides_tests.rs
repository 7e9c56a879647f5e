//! Tests of targets on line charts and of reference lines and overlays on
//! stacked bars, at 1, 2 and 20 points or bars.

use super::testkit::{
    assert_readable, bars, has_text, lines, text_box, tip, tips, view_height, with_overlay,
    with_reference, BarRow, SeriesRow, TextBox,
};
use super::{draw, ChartError, ChartSpec};

/// Screen y of a reference line, from its tooltip (3 px either side).
fn line_y(svg: &str, label: &str) -> f64 {
    let t = tip(svg, label);
    (t.1 + t.3) / 2.0
}

/// Dashes shown at screen height `y` (±1 px) in the guide colour: along each level
/// dashed line there, one per dash-and-gap of its `stroke-dasharray`, and its last.
fn dashes_at(svg: &str, y: f64) -> usize {
    svg.lines()
        .filter(|l| l.contains("stroke=\"#1A1A1A\" stroke-width=\"2\""))
        .filter_map(|l| {
            let dash: f64 = l
                .split("stroke-dasharray=\"")
                .nth(1)?
                .split(['"', ' '])
                .take(2)
                .map(|v| v.parse::<f64>().expect("a number"))
                .sum();
            let pts: Vec<(f64, f64)> = l
                .split("points=\"")
                .nth(1)?
                .split('"')
                .next()?
                .split_whitespace()
                .filter_map(|xy| {
                    let (x, y) = xy.split_once(',')?;
                    Some((x.parse().ok()?, y.parse().ok()?))
                })
                .collect();
            let level = pts.len() == 2 && pts.iter().all(|p| (p.1 - y).abs() <= 1.0);
            level.then(|| ((pts[1].0 - pts[0].0).abs() / dash).ceil() as usize)
        })
        .sum()
}

/// True when a label's box lies right beside (above or below) the line at `y`.
fn beside(b: (f64, f64, f64, f64), y: f64) -> bool {
    (b.3 <= y && y - b.3 < 8.0) || (b.1 >= y && b.1 - y < 8.0)
}

/// Texts under the plot: the year ticks.
fn year_row(boxes: &[TextBox]) -> Vec<String> {
    let bottom = boxes.iter().map(|b| b.b.3).fold(0.0, f64::max);
    boxes
        .iter()
        .filter(|b| (b.b.3 - bottom).abs() < 0.5)
        .map(|b| b.text.clone())
        .collect()
}

#[test]
fn single_point_indicator_with_its_target() {
    let spec = with_reference(
        lines(&[("义务教育巩固率", &[(2015, 98.0, "98%")])]),
        100.0,
        "目标100%",
    );
    let svg = draw(&spec).unwrap();
    let boxes = assert_readable(&svg);
    for s in ["义务教育巩固率", "98%", "目标100%", "100", "%"] {
        assert!(has_text(&boxes, s), "{s} missing");
    }
    assert_eq!(year_row(&boxes), ["2015"], "one whole year, nothing else");
    // The target is a dashed line with its label at the right end beside it.
    let y = line_y(&svg, "目标100%");
    assert!(dashes_at(&svg, y) >= 10, "not dashed at {y}");
    let (line, label) = (tip(&svg, "目标100%"), text_box(&boxes, "目标100%"));
    assert!(
        line.2 - label.2 < 10.0 && beside(label, y),
        "{label:?} vs {line:?}"
    );
    // The point sits in the middle with room either side, just under the target.
    let p = tip(&svg, "义务教育巩固率 2015: 98%");
    assert!(((p.0 + p.2) / 2.0 - (line.0 + line.2) / 2.0).abs() < 2.0);
    assert!((p.1 + p.3) / 2.0 > y);
    assert_eq!(draw(&spec).unwrap(), svg, "not deterministic");
}

#[test]
fn target_above_every_point_is_on_the_axis() {
    let pts = [(2014, 60.0, "60%"), (2018, 90.0, "90%")];
    let plain = draw(&lines(&[("康乐县", &pts)])).unwrap();
    assert!(!has_text(&assert_readable(&plain), "150"));
    let svg = draw(&with_reference(
        lines(&[("康乐县", &pts)]),
        150.0,
        "目标150%",
    ))
    .unwrap();
    let boxes = assert_readable(&svg);
    assert!(has_text(&boxes, "150") && has_text(&boxes, "目标150%"));
    // The line is at the height of the tick "150".
    let tick = text_box(&boxes, "150");
    assert!(((tick.1 + tick.3) / 2.0 - line_y(&svg, "目标150%")).abs() < 3.0);
}

#[test]
fn twenty_series_and_twenty_years_with_a_target() {
    let names: Vec<String> = (0..20).map(|i| format!("地区{i}")).collect();
    let labels: Vec<String> = (0..20).map(|i| format!("{}%", 80 + i)).collect();
    let pts: Vec<Vec<(i32, f64, &str)>> = (0..20)
        .map(|i| {
            (0..20)
                .map(|k| (2001 + k, f64::from(80 + i), labels[i as usize].as_str()))
                .collect()
        })
        .collect();
    let rows: Vec<SeriesRow> = names
        .iter()
        .zip(&pts)
        .map(|(n, p)| (n.as_str(), p.as_slice()))
        .collect();
    let svg = draw(&with_reference(lines(&rows), 100.0, "目标100%")).unwrap();
    let boxes = assert_readable(&svg);
    // Crowded: the target's label is still written, on the plot or in the legend.
    assert!(has_text(&boxes, "目标100%"));
    assert!(year_row(&boxes).iter().all(|y| y.parse::<i32>().is_ok()));
    // Two points and a target.
    let two = lines(&[("康乐县", &[(2015, 92.5, "92.5%"), (2019, 100.0, "100%")])]);
    let boxes = assert_readable(&draw(&with_reference(two, 100.0, "目标100%")).unwrap());
    for s in ["92.5%", "100%", "目标100%"] {
        assert!(has_text(&boxes, s), "{s} missing");
    }
}

/// The targets chart: achievement in % of target, one bar per year.
fn targets(rows: &[BarRow]) -> ChartSpec {
    with_reference(bars("%", &["减贫人口"], rows), 100.0, "目标100%")
}

#[test]
fn reference_across_one_and_two_bars() {
    let one = targets(&[("2015", "", false, &[(133.7, "18858人")], "完成133.7%")]);
    let svg = draw(&one).unwrap();
    let boxes = assert_readable(&svg);
    for s in ["18858人", "完成133.7%", "目标100%", "2015", "%"] {
        assert!(has_text(&boxes, s), "{s} missing");
    }
    let y = line_y(&svg, "目标100%");
    let bar = tip(&svg, "2015 减贫人口: 18858人");
    // Over-achievement is visible: the bar rises above the dashed target line.
    assert!(bar.1 < y - 20.0 && bar.3 > y, "{bar:?} {y}");
    assert!(dashes_at(&svg, y) >= 10);
    let label = text_box(&boxes, "目标100%");
    assert!(beside(label, y) && label.2 > 500.0, "{label:?}");
    let two = targets(&[
        ("2015", "", false, &[(133.7, "18858人")], "完成133.7%"),
        ("2016", "", false, &[(80.0, "9000人")], "完成80%"),
    ]);
    let svg = draw(&two).unwrap();
    let boxes = assert_readable(&svg);
    for s in ["完成133.7%", "完成80%", "目标100%"] {
        assert!(has_text(&boxes, s), "{s} missing");
    }
    assert_eq!(draw(&two).unwrap(), svg, "not deterministic");
}

#[test]
fn reference_above_all_bars_extends_the_axis() {
    let spec = with_reference(
        bars(
            "万元",
            &["扶贫开发专项资金"],
            &[
                ("2015", "", false, &[(40.0, "40万元")], "40万元"),
                ("2016", "", false, &[(60.0, "60万元")], "60万元"),
            ],
        ),
        150.0,
        "目标150万元",
    );
    let svg = draw(&spec).unwrap();
    let boxes = assert_readable(&svg);
    assert!(has_text(&boxes, "150") && has_text(&boxes, "目标150万元"));
    let y = line_y(&svg, "目标150万元");
    for (_, t) in tips(&svg).iter().filter(|(t, _)| t.starts_with("201")) {
        assert!(t.1 > y + 50.0, "a bar reaches the line: {t:?}");
    }
}

#[test]
fn reference_crossing_every_bar_moves_to_the_legend() {
    let labels: Vec<String> = (0..8).map(|i| format!("{}%", 110 + i)).collect();
    let segs: Vec<[(f64, &str); 1]> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| [(110.0 + i as f64, l.as_str())])
        .collect();
    let rows: Vec<BarRow> = segs
        .iter()
        .zip(&labels)
        .enumerate()
        .map(|(i, (s, l))| (["2001", "2002"][i % 2], "", false, &s[..], l.as_str()))
        .collect();
    let svg = draw(&targets(&rows)).unwrap();
    let boxes = assert_readable(&svg);
    let label = text_box(&boxes, "目标100%");
    let legend = text_box(&boxes, "减贫人口");
    assert!(
        (label.1 - legend.1).abs() < 30.0,
        "not in the legend: {label:?}"
    );
    // The line itself is still drawn across the bars.
    assert!(dashes_at(&svg, line_y(&svg, "目标100%")) >= 20);
    assert!(super::inspect::unlabelled_bars(&svg).is_empty());
}

/// Funds by year with the cumulative total as an overlay.
fn funds_with_total(n: usize) -> (ChartSpec, Vec<String>) {
    let tops: Vec<String> = (0..n).map(|i| format!("{}.0亿元", 10 + i % 3)).collect();
    let mut cum = 0.0;
    let totals: Vec<(f64, String)> = (0..n)
        .map(|i| {
            cum += (10 + i % 3) as f64;
            (cum, format!("累{cum}亿元"))
        })
        .collect();
    let years: Vec<String> = (0..n).map(|i| format!("{}", 2001 + i)).collect();
    let segs: Vec<[(f64, &str); 1]> = (0..n)
        .map(|i| [((10 + i % 3) as f64, tops[i].as_str())])
        .collect();
    let rows: Vec<BarRow> = (0..n)
        .map(|i| (years[i].as_str(), "", false, &segs[i][..], tops[i].as_str()))
        .collect();
    let pts: Vec<(f64, &str)> = totals.iter().map(|(v, l)| (*v, l.as_str())).collect();
    let spec = with_overlay(bars("亿元", &["财政扶贫资金"], &rows), "累计投入", &pts);
    (spec, totals.into_iter().map(|t| t.1).collect())
}

#[test]
fn overlay_at_one_two_and_twenty_bars() {
    for n in [1, 2, 20] {
        let (spec, totals) = funds_with_total(n);
        let svg = draw(&spec).unwrap();
        let boxes = assert_readable(&svg);
        assert!(has_text(&boxes, "累计投入"), "{n}: legend entry missing");
        // The line's top is on the axis, one marker per bar at its centre.
        for (i, t) in totals.iter().enumerate() {
            let year = 2001 + i;
            let p = tip(&svg, &format!("{year} 累计投入: {t}"));
            let b = tips(&svg)
                .into_iter()
                .find(|(s, _)| s.starts_with(&format!("{year} 财政扶贫资金")))
                .unwrap()
                .1;
            // At the bar's middle: across it (bars up) or along it (twenty, drawn across).
            let mid = |r: (f64, f64, f64, f64)| match n < 20 {
                true => (r.0 + r.2) / 2.0,
                false => (r.1 + r.3) / 2.0,
            };
            assert!((mid(p) - mid(b)).abs() < 1.0, "{n}: {p:?} {b:?}");
            assert!((p.1 + p.3) / 2.0 >= 0.0 && p.3 <= view_height(&svg));
        }
        if n < 20 {
            assert!(totals.iter().all(|t| has_text(&boxes, t)), "{n}");
        }
        assert_eq!(draw(&spec).unwrap(), svg, "{n}: not deterministic");
    }
}

#[test]
fn overlay_labels_that_would_collide_with_top_labels() {
    // The overlay points sit just above the bar tops, right where the totals go.
    let spec = with_overlay(
        bars(
            "亿元",
            &["财政扶贫资金", "各行业项目资金"],
            &[
                (
                    "2015",
                    "",
                    false,
                    &[(4.34, "4.34亿元"), (8.89, "8.89亿元")],
                    "13.23亿元",
                ),
                (
                    "2016",
                    "",
                    false,
                    &[(5.1, "5.1亿元"), (6.2, "6.2亿元")],
                    "11.3亿元",
                ),
            ],
        ),
        "累计投入",
        &[(13.5, "累计13.5亿元"), (11.6, "累计11.6亿元")],
    );
    let svg = draw(&spec).unwrap();
    let boxes = assert_readable(&svg);
    // Totals keep priority; overlay figures find room elsewhere, clear of them.
    for s in [
        "13.23亿元",
        "11.3亿元",
        "累计13.5亿元",
        "累计11.6亿元",
        "累计投入",
    ] {
        assert!(has_text(&boxes, s), "{s} missing");
    }
    // Neither total nor overlay figure covers an overlay marker.
    for (t, m) in tips(&svg).iter().filter(|(t, _)| t.contains("累计投入:")) {
        for s in ["13.23亿元", "11.3亿元", "累计13.5亿元", "累计11.6亿元"] {
            let b = text_box(&boxes, s);
            let clear = b.2 <= m.0 || b.0 >= m.2 || b.3 <= m.1 || b.1 >= m.3;
            assert!(clear, "{s} covers the marker of {t}");
        }
    }
}

#[test]
fn overlay_above_every_bar_extends_the_axis_and_bad_guides_fail() {
    let (spec, _) = funds_with_total(2);
    let boxes = assert_readable(&draw(&spec).unwrap());
    assert!(
        has_text(&boxes, "25") || has_text(&boxes, "30"),
        "axis stops under the total"
    );
    for v in [f64::NAN, f64::INFINITY] {
        let bad = with_overlay(spec.clone(), "累计投入", &[(v, "?")]);
        assert!(matches!(draw(&bad), Err(ChartError::BadValue { .. })));
        let bad = with_reference(spec.clone(), v, "目标");
        assert!(matches!(draw(&bad), Err(ChartError::BadValue { .. })));
        let bad = with_reference(lines(&[("a", &[(2015, 1.0, "1%")])]), v, "目标");
        assert!(matches!(draw(&bad), Err(ChartError::BadValue { .. })));
    }
}

#[test]
fn twenty_targets_across_keep_their_line_and_label() {
    // Twenty achievements do not fit as bars up: across, the 100% line runs down the rows
    // and its label sits over them, each figure at its bar's end.
    let labels: Vec<String> = (0..20).map(|i| format!("完成{}%", 90 + i)).collect();
    let names: Vec<String> = (0..20).map(|i| format!("目标{i}")).collect();
    let segs: Vec<[(f64, &str); 1]> = (0..20).map(|i| [(90.0 + i as f64, "")]).collect();
    let rows: Vec<BarRow> = (0..20)
        .map(|i| {
            (
                names[i].as_str(),
                "",
                false,
                &segs[i][..],
                labels[i].as_str(),
            )
        })
        .collect();
    let svg = draw(&targets(&rows)).unwrap();
    let boxes = assert_readable(&svg);
    let line = tip(&svg, "目标100%");
    assert!(
        line.3 - line.1 > 200.0,
        "the line runs down the rows: {line:?}"
    );
    let label = text_box(&boxes, "目标100%");
    assert!(
        label.3 <= line.1 + 1.0,
        "{label:?} not over the line {line:?}"
    );
    assert!(labels.iter().all(|l| has_text(&boxes, l)));
    assert!(super::inspect::problems(&svg).is_empty());
    assert!(super::inspect::unlabelled_bars(&svg).is_empty());
}
