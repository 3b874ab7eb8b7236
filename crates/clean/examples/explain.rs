//! Print each non-blank line of a raw file with the cleaner's verdict:
//! `cargo run -p newsmill-clean --example explain -- FILE`.

use newsmill_clean::{explain, Cleaner};
use std::{env, fs, process};

fn main() {
    let Some(path) = env::args().nth(1) else {
        eprintln!("usage: explain FILE");
        process::exit(2);
    };
    let raw = match fs::read(&path) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            process::exit(1);
        }
    };
    let article = Cleaner::default().clean(&raw, None);
    for v in explain(&article) {
        let verdict = v.removed.map_or("KEEP", |r| r.as_str());
        println!("{verdict:>20} | {}", v.span.slice(&raw));
    }
    println!(
        "title: {:?}\nsubtitle: {:?}\nbyline: {:?}",
        article.title, article.subtitle, article.byline
    );
    println!(
        "outlet: {:?}\ndateline: {:?}\nsyndication: {:?}",
        article.outlet, article.dateline, article.syndication
    );
}
