//! Administrative division codes (GB/T 2260): their shape, and the codes above a code.

use crate::messages::catalog::tables as msg;

/// Why a code is not in GB/T 2260's shape (six digits, a province's two first).
pub fn code_shape(code: &str) -> Result<(), crate::messages::Msg> {
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return Err(msg::code_not_six_digits());
    }
    if !PROVINCES.contains(&&code[..2]) {
        return Err(msg::code_no_such_province(code[..2].to_string()));
    }
    Ok(())
}

/// The first two digits of every province-level division (GB/T 2260).
const PROVINCES: &[&str] = &[
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41",
    "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71",
    "81", "82",
];

/// The codes a code's region sits under, nearest first: its prefecture (`XXYY00`), then
/// its province (`XX0000`).
pub fn code_ancestors(code: &str) -> Vec<String> {
    if code.len() != 6 {
        return Vec::new();
    }
    let mut up = Vec::new();
    if &code[4..] != "00" {
        up.push(format!("{}00", &code[..4]));
    }
    if &code[2..] != "0000" {
        up.push(format!("{}0000", &code[..2]));
    }
    up
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_their_ancestors() {
        assert!(code_shape("623026").is_ok());
        assert!(code_shape("62302").is_err());
        assert!(code_shape("993026").is_err());
        assert_eq!(code_ancestors("623026"), vec!["623000", "620000"]);
        assert_eq!(code_ancestors("623000"), vec!["620000"]);
        assert!(code_ancestors("620000").is_empty());
    }
}
