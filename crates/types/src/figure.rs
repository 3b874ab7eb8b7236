use serde::{Deserialize, Serialize};

/// How a qualifier bounds the true number: the closed set behind the open
/// set of phrases ("some", "an estimated", "upwards of" ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Bound {
    /// some, about, around, approximately, roughly, an estimated.
    About,
    /// nearly, almost, close to, just under.
    Nearly,
    /// more than, over, at least, upwards of, in excess of, just over.
    AtLeast,
    /// up to, at most, less than, fewer than.
    AtMost,
}

impl Bound {
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::About => "about",
            Bound::Nearly => "nearly",
            Bound::AtLeast => "at_least",
            Bound::AtMost => "at_most",
        }
    }
}

/// What a figure counts, normalised ("fatalities", "dead", "lives" are all
/// `killed`). Written in snake_case; the set may grow, so consumers should
/// accept unknown values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Counted {
    Killed,
    Injured,
    Hostages,
    Abducted,
    Prisoners,
    Displaced,
    Bodies,
    Soldiers,
    Civilians,
    Casualties,
    Children,
    Women,
    Militants,
    Journalists,
    Workers,
    Arrested,
    Released,
    Missing,
    Evacuated,
    /// People with no more specific category.
    People,
}

impl Counted {
    pub const ALL: [Counted; 20] = [
        Counted::Killed,
        Counted::Injured,
        Counted::Hostages,
        Counted::Abducted,
        Counted::Prisoners,
        Counted::Displaced,
        Counted::Bodies,
        Counted::Soldiers,
        Counted::Civilians,
        Counted::Casualties,
        Counted::Children,
        Counted::Women,
        Counted::Militants,
        Counted::Journalists,
        Counted::Workers,
        Counted::Arrested,
        Counted::Released,
        Counted::Missing,
        Counted::Evacuated,
        Counted::People,
    ];

    /// The name written in JSON and CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Counted::Killed => "killed",
            Counted::Injured => "injured",
            Counted::Hostages => "hostages",
            Counted::Abducted => "abducted",
            Counted::Prisoners => "prisoners",
            Counted::Displaced => "displaced",
            Counted::Bodies => "bodies",
            Counted::Soldiers => "soldiers",
            Counted::Civilians => "civilians",
            Counted::Casualties => "casualties",
            Counted::Children => "children",
            Counted::Women => "women",
            Counted::Militants => "militants",
            Counted::Journalists => "journalists",
            Counted::Workers => "workers",
            Counted::Arrested => "arrested",
            Counted::Released => "released",
            Counted::Missing => "missing",
            Counted::Evacuated => "evacuated",
            Counted::People => "people",
        }
    }

    /// A harm done to the people counted (killed, injured, abducted, taken
    /// hostage): such counts are compared across articles.
    pub fn is_harm(self) -> bool {
        matches!(
            self,
            Counted::Killed | Counted::Injured | Counted::Abducted | Counted::Hostages
        )
    }
}

impl std::fmt::Display for Counted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_what_json_says() {
        for counted in Counted::ALL {
            let json = serde_json::to_string(&counted).unwrap();
            assert_eq!(json, format!("\"{}\"", counted.as_str()));
        }
        assert_eq!(
            serde_json::to_string(&Bound::AtLeast).unwrap(),
            "\"at_least\""
        );
        assert_eq!(Bound::AtLeast.as_str(), "at_least");
    }
}
