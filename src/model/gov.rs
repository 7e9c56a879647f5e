//! `gov:` in site.yaml: a government site's identity as 《政府网站发展指引》
//! (国办发〔2017〕47号) asks every page's footer to show it: 主办单位, 承办单位, 联系方式,
//! 网站标识码, the ICP record number and the public security (公安) record number. Each
//! number is checked for its form here, so a typo stops the build rather than going out
//! on every page of an inspected site.

use super::decode::Decoder;
use crate::diagnostics::{Diagnostic, Span};
use crate::load::yaml::Node;
use crate::messages::catalog::gov;
use crate::messages::Msg;

/// A government site's identity (`gov:`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GovIdentity {
    /// 主办单位: the office that runs the site.
    pub sponsor: String,
    /// 承办单位: who operates it for the sponsor, where that is someone else.
    pub operator: Option<String>,
    /// 联系方式: a telephone number or address, as written.
    pub contact: Option<String>,
    /// 网站标识码.
    pub site_code: SiteCode,
    /// ICP备案号; a site under a portal's address may have none of its own.
    pub icp: Option<IcpNumber>,
    /// 公安机关备案号.
    pub police: Option<PoliceRecord>,
    /// The 党政机关网站标识 (the badge 中央编办 issues), where the office has one.
    pub conac: Option<ConacBadge>,
    /// Show the 政府网站找错 (report-an-error) entry of the State Council's office.
    pub error_report: bool,
}

/// The script 政府网站找错 is shown with; it reads the site code from its tag.
pub const ERROR_REPORT_SCRIPT: &str = "https://zfwzgl.www.gov.cn/exposure/jiucuo.js";

/// The address of an office's 党政机关网站标识 script, as 中央编办 issues it
/// (`https://dcs.conac.cn/js/33/000/0000/60429971/CA330000000604299710001.js`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConacBadge(String);

impl ConacBadge {
    /// The address (always `https:`), if `text` is one on `dcs.conac.cn`.
    pub fn parse(text: &str) -> Option<ConacBadge> {
        let path = ["https://", "http://", "//"]
            .iter()
            .find_map(|p| text.strip_prefix(p))?
            .strip_prefix("dcs.conac.cn/js/")?;
        let name = path.strip_suffix(".js")?;
        // Digits, letters and folders only: the address goes into a script tag.
        let safe = !name.is_empty()
            && name
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'/' || c == b'_');
        safe.then(|| ConacBadge(format!("https://dcs.conac.cn/js/{path}")))
    }

    /// The script's address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// 网站标识码: ten characters, the 6-digit area code (行政区划代码) and 4 digits for a
/// local government's site (`6229000001`), or `bm` and 8 digits for a department's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteCode(String);

impl SiteCode {
    /// The code, if `text` has its form.
    pub fn parse(text: &str) -> Option<SiteCode> {
        let b = text.as_bytes();
        let digits = |s: &[u8]| s.iter().all(u8::is_ascii_digit);
        let local = b.len() == 10 && digits(b) && b[0] != b'0';
        let department = b.len() == 10 && b.starts_with(b"bm") && digits(&b[2..]);
        (local || department).then(|| SiteCode(text.to_string()))
    }

    /// The code as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The one-character abbreviations of the provinces that prefix record numbers (both
/// forms where a province has two: 贵/黔, 云/滇, 川/蜀, 陕/秦, 甘/陇).
const PROVINCES: &str = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新";

/// The text after a province's abbreviation, or `None` without one.
fn after_province(text: &str) -> Option<&str> {
    let first = text.chars().next()?;
    PROVINCES.contains(first).then(|| &text[first.len_utf8()..])
}

/// ICP备案号 as the MIIT record shows it: `甘ICP备12345678号`, with the site's number
/// after 号 when the office registered more than one (`甘ICP备12345678号-1`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IcpNumber(String);

impl IcpNumber {
    /// The MIIT record system, where anyone can look the number up.
    pub const RECORD_URL: &'static str = "https://beian.miit.gov.cn/";

