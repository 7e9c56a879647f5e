//! What differs between Windows and the other systems, in one place: how a path is shown
//! to the user, how the default browser is opened, and the one piece of floating-point
//! arithmetic that came out differently on Windows (see [`exact_quarter_turns`]).
//!
//! Nothing here changes what the build writes into `output/`: a site built on Windows is
//! byte-identical to the same site built on Linux (`scripts/windows-check.sh` checks it).
//!
//! The console needs nothing: Rust's standard library writes to a Windows console with
//! `WriteConsoleW` (UTF-16), whatever the console's code page, so Chinese text shows in
//! cmd.exe and PowerShell; the progress bar (indicatif) writes through the same
//! `std::io::stderr`. Redirected to a file, the output is UTF-8 bytes, as on Linux.

use std::path::Path;

/// `path` as the user writes it on this system: on Windows with `\` between the parts
/// (`content\regions\luqu\region.yaml`, however the path was put together) and without the
/// `\\?\` prefix that canonical paths carry; elsewhere exactly `path.display()`.
pub fn shown(path: &Path) -> String {
    let text = path.display().to_string();
    if cfg!(windows) {
        windows_form(&text)
    } else {
        text
    }
}

/// The Windows form of a path's text (see [`shown`]); separate so it is tested everywhere.
fn windows_form(text: &str) -> String {
    let text = if let Some(unc) = text.strip_prefix(r"\\?\UNC\") {
        format!(r"\\{unc}")
    } else {
        text.strip_prefix(r"\\?\").unwrap_or(text).to_string()
    };
    text.replace('/', "\\")
}

/// Opens `url` in the user's default browser, without waiting for it.
pub fn open_browser(url: &str) -> std::io::Result<()> {
    use std::process::{Command, Stdio};
    let mut cmd = if cfg!(windows) {
        // `start` is cmd.exe's own command; its first quoted argument is a window title,
        // so an empty one goes first. The URL has no spaces or `&` (http://127.0.0.1:N/).
        let mut c = Command::new("cmd");
        c.args(["/C", "start", "", url]);
        c
    } else if cfg!(target_os = "macos") {
        let mut c = Command::new("open");
        c.arg(url);
        c
    } else {
        let mut c = Command::new("xdg-open");
        c.arg(url);
        c
    };
    cmd.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map(|_| ())
}

/// `svg` with every `transform="rotate(A, X, Y)"` whose angle is a whole number of quarter turns
/// written as the exact `matrix(...)` it stands for.
///
/// An SVG reader turns `rotate(270, ...)` into a matrix with `cos` and `sin` of 270°
/// in radians, which are not exactly 0 and -1 but -1.8e-16 and -1. The C library's `cos`
/// differs between Linux (glibc) and Windows (mingw-w64's, using the x87 `fcos`) in those
/// last bits, and the booklet's PDF writes them out (`-0.00000000000000012601326` against
/// `-0.00000000000000012600911`), so the booklet was not byte-identical across systems.
/// With the exact matrix there is nothing left to differ. Used on the chart SVGs the
/// booklet reads; the site's own SVG files are unchanged.
pub fn exact_quarter_turns(svg: &str) -> String {
    const START: &str = "transform=\"rotate(";
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(at) = rest.find(START) {
        out.push_str(&rest[..at]);
        let after = &rest[at + START.len()..];
        let Some(end) = after.find(')') else {
            out.push_str(&rest[at..]);
            return out;
        };
        match quarter_turn_matrix(&after[..end]) {
            Some(m) => {
                out.push_str("transform=\"");
                out.push_str(&m);
            }
            None => out.push_str(&rest[at..at + START.len() + end + 1]),
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// `matrix(a,b,c,d,e,f)` for the arguments of `rotate(A[, X, Y])` when A is a multiple of
/// 90 degrees; `None` otherwise (left as written).
fn quarter_turn_matrix(args: &str) -> Option<String> {
    let nums: Vec<f64> = args
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse::<f64>().ok().filter(|v| v.is_finite()))
        .collect::<Option<_>>()?;
    let (angle, cx, cy) = match nums[..] {
        [a] => (a, 0.0, 0.0),
        [a, x, y] => (a, x, y),
        _ => return None,
    };
    if angle.fract() != 0.0 || angle % 90.0 != 0.0 {
        return None;
    }
    let (cos, sin): (f64, f64) = match (angle as i64).rem_euclid(360) {
        0 => (1.0, 0.0),
        90 => (0.0, 1.0),
        180 => (-1.0, 0.0),
        _ => (0.0, -1.0),
    };
    // translate(cx, cy) · rotate · translate(-cx, -cy)
    let e = cx - (cos * cx - sin * cy);
    let f = cy - (sin * cx + cos * cy);
    let n = |v: f64| {
        if v == 0.0 {
            "0".to_string()
        } else {
            v.to_string()
        }
    };
    Some(format!(
        "matrix({},{},{},{},{},{})",
        n(cos),
        n(sin),
        n(-sin),
        n(cos),
        n(e),
        n(f)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_paths_use_backslashes_and_lose_the_verbatim_prefix() {
        assert_eq!(
            windows_form("content/regions\\luqu/region.yaml"),
            r"content\regions\luqu\region.yaml"
        );
        assert_eq!(windows_form(r"\\?\C:\站点\content"), r"C:\站点\content");
        assert_eq!(windows_form(r"\\?\UNC\server\share\x"), r"\\server\share\x");
        assert_eq!(windows_form(r"D:\a\b"), r"D:\a\b");
    }

    #[test]
    fn paths_elsewhere_are_shown_as_they_are() {
        if !cfg!(windows) {
            let p = Path::new("content/regions/luqu/region.yaml");
            assert_eq!(shown(p), "content/regions/luqu/region.yaml");
        }
    }

    #[test]
    fn quarter_turns_become_exact_matrices() {
        let svg = r#"<text transform="rotate(270, 67, 255)">a</text><g transform="rotate(90)"/>"#;
        assert_eq!(
            exact_quarter_turns(svg),
            r#"<text transform="matrix(0,-1,1,0,-188,322)">a</text><g transform="matrix(0,1,-1,0,0,0)"/>"#
        );
        // The matrix maps the pivot onto itself and (cx+1, cy) one unit "up".
        let (a, b, c, d, e, f) = (0.0, -1.0, 1.0, 0.0, -188.0, 322.0);
        assert_eq!(
            (a * 67.0 + c * 255.0 + e, b * 67.0 + d * 255.0 + f),
            (67.0, 255.0)
        );
        assert_eq!(
            (a * 68.0 + c * 255.0 + e, b * 68.0 + d * 255.0 + f),
            (67.0, 254.0)
        );
    }

    #[test]
    fn other_rotations_and_text_are_left_alone() {
        for s in [
            r#"transform="rotate(45, 1, 2)""#,
            r#"transform="rotate(270.5)""#,
            r#"transform="rotate(1, 2)""#,
            r#"transform="rotate(x)""#,
            "<text>rotate(90)</text>",
            "no rotation",
            r#"transform="rotate("#,
        ] {
            assert_eq!(exact_quarter_turns(s), s);
        }
        assert_eq!(
            exact_quarter_turns(r#"transform="rotate(-90)""#),
            r#"transform="matrix(0,-1,1,0,0,0)""#
        );
        assert_eq!(
            exact_quarter_turns(r#"transform="rotate(180 1 2)""#),
            r#"transform="matrix(-1,0,0,-1,2,4)""#
        );
    }
}
