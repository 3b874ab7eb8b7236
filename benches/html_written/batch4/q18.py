"""q18 - Italian, local news site (WordPress-based).

Culture story (fresco restoration); cookie banner, "Leggi anche" links,
"Pubblicità" slots, photo gallery strip with captions, tag list,
"I più letti" and a footer with company details (P.IVA).
"""
import random
from common import *

PID = "q18"
rnd = random.Random(418)

HEADLINE = "Montebrusco, torna a splendere l'affresco della Madonna del Carmine dopo due anni di restauro"

TEXT = """
Dopo quasi due anni di lavori, l'affresco della Madonna del Carmine nella chiesa di San Michele a Montebrusco è tornato visibile ai fedeli e ai visitatori. La presentazione del restauro si è tenuta sabato pomeriggio alla presenza del sindaco, del parroco e di un centinaio di cittadini che hanno riempito la navata.

L'opera, attribuita a un pittore della scuola locale attivo nella seconda metà del Quattrocento, era stata in gran parte coperta da uno strato di intonaco durante i lavori di ristrutturazione della chiesa alla fine dell'Ottocento. Solo nel 2019, durante un intervento sull'impianto elettrico, un operaio aveva notato tracce di colore sotto la superficie del muro.

"Quando abbiamo tolto i primi centimetri di intonaco non credevamo ai nostri occhi", ha raccontato la restauratrice Giulia Ferracci, che ha guidato il cantiere insieme a due collaboratrici. "I colori erano molto più vivi di quanto ci aspettassimo, soprattutto l'azzurro del manto, che è stato protetto proprio dallo strato che lo nascondeva".

Il restauro, costato circa 86mila euro, è stato finanziato per metà dalla Fondazione Cassa di Risparmio di Valdoria e per il resto dal Comune e da una raccolta fondi promossa dalla parrocchia, che ha coinvolto oltre 400 famiglie del paese.

Secondo lo storico dell'arte Marco Bellandi, che ha seguito gli studi preliminari, l'affresco è uno dei pochi esempi rimasti di pittura devozionale di quel periodo nella valle. "È un documento importante anche per capire come si viveva la fede in una comunità rurale di cinque secoli fa", ha spiegato.

Il sindaco Lorenzo Pieri ha annunciato che la chiesa sarà aperta alle visite guidate ogni domenica mattina fino alla fine di settembre, in collaborazione con la Pro Loco. "Vogliamo che questo affresco diventi un motivo in più per scoprire Montebrusco", ha detto.
"""

body = body_from(TEXT)
body.insert(2, ("raw", '<p class="leggi-anche"><strong>Leggi anche:</strong> <a href="/2024/05/montebrusco-la-chiesa-di-san-michele-riapre-dopo-i-lavori/">Montebrusco, la chiesa di San Michele riapre dopo i lavori</a></p>'))
body.insert(5, ("raw", '<div class="adv-container"><span class="adv-label">Pubblicità</span><div id="adv-in-article"></div></div>'))
body_html, gold = render(body, {"p": "<p>{}</p>"})

gallery = [("Il volto della Madonna dopo la pulitura", "Foto Comune di Montebrusco"),
           ("La restauratrice Giulia Ferracci al lavoro sul ponteggio", "Foto Pro Loco Montebrusco"),
           ("La navata durante la presentazione di sabato", "Foto Andrea Volpi")]
gal_html = "".join('<figure class="gallery-item"><img src="/wp-content/uploads/2024/06/affresco-%d.jpg" alt=""><figcaption class="wp-caption-text">%s <span class="credit">(%s)</span></figcaption></figure>' % (i, esc(c), esc(cr)) for i, (c, cr) in enumerate(gallery))
piuletti = ["Incidente sulla provinciale, due feriti", "Sagra del fungo porcino: il programma completo",
            "Chiude dopo 60 anni la storica merceria di piazza Garibaldi", "Valdoria, arriva la banda ultralarga in 12 frazioni",
            "Calcio, la Polisportiva Montebrusco promossa in Prima Categoria"]

