#![no_main]
//! Every quantity parser on arbitrary text; what parses must also print.

use libfuzzer_sys::fuzz_target;
use xiaokang::quantity::{Count, Money, MoneyUnit, Period, Rate, Status, Year};

fuzz_target!(|data: &[u8]| {
    let Ok(t) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(m) = Money::parse(t) {
        let _ = m.to_string();
        let _ = m.format_in(MoneyUnit::for_amount(m));
        let _ = m.format_in(MoneyUnit::for_axis(m));
    }
    for unit in [None, Some("人"), Some("户"), Some("个")] {
        if let Ok(c) = Count::parse(t, unit) {
            let _ = c.to_string();
            let _ = c.with_unit(unit.unwrap_or(""));
        }
    }
    if let Ok(r) = Rate::parse(t) {
        let _ = r.to_string();
        let z = Rate::parse("0").unwrap();
        let _ = r.change_to(z).magnitude();
        let _ = z.change_to(r).magnitude();
    }
    if let Ok(y) = Year::parse(t) {
        let _ = y.to_string();
    }
    if let Ok(p) = Period::parse(t) {
        let _ = (p.key(), p.years());
    }
    let _ = Status::parse(t);
    let _ = xiaokang::model::story::Date::parse(t);
});
