//! Chart labels as a reader sees them, read back from every drawn chart of a site (as
//! pagecheck reads pages): no two texts overlap, none covers a marker or lies on a line
//! or is turned sideways, and every bar (of a comparison, a ranking of falls, any bar
//! chart) has its figure.

use crate::common::Fixture;
use std::path::Path;
use xiaokang::chart::inspect;

/// A prefecture of six counties with rates for 2016–2020, close together at 2016 (as
/// 临夏州's are), one of them with 减贫 figures for each year.
fn six_counties() -> Fixture {
    let f = Fixture::new();
    f.write(
        "content/regions/sheng/zhou/region.yaml",
        "name: 临夏回族自治州\nlevel: 州\n",
    );
    let counties: [(&str, &str, [&str; 5]); 6] = [
        (
            "dongxiang",
            "东乡族自治县",
            ["15.62", "12.1", "9.3", "5.2", "0.8"],
        ),
        (
            "jishishan",
            "积石山保安族东乡族撒拉族自治县",
            ["15.91", "12.6", "8.8", "4.9", "0.6"],
        ),
        (
            "linxiaxian",
            "临夏县",
            ["14.53", "11.2", "8.1", "4.1", "0.5"],
        ),
        ("kangle", "康乐县", ["12.35", "9.8", "6.6", "3.3", "0.4"]),
        ("hezheng", "和政县", ["10.02", "8.1", "5.9", "2.2", "0.3"]),
        ("guanghe", "广河县", ["18.47", "14.9", "10.2", "6.1", "0.9"]),
    ];
    for (id, name, rates) in counties {
        let mut yaml = format!(
            "name: {name}\nlevel: 县\nsource: {name}扶贫办《脱贫攻坚工作总结》\npoverty:\n"
        );
        for (year, rate) in (2016..).zip(rates) {
            yaml.push_str(&format!("  - {{ year: {year}, rate: {rate}% }}\n"));
        }
        if id == "dongxiang" {
            yaml.push_str(
                "lifted:\n  - { year: 2016, households: 1307, people: 5230 }\n  - { year: 2017, households: 1530, people: 6120 }\n  - { year: 2018, households: 1835, people: 7340 }\n  - { year: 2019, households: 2003, people: 8012 }\n  - { year: 2020, households: 912, people: 3650 }\n",
            );
        }
        f.write(
            &format!("content/regions/sheng/zhou/{id}/region.yaml"),
            &yaml,
        );
    }
    f
}

/// Every chart SVG under `out/charts`, by its path there.
fn charts(out: &Path) -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = walkdir::WalkDir::new(out.join("charts"))
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "svg"))
        .map(|e| {
            let rel = e.path().strip_prefix(out).unwrap().display().to_string();
            (rel, std::fs::read_to_string(e.path()).unwrap())
        })
        .collect();
    all.sort();
    all
}

/// Asserts every chart under `out` reads cleanly; returns how many there are.
fn assert_charts_read_cleanly(out: &Path) -> usize {
    let all = charts(out);
    let mut found = Vec::new();
    for (path, svg) in &all {
        let mut p = inspect::problems(svg);
        p.extend(inspect::unlabelled_bars(svg));
        found.extend(p.into_iter().map(|p| format!("{path}: {p}")));
    }
    assert!(
        found.is_empty(),
        "{} problems:\n{}",
        found.len(),
        found.join("\n")
    );
    all.len()
}

#[test]
fn six_counties_charts_read_cleanly() {
    let f = six_counties();
    f.build().unwrap_or_else(|d| panic!("{d}"));
    // The rates compared, the falls ranked on the home page, the five years of 减贫.
    for chart in [
        "charts/zhou/children-poverty-rate.svg",
        "charts/site/rate-decline.svg",
        "charts/dongxiang/poor-population.svg",
    ] {
        assert!(f.out().join(chart).is_file(), "{chart} not drawn");
    }
    assert!(assert_charts_read_cleanly(&f.out()) >= 10);
}

#[test]
fn the_inspector_finds_what_it_looks_for() {
    // Two texts on one spot, a turned one, one over a marker, one on a line, a bar
    // without its figure.
    let svg = "<svg viewBox=\"0 0 600 300\">\n\
        <polyline fill=\"none\" stroke=\"#0B5C9E\" stroke-width=\"3\" points=\"150,60 250,60 \"/>\n\
        <text x=\"200\" y=\"50\" dy=\"0.76em\" text-anchor=\"middle\" font-size=\"15\">14.53%</text>\n\
        <circle cx=\"100\" cy=\"100\" r=\"5\" fill=\"#B8232F\"/>\n\
        <rect x=\"300\" y=\"100\" width=\"40\" height=\"150\" fill=\"#B8232F\"/>\n\
        <text x=\"100\" y=\"94\" dy=\"0.76em\" text-anchor=\"middle\" font-size=\"15\">15.62%</text>\n\
        <text x=\"104\" y=\"90\" dy=\"0.76em\" text-anchor=\"middle\" font-size=\"15\">15.91%</text>\n\
        <text x=\"50\" y=\"200\" dy=\"0.76em\" text-anchor=\"end\" font-size=\"16\" transform=\"rotate(270, 50, 200)\">东乡族自治县</text>\n\
        <g class=\"xk-tips\" fill=\"transparent\">\n\
        <rect x=\"300.0\" y=\"100.0\" width=\"40.0\" height=\"150.0\"><title>广河县 降幅: 18.47%→0.9%</title></rect>\n\
        </g>\n</svg>\n";
    let p = inspect::problems(svg).join("\n");
    assert!(p.contains("\"15.62%\" overlaps \"15.91%\""), "{p}");
    assert!(p.contains("\"15.62%\" covers a marker"), "{p}");
    assert!(p.contains("\"东乡族自治县\" is turned sideways"), "{p}");
    assert!(p.contains("\"14.53%\" lies on a line"), "{p}");
    assert!(!p.contains("\"15.91%\" lies on a line"), "{p}");
    let u = inspect::unlabelled_bars(svg);
    assert_eq!(u.len(), 1, "{u:?}");
    assert!(u[0].contains("广河县"));
    // Its figure above it, and the bar is labelled.
    let labelled = svg.replace(
        "<g class",
        "<text x=\"320\" y=\"80\" dy=\"0.76em\" text-anchor=\"middle\" font-size=\"15\">下降17.57个百分点</text>\n<g class",
    );
    assert!(inspect::unlabelled_bars(&labelled).is_empty());
}

#[test]
fn example_site_charts_read_cleanly() {
    let f = Fixture::example();
    f.build().unwrap_or_else(|d| panic!("{d}"));
    assert!(assert_charts_read_cleanly(&f.out()) >= 20);
}

#[test]
fn reviewed_snapshots_read_cleanly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let mut found = Vec::new();
    for e in std::fs::read_dir(&dir).unwrap().flatten() {
        let svg = std::fs::read_to_string(e.path()).unwrap();
        let name = e.file_name().to_string_lossy().to_string();
        let mut p = inspect::problems(&svg);
        p.extend(inspect::unlabelled_bars(&svg));
        found.extend(p.into_iter().map(|p| format!("{name}: {p}")));
    }
    assert!(
        found.is_empty(),
        "{} problems:\n{}",
        found.len(),
        found.join("\n")
    );
}
