//! Draws sample charts (realistic data and stress cases) into a folder, as
//! standalone SVGs and one HTML page at phone width, for looking at and for
//! `pagecheck`. Usage: `cargo run --example chart_gallery [DIR]` (default /tmp/xk-gallery).

use std::fmt::Write;

use xiaokang::chart::{
    self, Bar, ChartBody, ChartSpec, Group, GroupedBarChart, LineChart, LinePoint, LineSeries,
    Overlay, Reference, Segment, StackedBarChart,
};

/// A line series from `(year, value, label)`.
fn series(name: &str, pts: &[(i32, f64, &str)]) -> LineSeries {
    LineSeries {
        name: name.into(),
        points: pts
            .iter()
            .map(|&(year, value, label)| LinePoint {
                year,
                value,
                label: label.into(),
            })
            .collect(),
    }
}

/// A bar from its caption and `(value, label)` segments.
fn bar(label: &str, note: &str, is_period: bool, segs: &[(f64, &str)], top: &str) -> Bar {
    Bar {
        label: label.into(),
        note: note.into(),
        is_period,
        segments: segs
            .iter()
            .map(|&(value, label)| Segment {
                value,
                label: label.into(),
            })
            .collect(),
        top_label: top.into(),
    }
}

/// Segments from `(value, label)`.
fn segs(vals: &[(f64, &str)]) -> Vec<Segment> {
    vals.iter()
        .map(|&(value, label)| Segment {
            value,
            label: label.into(),
        })
        .collect()
}

/// A group of side-by-side bars.
fn group(label: &str, note: &str, is_period: bool, vals: &[(f64, &str)]) -> Group {
    Group {
        label: label.into(),
        note: note.into(),
        is_period,
        values: segs(vals),
    }
}

/// A reference line.
fn reference(value: f64, label: &str) -> Option<Reference> {
    Some(Reference {
        value,
        label: label.into(),
    })
}

/// Charts drawing the spec's extensions: grouped bars, targets, overlays.
fn extension_charts() -> Vec<ChartSpec> {
    let people = |groups: Vec<Group>| {
        ChartBody::GroupedBars(GroupedBarChart {
            y_unit: "户、人".into(),
            series_names: vec!["贫困户 (户)".into(), "贫困人口 (人)".into()],
            groups,
        })
    };
    let twenty_groups: Vec<Group> = (0..20)
        .map(|i| {
            let (a, b) = (
                1000.0 + 300.0 * f64::from(i),
                3000.0 + 800.0 * f64::from(i % 7),
            );
            group(
                &format!("{}", 2001 + i),
                if i % 5 == 0 { "减贫" } else { "" },
                i % 5 == 0,
                &[(a, &format!("{a}户")), (b, &format!("{b}人"))],
            )
        })
        .collect();
    let indicator = |series: Vec<LineSeries>| {
        ChartBody::Lines(LineChart {
            y_unit: "%".into(),
            series,
            target: reference(100.0, "目标100%"),
        })
    };
    let cumulative: Vec<(f64, String)> = (0..20)
        .map(|i| {
            let v = 1.5 * f64::from(i + 1) * f64::from(i + 2) / 2.0;
            (v, format!("{v:.1}亿元"))
        })
        .collect();
    vec![
        spec(
            "population",
            "贫困户和贫困人口",
            people(vec![
                group(
                    "2014",
                    "",
                    false,
                    &[(13065.0, "13065户"), (34261.0, "34261人")],
                ),
                group("2018", "", false, &[(1375.0, "1375户"), (3976.0, "3976人")]),
                group(
                    "2014—2018",
                    "减贫",
                    true,
                    &[(11690.0, "11690户"), (30285.0, "30285人")],
                ),
            ]),
        ),
        spec(
            "population1",
            "一组，有未公布和零",
            people(vec![group("2020", "", false, &[(0.0, ""), (0.0, "0人")])]),
        ),
        spec(
            "population2",
            "两组",
            people(vec![
                group(
                    "2014",
                    "",
                    false,
                    &[(13065.0, "13065户"), (34261.0, "34261人")],
                ),
                group(
                    "2014—2018",
                    "减贫合计",
                    true,
                    &[(0.0, ""), (30285.0, "30285人")],
                ),
            ]),
        ),
        spec("population20", "二十组", people(twenty_groups)),
        spec(
            "indicator1",
            "指标：一个点",
            indicator(vec![series("义务教育巩固率", &[(2015, 98.0, "98%")])]),
        ),
        spec(
            "indicator3",
            "指标：三个点两个地区",
            indicator(vec![
                series(
                    "康乐县",
                    &[
                        (2015, 92.5, "92.5%"),
                        (2016, 97.0, "97%"),
                        (2019, 100.0, "100%"),
                    ],
                ),
                series("碌曲县", &[(2015, 88.0, "88%"), (2019, 99.1, "99.1%")]),
            ]),
        ),
        spec(
            "targets",
            "目标完成情况",
            ChartBody::StackedBars(StackedBarChart {
                y_unit: "%".into(),
                segment_names: vec!["减贫人口".into()],
                bars: vec![bar("2015", "", false, &[(133.7, "18858人")], "完成133.7%")],
                reference: reference(100.0, "目标100%"),
                overlay: None,
            }),
        ),
        spec(
            "funds-cum",
            "扶贫资金和累计投入",
            ChartBody::StackedBars(StackedBarChart {
                y_unit: "亿元".into(),
                segment_names: vec!["财政扶贫资金".into(), "各行业项目资金".into()],
                bars: vec![
                    bar(
                        "2015",
                        "",
                        false,
                        &[(4.34, "4.34亿元"), (8.89, "8.89亿元")],
                        "13.23亿元",
                    ),
                    bar(
                        "2016",
                        "",
                        false,
                        &[(5.1, "5.1亿元"), (6.2, "6.2亿元")],
                        "11.3亿元",
                    ),
                    bar(
                        "2017",
                        "",
                        false,
                        &[(3.0, "3亿元"), (2.5, "2.5亿元")],
                        "5.5亿元",
                    ),
                ],
                reference: None,
                overlay: Some(Overlay {
                    name: "累计投入".into(),
                    points: segs(&[
                        (13.23, "13.23亿元"),
                        (24.53, "24.53亿元"),
                        (30.03, "30.03亿元"),
                    ]),
                    first_unlabelled: true,
                }),
            }),
        ),
        spec(
            "guides20",
            "二十根柱、目标和累计",
            ChartBody::StackedBars(StackedBarChart {
                y_unit: "亿元".into(),
                segment_names: vec!["财政扶贫资金".into()],
                bars: (0..20)
                    .map(|i| {
                        let v = 1.5 * f64::from(i + 1);
                        bar(
                            &format!("{}", 2001 + i),
                            "",
                            false,
                            &[(v, "x")],
                            &format!("{v:.1}亿元"),
                        )
                    })
                    .collect(),
                reference: reference(20.0, "目标20亿元"),
                overlay: Some(Overlay {
                    name: "累计投入".into(),
                    points: segs(
                        &cumulative
                            .iter()
                            .map(|(v, l)| (*v, l.as_str()))
                            .collect::<Vec<_>>(),
                    ),
                    first_unlabelled: true,
                }),
            }),
        ),
    ]
}

