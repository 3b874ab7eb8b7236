//! Pages in languages other than English, written by the team (invented
//! articles with the usual furniture: menus, share bars, related links,
//! comment login, copyright), cleaned by `Cleaner::clean`. The body lines
//! of each page are the ones between its byline and its first furniture
//! line after the article; the test says which by their opening words.

use newsmill_clean::Cleaner;

/// The kept text of `raw`, one paragraph per line.
fn kept(raw: &str) -> Vec<String> {
    let article = Cleaner::default().clean(raw, None);
    article
        .paragraphs
        .iter()
        .map(|span| span.slice(raw).to_string())
        .collect()
}

fn assert_body(raw: &str, body_openings: &[&str], furniture: &[&str]) {
    let kept = kept(raw);
    for opening in body_openings {
        assert!(
            kept.iter().any(|p| p.starts_with(opening)),
            "body paragraph {opening:?} lost; kept: {kept:#?}"
        );
    }
    assert_eq!(kept.len(), body_openings.len(), "kept: {kept:#?}");
    for line in furniture {
        assert!(
            !kept.iter().any(|p| p.contains(line)),
            "furniture {line:?} kept; kept: {kept:#?}"
        );
    }
}

#[test]
fn indonesian_blog_post_keeps_its_paragraphs() {
    assert_body(
        include_str!("pages/id_blog.txt"),
        &[
            "Para nelayan",
            "Menurut kepala kampung",
            "Harga ikan",
            "Seorang nelayan muda",
            "Dinas perikanan",
            "Warga berharap",
        ],
        &[
            "Beranda",
            "Bagikan ke Facebook",
            "Baca juga",
            "Harga beras naik",
            "Masuk untuk berkomentar",
            "Hak cipta",
        ],
    );
}

#[test]
fn spanish_news_page_keeps_its_paragraphs() {
    assert_body(
        include_str!("pages/es_noticia.txt"),
        &[
            "La biblioteca municipal de San Ramón",
            "El nuevo edificio",
            "Según la directora",
            "Los horarios",
            "Algunos vecinos",
        ],
        &[
            "Inicio",
            "Compartir en Facebook",
            "Noticias relacionadas",
            "El ayuntamiento aprueba",
            "Inicia sesión",
            "derechos reservados",
        ],
    );
}

#[test]
fn russian_news_page_keeps_its_paragraphs() {
    assert_body(
        include_str!("pages/ru_novosti.txt"),
        &[
            "В субботу",
            "По словам организаторов",
            "Библиотека будет",
            "Администрация парка",
            "Многие посетители",
        ],
        &[
            "Главная",
            "Поделиться",
            "Читайте также",
            "Ремонт моста",
            "Войдите",
            "Все права защищены",
        ],
    );
}
