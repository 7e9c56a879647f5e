//! The Chinese manual (docs/使用手册.md) and the English README list the same keys, and
//! every image and link of the manual leads somewhere.

use std::collections::BTreeSet;
use std::path::Path;
use xiaokang::compute::charts::REGISTRY;
use xiaokang::messages::{self, Kind, Language, Piece};

const README: &str = include_str!("../README.md");
const MANUAL: &str = include_str!("../docs/使用手册.md");

/// The text under the heading line `heading`, up to the next heading of the same or a
/// higher level (fenced code is skipped when looking for it).
fn section<'a>(doc: &'a str, heading: &str) -> &'a str {
    let level = heading.chars().take_while(|&c| c == '#').count();
    let mut start = None;
    let mut offset = 0;
    let mut fence: Option<String> = None;
    for line in doc.split_inclusive('\n') {
        let t = line.trim_end();
        if let Some(f) = &fence {
            if t.trim_start().starts_with(f.as_str())
                && t.trim_start().trim_start_matches('`').is_empty()
            {
                fence = None;
            }
        } else if t.trim_start().starts_with("```") {
            let ticks = t.trim_start().chars().take_while(|&c| c == '`').count();
            fence = Some("`".repeat(ticks));
        } else if let Some(s) = start {
            let hashes = t.chars().take_while(|&c| c == '#').count();
            if hashes > 0 && hashes <= level && t[hashes..].starts_with(' ') {
                return &doc[s..offset];
            }
        } else if t == heading {
            start = Some(offset + line.len());
        }
        offset += line.len();
    }
    match start {
        Some(s) => &doc[s..],
        None => panic!("no heading `{heading}`"),
    }
}

/// The contents of every fenced block in `text` whose info string is `lang` (any number
/// of backticks, nested fences included).
fn fenced(text: &str, lang: &str) -> Vec<String> {
    let mut out = Vec::new();
    // Open fences, outermost first: their backticks, their info string and their body.
    let mut open: Vec<(usize, String, String)> = Vec::new();
    for line in text.lines() {
        let t = line.trim_start();
        let ticks = t.chars().take_while(|&c| c == '`').count();
        let info = t[ticks..].trim();
        let closes = matches!(open.last(), Some((n, _, _)) if ticks >= *n && info.is_empty());
        if closes {
            let (_, l, body) = open.pop().unwrap();
            if l == lang {
                out.push(body);
            }
        } else if ticks >= 3 && !info.is_empty() && open.last().is_none_or(|(n, _, _)| ticks < *n) {
            // A fence, or one shown inside an outer fence (````markdown … ````).
            open.push((ticks, info.to_string(), String::new()));
        } else if ticks >= 3 && open.is_empty() {
            open.push((ticks, String::new(), String::new()));
        } else if let Some((_, _, body)) = open.last_mut() {
            body.push_str(line);
            body.push('\n');
        }
    }
    out
}

/// The keys of YAML text: `key:` at the start of a line, after `- `, `{` or `,`; comments
/// are left out.
fn yaml_keys(yaml: &str) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for line in yaml.lines() {
        let line = match line.find(" #") {
            Some(i) => &line[..i],
            None if line.trim_start().starts_with('#') => "",
            None => line,
        };
        let mut rest = line;
        while !rest.is_empty() {
            let t = rest.trim_start_matches([' ', '-', '{', ',']);
            let word: String = t
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
                .collect();
            let after = &t[word.len()..];
            if !word.is_empty()
                && !word.starts_with(|c: char| c.is_ascii_digit())
                && after.starts_with(':')
            {
                keys.insert(word);
            }
            // Go on after the next comma or brace of a flow mapping.
            match t.find([',', '{']) {
                Some(i) => rest = &t[i + 1..],
                None => break,
            }
        }
    }
    keys
}

/// Every `code span` of `text`.
fn spans(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find('`') {
        let tail = &rest[i..];
        let n = tail.chars().take_while(|&c| c == '`').count();
        let fence = &tail[..n];
        match tail[n..].find(fence) {
            Some(j) => {
                out.push(tail[n..n + j].trim());
                rest = &tail[n + j + n..];
            }
            None => break,
        }
    }
    out
}

