#!/usr/bin/env python3
"""Write samples/warc/multilingual.warc.gz: invented news pages about the
invented town of Veloria in eight languages and seven charsets, plus records
that are not articles (warcinfo, a request, a redirect, an image, a 404).

All text was written by the newsmill team for this sample. The file is
written with the standard library only (one gzip member per record, as
Common Crawl does), so it can be rebuilt anywhere:

    python3 samples/warc/make_sample.py

Expected when read by newsmill: 8 articles (en, de, fr, ru, ja, pl, zh, es),
5 skipped records (warcinfo 1, request 1, redirect 1, non_html 1,
http_status 1), no failures.
"""

import gzip
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "multilingual.warc.gz")
DATE = "2025-06-02T08:30:00Z"


def page(lang_attr, meta, title, paragraphs):
    lang = f' lang="{lang_attr}"' if lang_attr else ""
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (
        f"<!doctype html>\n<html{lang}><head>{meta}<title>{title}</title></head>\n"
        f"<body><nav>Home | World | Sport</nav>\n<article><h1>{title}</h1>\n{body}</article>\n"
        f"<footer>(c) 2025 Veloria Courier</footer></body></html>\n"
    )


# (slug, HTTP Content-Type, extra HTTP headers, encoding used for the bytes, html)
PAGES = [
    (
        "en/bridge",
        "text/html; charset=utf-8",
        "",
        "utf-8",
        page(
            "en",
            '<meta charset="utf-8">',
            "Veloria council votes to rebuild the old bridge",
            [
                "The Veloria town council voted on Monday to replace the Marrow Street bridge, "
                "which has been closed to lorries since a crack was found in March.",
                "\u201cWe cannot keep patching a structure that is ninety years old,\u201d said "
                "Mayor Elena Sorvik after the vote, which passed by nine votes to two.",
                "Engineers estimate that about 1,200 vehicles a day will be diverted during the "
                "eighteen months of work, which is due to start in September.",
            ],
        ),
    ),
    (
        "de/markt",
        "text/html; charset=utf-8",
        "",
        "utf-8",
        page(
            "de",
            '<meta charset="utf-8">',
            "Wochenmarkt in Veloria zieht an den Hafen um",
            [
                "Der Wochenmarkt von Veloria wird ab Juli nicht mehr auf dem Rathausplatz, sondern "
                "am alten Hafen stattfinden, wie die Stadtverwaltung am Dienstag mitteilte.",
                "Die Händler hatten sich seit Jahren über zu wenig Platz und fehlende Parkplätze "
                "beschwert. Am Hafen stehen nun mehr als sechzig Stände zur Verfügung.",
                "Anwohner des Platzes begrüßen die Entscheidung, weil der Lärm am frühen Morgen "
                "für viele eine große Belastung gewesen sei.",
            ],
        ),
    ),
    (
        "fr/ecole",
        "text/html; charset=utf-8",
        "Content-Language: fr\r\n",
        "utf-8",
        page(
            None,
            '<meta charset="utf-8">',
            "Une nouvelle école ouvrira ses portes à Veloria",
            [
                "La commune de Veloria a confirmé jeudi que la nouvelle école primaire du quartier "
                "des Tilleuls accueillera ses premiers élèves à la rentrée de septembre.",
                "Le bâtiment, construit en bois et chauffé par géothermie, pourra recevoir près de "
                "trois cents enfants répartis dans douze classes.",
                "Les parents d'élèves ont salué la fin d'un chantier qui avait pris plus d'un an de "
                "retard à cause de la pénurie de matériaux.",
            ],
        ),
    ),
    (
        "ru/teatr",
        "text/html; charset=windows-1251",
        "",
        "windows-1251",
        page(
            "ru",
            "",
            "Городской театр Велории откроется после ремонта",
            [
                "Городской театр Велории снова примет зрителей в октябре после двух лет "
                "реставрации, сообщила в среду пресс-служба администрации.",
                "Во время ремонта рабочие заменили крышу, восстановили лепнину в зрительном зале "
                "и установили новую систему вентиляции.",
                "Первым спектаклем нового сезона станет комедия местного автора, билеты на "
                "которую поступят в продажу в начале сентября.",
            ],
        ),
    ),
    (
        "ja/densha",
        "text/html",
        "",
        "shift_jis",
        page(
            None,
            '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">',
            "ヴェロリア市、路面電車の延伸を決定",
            [
                "ヴェロリア市議会は金曜日、路面電車を港地区まで延ばす計画を賛成多数で可決した。",
                "新しい区間は全長およそ四キロで、六つの停留所が設けられる予定だという。",
                "市長は記者会見で、工事は来年春に始まり、二年以内の開業を目指すと述べた。",
            ],
        ),
    ),
    (
        "pl/biblioteka",
        "text/html",
        "",
        "iso-8859-2",
        page(
            "pl",
            '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">',
            "Biblioteka w Velorii wydłuża godziny otwarcia",
            [
                "Miejska biblioteka w Velorii będzie od przyszłego miesiąca otwarta także w soboty "
                "i niedziele, poinformowała w poniedziałek dyrektorka placówki.",
                "Zmiana jest odpowiedzią na prośby studentów, którzy skarżyli się, że w tygodniu "
                "nie mają czasu na naukę w czytelni.",
                "Biblioteka planuje również zakup nowych książek dla dzieci i młodzieży oraz "
                "organizację cotygodniowych spotkań z autorami.",
            ],
        ),
    ),
    (
        "zh/gongyuan",
        "text/html; charset=gb2312",
        "",
        "gb2312",
        page(
            "zh-CN",
            "",
            "维洛里亚新建滨河公园正式开放",
            [
                "维洛里亚市新建的滨河公园于周六正式向市民开放，吸引了数千名游客前来参观。",
                "公园沿河长约两公里，设有自行车道、儿童游乐场和一座小型植物园。",
                "市政府表示，今后还将在公园附近增设公交站点，方便居民出行。",
            ],
        ),
    ),
    (
        "es/puerto",
        "text/html",
        "",
        "windows-1252",
        page(
            None,
            "",
            "El puerto de Veloria recibe su primer crucero del año",
            [
                "El puerto de Veloria recibió el sábado su primer crucero de la temporada, con "
                "más de dos mil pasajeros a bordo que pasaron el día recorriendo la ciudad.",
                "Los comerciantes del casco antiguo aseguran que estas visitas son una fuente de "
                "ingresos muy importante para los pequeños negocios de la zona.",
                "La autoridad portuaria espera que lleguen otros catorce barcos antes de que "
                "termine el verano.",
            ],
        ),
    ),
]


