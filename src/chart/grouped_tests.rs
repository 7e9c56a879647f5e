//! Tests of grouped bar charts: series side by side, unpublished and zero values,
//! period groups, and 1, 2 and 20 groups.

use super::bar_frame::PERIOD_TINT;
use super::palette::{color, tint};
use super::testkit::{assert_readable, grouped, has_text, text_box, tip, tips, GroupRow};
use super::{draw, ChartError, ChartSpec};

const NAMES: [&str; 2] = ["贫困户 (户)", "贫困人口 (人)"];

/// `#RRGGBB` as the drawing writes it.
fn hex(c: super::palette::Rgb) -> String {
    c.to_string()
}

/// Horizontal centre of a box.
fn cx(b: (f64, f64, f64, f64)) -> f64 {
    (b.0 + b.2) / 2.0
}

/// The poor-population chart as the site draws it.
fn population() -> ChartSpec {
    grouped(
        "户、人",
        &NAMES,
        &[
            (
                "2014",
                "",
                false,
                &[(13065.0, "13065户"), (34261.0, "34261人")],
            ),
            ("2018", "", false, &[(1375.0, "1375户"), (3976.0, "3976人")]),
            (
                "2014—2018",
                "减贫",
                true,
                &[(11690.0, "11690户"), (30285.0, "30285人")],
            ),
        ],
    )
}

#[test]
fn poor_population_side_by_side_with_every_figure() {
    let svg = draw(&population()).unwrap();
    let boxes = assert_readable(&svg);
    for s in NAMES
        .iter()
        .chain(&["户、人", "2014", "2018", "2014—2018", "减贫"])
    {
        assert!(has_text(&boxes, s), "{s} missing");
    }
    let rows = [
        ("2014", 13065.0, "13065户", 34261.0, "34261人"),
        ("2018", 1375.0, "1375户", 3976.0, "3976人"),
        ("2014—2018", 11690.0, "11690户", 30285.0, "30285人"),
    ];
    let mut last_right = 0.0;
    for (g, a, la, b, lb) in rows {
        let l = tip(&svg, &format!("{g} {}: {la}", NAMES[0]));
        let r = tip(&svg, &format!("{g} {}: {lb}", NAMES[1]));
        // Side by side on one baseline, households left, groups left to right.
        assert!(l.2 <= r.0 + 0.05 && l.0 > last_right, "{g}: {l:?} {r:?}");
        assert!((l.3 - r.3).abs() < 0.05, "{g}: baselines differ");
        last_right = r.2;
        // Heights in proportion to the figures, on one axis.
        let ratio = (r.3 - r.1) / (l.3 - l.1);
        assert!((ratio / (b / a) - 1.0).abs() < 0.05, "{g}: {ratio}");
        // Each figure above its own bar, under the caption's group.
        for (bar, label) in [(l, la), (r, lb)] {
            let fb = text_box(&boxes, label);
            assert!(fb.3 <= bar.1, "{label} not above its bar");
            assert!(cx(fb) > bar.0 && cx(fb) < bar.2, "{label} not over its bar");
        }
        let cap = text_box(&boxes, g);
        assert!(cap.1 >= l.3 && cx(cap) > l.2 - 1.0 && cx(cap) < r.0 + 1.0);
    }
    // The period group is light and hatched; one-year groups are solid.
    assert!(svg.contains(&format!("fill=\"{}\"", hex(tint(color(0), PERIOD_TINT)))));
    assert!(svg.contains(&format!("fill=\"{}\"", hex(color(0)))));
    // Series differ by texture as well as colour (grey-scale print): stripes on
    // the second series only.
    // (a stripe pattern in the second series' shade, which fills its bars).
    let stripes = format!("fill=\"{}\"/></pattern>", hex(tint(color(1), 0.55)));
    assert!(svg.contains(&stripes), "no stripe pattern: {svg}");
    assert!(!svg.contains(&format!(
        "fill=\"{}\"/></pattern>",
        hex(tint(color(0), 0.55))
    )));
    assert!(svg.contains("fill=\"url(#"));
    assert_eq!(tips(&svg).len(), 6);
}

#[test]
fn unpublished_leaves_an_empty_slot_and_zero_keeps_its_label() {
    let spec = grouped(
        "人",
        &NAMES,
        &[
            ("2020", "", false, &[(0.0, ""), (0.0, "0人")]),
            (
                "2014",
                "",
                false,
                &[(13065.0, "13065户"), (34261.0, "34261人")],
            ),
        ],
    );
    let svg = draw(&spec).unwrap();
    let boxes = assert_readable(&svg);
    assert!(has_text(&boxes, "2020") && has_text(&boxes, "0人"));
    // No bar, no tooltip, no label for the unpublished households.
    assert_eq!(tips(&svg).len(), 3);
    assert!(tips(&svg)
        .iter()
        .all(|(t, _)| !t.starts_with("2020 贫困户")));
    // The zero is a flat mark on the baseline, in the people's slot.
    let zero = tip(&svg, "2020 贫困人口 (人): 0人");
    let people = tip(&svg, "2014 贫困人口 (人): 34261人");
    // The tooltip is the mark grown by 3 px: the mark is visible yet flat.
    let mark_h = zero.3 - zero.1 - 6.0;
    assert!((2.0..=4.0).contains(&mark_h), "{zero:?}");
    assert!((zero.3 - 3.0 - people.3).abs() < 0.5, "{zero:?} {people:?}");
    let off = |b, g| cx(b) - cx(text_box(&boxes, g));
    assert!((off(zero, "2020") - off(people, "2014")).abs() < 1.0);
    assert!(text_box(&boxes, "0人").3 <= zero.1 + 3.0);
}

