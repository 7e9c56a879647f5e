//! Zip files built the same on every system: the zip writer records the system it runs on
//! in each entry, which would make a workbook or Word file built on Windows differ from
//! Linux's in those bytes alone.

/// Marks every entry of the zip as made on Unix. The zip writer records the system it runs
/// on in each central directory entry's "version made by"; the same workbook built on
/// Windows would otherwise differ from Linux's in those bytes alone.
pub fn made_on_unix(zip: &mut [u8]) {
    const END: [u8; 4] = [0x50, 0x4b, 0x05, 0x06];
    const ENTRY: [u8; 4] = [0x50, 0x4b, 0x01, 0x02];
    let Some(end) = zip.windows(4).rposition(|w| w == END) else {
        return;
    };
    let u16_at = |z: &[u8], i: usize| {
        z.get(i..i + 2)
            .map_or(0, |b| u16::from_le_bytes([b[0], b[1]]) as usize)
    };
    let u32_at = |z: &[u8], i: usize| {
        z.get(i..i + 4)
            .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    };
    let (count, mut at) = (u16_at(zip, end + 10), u32_at(zip, end + 16));
    for _ in 0..count {
        if zip.get(at..at + 4) != Some(&ENTRY[..]) {
            return;
        }
        zip[at + 5] = 3; // the high byte of "version made by": 3 is Unix
        at += 46 + u16_at(zip, at + 28) + u16_at(zip, at + 30) + u16_at(zip, at + 32);
    }
}
