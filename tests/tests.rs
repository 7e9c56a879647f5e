//! The integration tests, one binary with a module per subject (as ripgrep keeps them):
//! one link of the library instead of one per file, so the suite builds in a fraction
//! of the time and disk. `cargo test --test integration MODULE::` runs one subject.

mod common;

mod architecture;
mod as_published;
mod bad_input;
mod booklet;
mod booklet_layout;
mod chart_kinds;
mod chart_labels;
mod chart_snapshots;
mod cli;
mod design_contract;
mod docx;
mod docx_convert;
mod elder_mode;
mod example_site;
mod external_links;
mod gov_identity;
mod hostile;
mod incremental;
mod jianbao;
mod jianbao_layout;
mod key_figures;
mod limits;
mod manual;
mod messages_cli;
mod messages_zh;
mod navigation;
mod offsite;
mod pipeline;
mod png;
mod random_edits;
mod search;
mod seeds_fidelity;
mod serve_rebuilds;
mod strings;
mod tables;
mod tables_example;
mod theme;
mod wechat;
mod words;
mod workflow;
