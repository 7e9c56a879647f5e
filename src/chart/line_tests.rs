//! Tests of line charts: labels, whole-year ticks, sparse and crowded series.

use super::testkit::{assert_readable, has_text, lines, SeriesRow, TextBox};
use super::{draw, ChartBody};

/// Texts on the bottom row: the year ticks.
fn year_row(boxes: &[TextBox]) -> Vec<String> {
    let bottom = boxes.iter().map(|b| b.b.3).fold(0.0, f64::max);
    boxes
        .iter()
        .filter(|b| (b.b.3 - bottom).abs() < 0.5)
        .map(|b| b.text.clone())
        .collect()
}

#[test]
fn realistic_rates_all_labelled_on_whole_years() {
    let spec = lines(&[
        (
            "科左后旗",
            &[
                (2014, 11.0, "11%"),
                (2018, 1.23, "1.23%"),
                (2020, 0.0, "0%"),
            ],
        ),
        ("白银区", &[(2014, 8.61, "8.61%")]),
    ]);
    let svg = draw(&spec).unwrap();
    let boxes = assert_readable(&svg);
    for s in [
        "科左后旗",
        "白银区",
        "11%",
        "1.23%",
        "0%",
        "8.61%",
        "%",
        "0",
        "10",
    ] {
        assert!(has_text(&boxes, s), "{s} missing");
    }
    let years = year_row(&boxes);
    assert_eq!(
        years,
        (2014..=2020).map(|y| y.to_string()).collect::<Vec<_>>()
    );
}

#[test]
fn sparse_series_is_one_straight_segment_with_two_markers() {
    let spec = lines(&[("科左后旗", &[(2018, 1.23, "1.23%"), (2014, 11.0, "11%")])]);
    let svg = draw(&spec).unwrap();
    // The series line (width 3) has exactly the two real points, left to right.
    let line = svg
        .lines()
        .find(|l| l.contains("stroke=\"#B8232F\" stroke-width=\"3\""))
        .unwrap();
    let pts = line.split("points=\"").nth(1).unwrap();
    let pts: Vec<&str> = pts.trim_end_matches("\"/>").split_whitespace().collect();
    assert_eq!(pts.len(), 2, "{line}");
    let x = |p: &str| p.split(',').next().unwrap().parse::<i32>().unwrap();
    assert!(x(pts[0]) < x(pts[1]));
    // One circle marker per point plus the legend's.
    assert_eq!(svg.matches("<circle").count(), 3);
    let boxes = assert_readable(&svg);
    assert!(year_row(&boxes).iter().all(|y| y.parse::<i32>().is_ok()));
}

#[test]
fn one_point_and_all_zero() {
    let one = draw(&lines(&[("碌曲县", &[(2016, 3.5, "3.5%")])])).unwrap();
    let boxes = assert_readable(&one);
    assert!(has_text(&boxes, "3.5%") && has_text(&boxes, "2016"));
    let zero = draw(&lines(&[(
        "碌曲县",
        &[(2019, 0.0, "0%"), (2020, 0.0, "0%")],
    )]))
    .unwrap();
    let boxes = assert_readable(&zero);
    assert_eq!(boxes.iter().filter(|b| b.text == "0%").count(), 2);
}

#[test]
fn twenty_years_tick_whole_years_and_label_every_point() {
    let labels: Vec<String> = (0..20)
        .map(|i| format!("{:.1}%", 24.7 - i as f64 * 1.3))
        .collect();
    let pts: Vec<(i32, f64, &str)> = (0..20)
        .map(|i| {
            (
                2001 + i,
                24.7 - f64::from(i) * 1.3,
                labels[i as usize].as_str(),
            )
        })
        .collect();
    let svg = draw(&lines(&[("碌曲县", &pts)])).unwrap();
    let boxes = assert_readable(&svg);
    let years = year_row(&boxes);
    assert!(years.len() >= 5, "{years:?}");
    for y in &years {
        let y: i32 = y.parse().unwrap();
        assert!((2001..=2020).contains(&y));
    }
    // Every point labelled where there is room: near the axis, where three
    // points crowd above the year ticks, one may have to go.
    let missing: Vec<&String> = labels.iter().filter(|l| !has_text(&boxes, l)).collect();
    assert!(missing.len() <= 1, "{missing:?}");
    assert!(has_text(&boxes, &labels[0]) && has_text(&boxes, &labels[19]));
}

#[test]
fn twenty_series_with_long_names() {
    let names: Vec<String> = (0..20)
        .map(|i| {
            format!(
                "甘南藏族自治州碌曲县城关镇{}",
                "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"
                    .chars()
                    .nth(i)
                    .unwrap()
            )
        })
        .collect();
    let labels: Vec<Vec<String>> = (0..20)
        .map(|i| (0..7).map(|k| format!("{}%", 40 - 2 * i - k)).collect())
        .collect();
    let pts: Vec<Vec<(i32, f64, &str)>> = (0..20)
        .map(|i| {
            (0..7)
                .map(|k| {
                    (
                        2014 + k,
                        f64::from(40 - 2 * i - k),
                        labels[i as usize][k as usize].as_str(),
                    )
                })
                .collect()
        })
        .collect();
    let series: Vec<SeriesRow> = names
        .iter()
        .zip(&pts)
        .map(|(n, p)| (n.as_str(), p.as_slice()))
        .collect();
    let spec = lines(&series);
    let svg = draw(&spec).unwrap();
    let boxes = assert_readable(&svg);
    assert_eq!(names[0].chars().count(), 14);
    for (n, ls) in names.iter().zip(&labels) {
        assert!(has_text(&boxes, n), "{n} missing from legend");
        assert!(
            has_text(&boxes, &ls[0]) || has_text(&boxes, &ls[6]),
            "{n}: no end labelled"
        );
    }
    // The legend took rows, so the drawing grew beyond the asked height.
    let ChartBody::Lines(_) = &spec.body else {
        unreachable!()
    };
    assert!(super::testkit::view_height(&svg) > f64::from(spec.height));
}