#[test]
fn one_group_one_series() {
    let spec = grouped(
        "户",
        &["贫困户"],
        &[("2014", "", false, &[(13065.0, "13065户")])],
    );
    let svg = draw(&spec).unwrap();
    let boxes = assert_readable(&svg);
    for s in ["贫困户", "户", "2014", "13065户", "0", "15000"] {
        assert!(has_text(&boxes, s), "{s} missing");
    }
    // One bar is not stretched across the drawing.
    let b = tip(&svg, "2014 贫困户: 13065户");
    assert!(b.2 - b.0 <= 64.0, "{b:?}");
}

#[test]
fn two_groups_with_a_period_note() {
    let spec = grouped(
        "人",
        &NAMES,
        &[
            (
                "2014",
                "",
                false,
                &[(13065.0, "13065户"), (34261.0, "34261人")],
            ),
            (
                "2014—2018",
                "减贫合计",
                true,
                &[(0.0, ""), (30285.0, "30285人")],
            ),
        ],
    );
    let svg = draw(&spec).unwrap();
    let boxes = assert_readable(&svg);
    for s in ["13065户", "34261人", "30285人", "2014—2018", "减贫合计"] {
        assert!(has_text(&boxes, s), "{s} missing");
    }
    // The note is the caption's second line.
    assert!(text_box(&boxes, "减贫合计").1 >= text_box(&boxes, "2014—2018").3);
    assert_eq!(draw(&spec).unwrap(), svg, "not deterministic");
}

#[test]
fn twenty_groups_keep_figures_in_their_own_slot() {
    let labels: Vec<(String, String, String)> = (0..20)
        .map(|i| {
            (
                format!("{}", 2001 + i),
                format!("{}户", 1000 + 300 * i),
                format!("{}人", 3000 + 97 * i),
            )
        })
        .collect();
    let vals: Vec<[(f64, &str); 2]> = labels
        .iter()
        .enumerate()
        .map(|(i, (_, a, b))| {
            [
                (1000.0 + 300.0 * i as f64, a.as_str()),
                (3000.0 + 97.0 * i as f64, b.as_str()),
            ]
        })
        .collect();
    let rows: Vec<GroupRow> = labels
        .iter()
        .zip(&vals)
        .enumerate()
        .map(|(i, ((g, _, _), v))| {
            (
                g.as_str(),
                if i % 5 == 0 { "减贫" } else { "" },
                i % 5 == 0,
                &v[..],
            )
        })
        .collect();
    let spec = grouped("人", &NAMES, &rows);
    let svg = draw(&spec).unwrap();
    let boxes = assert_readable(&svg);
    assert_eq!(tips(&svg).len(), 40);
    // Too many for bars up with every figure: across, each figure level with its own bar.
    for (i, (g, a, b)) in labels.iter().enumerate() {
        assert!(has_text(&boxes, g), "{g} missing");
        if i % 5 == 0 {
            let note = boxes
                .iter()
                .find(|t| t.text == "减贫" && (t.b.3 - text_box(&boxes, g).3).abs() < 1.5);
            assert!(note.is_some(), "{g}'s note missing");
        }
        for (k, f) in [a, b].into_iter().enumerate() {
            let bar = tip(&svg, &format!("{g} {}: {f}", NAMES[k]));
            let t = text_box(&boxes, f);
            let cy = (t.1 + t.3) / 2.0;
            assert!(
                cy > bar.1 && cy < bar.3 && t.0 >= bar.2,
                "{f} not at its bar's end"
            );
        }
    }
    assert!(super::inspect::problems(&svg).is_empty());
    assert_eq!(draw(&spec).unwrap(), svg, "not deterministic");
}

#[test]
fn empty_and_bad_groups() {
    let none = grouped("人", &NAMES, &[]);
    assert!(matches!(draw(&none), Err(ChartError::Empty { .. })));
    let unpublished = grouped(
        "人",
        &NAMES,
        &[("2014", "", false, &[(0.0, ""), (0.0, "")])],
    );
    assert!(matches!(draw(&unpublished), Err(ChartError::Empty { .. })));
    for v in [f64::NAN, f64::INFINITY, f64::MAX] {
        let bad = grouped(
            "人",
            &NAMES,
            &[("2014", "", false, &[(1.0, "1户"), (v, "?")])],
        );
        let err = draw(&bad).unwrap_err();
        assert!(err.to_string().contains("2014 贫困人口"), "{err}");
    }
    // Negative figures hang below a zero line and still read.
    let neg = grouped(
        "人",
        &NAMES,
        &[(
            "2014—2018",
            "变化",
            true,
            &[(-120.0, "-120户"), (300.0, "300人")],
        )],
    );
    let boxes = assert_readable(&draw(&neg).unwrap());
    assert!(has_text(&boxes, "-120户") && has_text(&boxes, "300人"));
    // Twenty series in one group: the legend wraps, every bar is drawn.
    let names: Vec<String> = (0..20).map(|i| format!("贫困人口{i}")).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let vals: Vec<(f64, &str)> = (0..20).map(|i| (100.0 + f64::from(i), "100人")).collect();
    let wide = grouped("人", &names, &[("2014", "", false, &vals)]);
    let svg = draw(&wide).unwrap();
    let boxes = assert_readable(&svg);
    assert!(names.iter().all(|n| has_text(&boxes, n)));
    assert_eq!(tips(&svg).len(), 20);
}
