//! The phrases the word check looks for: the built-in list (`builtin.tsv`, compiled in)
//! and the office's own (`content/words.yaml`), in one Aho-Corasick automaton.

use crate::model::story::Date;
use crate::model::words::OfficeWords;
use aho_corasick::{AhoCorasick, MatchKind};

/// The built-in list as written: wrong form, right form, date of renaming, rule.
const BUILTIN: &str = include_str!("builtin.tsv");

/// One row of the built-in list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Builtin {
    /// The wrong phrase, as a whole.
    pub wrong: &'static str,
    /// The right form; empty for a right phrase that holds a wrong one (农业部门).
    pub right: &'static str,
    /// For an agency's old name, the day from which it is wrong.
    pub renamed: Option<Date>,
    /// The rule or source it comes from.
    pub rule: &'static str,
}

/// Every row of the built-in list, in its order.
pub fn builtin() -> Vec<Builtin> {
    BUILTIN
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut cols = l.split('\t');
            let mut next = || cols.next().unwrap_or("").trim();
            let (wrong, right, date, rule) = (next(), next(), next(), next());
            Builtin {
                wrong,
                right,
                renamed: Date::parse(date),
                rule,
            }
        })
        .collect()
}

/// What a phrase found means.
#[derive(Debug, Clone)]
pub enum Found {
    /// A right phrase that holds a wrong one: nothing to say.
    Right,
    /// A row of the built-in list.
    Builtin(Builtin),
    /// Entry `k` of the office's list.
    Office(usize),
}

/// The phrases of both lists, found in one pass.
pub struct Phrases {
    automaton: AhoCorasick,
    meaning: Vec<Found>,
    /// The wrong form of each pattern, for checking accepted words.
    words: Vec<String>,
}

impl Phrases {
    /// The built-in list and the office's. The office's entries come first: where both
    /// list a phrase, the office's words are the ones shown.
    pub fn new(office: &OfficeWords) -> Phrases {
        let mut words = Vec::new();
        let mut meaning = Vec::new();
        for (k, w) in office.words.iter().enumerate() {
            words.push(w.wrong.clone());
            meaning.push(Found::Office(k));
        }
        for b in builtin() {
            words.push(b.wrong.to_string());
            meaning.push(match b.right.is_empty() {
                true => Found::Right,
                false => Found::Builtin(b),
            });
        }
        // Leftmost-longest: at a place, 国务院扶贫办 wins over 扶贫办, and the right
        // 农业部门 over the wrong 农业部.
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&words)
            .expect("the word lists make an automaton");
        Phrases {
            automaton,
            meaning,
            words,
        }
    }

    /// Every phrase of the lists in `text`: its byte range, its wrong form and meaning.
    pub fn find<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (std::ops::Range<usize>, &'a str, &'a Found)> + 'a {
        self.automaton.find_iter(text).map(|m| {
            let p = m.pattern().as_usize();
            (m.range(), self.words[p].as_str(), &self.meaning[p])
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_row_has_its_parts() {
        let rows = builtin();
        assert!(rows.len() >= 20, "{}", rows.len());
        for r in &rows {
            assert!(!r.wrong.is_empty() && !r.rule.is_empty(), "{r:?}");
            assert!(r.wrong != r.right, "{r:?}");
        }
        let renamed = rows.iter().filter(|r| r.renamed.is_some()).count();
        assert!(renamed >= 5, "{renamed}");
    }

    #[test]
    fn a_longer_right_phrase_wins_over_the_wrong_one_it_holds() {
        let p = Phrases::new(&OfficeWords::default());
        let found: Vec<&str> = p
            .find("各级农业部门，农业部，国务院扶贫办，扶贫办法")
            .filter(|(_, _, f)| !matches!(f, Found::Right))
            .map(|(_, w, _)| w)
            .collect();
        assert_eq!(found, ["农业部", "国务院扶贫办"]);
    }

    #[test]
    fn the_offices_entry_wins_over_the_builtin_one_of_the_same_phrase() {
        let office = OfficeWords {
            words: vec![crate::model::words::OfficeWord {
                wrong: "截止目前".into(),
                right: Some("到目前为止".into()),
                reason: None,
                since: None,
                at: crate::diagnostics::Span::default(),
            }],
            ..OfficeWords::default()
        };
        let p = Phrases::new(&office);
        let found: Vec<_> = p.find("截止目前").map(|(_, _, f)| f.clone()).collect();
        assert!(matches!(found[..], [Found::Office(0)]), "{found:?}");
    }
}
