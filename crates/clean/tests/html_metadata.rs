//! Page metadata against a hand-checked table: the first 20 cleaning-dev
//! pages (by id), each read by eye for the headline shown on the page, the
//! author named in its byline ("-" when the page names none) and the
//! publication date it shows ("-" when it shows none or only "2 days ago").
//! Pages are read from ../shared at test time.
//!
//! Correct means: title equal to the shown headline (letters and digits,
//! case aside); author: the shown name is among the authors found; date:
//! the date found is within one day of the shown date (a UTC timestamp may
//! fall on the next or previous local day).

use std::io::Read;
use std::path::Path;

/// id, headline shown, author shown, date shown (YYYY-MM-DD).
const CHECKED: &[(&str, &str, &str, &str)] = &[
    (
        "shub-05844573ca7e1fba",
        "New SUVs and electric vehicles highlight L.A. Auto Show",
        "Tom Krisher",
        "2019-11-20",
    ),
    (
        "shub-06e5123e4ef7cfb4",
        "New York State Attorney General investigating WeWork and former CEO",
        "Reuters",
        "2019-11-18",
    ),
    (
        "shub-06ee193de4bd611f",
        "The VW ID. SPACE VIZZION is a weird EV sports wagon with a secret message",
        "Chris Davies",
        "2019-11-19",
    ),
    (
        "shub-076f4f33bf75059d",
        "Fact Check: Is An 'Oxygen Bar' In Delhi Offering Fresh Air For Rs 300?",
        "News Nation Bureau",
        "2019-11-19",
    ),
    (
        "shub-098bb3e96c0acdf3",
        "‘We had some issues,’ exec says on Disney+ glitches",
        "Meg James",
        "2019-11-19",
    ),
    (
        "shub-0dd1357045727799",
        "BREAKING: Lawan moves motion for Senate’s adjournment over Nzeribe, Adedoyin’s deaths",
        "-",
        "2018-10-09",
    ),
    (
        "shub-0ec95c7261d122f3",
        "엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유",
        "정덕현",
        "2018-08-25",
    ),
    (
        "shub-11ea381ad92b5448",
        "Classificação NASCAR",
        "-",
        "2010-10-22",
    ),
    (
        "shub-156770d676ce7990",
        "South Dakota governor doubles down on 'meth, we're on it' anti-drug campaign",
        "Tess Bonn",
        "2019-11-19",
    ),
    (
        "shub-1ace8c85aaee21b9",
        "New York State Attorney General reportedly investigating WeWork",
        "Catherine Shu",
        "-",
    ),
    (
        "shub-1ee91d1fce65e09b",
        "Russia and Syria: U.S.-backed Syrian Forces Blocking Refugee Return",
        "-",
        "2019-11-18",
    ),
    (
        "shub-232a43fb15abde80",
        "13-Inch MacBook Pro With Scissor Keyboard Expected in First Half of 2020",
        "Joe Rossignol",
        "2019-11-18",
    ),
    (
        "shub-291a8bf33ee49074",
        "Tim Cook On Apple Being ‘Pulled Into The Enterprise’",
        "Joseph Tsidulko",
        "2019-11-19",
    ),
    (
        "shub-2f42ef1d3ea0c96e",
        "The Future of Banking Is … You're Broke",
        "Molly Wood",
        "2019-11-14",
    ),
    (
        "shub-3c5bf8db4272925b",
        "Physicists Just Created the Most Detailed Simulation of the Universe in History",
        "Tim Childers",
        "2019-11-19",
    ),
    (
        "shub-3cb22bfabed8de71",
        "2020 Audi e-tron Sportback revealed as electric 4-door coupe",
        "Chris Davies",
        "2019-11-19",
    ),
    (
        "shub-3cb5e2f46626d5bb",
        "All-new 2020 Sentra is what we really want from Nissan PH",
        "Marcus De Guzman",
        "2019-11-20",
    ),
    (
        "shub-3f65af7b6b98b1c9",
        "South Dakota doubles down on ‘Meth. We’re on it.’ They just might be.",
        "Amy Kuperinsky",
        "2019-11-18",
    ),
    (
        "shub-432362af0be43f6d",
        "Chinese hunter catches bubonic plague after eating wild rabbit",
        "Natalie Musumeci",
        "2019-11-18",
    ),
    (
        "shub-4648a420af9984d4",
        "Introducing Junior Gaspard, New CEO at Experience",
        "-",
        "-",
    ),
];

fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

use newsmill_types::calendar::day_number;

fn same_date(found: &str, shown: &str) -> bool {
    if let (Some(a), Some(b)) = (day_number(found), day_number(shown)) {
        return (a - b).abs() <= 1;
    }
    // "November 19, 2019, 07:47 PM EST"
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let (Some(year), Some(month), Some(day)) = (
        shown.get(0..4),
        shown.get(5..7).and_then(|m| m.parse::<usize>().ok()),
        shown.get(8..10).and_then(|d| d.parse::<u32>().ok()),
    ) else {
        return false;
    };
    let found = found.to_lowercase();
    found.contains(year)
        && MONTHS
            .get(month.wrapping_sub(1))
            .is_some_and(|m| found.contains(m))
        && found.contains(&format!(" {day},"))
}

#[test]
fn title_author_and_date_match_the_hand_checked_pages() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/cleaning-dev/html");
    let (mut titles, mut authors, mut author_pages, mut dates, mut date_pages) = (0, 0, 0, 0, 0);
    let mut misses = Vec::new();
    for &(id, title, author, date) in CHECKED {
        let bytes = std::fs::read(dir.join(format!("{id}.html.gz")))
            .unwrap_or_else(|e| panic!("{id}: {e} (cleaning-dev beside the checkout?)"));
        let mut html = Vec::new();
        flate2::read::GzDecoder::new(&bytes[..])
            .read_to_end(&mut html)
            .unwrap_or_else(|e| panic!("{id}: {e}"));
        let meta = newsmill_html::parse(&String::from_utf8_lossy(&html)).meta;
        if meta.title.as_deref().map(squash) == Some(squash(title)) {
            titles += 1;
        } else {
            misses.push(format!("{id} title {:?}", meta.title));
        }
        let checks = [
            (
                author,
                meta.authors
                    .iter()
                    .any(|a| squash(a).contains(&squash(author))),
                format!("{id} authors {:?}", meta.authors),
                (&mut author_pages, &mut authors),
            ),
            (
                date,
                meta.published
                    .as_deref()
                    .is_some_and(|d| same_date(d, date)),
                format!("{id} published {:?}", meta.published),
                (&mut date_pages, &mut dates),
            ),
        ];
        for (shown, right, miss, (pages, hits)) in checks {
            if shown == "-" {
                continue;
            }
            *pages += 1;
            if right {
                *hits += 1;
            } else {
                misses.push(miss);
            }
        }
    }
    let share = |n: usize, of: usize| n as f64 / of as f64;
    eprintln!(
        "title {titles}/{} ({:.2}), author {authors}/{author_pages} ({:.2}), date {dates}/{date_pages} ({:.2}); misses: {misses:#?}",
        CHECKED.len(),
        share(titles, CHECKED.len()),
        share(authors, author_pages),
        share(dates, date_pages),
    );
    // Floors at the figures measured when the table was written.
    assert!(titles >= 19, "titles {titles}/20: {misses:?}");
    assert!(
        authors >= 15,
        "authors {authors}/{author_pages}: {misses:?}"
    );
    assert!(dates >= 17, "dates {dates}/{date_pages}: {misses:?}");
}

#[test]
fn dates_compare_within_a_day() {
    assert!(same_date("2019-11-20T06:35:39+0000", "2019-11-19"));
    assert!(!same_date("2019-11-22", "2019-11-19"));
    assert!(same_date("November 19, 2019, 07:47 PM EST", "2019-11-19"));
    assert!(!same_date("November 9, 2019", "2019-11-19"));
}
