# q17: French regional daily: multi-paragraph consent wall (Didomi-like), "À lire aussi" inline links,
# "Publicité" slots, intertitres, partial paywall teaser box after the article, French typography (nbsp).
import random
from common import *
rnd = random.Random(1717)
SITE = "L’Écho du Val"
NB = "\u00a0"
HEAD = "Le bac de Port-Lamothe reprend du service après deux ans d’arrêt"
CHAPO = "Immobilisé depuis une crue en 2022, le bac qui relie les deux rives de la Sèvre à Port-Lamothe a retrouvé ses passagers samedi. Une traversée de quatre minutes très attendue par les habitants."

def fr(s):  # typographie : espace insécable avant ; : ! ? et dans les guillemets
    for c in [" :", " ;", " !", " ?"]:
        s = s.replace(c, NB + c[1])
    return s.replace("« ", "«" + NB).replace(" »", NB + "»")
pub = lambda: ('raw', '<div class="ad-container ad-inread"><span class="ad-label">Publicité</span><div id="dfp-inread-%d"></div></div>' % rnd.randint(1, 99))
lire = lambda t: ('raw', '<p class="article__read-also"><span>À lire aussi :</span> <a href="/val-de-sevre/%s-%d">%s</a></p>' % (slug(t), rnd.randint(10**6, 10**7), esc(t)))
body = [
    ('p', "Il était un peu plus de 9 heures, samedi matin, lorsque le bac de Port-Lamothe a quitté la rive gauche de la Sèvre avec à son bord une quinzaine de passagers, deux vélos et un chien. Quatre minutes plus tard, il accostait sur la rive droite sous les applaudissements d’une centaine de curieux venus assister à la première traversée depuis le printemps 2022."),
    ('p', "« On a cru qu’on ne le reverrait jamais », confie Josiane Meunier, 76 ans, qui a pris le bac « des milliers de fois » pour aller au marché de Saint-Firmin. « Sans lui, il faut faire dix-huit kilomètres par le pont de Chaumes. Pour les anciens qui ne conduisent plus, c’était devenu un vrai casse-tête. »"),
    pub(),
    ('h2', "Une crue et une coque percée"),
    ('p', "Le bac, un plateau métallique guidé par un câble tendu d’une rive à l’autre, avait été gravement endommagé lors de la crue de mars 2022. Un tronc d’arbre charrié par le courant avait percé la coque et arraché une partie du système de guidage. Les expertises avaient ensuite révélé une corrosion avancée de la structure, mise en service en 1987."),
    ('p', "Le département, propriétaire de l’ouvrage, a finalement opté pour un remplacement complet. Le nouveau bac, construit par un chantier naval de la région, peut embarquer jusqu’à 40 passagers et deux voitures. Il est équipé d’un moteur électrique et de panneaux solaires qui assurent une partie de sa recharge."),
    lire("Crue de la Sèvre : les images d’une montée des eaux historique"),
    ('p', "Le coût total de l’opération s’élève à 1,9 million d’euros, financé à 60 % par le département, le reste étant partagé entre la région et la communauté de communes du Val de Sèvre."),
    ('h2', "Gratuit pour les piétons et les cyclistes"),
    ('p', "« C’est un investissement important pour un territoire rural, reconnaît Hervé Lachaume, vice-président du département chargé des routes. Mais ce bac, c’est un service public à part entière. Il permet à des collégiens, à des salariés, à des personnes âgées de traverser sans faire un détour de vingt minutes. »"),
    ('p', "La traversée reste gratuite pour les piétons et les cyclistes. Les automobilistes devront s’acquitter de 2 euros, comme avant l’arrêt. Le bac fonctionnera tous les jours de 7 heures à 20 heures d’avril à octobre, et de 7 h 30 à 18 heures le reste de l’année, sauf en cas de crue."),
    pub(),
    ('p', "Deux passeurs, recrutés par le département, se relaieront aux commandes. L’un d’eux, Mathis Carré, 28 ans, a grandi à Port-Lamothe. « Quand j’étais petit, je passais mes mercredis à regarder le passeur. Aujourd’hui, c’est moi qui suis au poste. C’est un peu un rêve de gosse », sourit-il."),
    ('h2', "Les commerçants soulagés"),
    ('p', "Sur la rive droite, les commerçants du bourg de Saint-Firmin attendaient eux aussi ce retour avec impatience. Le boulanger, Karim Benali, estime avoir perdu « entre 15 et 20 % » de son chiffre d’affaires pendant la fermeture. « Beaucoup de clients de l’autre rive venaient à pied le dimanche matin. Ils ont pris d’autres habitudes. Il va falloir les faire revenir. »"),
    ('p', "Pour fêter la remise en service, la commune organise une journée portes ouvertes dimanche 14 avril, avec des traversées commentées et une exposition de photographies anciennes consacrées aux passeurs de la Sèvre."),
]
body = [(k, fr(v) if isinstance(v, str) and k != 'raw' else v) for k, v in body]
tpl = {'p': '<p class="article__paragraph">{}</p>', 'h2': '<h2 class="article__subtitle">{}</h2>'}
body_html, gold = render(body, tpl)

