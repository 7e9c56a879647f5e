//! Breaking a category label into lines that fit under its bar.

use super::font::text_width;

/// Splits `text` into two lines of about equal width, preferring a break after
/// punctuation and never inside a run of digits or Latin letters.
pub fn wrap_two(text: &str, size: f64) -> Option<(String, String)> {
    let chars: Vec<char> = text.chars().collect();
    let mut best: Option<(bool, f64, usize)> = None;
    for k in 1..chars.len() {
        let (a, b) = (chars[k - 1], chars[k]);
        if a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric() {
            continue;
        }
        let first: String = chars[..k].iter().collect();
        let second: String = chars[k..].iter().collect();
        let w = text_width(&first, size).max(text_width(&second, size));
        let soft = matches!(
            a,
            '、' | '，' | ',' | '—' | '-' | '–' | ' ' | '）' | ')' | '/'
        );
        // Prefer a punctuation break unless it makes the wider line much wider.
        let better = match best {
            None => true,
            Some((bsoft, bw, _)) => {
                let wa = if soft { w * 0.85 } else { w };
                let wb = if bsoft { bw * 0.85 } else { bw };
                wa < wb
            }
        };
        if better {
            best = Some((soft, w, k));
        }
    }
    best.map(|(_, _, k)| {
        (
            chars[..k].iter().collect::<String>().trim_end().to_string(),
            chars[k..]
                .iter()
                .collect::<String>()
                .trim_start()
                .to_string(),
        )
    })
}

/// Breaks `text` into at most `max_lines` lines no wider than `avail` px: balanced
/// in two when that fits, else filled greedily; `None` when it cannot fit.
pub fn wrap_lines(text: &str, size: f64, avail: f64, max_lines: usize) -> Option<Vec<String>> {
    if text_width(text, size) <= avail {
        return Some(vec![text.to_string()]);
    }
    if let Some((a, b)) = wrap_two(text, size) {
        if max_lines >= 2 && text_width(&a, size) <= avail && text_width(&b, size) <= avail {
            return Some(vec![a, b]);
        }
    }
    // Tokens: a run of digits/Latin letters stays whole, any other character alone.
    let mut tokens: Vec<String> = Vec::new();
    for c in text.chars() {
        match tokens.last_mut() {
            Some(t)
                if c.is_ascii_alphanumeric() && t.chars().all(|d| d.is_ascii_alphanumeric()) =>
            {
                t.push(c)
            }
            _ => tokens.push(c.to_string()),
        }
    }
    let mut lines: Vec<String> = vec![String::new()];
    for t in tokens {
        let cur = lines.last_mut()?;
        let joined = format!("{cur}{t}");
        if text_width(&joined, size) <= avail {
            *cur = joined;
        } else if text_width(&t, size) <= avail && !cur.is_empty() {
            lines.push(t.trim_start().to_string());
        } else {
            return None;
        }
    }
    let lines: Vec<String> = lines.into_iter().map(|l| l.trim().to_string()).collect();
    (lines.len() <= max_lines).then_some(lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_punctuation() {
        assert_eq!(
            wrap_two("2013—2015", 16.0),
            Some(("2013—".into(), "2015".into()))
        );
        assert_eq!(
            wrap_two("第一、二批", 16.0),
            Some(("第一、".into(), "二批".into()))
        );
        assert_eq!(wrap_two("x", 16.0), None);
        let three = wrap_lines("内蒙古自治区通辽市科尔沁", 16.0, 100.0, 3).unwrap();
        assert_eq!(three.len(), 3);
        assert_eq!(three.concat(), "内蒙古自治区通辽市科尔沁");
        assert!(three.iter().all(|l| text_width(l, 16.0) <= 100.0));
        assert_eq!(wrap_lines("20132015", 16.0, 30.0, 3), None);
    }
}
