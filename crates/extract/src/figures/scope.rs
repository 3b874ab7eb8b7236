//! The period and the place a figure covers.

use super::*;

/// Time-scope phrases of the sentence as token ranges.
pub(super) fn scopes(c: &TokenView, sa: usize, sb: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut k = sa;
    while k < sb {
        let lw = c.lw(k);
        match lw {
            "overnight" | "yesterday" | "today" => out.push((k, k)),
            "in" | "over" | "during" | "within" => {
                let month = c.lw(k + 1);
                if lw == "in"
                    && starts_upper(c.w(k + 1))
                    && month_of(month).is_some_and(|(_, abbr)| !abbr)
                {
                    out.push((k, k + 1));
                }
                // in the past/last N hours|days|weeks|months, in the past day
                let mut j = k + 1;
                if c.lw(j) == "the" {
                    j += 1;
                }
                if matches!(c.lw(j), "past" | "last" | "previous") {
                    let mut e = j + 1;
                    let mut steps = 0;
                    while e < sb && steps < 3 {
                        let ew = c.lw(e);
                        if unit_word(ew) {
                            out.push((k, e));
                            break;
                        }
                        steps += 1;
                        e += 1;
                    }
                }
            }
            "since" => {
                let mut e = k + 1;
                while e < sb && e < k + 9 && c.is_word(e) {
                    let ew = c.lw(e);
                    let number_next = c
                        .w(e + 1)
                        .as_bytes()
                        .first()
                        .is_some_and(u8::is_ascii_digit);
                    if matches!(ew, "and" | "but" | "while" | "when" | "which" | "according")
                        || (matches!(ew, "to" | "at") && number_next)
                    {
                        break;
                    }
                    e += 1;
                }
                if e > k + 1 {
                    out.push((k, e - 1));
                }
            }
            "on" | "last" | "this" => {
                let n = c.lw(k + 1);
                if (crate::dates::weekday_of(n).is_some()
                    || matches!(n, "week" | "night" | "month" | "year"))
                    && !(matches!(n, "month" | "year") && c.lw(k) == "on")
                {
                    out.push((k, k + 1));
                }
            }
            _ => {}
        }
        k += 1;
    }
    out
}

pub(super) fn time_scope_for(
    c: &TokenView,
    sa: usize,
    sb: usize,
    r: &Raw,
    same: &[&Raw],
) -> Option<String> {
    let all = scopes(c, sa, sb);
    // The nearest scope after the figure, unless another figure that is not
    // coordinated with this one ("600 deaths and 1,000 injuries since ...")
    // comes first.
    let stop = (r.b + 1..sb)
        .find(|&k| is_reporting_verb(c.lv(k)))
        .unwrap_or(sb);
    if let Some(&(x, y)) = all.iter().find(|(x, _)| *x > r.b && *x < stop) {
        let between: Vec<&&Raw> = same.iter().filter(|o| o.a > r.b && o.b < x).collect();
        let coordinated = between.iter().all(|o| {
            let gap = c.span(r.b + 1, o.a.saturating_sub(1));
            gap.split_whitespace().any(|w| w == "and" || w == "or") && !gap.contains(',')
        });
        if between.is_empty() || coordinated {
            return Some(c.span(x, y).to_string());
        }
    }
    all.iter()
        .rev()
        .find(|(_, y)| *y < r.a)
        .map(|&(x, y)| c.span(x, y).to_string())
}

pub(super) fn place_for(
    c: &TokenView,
    sa: usize,
    sb: usize,
    r: &Raw,
    places: &[(usize, usize)],
    others: &[(usize, usize)],
) -> Option<String> {
    let no_mentions = places.is_empty() && others.is_empty();
    let mut found: Vec<(usize, String)> = Vec::new();
    let mut k = sa;
    while k + 1 < sb {
        if matches!(
            c.lw(k),
            "in" | "across" | "throughout" | "near" | "inside" | "at"
        ) {
            let mut j = k + 1;
            if c.lw(j) == "the" && c.is_word(j + 1) {
                j += 1;
            }
            if matches!(
                c.lw(j),
                "northern"
                    | "southern"
                    | "central"
                    | "eastern"
                    | "western"
                    | "north"
                    | "south"
                    | "east"
                    | "west"
            ) {
                j += 1;
            }
            if let Some(t) = c
                .toks
                .get(j)
                .copied()
                .filter(|t| t.kind == TokKind::Word && j < sb)
            {
                let possessive = |pe: usize| {
                    c.text
                        .get(pe..)
                        .is_some_and(|r| r.starts_with("’s") || r.starts_with("'s"))
                };
                if let Some(&(_, pe)) = places
                    .iter()
                    .find(|(ps, pe)| *ps <= t.start && t.start < *pe && !possessive(*pe))
                {
                    if let Some(s) = c.text.get(c.toks[k].start..pe) {
                        found.push((k, s.to_string()));
                    }
                } else if no_mentions && starts_upper(c.w(j)) {
                    let w = c.w(j);
                    let lw = c.lw(j);
                    let adjective = ["ian", "i", "ese", "ish"].iter().any(|s| w.ends_with(s));
                    let day_or_month = crate::dates::find_dates(w, None)
                        .first()
                        .is_some_and(|d| d.text == w);
                    if !adjective && !day_or_month && !matches!(lw, "the" | "a" | "an") {
                        found.push((k, c.span(k, j).to_string()));
                    }
                }
            }
        }
        k += 1;
    }
    // After the figure only up to the end of its clause: a comma or a new
    // reporting verb ("... and witnesses said").
    let stop = (r.b + 1..sb)
        .find(|&k| c.w(k) == "," || is_reporting_verb(c.lv(k)))
        .unwrap_or(sb);
    found
        .iter()
        .find(|(k, _)| *k > r.b && *k < stop)
        .or_else(|| found.iter().rev().find(|(k, _)| *k < r.a))
        .map(|(_, s)| s.clone())
}
