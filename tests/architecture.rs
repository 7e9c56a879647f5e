//! The pipeline's one direction, kept by the compiler's neighbour: no module of `src/`
//! names a module of a later stage (`use crate::render` inside `compute`, say).
//!
//! Stages in order: load → model → validate → compute → render → write → pipeline →
//! the commands built on it (check, serve, scaffold). Libraries every stage may use
//! (chart, quantity, diagnostics, messages, platform, url, html_scan) name no stage at all.
//!
//! Each file is parsed with `syn`, so every form of a path is seen: `use` lists spread over
//! lines, nested groups, renames, paths in expressions, types, visibilities and macro
//! arguments, and `super::` chains that climb to the crate root.

use proc_macro2::{TokenStream, TokenTree};
use std::path::Path;
use syn::visit::Visit;

/// A top-level module's place: libraries 0, then the stages in pipeline order.
fn rank(module: &str) -> Option<usize> {
    Some(match module {
        "chart" | "quantity" | "diagnostics" | "messages" | "platform" | "url" | "html_scan" => 0,
        "load" => 1,
        "model" => 2,
        "validate" => 3,
        "compute" => 4,
        "render" => 5,
        "write" => 6,
        "pipeline" => 7,
        "check" | "serve" | "scaffold" => 8,
        // The command line: runs the commands, and what a double-click does.
        "cli" => 9,
        _ => return None,
    })
}

/// The module path of a file under `src/` (`render/pages/jobs.rs` → [render, pages, jobs];
/// `render/mod.rs` → [render]).
fn module_path(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if let Some(last) = parts.pop() {
        let stem = last.trim_end_matches(".rs");
        if stem != "mod" && stem != "lib" && stem != "main" {
            parts.push(stem.to_string());
        }
    }
    parts
}

/// Collects the top-level module each crate-rooted path names, with its line.
struct Names<'a> {
    /// The module the file is (`[render, pages]`); `super` climbs from here.
    module: &'a [String],
    /// Found: (line, top-level module).
    found: Vec<(usize, String)>,
}

impl Names<'_> {
    /// The top-level module a path of these segments reaches, if it starts at the crate
    /// root (`crate::x`, or enough `super`s to climb out of the file's top module).
    fn push(&mut self, line: usize, segments: &[String]) {
        let mut at: Vec<String> = self.module.to_vec();
        let mut rest = segments;
        match rest.first().map(String::as_str) {
            Some("crate") => {
                at.clear();
                rest = &rest[1..];
            }
            Some("super") | Some("self") => {
                while let Some(s) = rest.first() {
                    match s.as_str() {
                        "super" => {
                            at.pop();
                        }
                        "self" => {}
                        _ => break,
                    }
                    rest = &rest[1..];
                }
            }
            _ => return,
        }
        let top = at.first().or(rest.first());
        if let Some(top) = top {
            self.found.push((line, top.clone()));
        }
    }

    /// Every path of a `use` tree, its groups and renames included.
    fn tree(&mut self, prefix: &mut Vec<String>, tree: &syn::UseTree) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                self.tree(prefix, &p.tree);
                prefix.pop();
            }
            syn::UseTree::Name(n) => {
                prefix.push(n.ident.to_string());
                self.push(n.ident.span().start().line, prefix);
                prefix.pop();
            }
            syn::UseTree::Rename(r) => {
                prefix.push(r.ident.to_string());
                self.push(r.ident.span().start().line, prefix);
                prefix.pop();
            }
            syn::UseTree::Glob(g) => {
                self.push(g.star_token.spans[0].start().line, prefix);
            }
            syn::UseTree::Group(g) => {
                for t in &g.items {
                    self.tree(prefix, t);
                }
            }
        }
    }

    /// `crate :: a` and `super :: a` sequences in a macro's tokens, which syn leaves unparsed.
    fn tokens(&mut self, tokens: TokenStream) {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        let mut i = 0;
        while i < trees.len() {
            match &trees[i] {
                TokenTree::Group(g) => self.tokens(g.stream()),
                TokenTree::Ident(id) if id == "crate" || id == "super" => {
                    let line = id.span().start().line;
                    let mut segments = vec![id.to_string()];
                    let mut j = i + 1;
                    while let (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b))) =
                        (trees.get(j), trees.get(j + 1))
                    {
                        if a.as_char() != ':' || b.as_char() != ':' {
                            break;
                        }
                        match trees.get(j + 2) {
                            Some(TokenTree::Ident(next)) => segments.push(next.to_string()),
                            _ => break,
                        }
                        j += 3;
                    }
                    if segments.len() > 1 {
                        self.push(line, &segments);
                    }
                    i = j.max(i + 1);
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
    }
}

