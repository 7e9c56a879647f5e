//! Text encodings: every input is UTF-8 (a BOM is allowed). A file in another encoding
//! is an error, and when it looks like a Chinese legacy encoding (GBK/GB18030 from a
//! Windows editor, Big5 from a Traditional Chinese one) or UTF-16 the message says so and
//! gives the `iconv` command that converts it. The guess is only ever used for the message:
//! a non-UTF-8 file is never read as if it were right.

use encoding_rs::{Encoding, BIG5, GB18030, UTF_16BE, UTF_16LE};

/// A legacy encoding a non-UTF-8 file appears to be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Guess {
    /// GBK (the usual "ANSI" encoding of Simplified Chinese Windows).
    Gbk,
    /// GB18030: GBK plus four-byte sequences, which `iconv -f GBK` would reject.
    Gb18030,
    /// Big5 (Traditional Chinese Windows).
    Big5,
    /// UTF-16, little-endian (Windows Notepad's "Unicode").
    Utf16Le,
    /// UTF-16, big-endian.
    Utf16Be,
}

impl Guess {
    /// The name `iconv -f` takes.
    pub fn iconv_name(self) -> &'static str {
        match self {
            Guess::Gbk => "GBK",
            Guess::Gb18030 => "GB18030",
            Guess::Big5 => "BIG5",
            Guess::Utf16Le => "UTF-16LE",
            Guess::Utf16Be => "UTF-16BE",
        }
    }

    /// How the message describes it.
    pub fn describe(self) -> crate::messages::Msg {
        use crate::messages::catalog::data;
        match self {
            Guess::Gbk => data::enc_gbk(),
            Guess::Gb18030 => data::enc_gb18030(),
            Guess::Big5 => data::enc_big5(),
            Guess::Utf16Le | Guess::Utf16Be => data::enc_utf16(),
        }
    }

    fn encoding(self) -> &'static Encoding {
        match self {
            Guess::Gbk | Guess::Gb18030 => GB18030,
            Guess::Big5 => BIG5,
            Guess::Utf16Le => UTF_16LE,
            Guess::Utf16Be => UTF_16BE,
        }
    }
}

/// Why a file could not be read as UTF-8.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotUtf8 {
    /// 1-based line of the first byte that is not UTF-8.
    pub line: usize,
    /// 1-based column (in characters, as decoded by the guess when there is one).
    pub column: usize,
    /// The encoding the file appears to be in, if any fits well.
    pub guess: Option<Guess>,
    /// The file decoded with the guess (or lossily), only for quoting the line in messages.
    pub preview: String,
}

/// Decodes a file's bytes as UTF-8, dropping a byte-order mark.
pub fn decode(bytes: Vec<u8>) -> Result<String, Box<NotUtf8>> {
    if let Some(g) = utf16(&bytes) {
        let (text, _) = g
            .encoding()
            .decode_without_bom_handling(bom_free(&bytes, g));
        return Err(Box::new(NotUtf8 {
            line: 1,
            column: 1,
            guess: Some(g),
            preview: text.into_owned(),
        }));
    }
    match String::from_utf8(bytes) {
        Ok(mut s) => {
            if s.starts_with('\u{feff}') {
                s.drain(..3);
            }
            Ok(s)
        }
        Err(e) => {
            let bytes = e.into_bytes();
            let guess = guess(&bytes);
            // With a guess, point at the first character that is not ASCII: where the
            // legacy encoding starts (its bytes can pass for UTF-8 for a while).
            let at = match guess {
                Some(_) => bytes.iter().position(|b| !b.is_ascii()).unwrap_or(0),
                None => std::str::from_utf8(&bytes).map_or_else(|e| e.valid_up_to(), |_| 0),
            };
            let line_start = bytes[..at]
                .iter()
                .rposition(|b| *b == b'\n')
                .map_or(0, |i| i + 1);
            let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
            let decode = |b: &[u8]| -> String {
                match guess {
                    Some(g) => g.encoding().decode_without_bom_handling(b).0.into_owned(),
                    None => String::from_utf8_lossy(b).into_owned(),
                }
            };
            let column = decode(&bytes[line_start..at]).chars().count() + 1;
            let preview = decode(&bytes);
            Err(Box::new(NotUtf8 {
                line,
                column,
                guess,
                preview,
            }))
        }
    }
}

