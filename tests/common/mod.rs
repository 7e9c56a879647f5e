//! Fixture sites written into temporary folders.
#![allow(dead_code)]

pub mod docx;
pub mod serving;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use xiaokang::diagnostics::Diagnostics;
use xiaokang::{BuildOptions, BuildReport};

/// A site in a temporary folder.
pub struct Fixture {
    pub dir: tempfile::TempDir,
}

/// A county with one figure of every section, valid.
pub const COUNTY: &str = "\
name: 测试县
full_name: 测试省测试市测试县
level: 县
profile: { area_km2: 11570, population: 40.18万 }
poverty:
  - { year: 2014, households: 13065, people: 34261, rate: 11% }
  - { year: 2018, households: 1375, people: 3976, rate: 1.23% }
lifted:
  - { period: 2014-2018, households: 11690, people: 30285 }
targets:
  - { year: 2015, name: 减贫人口, unit: 人, target: 1.41万, actual: 18858 }
funds:
  - { year: 2015, source: 财政扶贫资金, amount: 4.34亿元, to_poor_villages: 2.76亿元 }
  - { period: 2013-2015, source: 扶贫开发专项资金, amount: 8231万元, projects: 146 }
projects:
  - { name: 村级光伏电站, category: 光伏, status: completed }
project_batches:
  - batch: 第一、二批
    investment: 20.52亿元
    invested_so_far: 6.94亿元
    total: 76
    status: { completed: 27, in_progress: 11, tendering: 4, planning: 34 }
indicators:
  - { name: 自来水普及率, unit: \"%\", values: { 2015: 98 }, target: 100 }
credit:
  - { year: 2015, kind: 扶贫小额信贷, amount: 2.1亿元, households: 5100 }
source: 测试县扶贫办《2018年脱贫攻坚工作总结》
";

impl Fixture {
    /// A minimal valid site: site.yaml, one province with one county.
    pub fn new() -> Fixture {
        let f = Fixture {
            dir: tempfile::tempdir().expect("temp dir"),
        };
        f.write("content/site.yaml", "title: 测试站\nlanguage: zh-CN\n");
        f.write(
            "content/regions/sheng/region.yaml",
            "name: 测试省\nlevel: 省\n",
        );
        f.write("content/regions/sheng/xian/region.yaml", COUNTY);
        f
    }

    /// A copy of the repository's example site, its chart PNGs turned off (rasterizing is
    /// most of a first build's time, and no test using this is about it).
    #[allow(dead_code)]
    pub fn example() -> Fixture {
        let f = Fixture {
            dir: tempfile::tempdir().expect("temp dir"),
        };
        let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        for entry in walkdir::WalkDir::new(&content).into_iter().flatten() {
            let rel = entry.path().strip_prefix(&content).expect("inside content");
            let to = f.root().join("content").join(rel);
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&to).expect("folder");
            } else {
                std::fs::copy(entry.path(), &to).expect("copy");
            }
        }
        let site = f.root().join("content/site.yaml");
        let yaml = std::fs::read_to_string(&site).expect("site.yaml");
        let yaml = yaml.replace("charts: { png: true }", "charts: { png: false }");
        std::fs::write(&site, yaml).expect("write");
        f
    }

    /// Writes (or replaces) a file under the site root.
    pub fn write(&self, rel: &str, text: &str) -> &Self {
        self.write_bytes(rel, text.as_bytes())
    }

    /// Writes raw bytes under the site root.
    pub fn write_bytes(&self, rel: &str, bytes: &[u8]) -> &Self {
        let p = self.dir.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
        self
    }

    /// The site root.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// Where builds go.
    pub fn out(&self) -> PathBuf {
        self.dir.path().join("output")
    }

    /// Builds into `output/`, the booklet and briefing PDFs left out: the pages are the
    /// same, and typesetting is most of a small site's build.
    pub fn build(&self) -> Result<BuildReport, Diagnostics> {
        self.build_as(false)
    }

    /// Builds into `output/` as `xiaokang build` does, PDFs and all.
    pub fn build_with_pdfs(&self) -> Result<BuildReport, Diagnostics> {
        self.build_as(true)
    }

    fn build_as(&self, pdfs: bool) -> Result<BuildReport, Diagnostics> {
        xiaokang::build(&BuildOptions {
            root: self.root().to_path_buf(),
            out: Some(self.out()),
            drafts: false,
            booklet_only: false,
            pdfs,
        })
    }

    /// Builds and expects failure; returns the rendered messages.
    pub fn errors(&self) -> String {
        match self.build() {
            Ok(r) => panic!("the build should have failed; warnings: {}", r.diagnostics),
            Err(d) => {
                assert!(d.has_errors());
                d.to_string()
            }
        }
    }

    /// Reads a built file as text.
    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.out().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }
}

