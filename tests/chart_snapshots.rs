//! Snapshot tests: every chart kind drawn from fixed fixture data, compared byte for byte
//! with the reviewed SVGs in tests/snapshots/. A change in drawing shows as an SVG diff.
//! After an intended change: `XIAOKANG_UPDATE_SNAPSHOTS=1 cargo test --test integration chart_snapshots::`,
//! then look at the new SVGs before committing them.

use crate::common::Fixture;
use std::path::PathBuf;
use xiaokang::compute::charts::{ChartDesc, REGISTRY};

/// Every kind from the registry, in its place on the snapshot page.
fn kinds() -> Vec<&'static ChartDesc> {
    let mut kinds: Vec<&ChartDesc> = REGISTRY.iter().collect();
    kinds.sort_by_key(|d| d.snapshot.place);
    kinds
}

#[test]
fn every_kind_matches_its_snapshot() {
    let f = Fixture::new();
    let kinds = kinds();
    let body: Vec<String> = kinds
        .iter()
        .map(|d| match d.snapshot.options {
            "" => format!("```chart\nkind: {}\n```\n", d.name),
            opts => format!("```chart\nkind: {}\n{opts}\n```\n", d.name),
        })
        .collect();
    f.write(
        "content/regions/sheng/xian/snap.md",
        &format!("---\ntitle: 快照\n---\n\n{}", body.join("\n")),
    );
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let update = std::env::var_os("XIAOKANG_UPDATE_SNAPSHOTS").is_some();
    let mut mismatched = Vec::new();
    for d in &kinds {
        let (name, place) = (d.name, d.snapshot.place);
        let drawn = f.read(&format!("charts/xian/snap-{place}.svg"));
        let path = dir.join(format!("{name}.svg"));
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &drawn).unwrap();
            continue;
        }
        let stored = std::fs::read_to_string(&path).unwrap_or_else(|_| {
            panic!(
                "missing snapshot {}; run with XIAOKANG_UPDATE_SNAPSHOTS=1",
                path.display()
            )
        });
        if stored != drawn {
            mismatched.push(name.to_string());
        }
    }
    assert!(mismatched.is_empty(), "charts differ from their snapshots: {mismatched:?}; review and update with XIAOKANG_UPDATE_SNAPSHOTS=1");
}