consent = fr('''<div id="didomi-host" class="didomi-host" aria-hidden="false"><div id="didomi-popup" class="didomi-popup-container"><div class="didomi-popup-notice" role="dialog" aria-labelledby="didomi-notice-title">
<h1 id="didomi-notice-title">Bienvenue sur L’Écho du Val</h1>
<p>Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site. Vous pouvez retirer votre consentement ou vous opposer aux traitements basés sur l’intérêt légitime à tout moment en cliquant sur « En savoir plus » ou dans notre politique de confidentialité sur ce site.</p>
<p>Avec nos partenaires, nous traitons les données suivantes : données de géolocalisation précises et identification par analyse du terminal, publicités et contenu personnalisés, mesure de performance des publicités et du contenu, études d’audience et développement de services, stocker et/ou accéder à des informations sur un terminal.</p>
<p>L’Écho du Val est un site d’information financé par la publicité. Si vous refusez les cookies publicitaires, vous pouvez continuer à accéder à nos contenus en souscrivant à notre offre sans publicité, pour 2 euros par mois.</p>
<p>Vous pouvez modifier vos choix à tout moment en cliquant sur le lien « Paramétrer les cookies » en bas de chaque page du site.</p>
<div class="didomi-buttons"><button id="didomi-notice-agree-button">Accepter &amp; Fermer</button><button id="didomi-notice-learn-more-button">En savoir plus</button><button>Continuer sans accepter</button><a href="/abonnement/sans-pub">S’abonner sans publicité</a></div></div></div></div>''')

teasers = [("Saint-Firmin", "Un nouveau médecin s’installe à la maison de santé"), ("Chaumes", "Le pont fermé trois nuits pour travaux"),
           ("Val de Sèvre", "La fête de la rivière revient le 22 juin"), ("Port-Lamothe", "L’école accueille une classe de plus à la rentrée"),
           ("Montreuil-Bellay", "Une randonnée gourmande dans les vignes"), ("Sèvre", "Pêche : l’ouverture du brochet en images"),
           ("Val de Sèvre", "Intercommunalité : le budget 2024 adopté"), ("Saint-Firmin", "Le marché du dimanche change de place"),
           ("Chaumes", "Football : l’US Chaumes accède à la Régionale 2"), ("Port-Lamothe", "Un concert dans l’église samedi soir")]
