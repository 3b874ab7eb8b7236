//! The words the speaker rules know: speech verbs, noun-phrase boundaries,
//! pronouns, group references, news agencies and titles.

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Speech {
    Finite,
    Participle,
    Noun,
}

pub(super) fn speech(lw: &str) -> Option<Speech> {
    speech_exact(lw).or_else(|| present_as_past(lw).and_then(|past| past_speech(&past)))
}

/// A finite speech verb ("said", "notes", "argues"), for the rules outside
/// quotes that take speaking as a sign of a person.
pub(crate) fn is_finite_speech_verb(lw: &str) -> bool {
    speech(lw) == Some(Speech::Finite)
}

/// The present third-person form written as its past ("cautions" ->
/// "cautioned", "argues" -> "argued", "replies" -> "replied") in a stack
/// buffer, so every finite speech verb in the list is also known in the
/// present tense that features and analyses use ("says Doctor").
fn present_as_past(lw: &str) -> Option<PastForm> {
    let stem = lw.strip_suffix('s')?;
    if stem.len() < 3 || stem.ends_with('s') {
        return None;
    }
    let mut out = PastForm::default();
    if let Some(root) = stem.strip_suffix("ie") {
        out.push(root)?;
        out.push("ied")?;
    } else if stem.ends_with('e') {
        out.push(stem)?;
        out.push("d")?;
    } else {
        out.push(stem)?;
        out.push("ed")?;
    }
    Some(out)
}

/// A short word built without allocating (see [`present_as_past`]).
#[derive(Default)]
struct PastForm {
    buf: [u8; 24],
    len: usize,
}

impl PastForm {
    fn push(&mut self, part: &str) -> Option<()> {
        let end = self.len + part.len();
        self.buf
            .get_mut(self.len..end)?
            .copy_from_slice(part.as_bytes());
        self.len = end;
        Some(())
    }
}

fn past_speech(past: &PastForm) -> Option<Speech> {
    let word = std::str::from_utf8(past.buf.get(..past.len)?).ok()?;
    (speech_exact(word)? == Speech::Finite).then_some(Speech::Finite)
}

fn speech_exact(lw: &str) -> Option<Speech> {
    Some(match lw {
        "said" | "say" | "stated" | "told" | "noted" | "warned" | "added" | "declared"
        | "wrote" | "insisted" | "urged" | "reiterated" | "confirmed" | "announced"
        | "emphasized" | "emphasised" | "stressed" | "claimed" | "accused" | "described"
        | "responded" | "replied" | "asked" | "explained" | "argued" | "tweeted" | "posted"
        | "threatened" | "acknowledged" | "denied" | "vowed" | "pledged" | "countered"
        | "conceded" | "admitted" | "demanded" | "suggested" | "predicted" | "promised"
        | "cautioned" | "criticized" | "criticised" | "condemned" | "decried" | "lamented"
        | "reported" | "continued" | "recalled" | "shouted" | "quipped" | "remarked"
        | "observed" | "maintained" | "affirmed" | "blasted" | "read" | "recounted"
        | "remembered" | "commented" | "concluded" | "boasted" | "joked" | "mused" | "wondered"
        | "elaborated" | "testified" | "complained" | "answered" | "texted" | "emailed"
        | "retorted" | "exclaimed" | "whispered" | "sighed" | "laughed" | "yelled" | "screamed"
        | "chanted" | "called" | "alleged" | "asserted" | "contended" | "hinted" | "written"
        | "bemoaned" | "griped" | "scoffed" | "marveled" | "marvelled" | "raved" | "gushed"
        | "fumed" | "pleaded" | "captioned" | "smiled" | "chuckled" | "sniffed" | "beamed"
        | "teased" | "shrieked" | "bellowed" | "muttered" | "murmured" | "growled" | "hissed"
        | "snarled" | "stammered" | "chimed" => Speech::Finite,
        // Doubled consonants the "-s" -> "-ed" derivation does not make
        // ('"…," she shrugs', "he grins").
        "shrugged" | "shrugs" | "grinned" | "grins" | "deadpanned" | "deadpans" | "snapped"
        | "snaps" => Speech::Finite,
        // Present forms that the "-s" -> "-ed" derivation does not reach.
        "says" | "tells" | "writes" | "reads" | "states" => Speech::Finite,
        "saying" | "stating" | "declaring" | "warning" | "adding" | "noting" | "reporting"
        | "insisting" | "telling" | "claiming" | "calling" | "describing" | "accusing"
        | "arguing" | "urging" | "stressing" | "emphasizing" | "emphasising" | "vowing"
        | "writing" => Speech::Participle,
        "statement" | "remarks" | "comments" | "words" | "message" | "pledge" | "threat"
        | "promise" | "vow" | "appeal" | "assertion" => Speech::Noun,
        _ => return None,
    })
}

