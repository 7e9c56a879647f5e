//! Snapshot tests: every chart kind drawn from fixed fixture data, compared byte for byte
//! with the reviewed SVGs in tests/snapshots/. A change in drawing shows as an SVG diff.
//! After an intended change: `XIAOKANG_UPDATE_SNAPSHOTS=1 cargo test --test chart_snapshots`,
//! then look at the new SVGs before committing them.

use crate::common::Fixture;
use std::path::PathBuf;

const KINDS: &[(&str, &str)] = &[
    ("poverty-rate", "kind: poverty-rate"),
    ("poor-population", "kind: poor-population"),
    ("funds", "kind: funds"),
    ("projects", "kind: projects"),
    ("targets", "kind: targets"),
    ("indicator", "kind: indicator\nname: 自来水普及率"),
    ("rate-decline", "kind: rate-decline"),
    ("credit", "kind: credit"),
];

#[test]
fn every_kind_matches_its_snapshot() {
    let f = Fixture::new();
    let body: Vec<String> = KINDS
        .iter()
        .map(|(_, opts)| format!("```chart\n{opts}\n```\n"))
        .collect();
    f.write(
        "content/regions/sheng/xian/snap.md",
        &format!("---\ntitle: 快照\n---\n\n{}", body.join("\n")),
    );
    f.build().unwrap_or_else(|d| panic!("{d}"));
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let update = std::env::var_os("XIAOKANG_UPDATE_SNAPSHOTS").is_some();
    let mut mismatched = Vec::new();
    for (n, (name, _)) in KINDS.iter().enumerate() {
        let drawn = f.read(&format!("charts/xian/snap-{}.svg", n + 1));
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
