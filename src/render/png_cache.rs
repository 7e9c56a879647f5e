//! A content-addressed cache of chart PNGs, so an unchanged chart is rasterized once.
//!
//! Key: a 128-bit FNV-1a hash of [`VERSION`], the shipped font's length and the SVG bytes;
//! stable across runs, platforms and Rust versions. Entries live in
//! `<site root>/.xiaokang-cache/png/<32 hex digits>.png` and are written atomically
//! (temporary file, then rename), so parallel and interrupted builds never leave a
//! half-written entry under a real name. The cache is only an optimisation: when it cannot
//! be read or written the chart is rasterized anyway and the build goes on.
//!
//! PNGs with missing glyphs are never stored, so their warning repeats on every build.

use super::png::{self, PngError};
use super::OutputFile;
use crate::diagnostics::{Diagnostic, Diagnostics, Severity};
use crate::messages::catalog::output;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Bump when the PNG for the same SVG changes (scale, background, resvg or font).
pub const VERSION: &str = "xiaokang-png-2 resvg-0.47 scale-2 white rgb";

/// The cache folder under a site root.
pub fn dir_for(root: &Path) -> PathBuf {
    root.join(".xiaokang-cache").join("png")
}

/// FNV-1a 128 offset basis.
const OFFSET: u128 = 0x6c62272e07bb014262b821756295c58d;

/// Feeds bytes into a 128-bit FNV-1a state.
fn feed(mut h: u128, bytes: &[u8]) -> u128 {
    const PRIME: u128 = 0x0000000001000000000000000000013b;
    for &b in bytes {
        h ^= b as u128;
        h = h.wrapping_mul(PRIME);
    }
    h
}

/// 128-bit FNV-1a of several parts, each preceded by its length so that part
/// boundaries cannot shift between keys.
fn fnv1a128(parts: &[&[u8]]) -> u128 {
    parts.iter().fold(OFFSET, |h, part| {
        feed(feed(h, &(part.len() as u64).to_le_bytes()), part)
    })
}

/// The cache key of an SVG: 32 lowercase hex digits.
pub fn key(svg: &[u8]) -> String {
    let font_len = (crate::chart::FONT.len() as u64).to_le_bytes();
    format!("{:032x}", fnv1a128(&[VERSION.as_bytes(), &font_len, svg]))
}

/// A PNG and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cached {
    /// The PNG file.
    pub png: Vec<u8>,
    /// True when read from the cache, false when rasterized now.
    pub hit: bool,
    /// Characters without a glyph in the shipped font (always empty on a hit).
    pub missing: Vec<char>,
}

/// The PNG cache of one site. Shareable between threads.
#[derive(Debug)]
pub struct PngCache {
    dir: Option<PathBuf>,
    rasterized: AtomicUsize,
    tmp_seq: AtomicUsize,
}

impl PngCache {
    /// A cache in `dir` (created on first write).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        PngCache {
            dir: Some(dir.into()),
            rasterized: AtomicUsize::new(0),
            tmp_seq: AtomicUsize::new(0),
        }
    }

    /// No cache: every call rasterizes.
    pub fn disabled() -> Self {
        PngCache {
            dir: None,
            rasterized: AtomicUsize::new(0),
            tmp_seq: AtomicUsize::new(0),
        }
    }

    /// How many SVGs this cache has rasterized (misses).
    pub fn rasterized(&self) -> usize {
        self.rasterized.load(Ordering::Relaxed)
    }

    /// Where the entry for `svg` lives, if the cache is enabled.
    pub fn path_of(&self, svg: &[u8]) -> Option<PathBuf> {
        self.dir
            .as_ref()
            .map(|d| d.join(format!("{}.png", key(svg))))
    }

    /// The PNG of `svg`: from the cache, or rasterized and stored.
    pub fn get(&self, svg: &[u8]) -> Result<Cached, PngError> {
        let path = self.path_of(svg);
        if let Some(png) = path.as_deref().and_then(read_entry) {
            return Ok(Cached {
                png,
                hit: true,
                missing: Vec::new(),
            });
        }
        self.rasterized.fetch_add(1, Ordering::Relaxed);
        let r = png::rasterize(svg)?;
        if let Some(path) = path.filter(|_| r.missing.is_empty()) {
            // Best effort: a cache that cannot be written only costs time.
            let _ = self.store(&path, &r.png);
        }
        Ok(Cached {
            png: r.png,
            hit: false,
            missing: r.missing,
        })
    }

    /// Writes an entry atomically: a temporary file in the same folder, then rename.
    fn store(&self, path: &Path, png: &[u8]) -> std::io::Result<()> {
        let dir = path.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(dir)?;
        let seq = self.tmp_seq.fetch_add(1, Ordering::Relaxed);
        let tmp = dir.join(format!(".tmp-{}-{seq}.png", std::process::id()));
        let result = (|| {
            let mut f = fs::File::create(&tmp)?;
            f.write_all(png)?;
            f.sync_all()?;
            fs::rename(&tmp, path)
        })();
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result
    }
}