/// The rows of every table in `text`, as their cells.
fn tables(text: &str) -> Vec<Vec<Vec<String>>> {
    let mut out: Vec<Vec<Vec<String>>> = Vec::new();
    let mut current: Vec<Vec<String>> = Vec::new();
    for line in text.lines().chain([""]) {
        let t = line.trim();
        if let Some(row) = t.strip_prefix('|') {
            // Split on `|` outside code spans and not escaped.
            let mut cells = Vec::new();
            let mut cell = String::new();
            let mut in_code = false;
            let mut prev = ' ';
            for c in row.chars() {
                match c {
                    '`' => {
                        in_code = !in_code;
                        cell.push(c);
                    }
                    '|' if !in_code && prev != '\\' => cells.push(std::mem::take(&mut cell)),
                    _ => cell.push(c),
                }
                prev = c;
            }
            if !cell.trim().is_empty() {
                cells.push(cell);
            }
            if !cells
                .iter()
                .all(|c| c.trim().chars().all(|c| c == '-' || c == ':'))
            {
                current.push(cells.into_iter().map(|c| c.trim().to_string()).collect());
            }
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    out
}

/// The code spans of the first column of every table in `text` (header rows left out).
fn first_column(text: &str) -> BTreeSet<String> {
    tables(text)
        .iter()
        .flat_map(|t| t.iter().skip(1))
        .filter_map(|row| row.first())
        .flat_map(|cell| {
            spans(cell)
                .into_iter()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

fn is_key(s: &str) -> bool {
    !s.is_empty()
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

/// The keys, kinds and paths the README lists, by section.
fn readme_keys() -> Vec<(&'static str, BTreeSet<String>)> {
    let mut lists = Vec::new();

    lists.push(("site.yaml", first_column(section(README, "## site.yaml"))));

    let strings = section(README, "### Your own wording: `strings`");
    let mut keys: BTreeSet<String> = spans(strings)
        .into_iter()
        .filter(|s| is_key(s))
        .map(str::to_string)
        .collect();
    keys.extend(xiaokang::model::i18n::KEYS.iter().map(|k| k.to_string()));
    lists.push(("strings", keys));

    let region = section(README, "## region.yaml: every key");
    let block = fenced(region, "yaml")
        .into_iter()
        .next()
        .expect("region.yaml's example");
    lists.push(("region.yaml", yaml_keys(&block)));
    lists.push((
        "provenance",
        first_column(section(
            README,
            "### Where a figure comes from, and when it was true",
        )),
    ));

    let stories = section(README, "## Stories");
    let story = fenced(stories, "markdown")
        .into_iter()
        .next()
        .expect("a story's example");
    let front = story.split("---").nth(1).expect("front matter");
    lists.push(("front matter", yaml_keys(front)));

    lists.push((
        "figure references",
        first_column(section(README, "### Figure references")),
    ));

    let charts = section(README, "### Charts in stories");
    let block = fenced(charts, "chart")
        .into_iter()
        .next()
        .expect("a chart block");
    lists.push(("chart block", yaml_keys(&block)));
    lists.push(("chart kinds", first_column(charts)));

    let figures = section(README, "### Key figures in stories");
    let block = fenced(figures, "figures")
        .into_iter()
        .next()
        .expect("a figures block");
    lists.push(("figures block", yaml_keys(&block)));

    let booklet = section(README, "## Booklet");
    let block = fenced(booklet, "yaml")
        .into_iter()
        .next()
        .expect("booklet settings");
    lists.push(("booklet", yaml_keys(&block)));

    lists.push(("command-line options", readme_flags()));
    lists
}

/// The options the README's Commands and Preview sections name.
fn readme_flags() -> BTreeSet<String> {
    let mut out = flags(section(README, "## Commands"));
    out.extend(flags(section(README, "### Preview: `xiaokang serve`")));
    out
}

/// `--option`s named anywhere in `text`.
fn flags(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(i) = rest.find("--") {
        let tail = &rest[i + 2..];
        let name: String = tail
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || *c == '-')
            .collect();
        let before = rest[..i].chars().last();
        if name.len() > 1
            && !name.starts_with('-')
            && !name.ends_with('-')
            && matches!(before, None | Some(' ' | '`' | '[' | '(' | '\n'))
        {
            out.insert(format!("--{name}"));
        }
        rest = &tail[name.len()..];
    }
    out
}

#[test]
fn the_readme_finds_its_key_lists() {
    // The lists the other tests compare must not be empty by a heading's change.
    for (what, keys) in readme_keys() {
        assert!(
            keys.len() >= 2,
            "README: no keys found for {what}: {keys:?}"
        );
    }
    let all: BTreeSet<String> = readme_keys().into_iter().flat_map(|(_, k)| k).collect();
    for k in [
        "to_poor_villages",
        "invested_so_far",
        "in_progress",
        "wording",
        "cite",
        "briefings",
        "volume",
        "height",
        "rate-decline",
        "search_results",
        "unsafe_html",
        "--booklet-only",
        "--no-drafts",
    ] {
        assert!(all.contains(k), "README key lists lack `{k}`: {all:?}");
    }
}

#[test]
fn the_manual_lists_every_key_of_the_readme() {
    let mut missing = Vec::new();
    for (what, keys) in readme_keys() {
        for key in keys {
            let found = if key.starts_with("--") {
                MANUAL.contains(&format!("`{key}")) || MANUAL.contains(&format!(" {key}"))
            } else {
                MANUAL.contains(&format!("`{key}`"))
            };
            if !found {
                missing.push(format!("{what}: `{key}`"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "docs/使用手册.md does not list:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_readme_lists_every_key_of_the_manuals_tables() {
    // The manual's key tables: the first column of every table headed 键 (key), 种类
    // (chart kind) or 选项 (command-line option).
    let mut missing = Vec::new();
    let mut seen = 0;
    for table in tables(MANUAL) {
        let head = table[0].first().map(String::as_str).unwrap_or("");
        if !["键", "种类", "选项"].contains(&head) {
            continue;
        }
        for row in table.iter().skip(1) {
            for key in spans(&row[0]) {
                seen += 1;
                if head == "选项" {
                    let flag = key.split(' ').next().unwrap();
                    if flag.starts_with("--") && !readme_flags().contains(flag) {
                        missing.push(format!("{head}: `{flag}`"));
                    }
                    continue;
                }
                let listed = README.contains(&format!("`{key}`"))
                    || README.contains(&format!("`{key} "))
                    || README.contains(&format!("{key}:"));
                if !listed {
                    missing.push(format!("{head}: `{key}`"));
                }
            }
        }
    }
    assert!(
        seen > 100,
        "the manual's key tables were not found ({seen} keys)"
    );
    assert!(
        missing.is_empty(),
        "README.md does not list:\n{}",
        missing.join("\n")
    );
}

/// The code spans of the first column of the table in `text` headed `head`, in order.
fn column_headed(text: &str, head: &str) -> Vec<String> {
    let table = tables(text)
        .into_iter()
        .find(|t| t[0].first().is_some_and(|c| c == head))
        .unwrap_or_else(|| panic!("no table headed `{head}`"));
    table
        .iter()
        .skip(1)
        .flat_map(|row| {
            spans(&row[0])
                .into_iter()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn the_manuals_list_the_chart_kinds_of_the_registry() {
    // Every kind, in the registry's (page) order: a kind added to the code is added
    // to both manuals' tables and to the manual's list of `kind:` values.
    let kinds: Vec<String> = REGISTRY.iter().map(|d| d.name.to_string()).collect();
    let readme = column_headed(section(README, "### Charts in stories"), "kind");
    assert_eq!(readme, kinds, "README's table of chart kinds");
    let manual = column_headed(
        section(MANUAL, "### 在报道里插图表：`chart` 代码块"),
        "种类",
    );
    assert_eq!(manual, kinds, "docs/使用手册.md's table of chart kinds");
    let hint = MANUAL
        .lines()
        .find_map(|l| l.split_once("图表种类只有："))
        .map(|(_, rest)| rest.split('（').next().unwrap())
        .expect("the manual's list of chart kinds in 出错信息");
    let listed: Vec<String> = spans(hint).into_iter().map(str::to_string).collect();
    assert_eq!(listed, kinds, "docs/使用手册.md: 图表种类只有：…");
}

/// GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens.
fn anchor(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-' || *c == '_')
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// The manual without fenced blocks and code spans: what a reader sees as links.
fn prose(doc: &str) -> String {
    let mut out = String::new();
    let mut fence = 0;
    for line in doc.lines() {
        let t = line.trim_start();
        let ticks = t.chars().take_while(|&c| c == '`').count();
        if ticks >= 3 {
            if fence == 0 {
                fence = ticks;
            } else if ticks >= fence && t[ticks..].trim().is_empty() {
                fence = 0;
            }
            continue;
        }
        if fence > 0 {
            continue;
        }
        let mut rest = line;
        while let Some(i) = rest.find('`') {
            out.push_str(&rest[..i]);
            let tail = &rest[i..];
            let n = tail.chars().take_while(|&c| c == '`').count();
            match tail[n..].find(&tail[..n]) {
                Some(j) => rest = &tail[n + j + n..],
                None => {
                    rest = "";
                }
            }
        }
        out.push_str(rest);
        out.push('\n');
    }
    out
}

#[test]
fn every_image_and_link_of_the_manual_leads_somewhere() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let docs = root.join("docs");
    let text = prose(MANUAL);
    let anchors: BTreeSet<String> = text
        .lines()
        .filter(|l| l.starts_with('#'))
        .map(|l| anchor(l.trim_start_matches('#')))
        .collect();
    let mut targets = Vec::new();
    let mut rest = text.as_str();
    while let Some(i) = rest.find("](") {
        let tail = &rest[i + 2..];
        let end = tail.find(')').expect("a link's closing parenthesis");
        targets.push(tail[..end].to_string());
        rest = &tail[end..];
    }
    assert!(targets.len() >= 10, "links found: {targets:?}");
    let mut broken = Vec::new();
    let mut images = 0;
    for t in &targets {
        if t.starts_with("http://") || t.starts_with("https://") {
            continue;
        }
        if let Some(a) = t.strip_prefix('#') {
            if !anchors.contains(a) {
                broken.push(format!("{t} (no such heading)"));
            }
            continue;
        }
        let path = t.split('#').next().unwrap();
        if path.ends_with(".png") {
            images += 1;
            let size = std::fs::metadata(docs.join(path))
                .map(|m| m.len())
                .unwrap_or(0);
            assert!(
                size < 150_000,
                "{path} is {size} bytes: keep screenshots under 150 kB"
            );
        }
        if !docs.join(path).exists() {
            broken.push(t.clone());
        }
    }
    assert!(images >= 5, "the manual shows {images} screenshots");
    assert!(
        broken.is_empty(),
        "docs/使用手册.md links to nothing at:\n{}",
        broken.join("\n")
    );
}

#[test]
fn the_readme_links_the_manual_in_its_first_lines() {
    let head: String = README.lines().take(5).collect::<Vec<_>>().join("\n");
    assert!(
        head.contains("中文使用手册：[docs/使用手册.md](docs/使用手册.md)"),
        "{head}"
    );
}

/// The longest literal piece of a catalog text between its `{placeholders}`, trimmed of
/// spaces, backticks and punctuation; `None` when no piece has two characters.
fn longest_piece(text: &str) -> Option<String> {
    let mut pieces = vec![String::new()];
    for piece in messages::pieces(text) {
        match piece {
            Piece::Text(t) => pieces.last_mut().unwrap().push_str(t),
            Piece::Arg(_) => pieces.push(String::new()),
        }
    }
    pieces
        .iter()
        .map(|p| p.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|p| p.chars().count() >= 2)
        // The first of the longest.
        .fold(None, |best: Option<String>, p| match best {
            Some(b) if b.chars().count() >= p.chars().count() => Some(b),
            _ => Some(p),
        })
}

/// The messages of the catalog whose longest piece in `lang` is not in `doc`.
fn unlisted(doc: &str, lang: Language) -> Vec<String> {
    let mut missing = Vec::new();
    let mut checked = 0;
    for e in messages::catalog::all()
        .into_iter()
        .filter(|e| e.kind == Kind::Message)
    {
        let Some(piece) = longest_piece(e.text(lang)) else {
            continue;
        };
        checked += 1;
        if !doc.contains(&piece) {
            missing.push(format!("{}: {:?} (from {:?})", e.id, piece, e.text(lang)));
        }
    }
    assert!(checked >= 10, "only {checked} messages checked");
    missing
}

#[test]
fn the_messages_chapter_lists_every_message() {
    // Table cells escape `|`; the chapter is compared as a reader sees it.
    let chapter = section(MANUAL, "## 出错信息").replace("\\|", "|");
    let missing = unlisted(&chapter, Language::ZhCn);
    assert!(
        missing.is_empty(),
        "the 出错信息 chapter of docs/使用手册.md lacks these messages:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_readme_lists_every_message() {
    let table = section(README, "## Messages you may meet").replace("\\|", "|");
    let missing = unlisted(&table, Language::En);
    assert!(
        missing.is_empty(),
        "README's \"Messages you may meet\" lacks these messages:\n{}",
        missing.join("\n")
    );
}

#[test]
fn pieces_of_catalog_texts() {
    assert_eq!(
        longest_piece("{what}中没有 `{key}` 这个键").as_deref(),
        Some("中没有")
    );
    assert_eq!(
        longest_piece("`{text}` 超过了 100%").as_deref(),
        Some("超过了 100")
    );
    assert_eq!(
        longest_piece("`strings.search_results` 里没有 `{{n}}`：不会显示").as_deref(),
        Some("strings.search_results` 里没有 `{n}`：不会显示")
    );
    assert_eq!(longest_piece("{text}"), None);
}

/// Every source file the README's "How it works" names exists: by its path under `src/`,
/// or, written short (`render_jobs.rs`, `kinds/key.rs`), as the end of one.
#[test]
fn every_source_file_the_readme_names_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files: Vec<String> = walkdir::WalkDir::new(root.join("src"))
        .into_iter()
        .chain(walkdir::WalkDir::new(root.join("tests")))
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    let how = section(README, "## How it works");
    let mut missing = Vec::new();
    // In a code span, or in the fenced sketch of the stages: `(load/theme.rs)`.
    let words = spans(how)
        .into_iter()
        .flat_map(|s| s.split(|c: char| c.is_whitespace() || "(),;:'`".contains(c)));
    for named in words {
        if !named.ends_with(".rs") {
            continue;
        }
        let found = files
            .iter()
            .any(|f| f == named || f.ends_with(&format!("/{named}")));
        if !found {
            missing.push(named.to_string());
        }
    }
    assert!(
        missing.is_empty(),
        "README names files that do not exist: {missing:?}"
    );
}

/// Cargo.toml's `license` is carried by a file of the repository for each licence, which
/// the downloads pack (scripts/dist-package.py takes every LICENSE-*).
#[test]
fn each_declared_licence_has_its_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cargo = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let declared = cargo
        .lines()
        .find_map(|l| l.strip_prefix("license = "))
        .expect("Cargo.toml declares a licence")
        .trim_matches('"');
    assert_eq!(declared, "MIT OR Apache-2.0");
    for (file, says) in [
        (
            "LICENSE-MIT",
            "Permission is hereby granted, free of charge",
        ),
        (
            "LICENSE-APACHE",
            "Apache License\n                        Version 2.0, January 2004",
        ),
    ] {
        let text = std::fs::read_to_string(root.join(file)).unwrap_or_default();
        assert!(
            text.contains(says),
            "{file} is missing or is not the licence"
        );
    }
}
