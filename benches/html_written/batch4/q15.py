"""q15 - French, regional daily (France).

Health-services story with intertitles (subheadings); consent banner,
edition selector, "Lire aussi" links in the body, ad slots ("Publicité"),
newsletter box, "Les plus lus", "Dans la même rubrique" and footer.
"""
import random
from common import *

PID = "q15"
rnd = random.Random(415)

HEADLINE = "Pontmorvan : la maternité fermera ses portes tout l'été, faute de médecins"
CHAPO = "Faute de gynécologues et d'anesthésistes en nombre suffisant, les accouchements seront transférés à Kerlaouen du 1er juillet au 31 août."

TEXT = """
C'est une annonce que redoutaient les élus et les habitants du pays de Pontmorvan. La direction du centre hospitalier a confirmé, mardi 4 juin, que la maternité suspendra son activité d'accouchement pendant tout l'été, du 1er juillet au 31 août. Les futures mères devront se rendre à l'hôpital de Kerlaouen, à 52 kilomètres.

En cause, selon la direction, l'impossibilité de compléter les plannings de garde. Sur les quatre postes de gynécologue-obstétricien que compte le service, deux sont vacants depuis le début de l'année, et l'établissement ne parvient plus à recruter d'anesthésistes intérimaires pour les nuits et les week-ends.

## « Une solution temporaire »

« Nous ne pouvons pas garantir la sécurité des patientes avec une équipe incomplète. Cette fermeture est une solution temporaire, le temps de stabiliser les effectifs », a assuré le directeur de l'hôpital, Yannick Le Guen, lors d'une conférence de presse. Les consultations de suivi de grossesse et les échographies continueront d'être assurées à Pontmorvan pendant l'été.

La direction promet aussi un accompagnement renforcé : une sage-femme joignable jour et nuit, la prise en charge des frais d'hébergement à Kerlaouen pour les femmes qui habitent à plus de 45 minutes de route, ainsi qu'une convention avec les transports sanitaires du secteur.

## La colère des élus

Ces garanties n'ont pas apaisé les élus locaux. Le maire de Pontmorvan, Gaël Tanguy, a dénoncé « une fermeture déguisée » et rappelé que la maternité avait déjà dû fermer trois semaines l'été dernier. « On nous dit que c'est provisoire. Mais chaque été, c'est un peu plus long, et un jour on nous annoncera que ce n'est plus la peine de rouvrir », a-t-il déclaré.

Un collectif de soutien, créé en 2022, appelle à un rassemblement devant l'hôpital samedi 8 juin à 11 heures. Sa porte-parole, Maëlle Riou, sage-femme à la retraite, rappelle que plus de 480 bébés sont nés à Pontmorvan l'an dernier. « Pour une femme qui habite sur les îles ou au fond de la presqu'île, une heure de route pendant le travail, ce n'est pas rien », souligne-t-elle.

L'agence régionale de santé indique de son côté qu'elle étudie, avec l'hôpital, des solutions pour « sécuriser la réouverture » à la rentrée, notamment par un partage de médecins avec l'établissement de Kerlaouen.
"""

body = body_from(TEXT)
body.insert(2, ("raw", '<div class="article-lire-aussi"><span class="lire-aussi-label">À lire aussi</span> <a href="/bretagne/pontmorvan/maternite-deja-trois-semaines-de-fermeture-en-2023">Pontmorvan : la maternité déjà fermée trois semaines l\'été dernier</a></div>'))
body.insert(5, ("raw", '<div class="pub pub-inread"><p class="pub-mention">Publicité</p><div id="inread_1"></div></div>'))
body.insert(9, ("raw", '<div class="article-lire-aussi"><span class="lire-aussi-label">À lire aussi</span> <a href="/bretagne/deserts-medicaux-les-chiffres-par-commune">Déserts médicaux : les chiffres commune par commune</a></div>'))
body_html, gold = render(body, {"p": '<p class="article-paragraph">{}</p>', "h2": '<h2 class="article-intertitre">{}</h2>'})

consent = """<div id="didomi-host"><div id="didomi-popup" class="didomi-popup-container"><div class="didomi-popup-notice">
<h1 class="didomi-popup-notice-title">Vos choix en matière de cookies</h1>
<p>Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et consulter des informations sur votre appareil, mesurer l'audience et vous proposer des publicités et contenus adaptés.</p>
<p>Vous pouvez modifier votre choix à tout moment via le lien « Gérer mes cookies » en bas de chaque page.</p>
<button id="didomi-notice-agree-button">Accepter et fermer</button> <button id="didomi-notice-learn-more-button">Personnaliser</button> <button class="didomi-continue-without-agreeing">Continuer sans accepter</button></div></div></div>"""

