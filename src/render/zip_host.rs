//! Zip files built the same on every system: the zip writer records the system it runs on
//! in each entry, which would make a workbook or Word file built on Windows differ from
//! Linux's in those bytes alone.

/// Marks every entry of the zip as made on Unix. The zip writer records the system it runs
/// on in each central directory entry's "version made by", and on Windows also sets the
/// MS-DOS attributes (the low byte of "external attributes": 0x10 on a folder such as a
/// Word file's `word/`); the same workbook or Word file built on Windows would otherwise
/// differ from Linux's in those bytes alone. The Unix mode in the high bytes is the same.
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
        zip[at + 38] = 0; // MS-DOS attributes, which a Unix writer leaves at 0
        at += 46 + u16_at(zip, at + 28) + u16_at(zip, at + 30) + u16_at(zip, at + 32);
    }
}

#[cfg(test)]
mod tests {
    use super::made_on_unix;

    /// A Word file as docx-rs packs it here: folders (`word/`, `_rels/`) and files.
    fn docx() -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        docx_rs::Docx::new().build().pack(&mut out).expect("packs");
        let mut bytes = out.into_inner();
        made_on_unix(&mut bytes);
        bytes
    }

    /// The offsets of the central directory entries.
    fn entries(zip: &[u8]) -> Vec<usize> {
        zip.windows(4)
            .enumerate()
            .filter(|(_, w)| *w == [0x50, 0x4b, 0x01, 0x02])
            .map(|(i, _)| i)
            .collect()
    }

    #[test]
    fn folders_and_files_read_as_made_on_unix_whatever_the_system() {
        let linux = docx();
        let mut windows = linux.clone();
        // As the zip writer leaves them on Windows: host MS-DOS, the DOS folder bit on
        // each folder.
        let at = entries(&windows);
        assert!(at.len() > 8, "{} entries", at.len());
        for i in &at {
            windows[i + 5] = 0;
            let name_len = u16::from_le_bytes([windows[i + 28], windows[i + 29]]) as usize;
            if windows[i + 46 + name_len - 1] == b'/' {
                windows[i + 38] |= 0x10;
            }
        }
        assert_ne!(windows, linux);
        made_on_unix(&mut windows);
        assert_eq!(windows, linux, "the same bytes as made on Linux");
    }
}