def record(kind, uri, content_type, block, extra=""):
    target = f"WARC-Target-URI: {uri}\r\n" if uri else ""
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, kind + uri)}>\r\n"
        f"WARC-Date: {DATE}\r\n{target}{extra}Content-Type: {content_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    ).encode("ascii")
    return head + block + b"\r\n\r\n"


def response(uri, status, headers, body):
    http = f"HTTP/1.1 {status}\r\n{headers}Content-Length: {len(body)}\r\n\r\n".encode("ascii") + body
    return record("response", uri, "application/http; msgtype=response", http)


def main():
    records = [
        record("warcinfo", "", "application/warc-fields", b"software: newsmill sample writer\r\nformat: WARC File Format 1.0\r\n")
    ]
    for slug, content_type, extra_headers, encoding, html in PAGES:
        uri = f"https://courier.veloria.example/{slug}"
        request = f"GET /{slug} HTTP/1.1\r\nHost: courier.veloria.example\r\n\r\n".encode("ascii")
        if slug == "en/bridge":
            records.append(record("request", uri, "application/http; msgtype=request", request))
        headers = f"Content-Type: {content_type}\r\n{extra_headers}"
        records.append(response(uri, "200 OK", headers, html.encode(encoding)))
    records.append(
        response("https://courier.veloria.example/old-bridge", "301 Moved Permanently",
                 "Location: https://courier.veloria.example/en/bridge\r\n", b"")
    )
    records.append(
        response("https://courier.veloria.example/logo.png", "200 OK", "Content-Type: image/png\r\n",
                 b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00")
    )
    records.append(
        response("https://courier.veloria.example/missing", "404 Not Found", "Content-Type: text/html\r\n",
                 b"<html><body><p>Page not found</p></body></html>")
    )
    with open(OUT, "wb") as out:
        for r in records:
            # mtime=0: the same bytes on every run.
            out.write(gzip.compress(r, mtime=0))


if __name__ == "__main__":
    main()
