#![no_main]
//! A region.yaml from arbitrary bytes: encoding check, YAML tree, model, checks, charts.

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let text = match xiaokang::load::encoding::decode(data.to_vec()) {
        Ok(t) => t,
        Err(_) => return,
    };
    common::model_and_charts(&common::tree(&text, None));
});