impl<'ast> Visit<'ast> for Names<'_> {
    fn visit_item_use(&mut self, u: &'ast syn::ItemUse) {
        self.tree(&mut Vec::new(), &u.tree);
    }

    fn visit_path(&mut self, p: &'ast syn::Path) {
        let segments: Vec<String> = p.segments.iter().map(|s| s.ident.to_string()).collect();
        if segments.len() > 1 {
            let line = p.segments[0].ident.span().start().line;
            self.push(line, &segments);
        }
        syn::visit::visit_path(self, p);
    }

    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        self.tokens(m.tokens.clone());
        syn::visit::visit_macro(self, m);
    }
}

/// Every top-level module a file's code names, with its line.
fn named(module: &[String], text: &str) -> Vec<(usize, String)> {
    let file = syn::parse_file(text).expect("a file of src/ parses");
    let mut names = Names {
        module,
        found: Vec::new(),
    };
    names.visit_file(&file);
    names.found
}

#[test]
fn no_module_names_a_later_stage() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut wrong = Vec::new();
    let mut unranked = Vec::new();
    let mut files = 0;
    for entry in walkdir::WalkDir::new(&src) {
        let entry = entry.unwrap();
        let path = entry.path();
        if path.extension().is_none_or(|x| x != "rs") {
            continue;
        }
        let rel = path.strip_prefix(&src).unwrap();
        let module = module_path(rel);
        let Some(top) = module.first() else {
            continue; // lib.rs and main.rs join the stages; they are no stage.
        };
        let Some(own) = rank(top) else {
            unranked.push(format!("src/{}", rel.display()));
            continue;
        };
        files += 1;
        let text = std::fs::read_to_string(path).unwrap();
        for (line, name) in named(&module, &text) {
            let Some(theirs) = rank(&name) else { continue };
            if theirs > own {
                wrong.push(format!(
                    "src/{}:{line}: {top} names crate::{name}",
                    rel.display()
                ));
            }
        }
    }
    assert!(files > 50, "only {files} files were read");
    assert!(
        unranked.is_empty(),
        "top-level modules with no place in the pipeline (give them one in `rank`):\n{}",
        unranked.join("\n")
    );
    assert!(
        wrong.is_empty(),
        "modules name a later stage of the pipeline (load → model → validate → compute → render → write → pipeline → commands):\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_parser_sees_every_form_of_crate_path() {
    let text = r#"
use crate::render::x;
use crate::{
    load,
    model::{self, Region},
};
use crate::write as w;
use super::super::pipeline::*;
pub(in crate::check) fn f() -> crate::serve::Port {
    let a = crate::scaffold::f(); // crate::url in a comment is no path
    format!("{}", crate::validate::g());
    super::h()
}
"#;
    let module = ["compute".to_string(), "plan".to_string()];
    let names: Vec<String> = named(&module, text).into_iter().map(|(_, n)| n).collect();
    assert_eq!(
        names,
        [
            "render", "load", "model", "model", "write", "pipeline", "check", "serve", "scaffold",
            "validate", "compute",
        ]
    );
}

#[test]
fn a_path_names_its_line() {
    let text = "fn f() {}\n\nuse crate::{\n    a,\n    render::x,\n};\n";
    let found = named(&["compute".to_string()], text);
    assert_eq!(found, [(4, "a".to_string()), (5, "render".to_string())]);
}
