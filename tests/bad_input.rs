//! Every kind of bad input: the build stops (or warns) with file:line:column, what was
//! expected and a hint.

use crate::common::{assert_has, Fixture, COUNTY};

const REGION: &str = "content/regions/sheng/xian/region.yaml";

fn with_county(replace: &str, by: &str) -> Fixture {
    let f = Fixture::new();
    assert!(
        COUNTY.contains(replace),
        "fixture text {replace:?} not found"
    );
    f.write(REGION, &COUNTY.replacen(replace, by, 1));
    f
}

#[test]
fn yaml_syntax_error_names_file_and_line() {
    let f = with_county(
        "  - { year: 2018, households: 1375,",
        "  - { year: 2018 households: 1375,",
    );
    let e = f.errors();
    assert_has(
        &e,
        &[
            "the YAML is not well formed",
            "content/regions/sheng/xian/region.yaml:7:",
        ],
    );
}

#[test]
fn tabs_in_yaml_get_a_hint() {
    let f = with_county("level: 县\n", "level: 县\n\tbad: x\n");
    assert_has(&f.errors(), &["not well formed", "tabs"]);
}

#[test]
fn unknown_key_suggests_the_right_one() {
    let f = with_county(
        "{ year: 2014, households: 13065",
        "{ year: 2014, househlds: 13065",
    );
    assert_has(
        &f.errors(),
        &[
            "unknown key `househlds` in a `poverty` row",
            "region.yaml:6:19",
            "did you mean `households`?",
            "expected: one of `year`, `households`, `people`, `rate`, `cite`, `as_of`, `wording` or `note`",
        ],
    );
}

#[test]
fn unknown_top_level_key() {
    let f = with_county("level: 县\n", "level: 县\npovrety: []\n");
    assert_has(
        &f.errors(),
        &[
            "unknown key `povrety` in region.yaml",
            "region.yaml:4:1",
            "did you mean `poverty`?",
        ],
    );
}

#[test]
fn section_of_wrong_type() {
    let f = with_county(
        "lifted:\n  - { period: 2014-2018, households: 11690, people: 30285 }",
        "lifted: 30285",
    );
    assert_has(
        &f.errors(),
        &[
            "`lifted` should be a list, found a single value",
            "region.yaml:8:9",
            "start each row with `- `",
        ],
    );
}

#[test]
fn row_of_wrong_type() {
    let f = with_county(
        "  - { year: 2014, households: 13065, people: 34261, rate: 11% }",
        "  - 2014",
    );
    assert_has(
        &f.errors(),
        &[
            "a `poverty` row should be a mapping of keys, found a single value",
            "region.yaml:6:5",
        ],
    );
}

#[test]
fn money_written_as_count() {
    let f = with_county("amount: 4.34亿元", "amount: 4.34亿人");
    assert_has(
        &f.errors(),
        &[
            "`amount`: `4.34亿人` is not an amount of money",
            "region.yaml:13:43",
            "expected: an amount such as `8231万元`",
        ],
    );
}

#[test]
fn count_that_is_not_whole() {
    let f = with_county("target: 1.41万", "target: 1.41235万");
    assert_has(
        &f.errors(),
        &[
            "`target`: `1.41235万` is 14123.5 after scaling, not a whole number",
            "region.yaml:11:48",
        ],
    );
}

#[test]
fn count_in_the_wrong_unit() {
    let f = with_county("households: 1375,", "households: 1375人,");
    assert_has(
        &f.errors(),
        &[
            "`1375人` is counted in 人, but this figure is counted in 户",
            "region.yaml:7:",
        ],
    );
}

#[test]
fn rate_above_one_hundred() {
    let f = with_county("rate: 1.23%", "rate: 123%");
    assert_has(
        &f.errors(),
        &[
            "`rate`: `123%` is above 100%",
            "region.yaml:7:",
            "misplaced decimal point",
        ],
    );
}

#[test]
fn unknown_status_lists_the_accepted_ones() {
    let f = with_county("status: completed }", "status: complete }");
    assert_has(&f.errors(), &[
        "`status`: `complete` is not a project status",
        "region.yaml:16:43",
        "`completed` / `已完工`, `in_progress` / `在建`, `tendering` / `招投标`, `planning` / `前期`",
        "did you mean `completed`?",
    ]);
}