/// Bare speech verbs, which attribute only after "to" ("allowed X to claim
/// that") or a modal ("he'd respond", "she would reply"): "did not respond"
/// names no speaker.
pub(super) fn is_bare_speech_verb(lw: &str) -> bool {
    matches!(
        lw,
        "claim"
            | "argue"
            | "insist"
            | "warn"
            | "declare"
            | "explain"
            | "note"
            | "assert"
            | "respond"
            | "reply"
    )
}

/// A modal before a bare verb: "would", "will", … or a contracted one
/// ("he'd").
pub(super) fn is_modal(lw: &str) -> bool {
    matches!(
        lw,
        "would" | "will" | "could" | "should" | "might" | "may" | "can" | "shall"
    ) || strip_modal(lw) != lw
}

/// Lower-case words inside a name ("Ludwig van Beethoven", "Ana de Souza").
pub(super) fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "van"
            | "von"
            | "de"
            | "da"
            | "do"
            | "dos"
            | "das"
            | "del"
            | "della"
            | "der"
            | "den"
            | "di"
            | "du"
            | "la"
            | "le"
            | "bin"
            | "ibn"
            | "al"
            | "el"
    )
}

/// Verbs that may come first in a post-quote attribution ('," said X',
/// '," writes the Associated Press', inverted '," comments Johnston in a
/// statement'): any finite speech verb, and "comments" (also a noun).
pub(super) fn verb_first_ok(lw: &str) -> bool {
    lw == "comments" || speech(lw) == Some(Speech::Finite)
}

pub(super) fn is_np_boundary_word(lw: &str) -> bool {
    matches!(
        lw,
        "that"
            | "which"
            | "who"
            | "whom"
            | "and"
            | "but"
            | "while"
            | "as"
            | "when"
            | "after"
            | "with"
            | "because"
            | "although"
            | "though"
            | "if"
            | "where"
            | "since"
            | "then"
            | "so"
            | "or"
            | "before"
            | "whether"
            // "I remember what Ann Lee told me:", "something Ann Lee said":
            // the phrase after them is a relative clause's subject.
            | "what"
            | "whatever"
            | "something"
            | "everything"
            | "anything"
    )
}

pub(super) fn is_aux_or_adverb(lw: &str) -> bool {
    matches!(
        lw,
        "has"
            | "have"
            | "had"
            | "also"
            | "reportedly"
            | "previously"
            | "earlier"
            | "later"
            | "then"
            | "further"
            | "again"
            | "publicly"
            | "repeatedly"
            | "once"
            | "even"
            | "recently"
            | "would"
            | "will"
            | "did"
            | "does"
            | "do"
            | "already"
            | "now"
            | "still"
            | "separately"
            | "initially"
            | "originally"
            | "subsequently"
            | "similarly"
            | "likewise"
            | "only"
            | "just"
            | "is"
            | "was"
            | "were"
            | "are"
            | "not"
            | "never"
    )
}