cookie = """<div id="iubenda-cs-banner" class="iubenda-cs-default" role="alertdialog"><div class="iubenda-cs-content"><div class="iubenda-cs-rationale">
<div id="iubenda-cs-paragraph"><p class="iub-p">Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità come specificato nella cookie policy.</p>
<p class="iub-p">Puoi liberamente prestare, rifiutare o revocare il tuo consenso, in qualsiasi momento. Usa il pulsante "Accetta" per acconsentire o chiudi questa informativa per continuare senza accettare.</p></div>
<div class="iubenda-cs-opt-group"><button class="iubenda-cs-customize-btn">Scopri di più e personalizza</button><button class="iubenda-cs-reject-btn">Rifiuta</button><button class="iubenda-cs-accept-btn">Accetta</button></div></div></div></div>"""

page = f"""<!DOCTYPE html>
<html lang="it-IT">
<head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(HEADLINE)} - Gazzetta di Valdoria</title>
<style>{css_blob(["entry", "site-header", "main-nav", "adv", "gallery", "widget", "site-footer", "leggi-anche", "iubenda-cs"], 380, 4181)}</style>
{ld_article(HEADLINE, "Elena Marchini", "2024-06-16T10:15:00+02:00", "Gazzetta di Valdoria", section="Cultura", lang="it")}
<script>{js_blob(4182, 130, "gazzettaValdoria")}</script>
</head>
<body class="post-template-default single single-post">
{cookie}
<header class="site-header"><div class="top-bar"><span>Domenica 16 Giugno 2024</span> <a href="/meteo/">Meteo</a> <a href="/contatti/">Segnala una notizia</a></div>
<a class="site-logo" href="/">Gazzetta di Valdoria</a>
<nav class="main-nav"><ul>{link_items(["Home", "Cronaca", "Politica", "Economia", "Cultura", "Sport", "Eventi", "Comuni", "Necrologi", "Video"], prefix="/categoria/")}</ul></nav></header>
<div class="adv-container adv-top"><span class="adv-label">Pubblicità</span></div>
<div class="container"><main class="content">
<article class="post type-post">
<header class="entry-header"><span class="cat"><a href="/categoria/cultura/">Cultura</a></span>
<h1 class="entry-title">{esc(HEADLINE)}</h1>
<p class="entry-excerpt">Presentato sabato il recupero dell'opera quattrocentesca riscoperta per caso nel 2019. Da luglio visite guidate ogni domenica.</p>
<div class="entry-meta">di <a href="/author/elena-marchini/">Elena Marchini</a> &middot; <time datetime="2024-06-16T10:15:00+02:00">16 Giugno 2024</time></div>
<div class="share"><span>Condividi</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a> <a href="#">Email</a></div></header>
<div class="entry-content">
{body_html}
<div class="gallery">{gal_html}</div>
</div>
<footer class="entry-footer"><div class="tags"><span>Tag:</span> {link_items(["Montebrusco", "restauro", "affreschi", "chiesa di San Michele", "Pro Loco"], item='<a href="{href}" rel="tag">{text}</a> ', prefix="/tag/")}</div></footer>
</article>
<section class="related"><h3>Potrebbe interessarti anche</h3><ul>{link_items(["Valdoria, al via il festival della musica antica", "Riapre il museo civico con una nuova sala dedicata alla ceramica", "Le dieci chiese da visitare nella valle"], prefix="/2024/06/")}</ul></section>
</main>
<aside class="sidebar"><div class="widget"><h3 class="widget-title">I più letti</h3><ol>{link_items(piuletti, prefix="/2024/06/")}</ol></div>
<div class="widget"><span class="adv-label">Pubblicità</span></div></aside></div>
<footer class="site-footer"><p><strong>Gazzetta di Valdoria</strong> &ndash; Quotidiano online di informazione locale. Registrazione presso il Tribunale di Valdoria n. 14/2011.</p>
<p>Direttore responsabile: Paolo Giannini. Editore: Valdoria Media S.r.l. &ndash; P.IVA 01234560987</p>
<ul>{link_items(["Chi siamo", "Redazione", "Pubblicità", "Privacy Policy", "Cookie Policy", "Contatti"], prefix="/")}</ul>
<p>&copy; 2024 Valdoria Media S.r.l. Tutti i diritti riservati.</p></footer>
<script>{js_blob(4183, 40, "_iub")}</script>
</body></html>"""

save(PID, page, gold)
