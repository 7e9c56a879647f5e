//! Tests of stacked bar charts: period bars, shares on top, zero and many bars.

use super::bar_frame::PERIOD_TINT;
use super::draw;
use super::palette::{color, tint};
use super::testkit::{assert_readable, bars, has_text, view_height, BarRow};

/// `#RRGGBB` as the drawing writes it.
fn hex(c: super::palette::Rgb) -> String {
    c.to_string()
}

#[test]
fn realistic_funds_with_a_period_bar() {
    let spec = bars(
        "亿元",
        &["财政扶贫资金", "各行业项目资金", "扶贫开发专项资金"],
        &[
            (
                "2013—2015",
                "三年合计",
                true,
                &[(0.0, ""), (0.0, ""), (0.8231, "0.82亿元")],
                "0.82亿元",
            ),
            (
                "2015",
                "",
                false,
                &[(4.34, "4.34亿元"), (8.89, "8.89亿元"), (0.0, "")],
                "13.23亿元",
            ),
        ],
    );
    let svg = draw(&spec).unwrap();
    let boxes = assert_readable(&svg);
    for s in [
        "财政扶贫资金",
        "各行业项目资金",
        "扶贫开发专项资金",
        "4.34亿元",
        "8.89亿元",
    ] {
        assert!(has_text(&boxes, s), "{s} missing");
    }
    for s in [
        "13.23亿元",
        "0.82亿元",
        "2013—2015",
        "三年合计",
        "2015",
        "亿元",
        "0",
        "15",
    ] {
        assert!(has_text(&boxes, s), "{s} missing");
    }
    // The period bar is light and outlined, the one-year bars solid.
    assert!(svg.contains(&format!("fill=\"{}\"", hex(tint(color(2), PERIOD_TINT)))));
    assert!(!svg.contains(&format!("fill=\"{}\"", hex(tint(color(0), PERIOD_TINT)))));
    assert!(svg.contains(&format!("fill=\"{}\"", hex(color(0)))));
    assert!(svg.contains("<title>2013—2015 扶贫开发专项资金: 0.82亿元</title>"));
}

#[test]
fn project_batch_with_share_on_top() {
    let spec = bars(
        "个",
        &["已完工", "在建", "招投标", "前期"],
        &[(
            "第一、二批",
            "",
            false,
            &[(27.0, "27个"), (11.0, "11个"), (4.0, "4个"), (34.0, "34个")],
            "完成35.5%",
        )],
    );
    let boxes = assert_readable(&draw(&spec).unwrap());
    for s in [
        "完成35.5%",
        "27个",
        "11个",
        "34个",
        "第一、二批",
        "个",
        "已完工",
        "前期",
    ] {
        assert!(has_text(&boxes, s), "{s} missing");
    }
    // 4 of 76 is too thin a segment for its figure.
    assert!(!has_text(&boxes, "4个"));
}

#[test]
fn zero_bar_keeps_its_slot_and_label() {
    let spec = bars(
        "万元",
        &["扶贫开发专项资金"],
        &[
            ("2015", "", false, &[(8231.0, "8231万元")], "8231万元"),
            ("2016", "", false, &[(0.0, "0万元")], "0万元"),
        ],
    );
    let svg = draw(&spec).unwrap();
    let boxes = assert_readable(&svg);
    assert!(has_text(&boxes, "2016") && has_text(&boxes, "0万元"));
    assert_eq!(
        svg.matches("<title>").count(),
        1,
        "one tooltip: the non-empty bar"
    );
    let all_zero = bars(
        "个",
        &["已完工"],
        &[("光伏", "", false, &[(0.0, "0个")], "0个")],
    );
    let boxes = assert_readable(&draw(&all_zero).unwrap());
    assert!(has_text(&boxes, "光伏") && has_text(&boxes, "0个"));
}

#[test]
fn twenty_bars_and_twenty_segments() {
    let names: Vec<String> = (0..20).map(|i| format!("各行业项目资金{i}")).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let segs: Vec<(f64, &str)> = (0..20)
        .map(|i| (100.0 + f64::from(i) * 10.0, "150万元"))
        .collect();
    let labels: Vec<String> = (0..20).map(|i| format!("{}", 2001 + i)).collect();
    let bs: Vec<BarRow> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| {
            (
                l.as_str(),
                if i % 3 == 0 { "三年合计" } else { "" },
                i % 3 == 0,
                segs.as_slice(),
                "2900万元",
            )
        })
        .collect();
    let svg = draw(&bars("万元", &names, &bs)).unwrap();
    let boxes = assert_readable(&svg);
    for n in &names {
        assert!(has_text(&boxes, n), "{n} missing from legend");
    }
    // Too narrow for captions under the bars: drawn across, each caption and note on
    // its row, none turned, every total written level with its bar.
    for (i, l) in labels.iter().enumerate() {
        assert!(has_text(&boxes, l), "{l} missing");
        let bar = super::inspect::bars(&svg)
            .into_iter()
            .find(|(t, _)| t.starts_with(&format!("{l} ")))
            .unwrap()
            .1;
        let caption = super::testkit::text_box(&boxes, l);
        assert!(caption.3 <= bar.y0, "{l}'s caption not above its bar");
        if i % 3 == 0 {
            let note = boxes
                .iter()
                .find(|b| b.text == "三年合计" && (b.b.3 - caption.3).abs() < 1.5);
            assert!(note.is_some(), "{l}'s note not beside it: {caption:?}");
        }
    }
    assert_eq!(boxes.iter().filter(|b| b.text == "2900万元").count(), 20);
    assert!(super::inspect::problems(&svg).is_empty());
    assert!(super::inspect::unlabelled_bars(&svg).is_empty());
    assert!(view_height(&svg) > 320.0);
}