#[test]
fn status_counts_must_add_up_to_total() {
    let f = with_county("total: 76", "total: 77");
    assert_has(
        &f.errors(),
        &[
            "batch `第一、二批` states 77 projects, but its status counts add up to 76",
            "region.yaml:21:12",
        ],
    );
}

#[test]
fn villages_share_cannot_exceed_amount() {
    let f = with_county("to_poor_villages: 2.76亿元", "to_poor_villages: 27.6亿元");
    assert_has(
        &f.errors(),
        &[
            "`to_poor_villages` (27.6亿元) is more than the fund's `amount` (4.34亿元)",
            "region.yaml:13:69",
        ],
    );
}

#[test]
fn duplicated_year() {
    let f = with_county(
        "  - { year: 2018, households: 1375,",
        "  - { year: 2014, households: 1375,",
    );
    assert_has(
        &f.errors(),
        &[
            "the `poverty` year `2014` is given twice",
            "region.yaml:7:5",
        ],
    );
}

#[test]
fn households_more_than_people() {
    let f = with_county(
        "households: 13065, people: 34261",
        "households: 34261, people: 13065",
    );
    assert_has(
        &f.errors(),
        &["2014: 34261 households but only 13065 people", "swapped"],
    );
}

#[test]
fn lifted_differing_from_poverty_rows_is_a_warning() {
    let f = with_county(
        "households: 11690, people: 30285",
        "households: 11000, people: 30285",
    );
    let report = f.build().expect("a warning does not stop the build");
    let w = report.diagnostics.to_string();
    assert_has(&w, &["warning: `lifted` households for 2014-2018 is 11000户, but the `poverty` rows of 2014 and 2018 differ by 11690户", "region.yaml:9:5", "re-identified"]);
}

#[test]
fn a_province_total_that_its_counties_do_not_add_up_to_is_a_warning() {
    let f = Fixture::new();
    // The fixture's county has 3976 people in 2018; a second county has 1000.
    f.write(
        "content/regions/sheng/region.yaml",
        "name: 测试省\nlevel: 省\nsource: 测试省统计年鉴\npoverty:\n  - { year: 2018, households: 1675, people: 5200 }\n",
    );
    f.write(
        "content/regions/sheng/xian2/region.yaml",
        "name: 第二县\nsource: 第二县扶贫办\npoverty:\n  - { year: 2018, households: 300, people: 1000 }\n",
    );
    let report = f.build().expect("a warning does not stop the build");
    let w = report.diagnostics.to_string();
    assert_has(
        &w,
        &[
            "warning: `poverty` people for 2018 is 5200人 here, but the regions under it (2) add up to 4976人",
            "--> content/regions/sheng/region.yaml:5:5",
            "expected: 4976人, the sum of the regions under it; the first of them is 测试县, at content/regions/sheng/xian/region.yaml:7:5",
            "if this total comes from an older report, update it here",
        ],
    );
    // The households agree (1375 + 300): one warning, not two.
    assert_eq!(
        w.matches("the regions under it (2) add up to").count(),
        1,
        "{w}"
    );
}

#[test]
fn missing_required_key() {
    let f = with_county("name: 测试县\n", "");
    assert_has(
        &f.errors(),
        &["this region has no `name`", "add it, e.g. `name: 碌曲县`"],
    );
}

#[test]
fn fund_without_year_or_period() {
    let f = with_county(
        "{ year: 2015, source: 财政扶贫资金",
        "{ source: 财政扶贫资金",
    );
    assert_has(
        &f.errors(),
        &[
            "this `funds` row does not say when its figures were true",
            "region.yaml:13:5",
            "expected: `year` or `period`, or else `as_of` or `wording`",
            "if it gives none, write how it puts it, e.g. `wording: 近三年来`",
            "if it says nothing of when, `as_of: 未注明`",
        ],
    );
}

#[test]
fn bad_period() {
    let f = with_county("period: 2014-2018", "period: 2018-2014");
    assert_has(
        &f.errors(),
        &[
            "`period`: `2018-2014` ends before it starts",
            "write it as 2014-2018",
        ],
    );
}