/// A spec with the common fields filled in.
fn spec(id: &str, title: &str, body: ChartBody) -> ChartSpec {
    ChartSpec {
        id: id.into(),
        title: title.into(),
        description: format!("{title}的示例图。"),
        height: 320,
        width: xiaokang::chart::WIDTH,
        body,
    }
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/tmp/xk-gallery".into());
    std::fs::create_dir_all(&dir).expect("create output folder");
    let names = [
        "科左后旗",
        "白银区",
        "碌曲县",
        "康乐县",
        "德令哈市",
        "内蒙古自治区通辽市科尔沁",
        "甘南藏族自治州碌曲县城关",
    ];
    let many: Vec<LineSeries> = (0..20)
        .map(|i| {
            let name = format!(
                "{}{}",
                names[i % names.len()],
                "某某乡镇村组合作社".chars().take(i % 8).collect::<String>()
            );
            let name: String = name.chars().take(14).collect();
            let pts: Vec<(i32, f64, String)> = (2014..=2020)
                .map(|y| {
                    let v = ((20 - i) as f64 * 0.9 - (y - 2014) as f64 * (1.0 + i as f64 * 0.1))
                        .max(0.0);
                    (y, v, format!("{v:.2}%"))
                })
                .collect();
            let pts: Vec<(i32, f64, &str)> =
                pts.iter().map(|(y, v, l)| (*y, *v, l.as_str())).collect();
            series(&name, &pts)
        })
        .collect();
    let years: Vec<(i32, f64, String)> = (2001..=2020)
        .map(|y| {
            (
                y,
                (2020 - y) as f64 * 1.3,
                format!("{:.1}%", (2020 - y) as f64 * 1.3),
            )
        })
        .collect();
    let years: Vec<(i32, f64, &str)> = years.iter().map(|(y, v, l)| (*y, *v, l.as_str())).collect();
    let charts = vec![
        spec(
            "rate",
            "贫困发生率",
            ChartBody::Lines(LineChart {
                y_unit: "%".into(),
                series: vec![
                    series(
                        "科左后旗",
                        &[
                            (2014, 11.0, "11%"),
                            (2018, 1.23, "1.23%"),
                            (2020, 0.0, "0%"),
                        ],
                    ),
                    series(
                        "白银区",
                        &[
                            (2014, 8.61, "8.61%"),
                            (2016, 4.2, "4.2%"),
                            (2018, 1.1, "1.1%"),
                        ],
                    ),
                ],
                target: None,
            }),
        ),
        spec(
            "two",
            "两点",
            ChartBody::Lines(LineChart {
                y_unit: "%".into(),
                series: vec![series(
                    "科左后旗",
                    &[(2014, 11.0, "11%"), (2018, 1.23, "1.23%")],
                )],
                target: None,
            }),
        ),
        spec(
            "years20",
            "二十年",
            ChartBody::Lines(LineChart {
                y_unit: "%".into(),
                series: vec![series("碌曲县", &years)],
                target: None,
            }),
        ),
        spec(
            "many",
            "二十个地区",
            ChartBody::Lines(LineChart {
                y_unit: "%".into(),
                series: many,
                target: None,
            }),
        ),
        spec(
            "funds",
            "扶贫资金",
            ChartBody::StackedBars(StackedBarChart {
                y_unit: "亿元".into(),
                segment_names: vec![
                    "财政扶贫资金".into(),
                    "各行业项目资金".into(),
                    "扶贫开发专项资金".into(),
                ],
                bars: vec![
                    bar(
                        "2013—2015",
                        "三年合计",
                        true,
                        &[(0.0, ""), (0.0, ""), (0.8231, "0.82亿元")],
                        "0.82亿元",
                    ),
                    bar(
                        "2015",
                        "",
                        false,
                        &[(4.34, "4.34亿元"), (8.89, "8.89亿元"), (0.0, "")],
                        "13.23亿元",
                    ),
                    bar(
                        "2016",
                        "",
                        false,
                        &[(0.0, ""), (0.0, ""), (0.0, "")],
                        "0亿元",
                    ),
                ],
                reference: None,
                overlay: None,
            }),
        ),
        spec(
            "projects",
            "项目进展",
            ChartBody::StackedBars(StackedBarChart {
                y_unit: "个".into(),
                segment_names: vec![
                    "已完工".into(),
                    "在建".into(),
                    "招投标".into(),
                    "前期".into(),
                ],
                bars: vec![bar(
                    "第一、二批",
                    "",
                    false,
                    &[(27.0, "27个"), (11.0, "11个"), (4.0, "4个"), (34.0, "34个")],
                    "完成35.5%",
                )],
                reference: None,
                overlay: None,
            }),
        ),
        spec(
            "bars20",
            "二十根柱",
            ChartBody::StackedBars(StackedBarChart {
                y_unit: "万元".into(),
                segment_names: vec!["扶贫开发专项资金".into(), "各行业项目资金".into()],
                bars: (0..20)
                    .map(|i| {
                        bar(
                            &format!("{}", 2001 + i),
                            if i % 3 == 0 { "三年合计" } else { "" },
                            i % 3 == 0,
                            &[
                                (1000.0 + i as f64 * 400.0, "1000万元"),
                                (500.0 * (i % 4) as f64, "500万元"),
                            ],
                            "12345万元",
                        )
                    })
                    .collect(),
                reference: None,
                overlay: None,
            }),
        ),
        spec(
            "long",
            "长标签",
            ChartBody::StackedBars(StackedBarChart {
                y_unit: "万元".into(),
                segment_names: vec!["扶贫开发专项资金".into()],
                bars: [
                    "内蒙古自治区通辽市科尔沁",
                    "甘南藏族自治州碌曲县城关镇",
                    "第一、二批",
                    "光伏",
                    "2013—2015",
                ]
                .iter()
                .map(|l| {
                    bar(
                        l,
                        "三年合计",
                        l.contains("—"),
                        &[(8231.0, "8231万元")],
                        "8231万元",
                    )
                })
                .collect(),
                reference: None,
                overlay: None,
            }),
        ),
    ];
    let mut charts = charts;
    charts.extend(extension_charts());
    let mut page = String::from(
        "<!doctype html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:16px\">\n",
    );
    for c in &charts {
        let svg = chart::draw(c).unwrap_or_else(|e| panic!("{}: {e}", c.id));
        std::fs::write(format!("{dir}/{}.svg", c.id), &svg).expect("write svg");
        let inline = svg.replacen("<svg ", "<svg style=\"width:100%;height:auto\" ", 1);
        let _ = writeln!(
            page,
            "<h2>{}</h2><div style=\"width:343px\">{inline}</div>",
            c.title
        );
    }
    page.push_str("</body></html>\n");
    std::fs::write(format!("{dir}/page.html"), page).expect("write page");
    println!("wrote {} charts to {dir}", charts.len());
}
