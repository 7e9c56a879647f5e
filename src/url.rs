//! Percent-encoding of URL paths: the one decoder (strict for `serve`, lossy for the link
//! checks) and the encoder for path segments the site writes into `href`s; and the host
//! of an address that leaves the site.
//!
//! Uses nothing else from the crate, so any stage can call it.

use std::fmt;

/// Why [`percent_decode`] refused a string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BadEscape {
    /// The `%` at this byte offset is not followed by two hex digits.
    Malformed(usize),
    /// The escapes decode to bytes that are not UTF-8.
    NotUtf8,
}

impl fmt::Display for BadEscape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BadEscape::Malformed(at) => {
                write!(f, "`%` at byte {at} is not followed by two hex digits")
            }
            BadEscape::NotUtf8 => write!(f, "the escapes do not decode to UTF-8 text"),
        }
    }
}

impl std::error::Error for BadEscape {}

/// Decodes every `%XX` (two hex digits, either case); an error for any other `%` or when
/// the result is not UTF-8. Nothing else is changed: `+` stays `+` (paths, not forms).
pub fn percent_decode(s: &str) -> Result<String, BadEscape> {
    if !s.contains('%') {
        return Ok(s.to_string());
    }
    let (bytes, bad) = decode_bytes(s);
    if let Some(at) = bad {
        return Err(BadEscape::Malformed(at));
    }
    String::from_utf8(bytes).map_err(|_| BadEscape::NotUtf8)
}

/// [`percent_decode`] that never fails: a bad escape is kept as written (`a%2` stays
/// `a%2`) and bytes that are not UTF-8 become U+FFFD, as a browser shows them.
pub fn percent_decode_lossy(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    String::from_utf8_lossy(&decode_bytes(s).0).into_owned()
}

/// The bytes of `s` with every valid `%XX` decoded and the others kept, and the offset
/// of the first bad escape.
fn decode_bytes(s: &str) -> (Vec<u8>, Option<usize>) {
    let b = s.as_bytes();
    let hex = |i: usize| b.get(i).and_then(|&c| (c as char).to_digit(16));
    let mut out = Vec::with_capacity(b.len());
    let mut bad = None;
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            if let (Some(hi), Some(lo)) = (hex(i + 1), hex(i + 2)) {
                out.push((hi * 16 + lo) as u8);
                i += 3;
                continue;
            }
            bad.get_or_insert(i);
        }
        out.push(b[i]);
        i += 1;
    }
    (out, bad)
}

/// `s` as one path segment of an `href`: percent-encodes what may not appear raw there
/// (space, `%`, `#`, `?`, `/`, quotes, `<>\^`{|}`, control characters and other
/// whitespace); keeps other non-ASCII, such as Chinese, as written for readers.
///
/// HTML escaping (`&`) is still the template's job; `.` and `..` are not made safe
/// (browsers resolve `%2E%2E` as `..` too), so callers never pass them.
pub fn encode_path_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !needs_escape(c) {
            out.push(c);
        } else {
            let mut buf = [0; 4];
            for byte in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    out
}

/// Whether `c` may not appear raw in a path segment of an `href` (see
/// [`encode_path_segment`]).
pub fn needs_escape(c: char) -> bool {
    c.is_control()
        || c.is_whitespace()
        || matches!(
            c,
            '%' | '#' | '?' | '/' | '"' | '\'' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}'
        )
}