pluslus = ["Kerlaouen : un incendie ravage un hangar agricole dans la nuit", "Météo : un week-end ensoleillé avant le retour de la pluie",
           "Football : le Stade pontmorvanais assure son maintien", "Fêtes maritimes : le programme complet dévoilé",
           "Travaux sur la voie express : les déviations à connaître"]
editions = ["Pontmorvan", "Kerlaouen", "Saint-Gildas", "Lanvéoc-Plage", "Pays des Abers", "Presqu'île"]

page = f"""<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>{esc(HEADLINE)} | Le Courrier de l'Estuaire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(CHAPO)}">
<style>{css_blob(["article", "didomi", "header-ce", "pub", "plus-lus", "footer-ce", "nl-box", "edition"], 420, 4151)}</style>
{ld_article(HEADLINE, "Soazig Morvan", "2024-06-04T18:20:00+02:00", "Le Courrier de l'Estuaire", section="Pontmorvan", lang="fr")}
<script>{js_blob(4152, 150, "courrier")}</script>
</head>
<body>
<header class="header-ce"><a class="logo" href="/">Le Courrier de l'Estuaire</a>
<div class="edition"><button>Choisir mon édition</button><ul>{link_items(editions, prefix="/bretagne/")}</ul></div>
<nav><ul>{link_items(["Actualité", "Sports", "Loisirs", "Économie", "Mer", "Faits divers", "Politique", "Avis de décès", "Annonces", "Jeux"], prefix="/")}</ul></nav>
<a href="/abonnement" class="btn-abo">S'abonner</a> <a href="/connexion">Se connecter</a></header>
<div class="pub pub-banniere"><p class="pub-mention">Publicité</p></div>
<main class="main">
<nav class="fil-ariane"><a href="/">Accueil</a> &gt; <a href="/bretagne/">Bretagne</a> &gt; <a href="/bretagne/pontmorvan/">Pontmorvan</a></nav>
<article class="article">
<h1 class="article-titre">{esc(HEADLINE)}</h1>
<p class="article-chapo">{esc(CHAPO)}</p>
<div class="article-signature"><span>Par <a href="/auteur/soazig-morvan">Soazig Morvan</a></span> <span>Publié le <time datetime="2024-06-04T18:20:00+02:00">04/06/2024 à 18h20</time></span> <span>Mis à jour le 05/06/2024 à 08h02</span></div>
<div class="article-partage"><a href="#">Partager sur Facebook</a> <a href="#">Partager sur X</a> <a href="#">Partager par e-mail</a> <a href="#">Copier le lien</a> <button>Offrir l'article</button></div>
<figure class="article-photo"><img src="/images/2024/06/maternite-pontmorvan.jpg" alt=""><figcaption>L'entrée de la maternité de Pontmorvan. <span class="credit">(Photo Le Courrier de l'Estuaire / Erwan Caradec)</span></figcaption></figure>
<div class="article-body" itemprop="articleBody">
{body_html}
</div>
<div class="nl-box"><p class="nl-titre">La newsletter de Pontmorvan</p><p>Chaque matin, l'essentiel de l'actualité de votre commune dans votre boîte mail.</p><form><input type="email" placeholder="Votre adresse e-mail"><button>Je m'inscris</button></form></div>
<div class="article-tags"><a href="/tag/sante">Santé</a> <a href="/tag/hopital">Hôpital</a> <a href="/tag/pontmorvan">Pontmorvan</a></div>
</article>
<section class="meme-rubrique"><h2>Dans la même rubrique</h2><ul>{teaser_items(rnd, ["Pontmorvan : le marché du dimanche s'agrandit", "Une nouvelle piste cyclable entre le port et la gare", "Le festival de musique bretonne affiche complet"], '<li><a href="{href}">{text}</a></li>', "/bretagne/pontmorvan/")}</ul></section>
<aside class="plus-lus"><h2>Les plus lus</h2><ol>{link_items(pluslus, prefix="/bretagne/")}</ol></aside>
</main>
<footer class="footer-ce"><ul>{link_items(["Qui sommes-nous ?", "Nous contacter", "Publicité", "Mentions légales", "Conditions générales", "Politique de confidentialité", "Gérer mes cookies", "Charte de modération", "Plan du site", "Recrutement"], prefix="/infos/")}</ul>
<ul>{link_items(editions, prefix="/bretagne/")}</ul>
<p>&copy; Le Courrier de l'Estuaire 2024 - Tous droits réservés</p></footer>
{consent}
<script>{js_blob(4153, 60, "didomiConfig")}</script>
</body></html>"""

save(PID, page, gold)