#[test]
fn duplicate_region_ids_name_both_folders() {
    let f = Fixture::new();
    f.write("content/regions/other/region.yaml", "name: 另一省\n");
    f.write("content/regions/other/xian/region.yaml", "name: 重名县\n");
    assert_has(
        &f.errors(),
        &[
            "region id `xian` is used twice",
            "content/regions/other/xian",
            "content/regions/sheng/xian",
        ],
    );
}

#[test]
fn region_folder_without_region_yaml() {
    let f = Fixture::new();
    f.write("content/regions/sheng/empty/notes.txt", "x");
    assert_has(
        &f.errors(),
        &[
            "this region folder has no region.yaml",
            "content/regions/sheng/empty",
        ],
    );
}

#[test]
fn missing_site_yaml_and_title() {
    let f = Fixture::new();
    std::fs::remove_file(f.root().join("content/site.yaml")).unwrap();
    assert_has(
        &f.errors(),
        &["content/site.yaml", "the site settings file is missing"],
    );
    f.write("content/site.yaml", "subtitle: x\n");
    assert_has(&f.errors(), &["site.yaml has no `title`"]);
}

#[test]
fn unknown_language() {
    let f = Fixture::new();
    f.write("content/site.yaml", "title: t\nlanguage: zh-cm\n");
    assert_has(
        &f.errors(),
        &[
            "unknown language `zh-cm`",
            "site.yaml:2:11",
            "did you mean `zh-CN`?",
        ],
    );
}

#[test]
fn not_utf8_suggests_iconv() {
    let f = Fixture::new();
    // "名称" in GBK.
    f.write_bytes(REGION, &[0xC3, 0xFB, 0xB3, 0xC6, b':', b' ', b'x', b'\n']);
    assert_has(
        &f.errors(),
        &["the file is not UTF-8 text", "iconv -f GBK -t UTF-8"],
    );
}

const STORY: &str = "content/regions/sheng/xian/gushi.md";

fn with_story(body: &str) -> Fixture {
    let f = Fixture::new();
    f.write(
        STORY,
        &format!("---\ntitle: 测试报道\ndate: 2018-12-05\n---\n\n{body}"),
    );
    f
}

#[test]
fn unknown_figure_reference_names_story_line() {
    let f = with_story("第一段。\n\n贫困人口{{ poverty.2015.people }}。\n");
    assert_has(
        &f.errors(),
        &[
            "unknown figure reference `poverty.2015.people`",
            "there is no `poverty` row for `2015`",
            "gushi.md:8:5",
            "expected: `2014`, `2018`, `first` or `latest`",
        ],
    );
}

#[test]
fn reference_to_unknown_region() {
    let f = with_story("{{ xain:poverty.2014.rate }}\n");
    assert_has(
        &f.errors(),
        &[
            "there is no region `xain` (did you mean `xian`?)",
            "gushi.md:6:1",
        ],
    );
}

#[test]
fn chart_block_with_unknown_kind() {
    let f = with_story("```chart\nkind: povrty-rate\n```\n");
    assert_has(
        &f.errors(),
        &[
            "unknown chart kind `povrty-rate`",
            "gushi.md:7:7",
            "did you mean `poverty-rate`?",
            "`poverty-rate`, `poor-population`, `funds`, `credit`, `projects`, `targets`, `indicator` or `rate-decline`",
        ],
    );
}

#[test]
fn chart_block_with_unknown_region() {
    let f = with_story("```chart\nkind: poverty-rate\nregions: [xian, sheng2]\n```\n");
    assert_has(
        &f.errors(),
        &[
            "unknown region `sheng2` in a chart block",
            "gushi.md:8:17",
            "did you mean `sheng`?",
        ],
    );
}

#[test]
fn chart_block_without_data_names_the_block() {
    let f = with_story("text\n\n```chart\nkind: funds\nregions: [sheng]\n```\n");
    assert_has(
        &f.errors(),
        &[
            "this `funds` chart block has nothing to draw",
            "测试省 has no `funds` rows",
            "gushi.md:8:1",
        ],
    );
}

