//! 长者模式 (the elder-friendly mode), measured in headless Chromium from `file://`:
//! `tests/elder_probe.js` presses the header's switch, measures computed styles, the
//! contrast of every visible text, the layout and the charts' labels, follows links and
//! reads the state on the page they open. The figures are those of the issue, after
//! 工信部《互联网网站适老化通用设计规范》: body text at least 18 pt (24 px), line spacing
//! at least 1.3, contrast at least 4.5:1, one column.

use crate::common::{chromium, Fixture};
use serde_json::Value;
use std::path::Path;

/// How the browser treats the page.
#[derive(Clone, Copy, PartialEq)]
enum How {
    /// As browsers do by default.
    Scripts,
    /// JavaScript turned off.
    NoScripts,
    /// No `localStorage` (as some browsers on `file://`, or one that refuses it).
    NoStorage,
}

/// Opens `page` of the built site `out` in an iframe `width` px wide and runs `steps`
/// (see tests/elder_probe.js) in it. One record per "measure", "state" or "follow:" step.
fn run(browser: &Path, out: &Path, page: &str, width: u32, how: How, steps: &[&str]) -> Vec<Value> {
    let tmp = tempfile::tempdir().expect("temp dir");
    let src = format!("file://{}", out.join(page).display());
    // A sandbox without allow-scripts runs none of the page's scripts, yet lets the
    // wrapper (same origin) read its layout.
    let sandbox = if how == How::NoScripts {
        r#" sandbox="allow-same-origin""#
    } else {
        ""
    };
    let wrapper = format!(
        "<!doctype html><html><body>\
         <iframe id=\"f\"{sandbox} src=\"{src}\" style=\"width:{width}px;height:900px;border:0\"></iframe>\
         <script>var STEPS = {steps};\n{probe}</script></body></html>",
        steps = serde_json::to_string(steps).expect("steps"),
        probe = include_str!("elder_probe.js"),
    );
    let file = tmp.path().join("wrapper.html");
    std::fs::write(&file, wrapper).expect("wrapper");
    let o = crate::common::headless_probe(browser, &tmp.path().join("profile"), 20000)
        .arg("--window-size=1400,1000")
        .args((how == How::NoStorage).then_some("--disable-local-storage"))
        .arg(format!("file://{}", file.display()))
        .output()
        .expect("chromium runs");
    let dom = String::from_utf8_lossy(&o.stdout);
    let json = crate::common::probe_result(&dom)
        .unwrap_or_else(|| panic!("the probe did not finish on {page}: {dom}"));
    let records: Vec<Value> = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
    for r in &records {
        assert!(r.get("error").is_none(), "{page} @{width}px: {r:#}");
    }
    records
}

fn example() -> Fixture {
    let f = Fixture::example();
    f.build().unwrap_or_else(|d| panic!("{d}"));
    f
}

/// The issue's measurements of one page in the mode.
fn assert_elder(r: &Value, width: u32) {
    let at = format!("{} @{width}px", r["page"]);
    eprintln!(
        "{at}: body {} px, line spacing {}, {} texts, lowest contrast {}, {} cards in {} column(s), smallest chart label {} px",
        r["body_font_px"],
        r["line_spacing"]["min"],
        r["texts"],
        r["min_contrast"],
        r["columns"]["cards"],
        r["columns"]["card_columns"],
        r["charts"]["smallest_label_px"]
    );
    assert_eq!(r["elder"], true, "{at}: the mode is off: {r:#}");
    assert_eq!(
        r["pressed"], "true",
        "{at}: the switch is not pressed: {r:#}"
    );
    assert!(
        r["body_font_px"].as_f64().unwrap() >= 24.0,
        "{at}: body text below 24 px: {r:#}"
    );
    let spacing = &r["line_spacing"];
    assert!(
        spacing["min"].as_f64().unwrap() >= 1.3,
        "{at}: line spacing below 1.3: {spacing}"
    );
    assert!(
        r["texts"].as_u64().unwrap() > 20,
        "{at}: too few texts measured: {r:#}"
    );
    assert_eq!(
        r["low_contrast"],
        serde_json::json!([]),
        "{at}: text below 4.5:1"
    );
    let columns = &r["columns"];
    assert!(
        columns["card_columns"].as_u64().unwrap() <= 1,
        "{at}: cards side by side: {columns}"
    );
    assert_eq!(
        columns["nav_below_title"], true,
        "{at}: the header is not one column"
    );
    assert_eq!(
        r["cut_tables"],
        serde_json::json!([]),
        "{at}: tables cut off"
    );
    let charts = &r["charts"];
    assert_eq!(
        charts["problems"],
        serde_json::json!([]),
        "{at}: chart labels"
    );
}

