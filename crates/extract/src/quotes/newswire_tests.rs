//! Attribution shapes of wire copy: agencies quoting people, inverted
//! attributions with long titles, ages standing for names. The shapes came
//! from the dev half of this team's annotation of real newswire
//! (`benches/quotes_conll`); the sentences here are written for the tests.

use super::tests::{run, who, O, P};
use crate::EntityKind;

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

#[test]
fn a_shriek_before_a_colon_is_the_shouters() {
    let text = "When the umpire called the ball in and the point was given, Dan Holt shrieked at his opponent: \"You cheat.\"";
    let q = run(text, &[("Dan Holt", P)]);
    assert_eq!(who(&q[0]).1, Some("Dan Holt"), "{q:?}");
}

#[test]
fn a_bare_one_is_one_of_the_group_just_named() {
    let text = "Prices held in a narrow range, traders said, but they expected a rise.\n\"I still think we will see higher prices by the end of the month,\" one said.";
    let q = run(text, &[]);
    assert_eq!(who(&q[0]), (Some("one"), Some("one trader")), "{q:?}");
    let text = "Dealers said the metal eased on talk of sales.\n\"We could see a dip before the end of October,\" one said.";
    let q = run(text, &[]);
    assert_eq!(who(&q[0]), (Some("one"), Some("one dealer")), "{q:?}");
    // No group before it: "one" stays as written.
    let text = "The market was quiet.\n\"We could see a dip,\" one said.";
    let q = run(text, &[]);
    assert_eq!(who(&q[0]), (Some("one"), None), "{q:?}");
}

#[test]
fn the_company_report_speaks_for_the_company() {
    let text = "Velmora posted a first-half profit of 2.1 billion lei.\nVelmora's output rose to 4,300 tonnes, the company report to the Bucharest stock exchange showed.\n\"In the first six months we concentrated on exports,\" the report said.";
    let q = run(text, &[("Velmora", O)]);
    assert_eq!(who(&q[0]).1, Some("Velmora"), "{q:?}");
}

#[test]
fn a_possessive_apostrophe_after_s_stays_inside_the_speaker_phrase() {
    let text = "Farmers denied there was any danger.\n\"We have to be careful how other countries take the lead,\" Welsh National Growers' Union (WGU) chairman Owen Lloyd Pryce said on BBC radio.";
    let q = run(
        text,
        &[
            ("Welsh National Growers' Union", O),
            ("WGU", O),
            ("Owen Lloyd Pryce", P),
        ],
    );
    assert_eq!(who(&q[0]).1, Some("Owen Lloyd Pryce"), "{q:?}");
    let text = "Palestinians said the flight was barred.\n\"The meeting will take place at the checkpoint,\" Moshe Peres' office said.";
    let q = run(text, &[("Moshe Peres", P)]);
    assert_eq!(who(&q[0]).0, Some("Moshe Peres' office"), "{q:?}");
}

#[test]
fn chiming_in_is_speaking() {
    let text = "Three fans at the food court said the pasta was good, but Carol Penn chimed in, \"The water is ridiculous, they want four dollars for it.\"";
    let q = run(text, &[("Carol Penn", P)]);
    assert_eq!(who(&q[0]).1, Some("Carol Penn"), "{q:?}");
}

#[test]
fn his_statement_is_his() {
    let text = "Adviser Dirk Maris resigned on Thursday.\nThe announcement followed a report in a weekly tabloid about his private life.\n\"I will not subject my family to this. I never will,\" his statement said.";
    let q = run(text, &[("Dirk Maris", P)]);
    assert_eq!(who(&q[0]).1, Some("Dirk Maris"), "{q:?}");
}

#[test]
fn words_a_named_person_said_are_his_though_the_newspaper_reports_them() {
    let text = "King Arvel of Norland has told China his nation will not become a tool, the official China Daily newspaper said.\nKing Arvel, in Tibet at the start of a visit, said the government had \"maintained a sharp vigilance against such intentions\", the newspaper said.";
    let q = run(text, &[("Arvel", P), ("China Daily", O)]);
    assert_eq!(who(&q[0]).1, Some("Arvel"), "{q:?}");
    // Without a named reporter of the clause, the newspaper stays.
    let text = "The official China Daily newspaper ran the story.\nThe government had \"maintained a sharp vigilance against such intentions\", the newspaper said.";
    let q = run(text, &[("China Daily", O)]);
    assert_eq!(who(&q[0]).0, Some("the newspaper"), "{q:?}");
}

