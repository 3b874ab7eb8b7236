//! Pages in languages other than English (Indonesian, Spanish, Russian,
//! Japanese), written by the team: invented articles with the usual
//! furniture (menus, share bars, related links, comment login, copyright),
//! cleaned by `Cleaner::clean`. Each test names the body paragraphs by
//! their opening words and the furniture by a phrase of each line.

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

#[test]
fn japanese_news_page_keeps_its_paragraphs() {
    // No spaces and no stop-word list: CJK prose is judged on its weight
    // and sentence punctuation.
    assert_body(
        include_str!("pages/ja_news.txt"),
        &[
            "港の朝市が日曜日",
            "主催者によると",
            "市の担当者は",
            "訪れた人たちは",
        ],
        &[
            "ホーム",
            "でシェア",
            "関連記事",
            "駅前の再開発",
            "ログインしてください",
            "All rights reserved",
        ],
    );
}