/// A pronoun without its contracted modal ("he’d" -> "he", "she'll" ->
/// "she").
pub(super) fn strip_modal(lw: &str) -> &str {
    ["’d", "'d", "’ll", "'ll"]
        .iter()
        .find_map(|modal| lw.strip_suffix(modal))
        .unwrap_or(lw)
}

/// Verbs of thought that voice the quote right after them ("and think,
/// "Who am I to write this?"", "you will always wonder, "…"").
pub(super) fn is_thought_verb(lw: &str) -> bool {
    matches!(
        lw,
        "think"
            | "thinks"
            | "thought"
            | "wonder"
            | "wonders"
            | "wondered"
            | "realise"
            | "realises"
            | "realised"
            | "realize"
            | "realizes"
            | "realized"
            | "imagine"
            | "imagines"
            | "imagined"
    )
}

pub(super) fn is_person_pronoun(lw: &str) -> bool {
    matches!(lw, "he" | "she")
}

pub(super) fn is_group_reference(np_lower: &str) -> bool {
    matches!(
        np_lower,
        "they"
            | "it"
            | "the group"
            | "the terrorists"
            | "the terror group"
            | "the movement"
            | "the militants"
            | "the organization"
            | "the organisation"
            | "the militant group"
            | "the islamist group"
            | "the ministry"
            | "the office"
            | "the agency"
            | "the department"
            | "the statement"
    )
}

/// Plural nouns for a group that speaks without a determiner ('"…,"
/// police said', "prosecutors argued").
pub(super) fn is_group_noun(lw: &str) -> bool {
    matches!(
        lw,
        "police"
            | "prosecutors"
            | "investigators"
            | "detectives"
            | "authorities"
            | "officials"
            | "officers"
            | "witnesses"
            | "residents"
            | "organizers"
            | "organisers"
            | "protesters"
            | "protestors"
            | "doctors"
            | "researchers"
            | "scientists"
            | "analysts"
            | "economists"
            | "lawmakers"
            | "legislators"
            | "firefighters"
            | "rescuers"
            | "activists"
            | "campaigners"
            | "critics"
            | "experts"
            | "supporters"
            | "opponents"
            | "fans"
            | "parents"
            | "teachers"
            | "students"
            | "workers"
            | "voters"
    )
}

/// Words for a person that refer back like a pronoun after "the" ("the
/// Dane said", "the striker said"): nationalities and the roles sport and
/// culture reporting uses for the person it is about.
/// Nationalities that name one person as a noun ("the Portuguese said",
/// "the Nigerian"), from the tagger's list (`data/gazetteer/demonyms.txt`):
/// not plurals, nor adjectives in -ish, -ch or -sh ("the British" are a
/// nation), nor languages in -ic.
static PERSON_DEMONYMS: std::sync::LazyLock<
    std::collections::HashSet<String, newsmill_types::BuildMapHasher>,
> = std::sync::LazyLock::new(|| {
    include_str!("../../data/gazetteer/demonyms.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .filter(|w| {
            !(w.ends_with("ish") || w.ends_with("ch") || w.ends_with("sh") || w.ends_with("ic"))
                && (!w.ends_with('s') || w.ends_with("ese"))
        })
        .collect()
});

