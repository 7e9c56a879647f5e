//! Colours and marker shapes that tell series apart in colour, in grey-scale
//! print and for colour-blind readers.

use std::fmt;

/// An opaque colour, written `#RRGGBB` in the drawing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }
}

/// Series colours: a deep official red first, then hues spread for colour-blind
/// readers (after Okabe–Ito), all dark enough for white text on them and for
/// value labels written in them on white (contrast ≥ 4.5:1).
const SERIES: [Rgb; 10] = [
    Rgb(0xb8, 0x23, 0x2f), // deep red
    Rgb(0x0b, 0x5c, 0x9e), // blue
    Rgb(0xa8, 0x55, 0x00), // dark orange
    Rgb(0x00, 0x73, 0x5c), // bluish green
    Rgb(0x6a, 0x3d, 0x9a), // purple
    Rgb(0x80, 0x66, 0x00), // ochre
    Rgb(0xa3, 0x3a, 0x7a), // reddish purple
    Rgb(0x3d, 0x5a, 0x80), // slate blue
    Rgb(0x5c, 0x73, 0x1e), // olive
    Rgb(0x4d, 0x4d, 0x4d), // grey
];

/// Text colour for labels and legend names.
pub const TEXT: Rgb = Rgb(0x22, 0x22, 0x22);
/// Text colour for axis ticks and notes: quieter than data labels.
pub const MUTED: Rgb = Rgb(0x55, 0x55, 0x55);
/// Text colour on solid bars.
pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
/// Axis line colour.
pub const AXIS: Rgb = Rgb(0x66, 0x66, 0x66);
/// Gridline colour: visible on screen, faint in print.
pub const GRID: Rgb = Rgb(0xe3, 0xe3, 0xe3);

/// The colour of series or segment `i` (cycling).
pub fn color(i: usize) -> Rgb {
    SERIES[i % SERIES.len()]
}

/// `c` mixed with white by `amount` (0 = unchanged, 1 = white): period bars.
pub fn tint(c: Rgb, amount: f64) -> Rgb {
    let mix = |v: u8| (f64::from(v) + (255.0 - f64::from(v)) * amount).round() as u8;
    Rgb(mix(c.0), mix(c.1), mix(c.2))
}

/// A point marker shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    /// Filled circle.
    Circle,
    /// Filled square.
    Square,
    /// Filled triangle pointing up.
    TriangleUp,
    /// Filled diamond.
    Diamond,
    /// Diagonal cross (stroked).
    Cross,
    /// Filled triangle pointing down.
    TriangleDown,
    /// Upright plus (stroked).
    Plus,
}

/// Seven shapes against ten colours: every colour/shape pair is unique for 70 series.
const MARKERS: [Marker; 7] = [
    Marker::Circle,
    Marker::Square,
    Marker::TriangleUp,
    Marker::Diamond,
    Marker::Cross,
    Marker::TriangleDown,
    Marker::Plus,
];

/// The marker of series `i` (cycling).
pub fn marker(i: usize) -> Marker {
    MARKERS[i % MARKERS.len()]
}

/// A fill texture laid over a bar's colour: red and blue bars print as the same
/// grey, so side-by-side series differ by texture too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    /// Plain fill.
    Solid,
    /// Horizontal stripes.
    Horizontal,
    /// Vertical stripes.
    Vertical,
    /// Horizontal and vertical stripes (a grid).
    Grid,
}

/// Four textures: with ten colours, every colour/texture pair is unique for 20 series.
const PATTERNS: [Pattern; 4] = [
    Pattern::Solid,
    Pattern::Horizontal,
    Pattern::Vertical,
    Pattern::Grid,
];

/// The texture of series `i` (cycling).
pub fn pattern(i: usize) -> Pattern {
    PATTERNS[i % PATTERNS.len()]
}

/// Colour of reference lines (targets) and of overlay lines: darker than every
/// series colour, so it reads over bars of any colour.
pub const GUIDE: Rgb = Rgb(0x1a, 0x1a, 0x1a);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_twenty_series_are_all_distinct() {
        let pairs: Vec<_> = (0..20).map(|i| (color(i), marker(i))).collect();
        for i in 0..pairs.len() {
            for j in i + 1..pairs.len() {
                assert_ne!(pairs[i], pairs[j], "series {i} and {j}");
            }
        }
        assert_eq!(color(0), Rgb(0xb8, 0x23, 0x2f));
        assert_eq!(tint(Rgb(0, 0, 0), 1.0), Rgb(255, 255, 255));
        let bars: Vec<_> = (0..20).map(|i| (color(i), pattern(i))).collect();
        for i in 0..bars.len() {
            for j in i + 1..bars.len() {
                assert_ne!(bars[i], bars[j], "bar series {i} and {j}");
            }
        }
    }
}