#[test]
fn a_bare_plural_of_people_after_the_quote_speaks() {
    let text = "In Karak a few hundred young men lingered outside the mosque, shouting slogans.\n\"Disperse and help maintain order,\" army officers, who have enforced a curfew since the riots, told the crowd through loudspeakers.";
    let q = run(text, &[]);
    assert_eq!(who(&q[0]).0, Some("army officers"), "{q:?}");
}

#[test]
fn they_write_after_a_plural_of_people_speaking_is_those_people() {
    let text = "The study could not prove that the devices prevented falls. People who wear them may differ in other ways, the authors acknowledge.\n\"Residual confounding by health-seeking behavior cannot be excluded,\" they write.";
    let q = run(text, &[]);
    assert_eq!(who(&q[0]), (Some("the authors"), None), "{q:?}");
}

#[test]
fn an_organisation_after_an_opening_phrase_speaks_through_a_colon() {
    let text = "Police arrested three people.\nIn a Facebook post Wednesday, the Elmford Police Department thanked residents who shared doorbell video with detectives: \"Your videos made a real difference in this case.\"";
    let q = run(text, &[("Facebook", O), ("Elmford Police Department", O)]);
    assert_eq!(who(&q[0]).1, Some("Elmford Police Department"), "{q:?}");
}

#[test]
fn the_statement_of_a_described_issuer_is_theirs() {
    let text = "Several victims read statements in court.\nAnother victim, a retired couple from Oxbury, said in a written statement read by a court adviser that they had lost most of their savings.\n\"We are in our seventies. We do not have time to earn it back,\" the statement said.";
    let q = run(text, &[]);
    assert_eq!(
        who(&q[0]).0,
        Some("Another victim, a retired couple from Oxbury"),
        "{q:?}"
    );
}

#[test]
fn it_added_is_the_organisation_that_opened_the_sentences_before() {
    let text = "Six missionaries were detained by the rebels.\nThe Diocesan Press Office said the rebels had promised to free them.\nBut the church learned that no orders to release them were received.\nIt said last Friday they were visited by a bishop.\n\"On August 17 the mission was sealed off. The same evening the missionaries were put in prison. Later the mission was looted,\" it added.";
    let q = run(text, &[("Diocesan Press Office", O)]);
    assert_eq!(
        who(&q[0]),
        (Some("it"), Some("Diocesan Press Office")),
        "{q:?}"
    );
}

#[test]
fn one_said_after_they_said_is_one_of_the_group_named_before() {
    let text = "Premiums will stay firm in the near term, traders in the region said on Thursday.\nThey said premiums on jet kerosene have widened.\n\"We must be cautious about quality. Some cargoes command a good premium. It has been 99 cents to Korea. This will stay for a while,\" one said.";
    let q = run(text, &[]);
    assert_eq!(who(&q[0]), (Some("one"), Some("one trader")), "{q:?}");
}

#[test]
fn a_name_opening_the_speaker_phrase_before_a_topic_clause_speaks() {
    let text = "Agassi was bumped up two spots in the seeding.\n\"He should be seeded the way he is playing now,\" said Stich about the unfairness of moving up Agassi, who made early exits from the French Open.";
    let q = run(text, &[("Agassi", P), ("Stich", P)]);
    assert_eq!(who(&q[0]).1, Some("Stich"), "{q:?}");
    // A name that only modifies a role is not the speaker.
    let text = "\"We will win the state,\" said Dole campaign manager Scott Reed.";
    let q = run(text, &[("Dole", P), ("Scott Reed", P)]);
    assert_eq!(who(&q[0]).1, Some("Scott Reed"), "{q:?}");
}

#[test]
fn he_added_after_a_described_speaker_with_no_gender_is_that_speaker() {
    let text = "Gas oil was little changed on Thursday.\n\"Demand and supply are balanced to a bit short,\" said one trader.\n\"The question is whether they will come out for more,\" he added.";
    let q = run(text, &[]);
    assert_eq!(who(&q[1]), who(&q[0]), "{q:?}");
    assert_eq!(who(&q[1]).0, Some("one trader"), "{q:?}");
}