pub(super) fn is_person_epithet(lw: &str) -> bool {
    matches!(
        lw,
        "dane"
            | "swede"
            | "finn"
            | "norwegian"
            | "german"
            | "frenchman"
            | "frenchwoman"
            | "englishman"
            | "englishwoman"
            | "scot"
            | "welshman"
            | "irishman"
            | "briton"
            | "spaniard"
            | "italian"
            | "dutchman"
            | "belgian"
            | "austrian"
            | "pole"
            | "russian"
            | "ukrainian"
            | "greek"
            | "turk"
            | "american"
            | "canadian"
            | "mexican"
            | "brazilian"
            | "argentine"
            | "argentinian"
            | "chilean"
            | "colombian"
            | "uruguayan"
            | "australian"
            | "nigerian"
            | "ghanaian"
            | "kenyan"
            | "egyptian"
            | "moroccan"
            | "croat"
            | "serb"
            | "striker"
            | "midfielder"
            | "defender"
            | "goalkeeper"
            | "winger"
            | "forward"
            | "quarterback"
            | "pitcher"
            | "captain"
            | "skipper"
            | "veteran"
            | "rookie"
            | "teenager"
            | "youngster"
            | "actor"
            | "actress"
            | "singer"
            | "rapper"
            | "novelist"
            | "chef"
            | "candidate"
            | "nominee"
            | "incumbent"
            | "challenger"
    ) || PERSON_DEMONYMS.contains(lw)
}

/// A form of "be", the auxiliary of the passive ("was branded").
pub(super) fn is_be_form(lw: &str) -> bool {
    matches!(lw, "was" | "were" | "is" | "are" | "been" | "being" | "be")
}

/// Participles of verbs that name or judge something in someone's words
/// ("described as", "branded", "dubbed"): in the passive, with "by", the
/// quoted words are the agent's.
pub(super) fn is_calling_participle(lw: &str) -> bool {
    matches!(
        lw,
        "described"
            | "called"
            | "dubbed"
            | "termed"
            | "branded"
            | "labelled"
            | "labeled"
            | "hailed"
            | "derided"
            | "denounced"
            | "decried"
            | "praised"
            | "lauded"
            | "characterised"
            | "characterized"
            | "deemed"
            | "billed"
            | "touted"
            | "condemned"
            | "criticised"
            | "criticized"
            | "slammed"
            | "mocked"
            | "nicknamed"
    )
}

/// Nouns for one person that a described speaker ends in ("the county's
/// lawyer", "one resident", "a senior aide"): roles, epithets, gendered
/// nouns and the people news stories quote without naming.
pub(super) fn is_person_noun(lw: &str) -> bool {
    // "ex-partner", "ex-wife": a former one is still a person.
    let lw = lw.strip_prefix("ex-").unwrap_or(lw);
    crate::canonical::is_role_head(lw)
        || is_person_epithet(lw)
        || noun_gender(lw).is_some()
        || matches!(
            lw,
            "lawyer"
                | "resident"
                | "witness"
                | "neighbour"
                | "neighbor"
                | "source"
                | "aide"
                | "doctor"
                | "nurse"
                | "teacher"
                | "student"
                | "worker"
                | "employee"
                | "manager"
                | "owner"
                | "researcher"
                | "investigator"
                | "auditor"
                | "scientist"
                | "expert"
                | "economist"
                | "engineer"
                | "pilot"
                | "driver"
                | "farmer"
                | "survivor"
                | "victim"
                | "parent"
                | "volunteer"
                | "organiser"
                | "organizer"
                | "campaigner"
                | "protester"
                | "supporter"
                | "passenger"
                | "customer"
                | "patient"
                | "soldier"
                | "colleague"
                | "relative"
                | "consultant"
                | "investor"
                | "trader"
                | "dealer"
                | "broker"
                | "banker"
                | "historian"
                | "author"
                | "insider"
                | "staffer"
                | "friend"
                | "pal"
                | "co-star"
                | "partner"
                | "fan"
                // Roles of office, school, church and sport.
                | "coach"
                | "superintendent"
                | "principal"
                | "headteacher"
                | "headmaster"
                | "headmistress"
                | "councillor"
                | "councilor"
                | "detective"
                | "constable"
                | "sheriff"
                | "marshal"
                | "warden"
                | "trustee"
                | "treasurer"
                | "administrator"
                | "strategist"
                | "lecturer"
                | "curator"
                | "referee"
                | "umpire"
                | "surgeon"
                | "physician"
                | "pastor"
                | "priest"
                | "bishop"
                | "rabbi"
                | "imam"
        )
}