t_html = "".join(f'<li class="teaser"><a href="/val-de-sevre/{slug(t)}"><span class="teaser__place">{esc(p)}</span><span class="teaser__title">{esc(t)}</span></a></li>' for p, t in teasers)
nav = ["Actualités", "Ma commune", "Faits divers", "Sports", "Économie", "Loisirs", "Nécrologie", "Vidéos", "Journal numérique"]
css = css_blob(["article", "teaser", "ad-container", "didomi", "header", "nav", "footer", "paywall"], 480, 1717)
js = js_blob(17171, 110, "ECHO")
doc = f'''<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{esc(HEAD)} | {esc(SITE)}</title>
<meta name="description" content="{esc(CHAPO)}">
<meta property="og:locale" content="fr_FR"><meta property="og:type" content="article"><meta property="og:title" content="{esc(HEAD)}"><meta property="og:description" content="{esc(CHAPO)}">
<meta property="og:site_name" content="{esc(SITE)}"><meta property="article:published_time" content="2024-04-06T18:12:00+02:00"><meta property="article:section" content="Val de Sèvre">
<script type="application/ld+json">{json_state({"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEAD, "description": CHAPO, "inLanguage": "fr-FR", "datePublished": "2024-04-06T18:12:00+02:00", "author": {"@type": "Person", "name": "Claire Fouquet"}, "isAccessibleForFree": False, "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall"}})}</script>
<script>window.didomiConfig={{app:{{name:"{SITE}",privacyPolicyURL:"/confidentialite",vendors:{{iab:{{all:true}}}}}},notice:{{position:"popup",closeOnClick:false}},languages:{{enabled:["fr"],default:"fr"}}}};</script>
<style>{css}</style>
<script>{js}</script>
</head>
<body class="page-article">
{consent}
<div class="ad-container ad-banniere"><span class="ad-label">Publicité</span><div id="dfp-banniere-haute"></div></div>
<header class="header"><a class="header__logo" href="/">{esc(SITE)}</a><nav class="nav"><ul>{"".join(f'<li><a href="/{slug(n)}">{esc(n)}</a></li>' for n in nav)}</ul></nav>
<form class="header__search" action="/recherche"><input type="search" name="q" placeholder="Rechercher"><button>OK</button></form><a class="header__abo" href="/abonnement">S’abonner</a><a href="/connexion">Se connecter</a></header>
<main class="main">
<nav class="breadcrumb"><ol><li><a href="/">Accueil</a></li><li><a href="/deux-sevres">Deux-Rives</a></li><li><a href="/val-de-sevre">Val de Sèvre</a></li><li>Port-Lamothe</li></ol></nav>
<article class="article">
<header class="article__header"><span class="article__kicker">Port-Lamothe</span>
<h1 class="article__title">{esc(HEAD)}</h1>
<p class="article__chapo">{esc(CHAPO)}</p>
<div class="article__meta"><span class="article__author">Claire Fouquet</span> <time datetime="2024-04-06T18:12:00+02:00">Publié le 06/04/2024 à 18h12</time>, <span>modifié le 07/04/2024 à 09h30</span></div>
<div class="article__share"><a href="#">Partager sur Facebook</a><a href="#">Partager sur X</a><a href="#">Envoyer par e-mail</a><button>Copier le lien</button><button>Ajouter à mes favoris</button></div></header>
<figure class="article__figure"><img src="https://img.echoduval.example/2024/04/bac-port-lamothe.jpg" alt="Le nouveau bac de Port-Lamothe" width="1280" height="720"><figcaption>Le nouveau bac, à propulsion électrique, peut embarquer 40 passagers et deux voitures. <span class="credit">© L’Écho du Val / Paul Giraud</span></figcaption></figure>
<div class="article__body">
{body_html}
</div>
<div class="article__newsletter"><h3>Newsletter Val de Sèvre</h3><p>Chaque matin, l’essentiel de l’actualité de votre secteur dans votre boîte mail.</p><form><input type="email" placeholder="Votre adresse e-mail"><button>Je m’inscris</button></form></div>
<div class="article__tags"><span>Sujets :</span> <a href="/tags/transports">Transports</a> <a href="/tags/sevre">Sèvre</a> <a href="/tags/port-lamothe">Port-Lamothe</a></div>
</article>
<section class="teasers"><h2>Dans votre secteur</h2><ul>{t_html}</ul></section>
<section class="comments"><h2>Commentaires</h2><p>Les commentaires sont réservés aux abonnés. <a href="/abonnement">Je m’abonne</a></p></section>
</main>
<footer class="footer"><ul><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/cgu">CGU</a></li><li><a href="/confidentialite">Politique de confidentialité</a></li><li><a href="javascript:Didomi.preferences.show()">Paramétrer les cookies</a></li><li><a href="/contact">Nous contacter</a></li><li><a href="/publicite">Annonceurs</a></li></ul><p>© L’Écho du Val 2024 – Tous droits réservés</p></footer>
</body>
</html>
'''
save("q17", doc, gold)