#[test]
fn a_newspapers_own_commentary_is_the_newspapers() {
    let text = "Beijing called on Tokyo to face its past.\n\"Some are still unrepentant about the war,\" said a commentary in the official Harbour Daily.\n\"It will be difficult to tell whether they will do the same again,\" the newspaper said.\n\"Numerous politicians have tried to whitewash the record,\" the commentary said.";
    let q = run(text, &[("Harbour Daily", O)]);
    for quote in &q {
        assert_eq!(who(quote).1, Some("Harbour Daily"), "{q:?}");
    }
}

#[test]
fn a_pronoun_that_reaches_a_birth_name_means_the_name_the_story_uses() {
    let text = "Sister Ana Mara was born Agnes Teodora Balint in Cluj in 1921.\nAt the age of 19 she joined an order.\nShe said her call came in 1946.\n\"The message was quite clear,\" she told one interviewer.";
    let q = run(text, &[("Ana Mara", P), ("Agnes Teodora Balint", P)]);
    assert_eq!(who(&q[0]).1, Some("Ana Mara"), "{q:?}");
}

#[test]
fn a_described_person_with_two_verbs_before_a_colon_speaks() {
    // Not the radio station that reported the incident a sentence before.
    let text = "Police were searching for a gunman on Tuesday, Radio Harbour said.\nThe man entered the school changing rooms on Monday and told the girl and a friend: \"You are for it now.\"";
    let q = run(text, &[("Radio Harbour", O)]);
    assert_eq!(who(&q[0]).0, Some("The man"), "{q:?}");
    // Without a comma to close it, the description ends at its noun.
    let text = "The mayor spoke first.\nA local woman stood up and said: \"We need the bridge.\"";
    let q = run(text, &[]);
    assert_eq!(who(&q[0]).0, Some("A local woman"), "{q:?}");
    // A new subject after an earlier "and" is the one who speaks.
    let text = "The mayor spoke first.\nThe girl screamed and her father ran in and said: \"Leave her alone.\"";
    let q = run(text, &[]);
    assert_eq!(who(&q[0]).0, Some("her father"), "{q:?}");
    let text =
        "The mayor spoke first.\nA Hamas official stood up and said: \"We need the bridge.\"";
    let q = run(text, &[("Hamas", O)]);
    assert_eq!(who(&q[0]).0, Some("A Hamas official"), "{q:?}");
    let text = "The mayor spoke first.\nA woman in a pink hat, towelling off, would not give her name and said: \"We need the bridge.\"";
    let q = run(text, &[]);
    assert_eq!(who(&q[0]).0, Some("A woman in a pink hat"), "{q:?}");
}

#[test]
fn words_a_passive_verb_of_calling_quotes_are_its_agents() {
    let text = "Ravel has a starring role in the new film.\nHe plays a lawyer in the movie described as \"a tender and cruel comedy\" by Marc Lenoir, who is making his 35th film.";
    let q = run(text, &[("Ravel", P), ("Marc Lenoir", P)]);
    assert_eq!(who(&q[0]).1, Some("Marc Lenoir"), "{q:?}");
    let text = "The plan was branded \"a reckless gamble\" by Senator Jane Ortiz on Tuesday.";
    let q = run(text, &[("Jane Ortiz", P)]);
    assert_eq!(who(&q[0]).1, Some("Jane Ortiz"), "{q:?}");
    let text = "The plan was described by Jane Ortiz, the senator, as \"a reckless gamble\".";
    let q = run(text, &[("Jane Ortiz", P)]);
    assert_eq!(who(&q[0]).1, Some("Jane Ortiz"), "{q:?}");
    // Active: the subject calls it so, whoever "by" names.
    let text = "Jane Ortiz called the plan \"a disgrace\" by any measure.";
    let q = run(text, &[("Jane Ortiz", P)]);
    assert_eq!(who(&q[0]).1, Some("Jane Ortiz"), "{q:?}");
    let text = "Jane Ortiz called the ruling \"a power grab\" by the Supreme Court.";
    let q = run(text, &[("Jane Ortiz", P), ("Supreme Court", O)]);
    assert_eq!(who(&q[0]).1, Some("Jane Ortiz"), "{q:?}");
    let text = "Jane Ortiz described the attack as \"an act of terror\" by Hamas.";
    let q = run(text, &[("Jane Ortiz", P), ("Hamas", O)]);
    assert_eq!(who(&q[0]).1, Some("Jane Ortiz"), "{q:?}");
}