/// The host an address leaves the site for (`https://Img.Example.cn:8080/a.png` →
/// `img.example.cn`), lower-cased, without user, port or path; `None` for an address on
/// the site itself (relative, `/…`) or one that opens no page from a host (`mailto:`).
/// Read as a browser reads it: tabs and line breaks dropped, `\` as `/`, and
/// `https:host/…` (no slashes) taken for a host too, as it is from a `file://` page.
pub fn offsite_host(url: &str) -> Option<String> {
    let clean: String = url
        .trim()
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .map(|c| {
            if c == '\\' {
                '/'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    let rest = match clean.strip_prefix("//") {
        Some(rest) => rest,
        None => {
            let (scheme, rest) = clean.split_once(':')?;
            if !matches!(scheme, "http" | "https" | "ftp" | "ws" | "wss") {
                return None;
            }
            rest.trim_start_matches('/')
        }
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = match host_port.strip_prefix('[') {
        // An IPv6 literal keeps its brackets' inside.
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => host_port.split(':').next().unwrap_or(""),
    };
    let host = host.trim_end_matches('.');
    (!host.is_empty()).then(|| host.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_host_an_address_leaves_for() {
        assert_eq!(
            offsite_host("https://Img.Example.cn:8080/a.png?x#y").as_deref(),
            Some("img.example.cn")
        );
        assert_eq!(
            offsite_host(" //cdn.example.com/x.png").as_deref(),
            Some("cdn.example.com")
        );
        assert_eq!(
            offsite_host("http://user:pw@www.gov.cn./").as_deref(),
            Some("www.gov.cn")
        );
        assert_eq!(offsite_host("http://[::1]:80/").as_deref(), Some("::1"));
        // What browsers make of odd forms.
        for odd in [
            "https:\\\\evil.example\\a.png",
            "ht\ttps://evil.example/",
            "https:evil.example/a.png",
            "\\\\evil.example/a",
        ] {
            assert_eq!(
                offsite_host(odd).as_deref(),
                Some("evil.example"),
                "{odd:?}"
            );
        }
        for local in [
            "../static/a.png",
            "/static/a.png",
            "mailto:a@b.cn",
            "data:x",
            "https://",
            "",
        ] {
            assert_eq!(offsite_host(local), None, "{local}");
        }
    }

    #[test]
    fn decodes_escapes_in_either_case() {
        assert_eq!(
            percent_decode("/static/%E5%85%89.png").as_deref(),
            Ok("/static/光.png")
        );
        assert_eq!(percent_decode("a%2fb%2Fc").as_deref(), Ok("a/b/c"));
        assert_eq!(percent_decode("a+b").as_deref(), Ok("a+b"));
        assert_eq!(percent_decode("照片.jpg").as_deref(), Ok("照片.jpg"));
        assert_eq!(percent_decode("%25").as_deref(), Ok("%"));
    }

    #[test]
    fn strict_decode_refuses_bad_escapes_and_non_utf8() {
        assert_eq!(percent_decode("%"), Err(BadEscape::Malformed(0)));
        assert_eq!(percent_decode("a%2"), Err(BadEscape::Malformed(1)));
        assert_eq!(percent_decode("a%zz"), Err(BadEscape::Malformed(1)));
        // A sign is not a hex digit (`u8::from_str_radix` would take `+f`).
        assert_eq!(percent_decode("%+f"), Err(BadEscape::Malformed(0)));
        assert_eq!(percent_decode("%E5%85"), Err(BadEscape::NotUtf8));
        assert_eq!(percent_decode("/%E5%8"), Err(BadEscape::Malformed(4)));
        assert_eq!(percent_decode("%%41"), Err(BadEscape::Malformed(0)));
    }

    #[test]
    fn lossy_decode_keeps_bad_escapes_as_written() {
        assert_eq!(percent_decode_lossy("a%2"), "a%2");
        assert_eq!(percent_decode_lossy("%"), "%");
        assert_eq!(percent_decode_lossy("%+f"), "%+f");
        assert_eq!(percent_decode_lossy("%%41"), "%A");
        assert_eq!(percent_decode_lossy("100%光"), "100%光");
        assert_eq!(percent_decode_lossy("%E5%85"), "\u{fffd}");
        assert_eq!(
            percent_decode_lossy("../static/%E7%85%A7%E7%89%87.jpg"),
            "../static/照片.jpg"
        );
    }

    #[test]
    fn encodes_what_a_segment_may_not_hold() {
        assert_eq!(encode_path_segment("碌曲县"), "碌曲县");
        assert_eq!(encode_path_segment("a-b_c.d~e"), "a-b_c.d~e");
        assert_eq!(
            encode_path_segment("Gannan Prefecture"),
            "Gannan%20Prefecture"
        );
        assert_eq!(encode_path_segment("100%"), "100%25");
        assert_eq!(encode_path_segment("a#b?c/d"), "a%23b%3Fc%2Fd");
        assert_eq!(encode_path_segment("\"'<>"), "%22%27%3C%3E");
        assert_eq!(encode_path_segment("\\^`{|}"), "%5C%5E%60%7B%7C%7D");
        assert_eq!(encode_path_segment("a\tb\n\u{7f}"), "a%09b%0A%7F");
        // Invisible non-ASCII spaces would be lost when a reader copies the address.
        assert_eq!(encode_path_segment("甘南\u{3000}州"), "甘南%E3%80%80州");
        assert_eq!(encode_path_segment("a&b"), "a&b");
    }

    #[test]
    fn encoded_segments_decode_back() {
        for s in [
            "碌曲 县",
            "100% #1?",
            "a/b\\c",
            "\"<{x}>\"",
            "tab\there",
            "全\u{3000}角",
        ] {
            let e = encode_path_segment(s);
            assert!(!e.contains([' ', '/', '#', '?']), "{e}");
            assert_eq!(percent_decode(&e).as_deref(), Ok(s));
        }
    }
}