/// Nouns for a body of people that speaks as one ("the union said").
pub(super) fn is_body_noun(lw: &str) -> bool {
    is_company_noun(lw)
        || matches!(
            lw,
            "union"
                | "council"
                | "government"
                | "ministry"
                | "department"
                | "agency"
                | "committee"
                | "board"
                | "police"
                | "army"
                | "military"
                | "party"
                | "club"
                | "team"
                | "court"
                | "university"
                | "hospital"
                | "family"
                | "campaign"
                | "coalition"
                | "association"
                | "authority"
                | "commission"
                | "school"
                | "league"
                | "federation"
                | "embassy"
        )
}

/// Nouns by which an article refers back to a news medium it named ("the
/// newspaper said", "the agency said").
pub(super) fn is_medium_noun(lw: &str) -> bool {
    matches!(
        lw,
        "newspaper"
            | "paper"
            | "daily"
            | "weekly"
            | "magazine"
            | "agency"
            | "radio"
            | "television"
            | "station"
            | "broadcaster"
    )
}

/// Nouns by which an article refers back to the company it is about ("the
/// company said").
pub(super) fn is_company_noun(lw: &str) -> bool {
    matches!(
        lw,
        "company"
            | "firm"
            | "carmaker"
            | "automaker"
            | "chipmaker"
            | "retailer"
            | "airline"
            | "bank"
            | "lender"
            | "insurer"
            | "startup"
            | "start-up"
            | "manufacturer"
            | "conglomerate"
            | "business"
    )
}

/// An organisation that is not a company: a union, party, council,
/// ministry, regulator or court (never "the company" of a story).
pub(super) fn is_public_body_or_union(name: &str) -> bool {
    name.split_whitespace().any(|w| {
        matches!(
            w,
            "Union"
                | "Party"
                | "Council"
                | "Ministry"
                | "Department"
                | "Agency"
                | "Authority"
                | "Commission"
                | "Court"
                | "Police"
                | "Government"
                | "Parliament"
                | "Congress"
                | "Senate"
                | "Federation"
                | "Association"
        )
    })
}

/// The singular of a plural of people ("dealers" -> "dealer",
/// "witnesses" -> "witness"), if the word is one.
pub(super) fn person_plural_singular(lw: &str) -> Option<&str> {
    let stem = lw.strip_suffix('s')?;
    [stem.strip_suffix('e'), Some(stem)]
        .into_iter()
        .flatten()
        .find(|s| s.len() > 2 && is_person_noun(s))
}

/// An outlet that reports someone's words, as an attribution names it
/// ("the newspaper said", "the agency said").
pub(super) fn is_reporting_medium(phrase: &str) -> bool {
    // Without lower-casing into a new string: this runs for every quote
    // attributed after its closing mark.
    const MEDIA: &[&str] = &[
        "the newspaper",
        "the paper",
        "the daily",
        "the weekly",
        "the agency",
        "the news agency",
        "the magazine",
        "the radio",
        "the television",
    ];
    MEDIA.iter().any(|m| m.eq_ignore_ascii_case(phrase)) || is_news_agency(phrase)
}

/// "quoted" or the wire's present tense "quotes" ("Tanjug quotes the
/// airport's director as saying").
pub(super) fn is_quoting(lw: &str) -> bool {
    matches!(lw, "quoted" | "quotes")
}

pub(super) fn is_news_agency(name: &str) -> bool {
    matches!(
        name,
        "Reuters" | "AFP" | "Agence France-Presse" | "AP" | "Associated Press" | "CNN" | "BBC"
    )
}

