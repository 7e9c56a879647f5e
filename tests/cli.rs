//! The command line as a clerk meets it: `--help` of every command in Chinese, a mistyped
//! command told in Chinese, and the program run with no arguments — a double-click on
//! `xiaokang.exe` — previewing the site beside it in the browser.

use crate::common::{assert_has, http_get, stray_latin};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// `xiaokang args…` run in `dir`, with no language in the environment.
fn xiaokang(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_xiaokang"));
    cmd.args(args)
        .current_dir(dir)
        .env_remove("XIAOKANG_LANG")
        .env("LANG", "C.UTF-8")
        .stdin(Stdio::null());
    cmd
}

/// Stdout and stderr of a finished run, and its exit status.
fn output(dir: &Path, args: &[&str]) -> (String, i32) {
    let out = xiaokang(dir, args).output().expect("run xiaokang");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (text, out.status.code().unwrap_or(-1))
}

/// `text` without its options (`--booklet-only`, `-h`): they are code, typed as written.
fn without_options(text: &str) -> String {
    text.split(' ')
        .filter(|w| !w.starts_with('-'))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_commands_help_is_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let commands: [&[&str]; 6] = [
        &["--help"],
        &["build", "--help"],
        &["check", "--help"],
        &["serve", "--help"],
        &["new", "--help"],
        &["help", "build"],
    ];
    for (lang, words) in [
        ("zh-CN", ["用法：", "选项："]),
        ("zh-TW", ["用法：", "選項："]),
    ] {
        for args in commands {
            let mut all = vec!["--lang", lang];
            all.extend_from_slice(args);
            let (text, code) = output(dir.path(), &all);
            assert_eq!(code, 0, "{all:?}:\n{text}");
            assert_has(&text, &words);
            let stray = stray_latin(&without_options(&text));
            // The command names in the list of commands are code too.
            let stray: Vec<String> = stray
                .into_iter()
                .filter(|w| !["build", "check", "serve", "new", "help"].contains(&w.as_str()))
                .collect();
            assert!(
                stray.is_empty(),
                "{all:?}: Latin words {stray:?} in:\n{text}"
            );
        }
    }
    let (zh, _) = output(dir.path(), &["--lang", "zh-CN", "--help"]);
    assert_has(&zh, &["命令：", "  build  生成网站", "双击 xiaokang.exe"]);
    let (en, _) = output(dir.path(), &["--lang", "en", "build", "--help"]);
    assert_has(
        &en,
        &[
            "Usage: xiaokang build [OPTIONS]",
            "--root <DIR>",
            "Print help",
        ],
    );
}

#[test]
fn a_mistyped_command_is_told_in_chinese_with_the_right_one() {
    let dir = tempfile::tempdir().unwrap();
    let (text, code) = output(dir.path(), &["buidl"]);
    assert_eq!(code, 2, "{text}");
    assert_has(
        &text,
        &[
            "错误：没有 `buidl` 这个命令",
            "= 提示：是不是想写 `build`？",
            "= 提示：运行 `xiaokang --help` 查看用法",
        ],
    );
    let (text, _) = output(dir.path(), &["serve", "--port", "八零八零"]);
    assert_has(&text, &["错误：`--port <端口>` 的值 `八零八零` 不对"]);
}

#[test]
fn with_no_arguments_it_previews_the_site_beside_it_and_says_what_next() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("示例站点");
    xiaokang::scaffold::new_site(&site).expect("new site");
    // The browser it opens: a stand-in that notes the address.
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let opened = dir.path().join("opened.txt");
    let fake = bin.join("xdg-open");
    std::fs::write(
        &fake,
        format!("#!/bin/sh\necho \"$1\" >> '{}'\n", opened.display()),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut child = xiaokang(dir.path(), &[])
        .env("PATH", path)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("run xiaokang");
    let lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for l in lines.map_while(Result::ok) {
            if tx.send(l).is_err() {
                break;
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut said = String::new();
    let mut answered = None;
    while Instant::now() < deadline && answered.is_none() {
        while let Ok(l) = rx.try_recv() {
            said.push_str(&l);
            said.push('\n');
        }
        let url = said
            .lines()
            .find_map(|l| l.strip_prefix("网址："))
            .and_then(|l| l.split('（').next())
            .map(str::to_string);
        if let Some(addr) = url.as_deref().and_then(|u| u.strip_prefix("http://")) {
            let addr = addr.trim_end_matches('/').parse().expect("address");
            if std::net::TcpStream::connect(addr).is_ok() {
                answered = Some(http_get(addr, "/"));
            }
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    let _ = child.kill();
    let _ = child.wait();
    let (status, body) =
        answered.unwrap_or_else(|| panic!("no preview answered; it said:\n{said}"));
    assert_eq!(status, 200);
    let title = std::fs::read_to_string(site.join("content/site.yaml")).unwrap();
    let title = title
        .lines()
        .find_map(|l| l.strip_prefix("title: "))
        .unwrap();
    let title = title.split('#').next().unwrap().trim();
    assert!(
        body.contains(title),
        "the preview is not the site {title}:\n{body}"
    );
    assert_has(
        &said,
        &[
            "正在预览网站：",
            "示例站点",
            "里的文件并保存，打开的网页会自动刷新。",
            "停止预览：关闭这个窗口，或按 Ctrl+C。",
        ],
    );
    let browser = std::fs::read_to_string(&opened).unwrap_or_default();
    assert!(
        browser.starts_with("http://127.0.0.1:"),
        "browser called with {browser:?}"
    );
}

#[test]
fn with_no_arguments_and_no_site_it_says_how_to_make_one() {
    let dir = tempfile::tempdir().unwrap();
    let (text, code) = output(dir.path(), &[]);
    assert_eq!(code, 1, "{text}");
    assert_has(&text, &["里没有网站", "新建网站：`xiaokang new <文件夹>`"]);
}
