//! Splitting text into index terms: CJK character bigrams, Latin words and numbers.
//! `static/search.js` splits queries the same way.

/// Is `c` a CJK ideograph (indexed by bigrams)?
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// The index terms of a text: bigrams of each run of CJK characters (a single character
/// when the run is one long), and lowercase Latin words and numbers of two or more
/// characters. `search.js` splits queries the same way.
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_token(text, |t| out.push(t.to_string()));
    out
}

/// Calls `f` with each of [`tokens`]' terms, without allocating one string per term.
pub fn for_each_token(text: &str, mut f: impl FnMut(&str)) {
    let mut prev: Option<char> = None; // the CJK character before, in a run
    let mut run_len = 0;
    let mut word = String::new();
    let mut buf = [0u8; 8];
    let end_run = |prev: &mut Option<char>, run_len: &mut usize, f: &mut dyn FnMut(&str)| {
        if *run_len == 1 {
            if let Some(c) = prev {
                f(c.encode_utf8(&mut [0u8; 4]));
            }
        }
        *prev = None;
        *run_len = 0;
    };
    let end_word = |word: &mut String, f: &mut dyn FnMut(&str)| {
        if word.chars().nth(1).is_some() {
            f(word);
        }
        word.clear();
    };
    for c in text.chars() {
        if is_cjk(c) {
            end_word(&mut word, &mut f);
            if let Some(p) = prev {
                let n = p.len_utf8();
                p.encode_utf8(&mut buf[..n]);
                let m = c.encode_utf8(&mut buf[n..]).len();
                if let Ok(pair) = std::str::from_utf8(&buf[..n + m]) {
                    f(pair);
                }
            }
            prev = Some(c);
            run_len += 1;
        } else if c.is_alphanumeric() {
            end_run(&mut prev, &mut run_len, &mut f);
            // `39.3MW` → `39`, `mw`: numbers and words are separate terms.
            if word
                .chars()
                .last()
                .is_some_and(|l| l.is_numeric() != c.is_numeric())
            {
                end_word(&mut word, &mut f);
            }
            word.extend(c.to_lowercase());
        } else {
            end_run(&mut prev, &mut run_len, &mut f);
            end_word(&mut word, &mut f);
        }
    }
    end_run(&mut prev, &mut run_len, &mut f);
    end_word(&mut word, &mut f);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bigrams_and_words() {
        assert_eq!(
            tokens("易地扶贫搬迁"),
            ["易地", "地扶", "扶贫", "贫搬", "搬迁"]
        );
        assert_eq!(tokens("39.3MW光伏"), ["39", "mw", "光伏"]);
        assert_eq!(tokens("旗 A"), ["旗"]);
    }
}
