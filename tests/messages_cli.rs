//! The language of the command's messages: the site's `language:`, `--lang`, and
//! `XIAOKANG_LANG`, on a site whose region.yaml has a misspelt key.

use std::path::Path;
use std::process::Command;

/// A new site (`language: zh-CN`) with `people` misspelt in a `poverty` row.
fn bad_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    xiaokang::scaffold::new_site(dir.path()).expect("new site");
    let yaml = dir.path().join("content/regions/shili/region.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    assert!(text.contains("people: 3120"));
    std::fs::write(&yaml, text.replace("people: 3120", "peopel: 3120")).unwrap();
    dir
}

/// Runs `xiaokang build` on `root` with `args` before the subcommand and the given
/// `XIAOKANG_LANG`; returns stderr.
fn build(root: &Path, args: &[&str], env_lang: Option<&str>) -> String {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_xiaokang"));
    cmd.args(args).arg("build").arg("--root").arg(root);
    cmd.env_remove("XIAOKANG_LANG");
    if let Some(l) = env_lang {
        cmd.env("XIAOKANG_LANG", l);
    }
    let out = cmd.output().expect("run xiaokang");
    assert_eq!(out.status.code(), Some(1));
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn assert_lines(stderr: &str, lines: &[&str]) {
    for l in lines {
        assert!(
            stderr.lines().any(|x| x == *l),
            "missing line {l:?} in:\n{stderr}"
        );
    }
}

const ENGLISH: &[&str] = &[
    "error: unknown key `peopel` in a `poverty` row",
    "  = hint: did you mean `people`?",
    "build failed: 1 error(s), 0 warning(s); the previous output was left untouched",
];

#[test]
fn a_chinese_site_gets_its_errors_in_chinese() {
    let site = bad_site();
    let err = build(site.path(), &[], None);
    assert_lines(
        &err,
        &[
            "错误：`poverty` 的一行中没有 `peopel` 这个键",
            "  --> content/regions/shili/region.yaml:20:37",
            "  = 提示：是不是想写 `people`？",
            "生成失败：1 个错误，0 个警告；上次生成的内容没有改动",
        ],
    );
}

#[test]
fn lang_en_gives_english() {
    let site = bad_site();
    assert_lines(&build(site.path(), &["--lang", "en"], None), ENGLISH);
}

#[test]
fn the_environment_gives_english_too() {
    let site = bad_site();
    assert_lines(&build(site.path(), &[], Some("en")), ENGLISH);
}

#[test]
fn lang_zh_tw_gives_traditional_chinese() {
    let site = bad_site();
    let err = build(site.path(), &["--lang", "zh-TW"], Some("en"));
    assert_lines(
        &err,
        &[
            "錯誤：`poverty` 的一行中沒有 `peopel` 這個鍵",
            "  = 提示：是不是想寫 `people`？",
            "產生失敗：1 個錯誤，0 個警告；上次產生的內容沒有變動",
        ],
    );
}

#[test]
fn a_language_that_is_not_offered_is_refused() {
    let out = Command::new(env!("CARGO_BIN_EXE_xiaokang"))
        .args(["--lang", "fr", "check"])
        .output()
        .expect("run xiaokang");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    // Said in the language the rest of the run would have: the system's, here none.
    assert!(err.contains("`zh-CN`、`zh-TW` 或 `en`"), "{err}");
    assert!(err.contains("`fr`"), "{err}");
}

#[test]
fn the_site_language_is_read_without_printing() {
    let site = bad_site();
    assert_eq!(
        xiaokang::site_language(site.path()),
        Some(xiaokang::messages::Language::ZhCn)
    );
    assert_eq!(xiaokang::site_language(&site.path().join("nowhere")), None);
}
