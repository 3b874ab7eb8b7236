//! Proleptic Gregorian calendar arithmetic on day numbers (days since
//! 1970-01-01), shared by the date rules and the dump-level analysis so
//! both agree on what a valid date is.

/// Days since 1970-01-01 of a proleptic Gregorian date. Does not check that
/// the date exists: see [`is_valid_date`].
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let m = i64::from(month);
    let day_of_year = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date `days` days after 1970-01-01, as (year, month, day).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let y = year_of_era + era * 400;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let d = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// 0 = Monday ... 6 = Sunday.
pub fn weekday(days: i64) -> u32 {
    (days + 3).rem_euclid(7) as u32
}

pub fn is_leap_year(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in `month` of `year` (0 for a month that does not exist).
pub fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// A date that exists, in years 1 to 9999.
pub fn is_valid_date(year: i64, month: u32, day: u32) -> bool {
    (1..=9999).contains(&year) && day >= 1 && day <= days_in_month(year, month)
}

/// The day number of an ISO date `YYYY-MM-DD` that exists; `None` for
/// anything else (including `2025-02-31`).
pub fn parse_iso_day(text: &str) -> Option<i64> {
    if text.len() != 10 {
        return None;
    }
    day_number(text)
}

/// The day number of a text that starts with an existing ISO date
/// (`2025-03-20`, `2025-03-20T10:00:00Z`); `None` otherwise.
pub fn day_number(text: &str) -> Option<i64> {
    let bytes = text.as_bytes();
    if bytes.len() < 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let all_digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    if !(all_digits(0..4) && all_digits(5..7) && all_digits(8..10)) {
        return None;
    }
    let year: i64 = text.get(0..4)?.parse().ok()?;
    let month: u32 = text.get(5..7)?.parse().ok()?;
    let day: u32 = text.get(8..10)?.parse().ok()?;
    is_valid_date(year, month, day).then(|| days_from_civil(year, month, day))
}

/// `YYYY-MM-DD` of a day number.
pub fn format_day(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    // Written digit by digit: the formatting machinery cost more than
    // finding the date, for every dated expression of every article.
    let Ok(year) = u32::try_from(y) else {
        return format!("{y:04}-{m:02}-{d:02}");
    };
    if year > 9999 {
        return format!("{y:04}-{m:02}-{d:02}");
    }
    let digit = |n: u32| char::from(b'0' + (n % 10) as u8);
    let mut out = String::with_capacity(10);
    for n in [year / 1000, year / 100, year / 10, year] {
        out.push(digit(n));
    }
    for part in [m, d] {
        out.push('-');
        out.push(digit(part / 10));
        out.push(digit(part));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_days() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(day_number("2025-03-20T10:00:00Z"), Some(20_167));
        assert_eq!(parse_iso_day("2000-03-01"), Some(11_017));
        assert_eq!(weekday(days_from_civil(2024, 3, 7)), 3, "a Thursday");
        assert_eq!(format_day(-1), "1969-12-31");
        assert_eq!(format_day(days_from_civil(2024, 3, 7)), "2024-03-07");
        assert_eq!(format_day(days_from_civil(987, 11, 30)), "0987-11-30");
        assert_eq!(format_day(days_from_civil(10_000, 1, 1)), "10000-01-01");
        assert_eq!(format_day(days_from_civil(-5, 1, 1)), "-005-01-01");
    }

    #[test]
    fn dates_that_do_not_exist_are_refused() {
        for text in [
            "2025-02-31",
            "2025-02-29",
            "2025-13-01",
            "2025-00-10",
            "2025-04-31",
        ] {
            assert_eq!(day_number(text), None, "{text}");
        }
        assert_eq!(day_number("2024-02-29"), Some(days_from_civil(2024, 2, 29)));
        assert_eq!(
            parse_iso_day("2024-02-29T00:00"),
            None,
            "not exactly a date"
        );
        assert_eq!(day_number("+202-01-01"), None);
    }

    #[test]
    fn round_trip_over_four_centuries() {
        let start = days_from_civil(1800, 1, 1);
        for days in (start..start + 146_097 + 400).step_by(7) {
            let (y, m, d) = civil_from_days(days);
            assert!(is_valid_date(y, m, d));
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }
}
