//! The catalog, one module per stage whose messages it holds, as the source tree is laid out.

pub mod check;
pub mod cli;
pub mod common;
pub mod data;
pub mod figures;
pub mod output;
pub mod serve;
pub mod story;

use super::Entry;

/// Every entry of the catalog.
pub fn all() -> Vec<&'static Entry> {
    [
        common::entries(),
        data::entries(),
        story::entries(),
        figures::entries(),
        output::entries(),
        check::entries(),
        serve::entries(),
        cli::entries(),
    ]
    .concat()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Language;
    use std::collections::BTreeSet;

    /// The `{name}`s a text uses (`{{` and `}}` are literal braces).
    fn placeholders(text: &str) -> BTreeSet<&str> {
        let mut found = BTreeSet::new();
        let mut rest = text;
        while let Some(i) = rest.find('{') {
            let tail = &rest[i..];
            if let Some(after) = tail.strip_prefix("{{") {
                rest = after;
                continue;
            }
            match tail.find('}') {
                Some(c) => {
                    found.insert(&tail[1..c]);
                    rest = &tail[c + 1..];
                }
                None => break,
            }
        }
        found
    }

    #[test]
    fn every_text_uses_exactly_its_entrys_arguments() {
        for e in all() {
            let args: BTreeSet<&str> = e.args.iter().copied().collect();
            for lang in Language::ALL {
                assert_eq!(
                    placeholders(e.text(lang)),
                    args,
                    "`{}` in {}: {:?}",
                    e.id,
                    lang.tag(),
                    e.text(lang)
                );
            }
        }
    }

    #[test]
    fn every_message_has_its_chinese_forms() {
        let han = |t: &str| t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        for e in all() {
            for lang in [Language::ZhCn, Language::ZhTw] {
                let text = e.text(lang);
                // A text of placeholders and punctuation only (`{what}：{reason}`) has
                // no words to translate.
                let words = placeholders(text)
                    .iter()
                    .fold(text.to_string(), |t, p| t.replace(&format!("{{{p}}}"), ""));
                let neutral = !words.chars().any(|c| c.is_ascii_alphabetic());
                assert!(
                    han(text) || neutral,
                    "`{}` has no {} text: {text:?}",
                    e.id,
                    lang.tag()
                );
            }
            assert_ne!(
                e.zh_cn, e.en,
                "`{}`'s Chinese text is its English one",
                e.id
            );
        }
    }

    #[test]
    fn ids_are_unique() {
        let mut seen = BTreeSet::new();
        for e in all() {
            assert!(seen.insert(e.id), "`{}` is declared twice", e.id);
        }
    }
}
