//! The pipeline's one direction, kept by the compiler's neighbour: no module of `src/`
//! names a module of a later stage (`use crate::render` inside `compute`, say).
//!
//! Stages in order: load → model → validate → compute → render → write → pipeline →
//! the commands built on it (check, serve, scaffold). Libraries every stage may use
//! (chart, quantity, diagnostics, messages, platform, url) name no stage at all.

use std::path::Path;

/// A top-level module's place: libraries 0, then the stages in pipeline order.
fn rank(module: &str) -> Option<usize> {
    Some(match module {
        "chart" | "quantity" | "diagnostics" | "messages" | "platform" | "url" => 0,
        "load" => 1,
        "model" => 2,
        "validate" => 3,
        "compute" => 4,
        "render" => 5,
        "write" => 6,
        "pipeline" => 7,
        "check" | "serve" | "scaffold" => 8,
        _ => return None,
    })
}

/// The top-level module a file under `src/` belongs to (`src/render/pages/jobs.rs` → render).
fn module_of(rel: &Path) -> Option<String> {
    let first = rel.components().next()?.as_os_str().to_str()?;
    Some(first.trim_end_matches(".rs").to_string())
}

/// Every `crate::NAME` a text names, with its line.
fn named(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            let after = &rest[at + 7..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.push((n + 1, name.clone()));
            }
            // `use crate::{a, b}`
            if let Some(list) = after.strip_prefix('{') {
                let list = list.split('}').next().unwrap_or("");
                for item in list.split(',') {
                    let item: String = item
                        .trim()
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if !item.is_empty() {
                        out.push((n + 1, item));
                    }
                }
            }
            rest = after;
        }
    }
    out
}

#[test]
fn no_module_names_a_later_stage() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut wrong = Vec::new();
    let mut files = 0;
    for entry in walkdir::WalkDir::new(&src) {
        let entry = entry.unwrap();
        let path = entry.path();
        if path.extension().is_none_or(|x| x != "rs") {
            continue;
        }
        let rel = path.strip_prefix(&src).unwrap();
        let Some(own) = module_of(rel).and_then(|m| rank(&m).map(|r| (m, r))) else {
            continue;
        };
        files += 1;
        let text = std::fs::read_to_string(path).unwrap();
        for (line, name) in named(&text) {
            let Some(theirs) = rank(&name) else { continue };
            if theirs > own.1 {
                wrong.push(format!(
                    "src/{}:{line}: {} names crate::{name}",
                    rel.display(),
                    own.0
                ));
            }
        }
    }
    assert!(files > 50, "only {files} files were read");
    assert!(
        wrong.is_empty(),
        "modules name a later stage of the pipeline (load → model → validate → compute → render → write → pipeline → commands):\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_scanner_sees_every_form_of_crate_path() {
    let text = "use crate::render::x;\nuse crate::{load, write};\nlet a = crate::pipeline::f(); // crate::check\n";
    let names: Vec<String> = named(text).into_iter().map(|(_, n)| n).collect();
    assert_eq!(names, ["render", "load", "write", "pipeline"]);
}
