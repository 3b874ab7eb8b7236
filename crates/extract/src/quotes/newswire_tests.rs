//! Attribution shapes of wire copy: agencies quoting people, inverted
//! attributions with long titles, ages standing for names. The shapes came
//! from the dev half of this team's annotation of real newswire
//! (`benches/quotes_conll`); the sentences here are written for the tests.

use super::tests::{run, who, O, P};

#[test]
fn an_agency_that_quotes_someone_as_saying_reports_their_words() {
    let text = "The port will close for repairs, the news agency Portnews reported.\n\"All ferries will sail from the north pier until October,\" Portnews quotes harbour master Ilse Varga as saying.";
    let q = run(text, &[("Portnews", O), ("Ilse Varga", P)]);
    assert_eq!(who(&q[0]).1, Some("Ilse Varga"), "{q:?}");
}

#[test]
fn an_inverted_attribution_runs_over_titles_joined_by_and() {
    let text = "Dunmore Cables will build a plant in Vietnam.\n\"This plant has for our group a clear strategic value,\" said Dunmore Cables chairman and chief executive officer Aldo Ferrante.";
    let q = run(text, &[("Dunmore Cables", O), ("Aldo Ferrante", P)]);
    assert_eq!(who(&q[0]).1, Some("Aldo Ferrante"), "{q:?}");
    // The legal form may be outside the tagged name.
    let text = "\"We will hire,\" said Ferrante SpA chairman and chief executive Aldo Ferrante.";
    let q = run(text, &[("Ferrante", O), ("Aldo Ferrante", P)]);
    assert_eq!(who(&q[0]).1, Some("Aldo Ferrante"), "{q:?}");
}

#[test]
fn an_age_in_a_longer_description_refers_back_to_the_person() {
    let text = "Midfielder Tomas Revel has said he will retire after next season.\n\"I have planned it so that this will be the end,\" the 31-year-old national team captain was quoted as saying by the daily Morgenpost.";
    let q = run(text, &[("Tomas Revel", P), ("Morgenpost", O)]);
    assert_eq!(who(&q[0]).1, Some("Tomas Revel"), "{q:?}");
}