fn bom_free(bytes: &[u8], g: Guess) -> &[u8] {
    match (g, bytes) {
        (Guess::Utf16Le, [0xFF, 0xFE, rest @ ..]) | (Guess::Utf16Be, [0xFE, 0xFF, rest @ ..]) => {
            rest
        }
        _ => bytes,
    }
}

/// UTF-16, told by its byte-order mark or by NUL bytes in every other position.
fn utf16(bytes: &[u8]) -> Option<Guess> {
    match bytes {
        [0xFF, 0xFE, ..] => return Some(Guess::Utf16Le),
        [0xFE, 0xFF, ..] => return Some(Guess::Utf16Be),
        _ => {}
    }
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let odd_nul = sample.chunks(2).filter(|p| p[1] == 0).count();
    let even_nul = sample.chunks(2).filter(|p| p[0] == 0).count();
    if odd_nul * 10 >= pairs * 3 && even_nul == 0 {
        Some(Guess::Utf16Le)
    } else if even_nul * 10 >= pairs * 3 && odd_nul == 0 {
        Some(Guess::Utf16Be)
    } else {
        None
    }
}

/// Which Chinese legacy encoding, if any, reads `bytes` as plausible text.
///
/// A candidate must decode without a single malformed sequence, and most of the
/// non-ASCII characters it yields must be CJK ideographs or Chinese punctuation. GBK
/// read as Big5 (or the other way round) fails one test or the other: Big5's common
/// characters fall on GBK's kana, Greek and Cyrillic rows, and GBK's trail bytes 0x80–0xA0
/// are not Big5. When both pass, the one with more of the most frequent characters wins.
pub fn guess(bytes: &[u8]) -> Option<Guess> {
    let gb = score(GB18030, bytes, COMMON_SIMPLIFIED);
    let big5 = score(BIG5, bytes, COMMON_TRADITIONAL);
    let pick = match (gb, big5) {
        (Some(g), Some(b)) if b > g => Guess::Big5,
        (Some(_), _) => {
            if has_four_byte_gb18030(bytes) {
                Guess::Gb18030
            } else {
                Guess::Gbk
            }
        }
        (None, Some(_)) => Guess::Big5,
        (None, None) => return None,
    };
    Some(pick)
}

/// `None` when the decoding is implausible; else a score (common-character hits, then share).
fn score(enc: &'static Encoding, bytes: &[u8], common: &str) -> Option<(usize, usize)> {
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    if had_errors {
        return None;
    }
    let mut non_ascii = 0usize;
    let mut chinese = 0usize;
    let mut hits = 0usize;
    for c in text.chars().filter(|c| !c.is_ascii()) {
        non_ascii += 1;
        if is_chinese(c) {
            chinese += 1;
        }
        if common.contains(c) {
            hits += 1;
        }
    }
    // At least 80% Chinese characters; a file without any non-ASCII would have been UTF-8.
    (non_ascii > 0 && chinese * 5 >= non_ascii * 4).then_some((hits, chinese * 1000 / non_ascii))
}

fn is_chinese(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'      // CJK Unified Ideographs
        | '\u{3400}'..='\u{4DBF}'    // Extension A
        | '\u{20000}'..='\u{2FA1F}'  // Extensions B–F, compatibility supplement
        | '\u{3000}'..='\u{303F}'    // CJK punctuation: 、。《》「」
        | '\u{FF01}'..='\u{FF5E}'    // full-width ASCII: ，：；（）
        | '\u{2014}' | '\u{2026}' | '\u{2018}'..='\u{201D}' | '\u{00B7}' | '\u{00D7}')
}