/// The PNG of the chart SVG at `svg_path` (`charts/…/<name>.svg` → `….png`), through
/// `cache`.
///
/// A chart with characters the shipped font lacks gets a warning (its PNG shows empty
/// boxes); an SVG that cannot be rasterized is an error, since its page links the PNG.
pub fn chart_png(
    svg_path: &Path,
    svg: &[u8],
    cache: &PngCache,
    diags: &mut Diagnostics,
) -> Option<OutputFile> {
    let png_path = svg_path.with_extension("png");
    match cache.get(svg) {
        Ok(c) => {
            if !c.missing.is_empty() {
                let chars: Vec<String> = c.missing.iter().map(char::to_string).collect();
                diags.push(Diagnostic {
                    severity: Severity::Warning,
                    ..Diagnostic::general(output::png_missing_glyphs(&png_path, chars.join(" ")))
                        .hint(output::png_missing_glyphs_hint())
                });
            }
            Some(OutputFile {
                path: png_path,
                bytes: c.png.into(),
            })
        }
        Err(e) => {
            diags.push(
                Diagnostic::general(output::png_failed(&png_path, e.msg()))
                    .hint(output::png_failed_hint()),
            );
            None
        }
    }
}

/// A cache entry's bytes if it is present and looks like a whole PNG file.
fn read_entry(path: &Path) -> Option<Vec<u8>> {
    let bytes = fs::read(path).ok()?;
    let complete = bytes.ends_with(b"IEND\xae\x42\x60\x82");
    (png::png_size(&bytes).is_some() && complete).then_some(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn svg(text: &str) -> Vec<u8> {
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"50\">\
             <text x=\"5\" y=\"35\" font-size=\"20\">{text}</text></svg>"
        )
        .into_bytes()
    }

    #[test]
    fn keys_are_stable_and_distinct() {
        // Published FNV-1a 128 test vectors: the hash is the standard one.
        assert_eq!(feed(OFFSET, b""), 0x6c62272e07bb014262b821756295c58d);
        assert_eq!(feed(OFFSET, b"a"), 0xd228cb696f1a8caf78912b704e4a8964);
        // Pinned: a key must not change between runs, platforms or compilers, or every
        // user's cache would silently go cold.
        assert_eq!(format!("{:032x}", fnv1a128(&[b"svg"])), PINNED);
        assert_eq!(key(&svg("甘肃")), key(&svg("甘肃")));
        assert_ne!(key(&svg("甘肃")), key(&svg("甘南")));
        assert_ne!(fnv1a128(&[b"ab", b"c"]), fnv1a128(&[b"a", b"bc"]));
        assert_eq!(key(b"x").len(), 32);
        assert!(key(b"x").bytes().all(|b| b.is_ascii_hexdigit()));
    }

    const PINNED: &str = "e26a49bc0a3843d82945a821cbdc33ec";

    #[test]
    fn second_call_is_a_hit() {
        let tmp = tempfile::tempdir().unwrap();
        let cache = PngCache::new(tmp.path().join("png"));
        let s = svg("贫困发生率");
        let first = cache.get(&s).unwrap();
        assert!(!first.hit);
        assert_eq!(cache.rasterized(), 1);
        let entry = cache.path_of(&s).unwrap();
        assert!(entry.is_file());
        let second = cache.get(&s).unwrap();
        assert!(second.hit);
        assert_eq!(second.png, first.png);
        assert_eq!(cache.rasterized(), 1);
        // A new cache on the same folder (the next build) hits too.
        let next = PngCache::new(tmp.path().join("png"));
        assert!(next.get(&s).unwrap().hit);
        assert_eq!(next.rasterized(), 0);
        // No temporary files left behind.
        let names: Vec<_> = fs::read_dir(tmp.path().join("png"))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(names, vec![format!("{}.png", key(&s))]);
    }

    #[test]
    fn a_changed_svg_is_a_miss() {
        let tmp = tempfile::tempdir().unwrap();
        let cache = PngCache::new(tmp.path());
        let a = cache.get(&svg("2014年")).unwrap();
        let b = cache.get(&svg("2018年")).unwrap();
        assert!(!a.hit && !b.hit);
        assert_ne!(a.png, b.png);
        assert_eq!(cache.rasterized(), 2);
    }

    #[test]
    fn a_corrupt_entry_is_replaced() {
        let tmp = tempfile::tempdir().unwrap();
        let cache = PngCache::new(tmp.path());
        let s = svg("科左后旗");
        let good = cache.get(&s).unwrap().png;
        let entry = cache.path_of(&s).unwrap();
        // Truncated (an old crash) and garbage entries are misses, then rewritten.
        for bad in [
            &good[..good.len() / 2],
            b"garbage".as_slice(),
            b"".as_slice(),
        ] {
            fs::write(&entry, bad).unwrap();
            let got = cache.get(&s).unwrap();
            assert!(!got.hit);
            assert_eq!(got.png, good);
            assert_eq!(fs::read(&entry).unwrap(), good);
        }
    }

    #[test]
    fn an_unusable_cache_folder_still_gives_the_png() {
        let tmp = tempfile::tempdir().unwrap();
        // The cache "folder" is a file: nothing can be read or written below it.
        let file = tmp.path().join("not-a-folder");
        fs::write(&file, "x").unwrap();
        let cache = PngCache::new(file.join("png"));
        let s = svg("白银区");
        let expected = png::rasterize(&s).unwrap().png;
        for _ in 0..2 {
            let got = cache.get(&s).unwrap();
            assert!(!got.hit);
            assert_eq!(got.png, expected);
        }
        assert_eq!(cache.rasterized(), 2);
        // The entry's place is a folder: reading and renaming fail, the PNG still comes.
        let cache = PngCache::new(tmp.path().join("c"));
        fs::create_dir_all(cache.path_of(&s).unwrap()).unwrap();
        assert_eq!(cache.get(&s).unwrap().png, expected);
        assert_eq!(cache.get(&s).unwrap().png, expected);
    }

    #[test]
    fn pngs_with_missing_glyphs_are_not_cached() {
        let tmp = tempfile::tempdir().unwrap();
        let cache = PngCache::new(tmp.path());
        let s = svg("\u{17000}");
        for _ in 0..2 {
            let got = cache.get(&s).unwrap();
            assert!(!got.hit);
            assert_eq!(got.missing, vec!['\u{17000}']);
        }
        assert!(!cache.path_of(&s).unwrap().exists());
    }

    #[test]
    fn a_disabled_cache_always_rasterizes() {
        let cache = PngCache::disabled();
        assert!(cache.path_of(b"x").is_none());
        let s = svg("青海");
        assert!(!cache.get(&s).unwrap().hit);
        assert!(!cache.get(&s).unwrap().hit);
        assert_eq!(cache.rasterized(), 2);
    }

    #[test]
    fn bad_svg_is_an_error_and_not_cached() {
        let tmp = tempfile::tempdir().unwrap();
        let cache = PngCache::new(tmp.path());
        assert!(cache.get(b"<svg").is_err());
        assert_eq!(fs::read_dir(tmp.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_png_is_named_after_its_svg() {
        let mut d = Diagnostics::new();
        let path = Path::new("charts/a/poverty-rate.svg");
        let png = chart_png(path, &svg("甲"), &PngCache::disabled(), &mut d).unwrap();
        assert_eq!(png.path, Path::new("charts/a/poverty-rate.png"));
        assert!(d.is_empty());
        assert_eq!(png::png_size(&png.bytes), Some((400, 100)));
    }

    #[test]
    fn missing_glyphs_warn_and_bad_svgs_fail() {
        let mut d = Diagnostics::new();
        let cache = PngCache::disabled();
        let x = chart_png(
            Path::new("charts/a/x.svg"),
            &svg("碌曲\u{17000}"),
            &cache,
            &mut d,
        );
        let y = chart_png(Path::new("charts/a/y.svg"), b"<svg", &cache, &mut d);
        assert!(x.is_some() && y.is_none());
        assert_eq!(d.warning_count(), 1);
        assert_eq!(d.error_count(), 1);
        let text = d.to_string();
        assert!(text.contains("charts/a/x.png"), "{text}");
        assert!(text.contains('\u{17000}'), "{text}");
        assert!(text.contains("charts/a/y.png could not be made"), "{text}");
    }
}