#[test]
fn chart_block_with_unknown_option() {
    let f = with_story("```chart\nkind: funds\nheigth: 400\n```\n");
    assert_has(
        &f.errors(),
        &[
            "unknown key `heigth` in a chart block",
            "gushi.md:8:1",
            "did you mean `height`?",
        ],
    );
}

#[test]
fn unclosed_front_matter() {
    let f = Fixture::new();
    f.write(STORY, "---\ntitle: 测试\n\n正文\n");
    assert_has(
        &f.errors(),
        &[
            "the front matter starts with `---` but never ends",
            "gushi.md:1:1",
        ],
    );
}

#[test]
fn bad_story_date() {
    let f = Fixture::new();
    f.write(STORY, "---\ntitle: 测试\ndate: 2018-02-30\n---\n正文\n");
    assert_has(&f.errors(), &["`2018-02-30` is not a date", "gushi.md:3:7"]);
}

#[test]
fn bad_time_after_a_story_date() {
    let f = Fixture::new();
    f.write(
        STORY,
        "---\ntitle: 测试\ndate: 2018-12-05 25:00\n---\n正文\n",
    );
    assert_has(
        &f.errors(),
        &[
            "`2018-12-05 25:00` is not a date",
            "gushi.md:3:7",
            "optionally followed by a time, e.g. `2018-12-05 09:30`",
        ],
    );
}

#[test]
fn all_errors_are_reported_in_one_run() {
    let f = with_county("rate: 1.23%", "rate: 123%");
    f.write(STORY, "---\ntitle: t\n---\n{{ nothing.here }}\n");
    f.write("content/site.yaml", "title: t\nthem: default\n");
    let e = f.errors();
    assert_has(
        &e,
        &[
            "is above 100%",
            "unknown figure reference `nothing.here`",
            "unknown key `them` in site.yaml",
        ],
    );
}

#[test]
fn failed_build_leaves_previous_output_untouched() {
    let f = Fixture::new();
    f.build().expect("first build");
    let before = f.read("regions/xian/index.html");
    f.write(REGION, &COUNTY.replace("rate: 11%", "rate: 110%"));
    f.errors();
    assert_eq!(f.read("regions/xian/index.html"), before);
    assert!(!f
        .root()
        .join(".output.xiaokang-new-".to_string() + &std::process::id().to_string())
        .exists());
}

#[test]
fn refuses_to_replace_a_folder_it_did_not_make() {
    let f = Fixture::new();
    f.write("output/thesis.docx", "precious");
    assert_has(
        &f.errors(),
        &[
            "refusing to replace",
            "not empty and was not made by xiaokang",
        ],
    );
    assert_eq!(
        std::fs::read_to_string(f.root().join("output/thesis.docx")).unwrap(),
        "precious"
    );
}

#[test]
fn refuses_to_write_over_the_site_itself() {
    let f = Fixture::new();
    let r = xiaokang::build(&xiaokang::BuildOptions {
        root: f.root().into(),
        out: Some(f.root().join("content")),
        drafts: false,
        booklet_only: false,
        pdfs: false,
    });
    assert_has(
        &r.unwrap_err().to_string(),
        &[
            "refusing to write the site into",
            "holds the site's own files",
        ],
    );
    assert!(f.root().join("content/site.yaml").exists());
}

#[test]
fn cli_exits_with_status_one_and_prints_locations() {
    let f = with_county("rate: 1.23%", "rate: 123%");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_xiaokang"))
        .args(["--lang", "en"])
        .args(["build", "--root"])
        .arg(f.root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_has(
        &stderr,
        &[
            "content/regions/sheng/xian/region.yaml:7:",
            "build failed: 1 error(s)",
            "previous output was left untouched",
        ],
    );
    let check = std::process::Command::new(env!("CARGO_BIN_EXE_xiaokang"))
        .args(["--lang", "en"])
        .args(["check", "--root"])
        .arg(f.root())
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(1));
    assert!(!f.out().exists(), "check writes nothing");
}