/// A lead byte 0x81–0xFE followed by a digit: GB18030's four-byte form.
fn has_four_byte_gb18030(bytes: &[u8]) -> bool {
    let mut i = 0;
    while i + 1 < bytes.len() {
        let b = bytes[i];
        if (0x81..=0xFE).contains(&b) {
            if bytes[i + 1].is_ascii_digit() {
                return true;
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    false
}

const COMMON_SIMPLIFIED: &str = "的一是了不在有人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研贫困县户村镇乡万元亿项扶脱";

const COMMON_TRADITIONAL: &str = "的一是了不在有人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見計別她手角期根論運農指幾九區強放決西被幹做必戰先回則任取據處府研貧困縣戶村鎮鄉萬元億項扶脫";

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(e: &'static Encoding, s: &str) -> Vec<u8> {
        let (b, _, errors) = e.encode(s);
        assert!(!errors);
        b.into_owned()
    }

    const SAMPLE: &str = "name: 碌曲县\nlevel: 县\npoverty:\n  - { year: 2014, households: 13065, people: 34261, rate: 11% }\nsource: 甘南日报，2018年脱贫攻坚成效显著。\n";

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode(SAMPLE.as_bytes().to_vec()).unwrap(), SAMPLE);
        let mut b = b"\xEF\xBB\xBF".to_vec();
        b.extend(SAMPLE.as_bytes());
        assert_eq!(decode(b).unwrap(), SAMPLE);
        assert_eq!(decode(Vec::new()).unwrap(), "");
    }

    #[test]
    fn gbk_is_recognised_with_its_line() {
        let e = decode(enc(GB18030, SAMPLE)).unwrap_err();
        assert_eq!(e.guess, Some(Guess::Gbk));
        assert_eq!((e.line, e.column), (1, 7));
        assert!(e.preview.contains("碌曲县"));
        let e = decode(enc(GB18030, "a: 1\nb: 2\nname: 康乐县\n")).unwrap_err();
        assert_eq!((e.line, e.column, e.guess), (3, 7, Some(Guess::Gbk)));
    }

    #[test]
    fn gb18030_four_byte_forms_are_named() {
        // U+20000 exists only as a four-byte GB18030 sequence.
        let e = decode(enc(GB18030, "名称: 𠀀县\n")).unwrap_err();
        assert_eq!(e.guess, Some(Guess::Gb18030));
    }

    #[test]
    fn big5_is_told_from_gbk() {
        let text = "name: 科左後旗\nsource: 內蒙古自治區通遼市，貧困戶數量下降。\n";
        let e = decode(enc(BIG5, text)).unwrap_err();
        assert_eq!(e.guess, Some(Guess::Big5), "{}", e.preview);
    }

    #[test]
    fn utf16_is_recognised() {
        let mut b = vec![0xFF, 0xFE];
        for u in "name: 县\n".encode_utf16() {
            b.extend(u.to_le_bytes());
        }
        assert_eq!(decode(b).unwrap_err().guess, Some(Guess::Utf16Le));
        let mut b = Vec::new();
        for u in "name: x\nlevel: y\n".encode_utf16() {
            b.extend(u.to_be_bytes());
        }
        assert_eq!(decode(b).unwrap_err().guess, Some(Guess::Utf16Be));
    }

    #[test]
    fn random_bytes_are_not_guessed() {
        let bytes: Vec<u8> = (0..2000u32).map(|i| (i * 7919 % 251) as u8).collect();
        let e = decode(bytes).unwrap_err();
        assert_eq!(e.guess, None);
        // Latin-1 text is not Chinese.
        let e = decode(b"caf\xE9 cr\xE8me br\xFBl\xE9e\n".to_vec()).unwrap_err();
        assert_eq!(e.guess, None);
    }
}