#[test]
fn the_switch_turns_the_mode_on_and_it_holds_on_the_next_page() {
    let Some(browser) = chromium("the 长者模式 measurements") else {
        return;
    };
    let f = example();
    for width in [375, 1280] {
        let rs = run(
            &browser,
            &f.out(),
            "regions/kezuohouqi/index.html",
            width,
            How::Scripts,
            &["state", "switch", "measure", "follow:.crumbs a", "measure"],
        );
        let [before, on, followed, next] = &rs[..] else {
            panic!("four records: {rs:#?}")
        };
        assert_eq!(before["elder"], false, "the mode starts off: {before:#}");
        assert_eq!(before["pressed"], "false");
        assert_eq!(before["button_shown"], true);
        assert_eq!(
            before["zoom_note_shown"], false,
            "with scripts the switch is a button"
        );
        assert!(before["body_font_px"].as_f64().unwrap() < 24.0);
        assert_elder(on, width);
        assert!(on["columns"]["cards"].as_u64().unwrap() >= 3, "{on:#}");
        // The breadcrumb's first link is the home page; the state goes with it.
        assert_eq!(followed["followed"], "../../index.html?elder=1");
        let page = next["page"].as_str().unwrap();
        assert!(page.ends_with("output/index.html"), "{page}");
        assert_elder(next, width);
        // Chart labels grow with the mode: drawn at 15-16 units, shown at their drawn size
        // or larger (in the normal mode a phone shows them at about 9 px).
        let smallest = on["charts"]["smallest_label_px"].as_f64().unwrap();
        assert!(
            smallest >= if width < 600 { 14.9 } else { 20.0 },
            "@{width}px: {smallest}"
        );
        // A story with a table of its own, and the booklet's twin (no masthead).
        for page in ["news/wuxian-duibi/index.html", "booklet/index.html"] {
            let rs = run(
                &browser,
                &f.out(),
                page,
                width,
                How::Scripts,
                &["switch", "measure"],
            );
            assert_elder(&rs[0], width);
        }
    }
}

#[test]
fn the_mode_is_left_as_the_reader_turned_it() {
    let Some(browser) = chromium("the 长者模式 measurements") else {
        return;
    };
    let f = example();
    let rs = run(
        &browser,
        &f.out(),
        "index.html",
        1280,
        How::Scripts,
        &[
            "switch",
            "follow:.tree a",
            "state",
            "switch",
            "state",
            "follow:.brand",
            "state",
        ],
    );
    let [_, on, off, _, after] = &rs[..] else {
        panic!("five records: {rs:#?}")
    };
    assert_eq!(on["elder"], true, "{on:#}");
    assert_eq!(on["search"], "?elder=1");
    // In the mode every chart's table is open; turned off, they close again.
    let tables = on["chart_tables"][1].as_u64().unwrap();
    assert!(tables > 0, "{on:#}");
    assert_eq!(on["chart_tables"][0], tables, "{on:#}");
    assert_eq!(off["chart_tables"][0], 0, "{off:#}");
    assert_eq!(off["elder"], false, "{off:#}");
    assert_eq!(off["pressed"], "false");
    // Turned off, the address no longer asks for the mode, and the next page is normal.
    assert_eq!(off["search"], "");
    assert_eq!(after["elder"], false, "{after:#}");
    assert_eq!(after["search"], "");
}

#[test]
fn an_address_with_the_mode_opens_in_the_mode() {
    let Some(browser) = chromium("the 长者模式 measurements") else {
        return;
    };
    let f = example();
    // A fresh browser profile: nothing stored, only the address says so.
    let page = "regions/kezuohouqi/index.html?elder=1";
    let rs = run(&browser, &f.out(), page, 375, How::Scripts, &["state"]);
    assert_eq!(rs[0]["elder"], true, "{:#}", rs[0]);
    assert_eq!(rs[0]["pressed"], "true");
}

#[test]
fn without_storage_the_address_keeps_the_mode() {
    let Some(browser) = chromium("the 长者模式 measurements") else {
        return;
    };
    let f = example();
    let steps = [
        "switch",
        "follow:.tree a",
        "state",
        "follow:.crumbs a",
        "state",
    ];
    let rs = run(
        &browser,
        &f.out(),
        "index.html",
        1280,
        How::NoStorage,
        &steps,
    );
    let [_, region, _, home] = &rs[..] else {
        panic!("four records: {rs:#?}")
    };
    for r in [region, home] {
        assert_eq!(r["elder"], true, "{r:#}");
        assert_eq!(r["pressed"], "true");
        assert_eq!(r["search"], "?elder=1");
    }
}

#[test]
fn without_scripts_the_page_reads_as_usual_and_says_how_to_zoom() {
    let Some(browser) = chromium("the 长者模式 measurements") else {
        return;
    };
    let f = example();
    let rs = run(
        &browser,
        &f.out(),
        "regions/kezuohouqi/index.html",
        375,
        How::NoScripts,
        &["measure"],
    );
    let r = &rs[0];
    assert_eq!(r["elder"], false, "{r:#}");
    assert_eq!(
        r["button_shown"], false,
        "a button that does nothing is hidden"
    );
    assert_eq!(
        r["zoom_note_shown"], true,
        "the note on zooming is shown instead"
    );
    assert_eq!(r["low_contrast"], serde_json::json!([]), "text below 4.5:1");
    let html = std::fs::read_to_string(f.out().join("regions/kezuohouqi/index.html")).unwrap();
    assert!(html.contains("<summary>长者模式</summary><p>放大文字：电脑上按住 Ctrl 键再按 + 键"));
}