#[test]
fn a_region_folder_name_that_cannot_be_in_an_address_is_refused_with_a_clean_name() {
    let f = Fixture::new();
    f.write(
        "content/regions/sheng/碌曲 县/region.yaml",
        "name: 碌曲县\n",
    );
    let e = f.errors();
    assert_has(
        &e,
        &[
            "error: the region folder name `碌曲 县` cannot be part of a web address: it holds a space",
            "content/regions/sheng/碌曲 县",
            "hint: rename the folder, e.g. to `碌曲县`: a region's folder name is its id and its page's address (regions/碌曲县/)",
        ],
    );
}

#[test]
fn a_story_file_name_that_cannot_be_in_an_address_is_refused() {
    let f = Fixture::new();
    f.write(
        "content/regions/sheng/xian/第1期#简报.md",
        "---\ntitle: 简报\ndate: 2019-01-01\n---\n\n正文。\n",
    );
    let e = f.errors();
    assert_has(
        &e,
        &[
            "error: the story file name `第1期#简报` cannot be part of a web address: it holds `#`",
            "hint: rename the file, e.g. to `第1期简报.md`",
        ],
    );
}

#[test]
fn a_refused_value_is_one_error_at_its_place_not_again_where_it_is_cited() {
    let f = with_county("rate: 11%", "rate: 100.0001%");
    f.write(
        STORY,
        "---\ntitle: t\ndate: 2019-01-01\n---\n\n发生率{{ poverty.2014.rate }}，下降{{ poverty.rate_drop }}。\n\n```chart\nkind: rate-decline\n```\n",
    );
    let build = f.build();
    let d = build.expect_err("the build should fail");
    assert_eq!(d.error_count(), 1, "{d}");
    let e = d.to_string();
    assert_has(&e, &["is above 100%", "region.yaml:6:"]);
    assert!(!e.contains("unknown figure reference"), "{e}");
    assert!(!e.contains("nothing to draw"), "{e}");
}

#[test]
fn a_misnamed_reference_is_reported_even_when_its_regions_file_has_errors() {
    let f = with_county("rate: 11%", "rate: 100.0001%");
    f.write(STORY, "---\ntitle: t\n---\n{{ poverty.2014.rait }}\n");
    assert_has(
        &f.errors(),
        &["is above 100%", "`rait` is not a poverty figure"],
    );
}

#[test]
fn messages_come_site_yaml_first_then_data_then_stories() {
    let f = with_county("rate: 1.23%", "rate: 123%");
    f.write(STORY, "---\ntitle: t\n---\n{{ nothing.here }}\n");
    f.write("content/site.yaml", "title: t\nthem: default\n");
    let e = f.errors();
    let at = |s: &str| e.find(s).unwrap_or_else(|| panic!("{s} not in {e}"));
    assert!(at("content/site.yaml:2") < at("region.yaml:"), "{e}");
    assert!(at("region.yaml:") < at("gushi.md:"), "{e}");
}

/// A batch's `financed_by` names a loan of its region by its `credit` row's `kind`; any
/// other name is an error that lists the loans there are.
#[test]
fn batch_financed_by_an_unknown_loan() {
    let f = with_county(
        "    invested_so_far: 6.94亿元\n",
        "    invested_so_far: 6.94亿元\n    financed_by: 扶贫小额贷款\n",
    );
    assert_has(
        &f.errors(),
        &[
            "region.yaml:21:18",
            "batch `第一、二批` is financed by `扶贫小额贷款`, which is no `credit` row's `kind` in this region",
            "expected: the `kind` of a `credit` row of this region: `扶贫小额信贷`",
            "did you mean `扶贫小额信贷`?",
        ],
    );
    // A region with no loans at all says so.
    let f = with_county(
        "    invested_so_far: 6.94亿元\n",
        "    invested_so_far: 6.94亿元\n    financed_by: 国开行贷款\n",
    );
    std::fs::write(
        f.root().join(REGION),
        std::fs::read_to_string(f.root().join(REGION))
            .unwrap()
            .replace(
            "credit:\n  - { year: 2015, kind: 扶贫小额信贷, amount: 2.1亿元, households: 5100 }\n",
            "",
        ),
    )
    .unwrap();
    assert_has(
        &f.errors(),
        &[
            "batch `第一、二批` is financed by `国开行贷款`, which is no `credit` row's `kind` in this region",
            "expected: a `credit` row of this region with `kind: 国开行贷款`",
        ],
    );
}