/// Asserts that `text` contains every needle, showing the text when not.
pub fn assert_has(text: &str, needles: &[&str]) {
    for n in needles {
        assert!(text.contains(n), "expected {n:?} in:\n{text}");
    }
}

/// Every file under `dir`, relative to it, with its bytes.
pub fn files(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).expect("inside").to_path_buf();
            (rel, std::fs::read(e.path()).expect("read"))
        })
        .collect()
}

/// Asserts that two output folders hold the same files, byte for byte, naming those that
/// differ; returns how many there are.
pub fn assert_same_files(a: &Path, b: &Path) -> usize {
    let (a, b) = (files(a), files(b));
    let differ: Vec<_> = a
        .keys()
        .chain(b.keys())
        .filter(|k| a.get(*k) != b.get(*k))
        .collect();
    assert!(differ.is_empty(), "files that differ: {differ:?}");
    a.len()
}

/// One HTTP/1.0 GET: (status, body).
pub fn http_get(addr: std::net::SocketAddr, path: &str) -> (u16, String) {
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(std::time::Duration::from_secs(20)))
        .unwrap();
    write!(s, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").unwrap();
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).unwrap();
    let text = String::from_utf8_lossy(&buf).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|x| x.1.to_string())
        .unwrap_or_default();
    (status, body)
}

/// Latin words a Chinese text may hold outside backticks: names of formats and programs,
/// which are written in Latin letters in Chinese too.
pub const LATIN_NAMES: &[&str] = &[
    // Formats, encodings and units.
    "YAML", "UTF", "BOM", "GBK", "GB", "Big", "Unicode", "PDF", "PNG", "JPEG", "GIF", "SVG", "CSV",
    "Markdown", "TrueType", "OpenType", "MB", "KB", "DNS", "HTTPS", "IP",
    // Programs and keys on the keyboard.
    "xiaokang", "Excel", "Word", "WPS", "Windows", "SUM", "Ctrl", "Tab", "Enter",
    // The name of a record number as the MIIT writes it (ICP备案号).
    "ICP",
];

/// The Latin words of a Chinese text that are not code, keys, values or paths: what is
/// left once every backtick span, `{placeholder}`-free sample argument (`甲`), address and
/// path is taken out.
pub fn stray_latin(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    // A command to type, on its own line, is code; so are the place (`-->`) and the
    // quoted source line with its caret (`12 | …`).
    let quoted = |l: &str| {
        let t = l
            .trim_start()
            .trim_start_matches(|c: char| c.is_ascii_digit());
        t.starts_with("-->") || t.starts_with(" |") || t.starts_with('|')
    };
    let prose: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("xiaokang ") && !quoted(l))
        .collect();
    for (k, part) in prose.join("\n").split('`').enumerate() {
        // Odd parts are inside backticks: code, a key or a value as the user wrote it.
        if k % 2 == 1 {
            continue;
        }
        for token in part.split(|c: char| c.is_whitespace() || !c.is_ascii()) {
            // A path, an address or a file's extension (`region.yaml`, `.xlsx`).
            let path_like = token.contains(['/', '\\', '.']);
            if path_like {
                continue;
            }
            for w in token.split(|c: char| !c.is_ascii_alphabetic()) {
                if w.len() >= 2 && !LATIN_NAMES.contains(&w) {
                    words.push(w.to_string());
                }
            }
        }
    }
    words
}

/// Headless Chromium set to run a wrapper page's probe and print the page it leaves
/// (`--dump-dom`), with a fresh profile in `profile` and `budget_ms` of virtual time;
/// the caller adds its own flags and the page's address last.
pub fn headless_probe(browser: &Path, profile: &Path, budget_ms: u32) -> std::process::Command {
    let mut c = std::process::Command::new(browser);
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--allow-file-access-from-files",
        "--dump-dom",
    ])
    .arg(format!("--virtual-time-budget={budget_ms}"))
    .arg(format!("--user-data-dir={}", profile.display()));
    c
}

/// The JSON a browser probe wrote into `<pre id="result">` of the page `dom` that
/// Chromium's `--dump-dom` printed, its entities decoded; None when it never finished.
pub fn probe_result(dom: &str) -> Option<String> {
    let (_, rest) = dom.rsplit_once("<pre id=\"result\">")?;
    let (json, _) = rest.split_once("</pre>")?;
    Some(
        json.replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&"),
    )
}

/// Debian's chromium, or None where it is not installed (never on CI: .ci/run installs
/// it); `skipping` says what a run without it leaves out.
pub fn chromium(skipping: &str) -> Option<PathBuf> {
    let found = ["chromium", "chromium-browser"].iter().find_map(|name| {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|dir| dir.join(name))
                .find(|p| p.is_file())
        })
    });
    if found.is_none() {
        // On CI a skip would hide a failure.
        assert!(
            std::env::var_os("CI").is_none(),
            "chromium is not installed (CI=true): install chromium"
        );
        eprintln!("chromium is not installed; skipping {skipping}");
    }
    found
}