/// The role an abbreviated title stands for ("gov" -> "governor").
pub(super) fn title_abbreviation_of(abbreviation: &str) -> Option<&'static str> {
    Some(match abbreviation {
        "gov" => "governor",
        "sen" => "senator",
        "rep" => "representative",
        "gen" => "general",
        "col" => "colonel",
        "lt" => "lieutenant",
        "capt" => "captain",
        "sgt" => "sergeant",
        "adm" => "admiral",
        "pres" => "president",
        "supt" => "superintendent",
        "insp" => "inspector",
        "prof" => "professor",
        "dr" => "doctor",
        // Not an abbreviation: the title of a judge of a high court.
        "justice" => "judge",
        _ => return None,
    })
}

pub(super) fn is_title_abbr(w: &str) -> bool {
    matches!(
        w,
        "Col"
            | "Gen"
            | "Lt"
            | "Maj"
            | "Capt"
            | "Sgt"
            | "Adm"
            | "Brig"
            | "Dr"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Prof"
            | "Rev"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Smt"
            | "Cllr"
            | "Mme"
            | "Mlle"
    )
}

/// The gender a pronoun, a title or a first name gives a person.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Gender {
    Female,
    Male,
}

/// Gender of a third-person pronoun (subject, object or possessive).
pub(super) fn pronoun_gender(lw: &str) -> Option<Gender> {
    match lw {
        "he" | "him" | "his" | "himself" => Some(Gender::Male),
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

/// Gender of an honorific written before a name ("Mr.", "Ms", "Mrs.").
pub(super) fn title_gender(w: &str) -> Option<Gender> {
    match w.trim_end_matches('.') {
        // With the honorifics of English-language news in South Asia
        // ("Shri", "Smt."), West Africa ("Alhaji", "Hajia") and of names
        // quoted from French, German and Spanish.
        "Mr" | "Sir" | "Lord" | "Shri" | "Shree" | "Sri" | "Alhaji" | "Herr" | "Señor" => {
            Some(Gender::Male)
        }
        "Mrs" | "Ms" | "Miss" | "Madam" | "Dame" | "Lady" | "Smt" | "Shrimati" | "Kumari"
        | "Sushri" | "Begum" | "Hajia" | "Mme" | "Mlle" | "Madame" | "Frau" | "Señora" => {
            Some(Gender::Female)
        }
        _ => None,
    }
}

/// Common first names and their usual gender, from
/// `data/quotes/first_names_gender.tsv` (facts kept as data, parsed once).
static FIRST_NAMES: std::sync::LazyLock<
    std::collections::HashMap<String, Gender, newsmill_types::BuildMapHasher>,
> = std::sync::LazyLock::new(|| {
    include_str!("../../data/quotes/first_names_gender.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (name, gender) = l.split_once('\t')?;
            let gender = match gender.trim() {
                "f" => Gender::Female,
                "m" => Gender::Male,
                _ => return None,
            };
            Some((name.trim().to_lowercase(), gender))
        })
        .collect()
});

/// Given names that are common surnames too, from
/// `data/quotes/surname_first_names.txt`.
static SURNAME_FIRST_NAMES: std::sync::LazyLock<
    std::collections::HashSet<&'static str, newsmill_types::BuildMapHasher>,
> = std::sync::LazyLock::new(|| {
    include_str!("../../data/quotes/surname_first_names.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Whether a given name of the list is also a common surname ("Harris").
pub(super) fn is_common_surname(name: &str) -> bool {
    SURNAME_FIRST_NAMES.contains(name)
}

/// Gender of a first name, when it is a common one given mostly to one gender.
pub(super) fn first_name_gender(name: &str) -> Option<Gender> {
    if !name.is_ascii() {
        // "Élodie", "Jürgen": the list is lowercased the same way.
        return FIRST_NAMES.get(&name.to_lowercase()).copied();
    }
    let mut buf = [0u8; 24];
    let bytes = name.as_bytes();
    let lower = buf.get_mut(..bytes.len())?;
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    FIRST_NAMES.get(std::str::from_utf8(lower).ok()?).copied()
}

/// Words before a name that make it an object, not a subject ("told
/// Benioff", "to Cook", "with Smith"): a pronoun is less likely to refer
/// back to it.
pub(super) fn is_object_marker(lw: &str) -> bool {
    matches!(
        lw,
        "told"
            | "tells"
            | "telling"
            | "asked"
            | "asks"
            | "asking"
            | "thanked"
            | "introduced"
            | "interviewed"
            | "to"
            | "with"
            | "for"
            | "from"
            | "about"
            | "of"
            | "by"
            | "against"
            | "than"
            // "homeowners like Hughes".
            | "like"
    )
}

/// A quoted title or name ("We’re Not Gonna Take It", "Less Money on
/// Testing"): two to twelve words, every word capitalised except short
/// function words, and no sentence inside. Such quotes are fragments.
pub(super) fn is_title_case(quoted: &str) -> bool {
    let inner = quoted.trim_end_matches([',', '.', '!', '?', ';', ':']);
    if inner.contains(['.', '!', '?']) {
        return false;
    }
    let mut words = 0;
    for word in inner.split_whitespace() {
        words += 1;
        let small = matches!(
            word,
            "a" | "an"
                | "the"
                | "of"
                | "and"
                | "in"
                | "on"
                | "to"
                | "for"
                | "with"
                | "at"
                | "by"
                | "or"
                | "&"
        );
        let capital = word
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| c.is_uppercase() || c.is_numeric());
        if !(small || capital) {
            return false;
        }
    }
    (2..=12).contains(&words)
}

/// "Beck's", "Ruiz’s", "Jones'": a capitalised name in the possessive.
pub(super) fn is_possessive_name(word: &str) -> bool {
    crate::canonical::scan::starts_upper(word)
        && crate::canonical::scan::strip_possessive(word).len() < word.len()
}

/// Gender of a common noun for a person ("mother", "spokesman").
pub(super) fn noun_gender(lw: &str) -> Option<Gender> {
    match lw {
        "woman" | "mother" | "wife" | "daughter" | "sister" | "girl" | "grandmother"
        | "spokeswoman" | "chairwoman" | "congresswoman" | "businesswoman" | "actress"
        | "queen" | "widow" | "aunt" | "niece" | "lady" | "mom" | "mum" | "girlfriend" => {
            Some(Gender::Female)
        }
        "man" | "father" | "husband" | "son" | "brother" | "boy" | "grandfather" | "spokesman"
        | "chairman" | "congressman" | "businessman" | "actor" | "king" | "widower" | "uncle"
        | "nephew" | "dad" | "boyfriend" => Some(Gender::Male),
        _ => None,
    }
}

/// [`noun_gender`] of a word as written, also knowing the closed compounds
/// of man and woman ("fisherman", "policewoman") when the word is written
/// in lower case: a capitalised one is a name ("Goldman", "Amman", "Oman").
pub(super) fn word_gender(word: &str, lw: &str) -> Option<Gender> {
    noun_gender(lw).or_else(|| {
        (lw.ends_with("man") && word.starts_with(|c: char| c.is_lowercase()))
            .then(|| compound_gender(lw))
            .flatten()
    })
}

/// The gender of a closed compound of man or woman (not a hyphenated name,
/// "spider-man", nor "human").
fn compound_gender(lw: &str) -> Option<Gender> {
    if lw.contains('-')
        || matches!(
            lw,
            "human" | "shaman" | "german" | "roman" | "ottoman" | "talisman"
        )
    {
        return None;
    }
    if lw.ends_with("woman") {
        return (lw.len() > 5).then_some(Gender::Female);
    }
    (lw.len() > 3).then_some(Gender::Male)
}

/// Whether "the <noun>" can name organisation `name`: its last word ("the
/// union" -> "Sudan Doctors Union"), or any of its words for a plural noun
/// ("the doctors" -> "Doctors for Camp Closure").
pub(super) fn org_named_by_noun(name: &str, noun: &str) -> bool {
    // Unions are named guilds, brotherhoods and federations as often as
    // unions ("the Independent Pilots Guild … the union said"); a police
    // service is "the force", a charity a trust or a foundation, and so on.
    let also: &[&str] = match noun {
        "union" => &["guild", "brotherhood", "federation"],
        "force" => &["police", "constabulary"],
        "publisher" => &["books", "press", "publishing", "publishers"],
        "charity" => &["trust", "foundation", "fund", "appeal"],
        "airline" => &["airways", "airlines"],
        "school" => &["academy", "college"],
        "hospital" => &["infirmary"],
        _ => &[],
    };
    let last = || {
        name.rsplit(' ').next().is_some_and(|w| {
            w.eq_ignore_ascii_case(noun) || also.iter().any(|h| w.eq_ignore_ascii_case(h))
        })
    };
    let plural_word = || {
        noun.len() > 4
            && noun.ends_with('s')
            && name.split(' ').any(|w| w.eq_ignore_ascii_case(noun))
    };
    // "University of Dunmore", "the Ministry of Health": the noun heads a
    // name that goes on with "of".
    let head_of = || {
        name.split_once(" of ")
            .and_then(|(head, _)| head.rsplit(' ').next())
            .is_some_and(|w| w.eq_ignore_ascii_case(noun))
    };
    last() || plural_word() || head_of()
}

/// Words that open a noun phrase: a speech word after one is a noun ("the
/// emails", "her statement").
pub(super) fn is_determiner(lw: &str) -> bool {
    matches!(
        lw,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "their"
            | "its"
            | "my"
            | "our"
            | "your"
            | "this"
            | "these"
            | "those"
    )
}

/// Words that modify a role or a name before it without being one: the
/// role modifiers of canonical names ("senior", "deputy", "former"), and
/// ranks, ages and times ("the sixth-ranked", "two-time", "outgoing").
pub(super) fn modifies_a_title(lw: &str) -> bool {
    crate::canonical::is_role_modifier(lw)
        || matches!(lw, "ex" | "veteran" | "outgoing" | "incoming" | "then")
        || ["-ranked", "-seeded", "-year-old", "-time"]
            .iter()
            .any(|end| lw.ends_with(end))
}

/// Words after the head noun of a role in an apposition: prepositions and
/// relative pronouns ("the superintendent of the district", "the head of
/// sales at Lumo", "the manager who signed him").
pub(super) fn closes_role_head(lw: &str) -> bool {
    matches!(
        lw,
        "of" | "for" | "at" | "in" | "on" | "with" | "from" | "to" | "since" | "who" | "whose"
    )
}

/// Nouns for a document that can be said to speak ("the post said", "the
/// statement added"): it speaks for whoever issued it.
pub(super) fn is_document_noun(lw: &str) -> bool {
    matches!(
        lw,
        "post"
            | "statement"
            | "release"
            | "letter"
            | "notice"
            | "memo"
            | "memorandum"
            | "circular"
            | "advisory"
            | "filing"
            | "tweet"
            | "email"
            | "announcement"
            | "message"
            | "complaint"
            | "lawsuit"
            | "indictment"
            | "note"
            | "study"
            | "report"
            | "survey"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nouns_of_a_person_have_their_gender_and_other_words_none() {
        for (word, gender) in [
            ("woman", Gender::Female),
            ("congresswoman", Gender::Female),
            ("mum", Gender::Female),
            ("girlfriend", Gender::Female),
            ("man", Gender::Male),
            ("grandfather", Gender::Male),
            ("dad", Gender::Male),
            ("widower", Gender::Male),
        ] {
            assert_eq!(noun_gender(word), Some(gender), "{word}");
        }
        // Same first letter and length as a listed noun, a plural, a
        // capital, other scripts and the empty word.
        for word in [
            "women", "mat", "wifi", "wives", "Woman", "sons", "", "é", "мать", "a", "x",
        ] {
            assert_eq!(noun_gender(word), None, "{word}");
        }
    }
}