#[test]
fn a_remark_by_someone_named_is_theirs() {
    let text = "Local media seized on a comment by chief prosecutor Paul Marchal on television that he would pursue everyone involved in the case \"if I am allowed to\".";
    let q = run(text, &[("Paul Marchal", P)]);
    assert_eq!(who(&q[0]).1, Some("Paul Marchal"), "{q:?}");
    // Only when nothing else in the sentence speaks.
    let text =
        "Responding to a statement by the Interior Ministry, Jane Ortiz said: \"We disagree.\"";
    let q = run(text, &[("Interior Ministry", O), ("Jane Ortiz", P)]);
    assert_eq!(who(&q[0]).1, Some("Jane Ortiz"), "{q:?}");
    // Remarks judged as the quote are not the quote.
    let text = "Jane Ortiz dismissed the comments by Senator Ann Lee as \"absurd.\"";
    let q = run(text, &[("Jane Ortiz", P), ("Ann Lee", P)]);
    assert_ne!(who(&q[0]).1, Some("Ann Lee"), "{q:?}");
}

#[test]
fn a_pronoun_after_a_contrast_goes_to_the_person_the_sentence_turns_to() {
    let text = "Kent captain Tom Pryce is tipping Surrey to win the title, but Derbyshire's captain Dean Royle is conceding nothing as his side chase a first title in 60 years.\n\"We took three brilliant catches in this match,\" he said.";
    let q = run(text, &[("Tom Pryce", P), ("Dean Royle", P)]);
    assert_eq!(who(&q[0]).1, Some("Dean Royle"), "{q:?}");
    // The person must open the clause after "but".
    for clause in [
        "but he admits Dean Royle has the better side",
        "but the selectors picked Dean Royle instead",
    ] {
        let text = format!("Kent captain Tom Pryce is tipping Surrey to win the title, {clause}.\n\"We were poor,\" he said.");
        let q = run(&text, &[("Tom Pryce", P), ("Dean Royle", P)]);
        assert_eq!(who(&q[0]).1, Some("Tom Pryce"), "{q:?}");
    }
    // Without the contrast the sentence's subject stays the topic.
    let text = "Kent captain Tom Pryce is tipping Surrey to win the title after a talk with Dean Royle.\n\"We took three brilliant catches in this match,\" he said.";
    let q = run(text, &[("Tom Pryce", P), ("Dean Royle", P)]);
    assert_eq!(who(&q[0]).1, Some("Tom Pryce"), "{q:?}");
}

#[test]
fn an_initial_inside_an_inverted_attribution_is_part_of_the_name() {
    let text = "Ferry crews went on strike.\n\"We cannot sail while the boats are held,\" said senior boatmen's leader K. Marandi.";
    let q = run(text, &[("K. Marandi", P)]);
    assert_eq!(
        who(&q[0]),
        (Some("K. Marandi"), Some("K. Marandi")),
        "{q:?}"
    );
    let text = "\"We cannot sail,\" union head R. J. Osei said.";
    let q = run(text, &[("R. J. Osei", P)]);
    assert_eq!(who(&q[0]).1, Some("R. J. Osei"), "{q:?}");
}

#[test]
fn it_after_a_country_that_said_is_that_country() {
    let text = "Pravia on Monday backed the treaty.\nPravia said most countries had given ground to reach it.\n\"The treaty is a practical step towards disarmament,\" it said.";
    let q = run(text, &[("Pravia", EntityKind::Place)]);
    assert_eq!(who(&q[0]).1, Some("Pravia"), "{q:?}");
    // A place that is only where things happen does not speak.
    let text = "Talks resumed in Pravia.\nPravia saw heavy rain as the talks went on.\n\"The treaty is a practical step,\" it said.";
    let q = run(text, &[("Pravia", EntityKind::Place)]);
    assert_ne!(who(&q[0]).1, Some("Pravia"), "{q:?}");
}

#[test]
fn it_after_the_newspaper_is_the_newspaper_named_before() {
    // The country quoted in between does not take the newspaper's words.
    let text = "\"The draft is balanced,\" the official Daily Courier newspaper said in a commentary.\nPravia said many countries had given ground.\n\"The treaty is a step,\" it said.\nThe newspaper said Pravia wanted a complete ban.\n\"Some powers cling to deterrence,\" it said.";
    let q = run(text, &[("Daily Courier", O), ("Pravia", EntityKind::Place)]);
    assert_eq!(who(&q[1]).1, Some("Pravia"), "{q:?}");
    assert_eq!(who(&q[2]).1, Some("Daily Courier"), "{q:?}");
}