    /// The number, if `text` has its form.
    pub fn parse(text: &str) -> Option<IcpNumber> {
        let rest = after_province(text)?.strip_prefix("ICP备")?;
        let (digits, tail) = rest.split_once('号')?;
        let number = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        let tail_ok = tail.is_empty() || tail.strip_prefix('-').is_some_and(number);
        (number(digits) && tail_ok).then(|| IcpNumber(text.to_string()))
    }

    /// The number as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// 公安机关备案号: `甘公网安备 62290102000123号`, a province, 公网安备 and 14 digits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoliceRecord {
    text: String,
    digits: String,
}

impl PoliceRecord {
    /// The number, if `text` has its form.
    pub fn parse(text: &str) -> Option<PoliceRecord> {
        let rest = after_province(text)?.strip_prefix("公网安备")?;
        let digits = rest.trim_start().strip_suffix('号')?;
        (digits.len() == 14 && digits.bytes().all(|b| b.is_ascii_digit())).then(|| PoliceRecord {
            text: text.to_string(),
            digits: digits.to_string(),
        })
    }

    /// The number as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The record's page on the national public security record system.
    pub fn record_url(&self) -> String {
        format!(
            "https://beian.mps.gov.cn/#/query/webSearch?code={}",
            self.digits
        )
    }
}

const KEYS: &[&str] = &[
    "sponsor",
    "operator",
    "contact",
    "site_code",
    "icp",
    "police",
    "conac",
    "error_report",
];

/// Decodes `gov:` (its key at `key`); `None` when it is not a mapping or lacks a
/// required key (reported).
pub fn decode(d: &mut Decoder<'_>, n: &Node, key: Span) -> Option<GovIdentity> {
    let f = d.fields(n, gov::gov_block(), KEYS)?;
    let sponsor = f.get("sponsor").and_then(|n| d.text(n, "`gov.sponsor`"));
    if sponsor.is_none() {
        d.missing(
            f.span,
            "sponsor",
            gov::gov_block(),
            "sponsor: 某某县人民政府办公室",
        );
    }
    let code = f.get("site_code");
    let site_code = code.and_then(|n| {
        checked(d, n, "`gov.site_code`", SiteCode::parse, |t| {
            let m = gov::gov_not_a_site_code(t);
            (m, gov::gov_site_code_expected(), gov::gov_site_code_hint())
        })
    });
    if code.is_none() {
        d.missing(
            f.span,
            "site_code",
            gov::gov_block(),
            "site_code: \"6229000001\"",
        );
    }
    let icp = f.get("icp").and_then(|n| {
        checked(d, n, "`gov.icp`", IcpNumber::parse, |t| {
            (
                gov::gov_not_an_icp(t),
                gov::gov_icp_expected(),
                gov::gov_icp_hint(),
            )
        })
    });
    let police = f.get("police").and_then(|n| {
        checked(d, n, "`gov.police`", PoliceRecord::parse, |t| {
            let m = gov::gov_not_a_police_record(t);
            (m, gov::gov_police_expected(), gov::gov_police_hint())
        })
    });
    let conac = f.get("conac").and_then(|n| {
        checked(d, n, "`gov.conac`", ConacBadge::parse, |t| {
            let m = gov::gov_not_a_conac_script(t);
            (m, gov::gov_conac_expected(), gov::gov_conac_hint())
        })
    });
    let error_report = f
        .get("error_report")
        .and_then(|n| d.flag(n, "`gov.error_report`"))
        .unwrap_or(false);
    let operator = f.get("operator").and_then(|n| d.text(n, "`gov.operator`"));
    let contact = f.get("contact").and_then(|n| d.text(n, "`gov.contact`"));
    // Each footer item the inspections look for and this block lacks, once.
    let lacking = [
        (contact.is_none(), gov::gov_item_contact()),
        (f.get("icp").is_none(), gov::gov_item_icp()),
        (f.get("police").is_none(), gov::gov_item_police()),
    ];
    for (_, item) in lacking.into_iter().filter(|(lacks, _)| *lacks) {
        d.diags.push(
            Diagnostic::warning(d.file, key, gov::gov_footer_lacks(item))
                .hint(gov::gov_footer_lacks_hint()),
        );
    }
    Some(GovIdentity {
        sponsor: sponsor?,
        operator,
        contact,
        site_code: site_code?,
        icp,
        police,
        conac,
        error_report,
    })
}

/// Warns at `gov:` when the site has no `base_url`, whose host the SiteDomain tag names:
/// the inspections read it, and a published government site has an address.
pub fn check_domain(d: &mut Decoder<'_>, gov_node: &Node, base_url: Option<&str>) {
    if base_url.is_none() {
        d.diags.push(
            Diagnostic::warning(d.file, gov_node.span, gov::gov_without_base_url())
                .hint(gov::gov_without_base_url_hint()),
        );
    }
}

/// A value read with `parse`; when it lacks its form, reported at its node with the
/// message, what was expected and the hint `problem` gives for the text.
fn checked<T>(
    d: &mut Decoder<'_>,
    n: &Node,
    what: &str,
    parse: impl Fn(&str) -> Option<T>,
    problem: impl Fn(String) -> (Msg, Msg, Msg),
) -> Option<T> {
    let text = d.text(n, what)?;
    let parsed = parse(&text);
    if parsed.is_none() {
        let (message, expected, hint) = problem(text);
        d.diags.push(
            Diagnostic::error(d.file, n.span, message)
                .expected(expected)
                .hint(hint),
        );
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_codes() {
        for ok in ["6229000001", "1100000088", "bm01000001"] {
            assert!(SiteCode::parse(ok).is_some(), "{ok}");
        }
        for bad in [
            "622900001",
            "62290000011",
            "0229000001",
            "62X9000001",
            "BM01000001",
            "",
        ] {
            assert!(SiteCode::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn icp_numbers() {
        for ok in [
            "甘ICP备12345678号",
            "甘ICP备12345678号-1",
            "黔ICP备2025044906号",
        ] {
            assert!(IcpNumber::parse(ok).is_some(), "{ok}");
        }
        for bad in [
            "甘ICP备12345678",
            "甘ICP备12345678-1",
            "ICP备12345678号",
            "测ICP备12345678号",
            "甘ICP备号",
            "甘ICP备12345678号-",
            "甘ICP备12345678号1",
        ] {
            assert!(IcpNumber::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn conac_badges_are_scripts_on_dcs_conac_cn() {
        let ok = "https://dcs.conac.cn/js/33/000/0000/60429971/CA330000000604299710001.js";
        assert_eq!(ConacBadge::parse(ok).unwrap().as_str(), ok);
        let http = ok.replace("https:", "http:");
        assert_eq!(ConacBadge::parse(&http).unwrap().as_str(), ok);
        for bad in [
            "https://dcs.conac.cn.evil.example/js/a.js",
            "https://example.com/dcs.conac.cn/js/a.js",
            "https://dcs.conac.cn/js/.js",
            "https://dcs.conac.cn/js/a.js\"><script>",
            "dcs.conac.cn/js/a.js",
        ] {
            assert!(ConacBadge::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn police_records_link_to_their_digits() {
        let p = PoliceRecord::parse("甘公网安备 62290102000123号").unwrap();
        assert_eq!(
            p.record_url(),
            "https://beian.mps.gov.cn/#/query/webSearch?code=62290102000123"
        );
        assert!(PoliceRecord::parse("甘公网安备62290102000123号").is_some());
        for bad in [
            "甘公网安备 6229010200012号",
            "甘公网安备 62290102000123",
            "公网安备 62290102000123号",
        ] {
            assert!(PoliceRecord::parse(bad).is_none(), "{bad}");
        }
    }
}
