//! The catalog, one module per stage whose messages it holds, as the source tree is laid out.

pub mod check;
pub mod cli;
pub mod common;
pub mod data;
pub mod figures;
pub mod gov;
pub mod help;
pub mod jianbao;
pub mod output;
pub mod serve;
pub mod story;
pub mod tables;
pub mod wechat;
pub mod words;

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
        help::entries(),
        tables::entries(),
        gov::entries(),
        jianbao::entries(),
        words::entries(),
        wechat::entries(),
    ]
    .concat()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{pieces, Language, Piece};
    use std::collections::BTreeSet;

    /// The `{name}`s a text uses.
    fn placeholders(text: &str) -> BTreeSet<&str> {
        pieces(text)
            .into_iter()
            .filter_map(|p| match p {
                Piece::Arg(name) => Some(name),
                Piece::Text(_) => None,
            })
            .collect()
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
