# p18: legacy French regional paper, table layout, served in windows-1252 (bytes really encoded cp1252),
#      paragraphs separated by <br /><br /> inside one div, mix of raw cp1252 chars and named entities.
from common import *

PID = "p18"
NB = "\xa0"
TITLE = "Le marché couvert de Saint-Aubry rouvre après deux ans de travaux"
URL = "http://www.courrier-valsorel.fr/actualite/saint-aubry/article_18842.asp"

# paragraphs (plain text, written with real characters); a few are rendered with named entities
PARAS = [
    ("p", "Les habitués n’en croyaient pas leurs yeux, jeudi matin, en découvrant la halle de la place du Marché débarrassée de ses échafaudages. Après vingt-deux mois de travaux, le marché couvert de Saint-Aubry-sur-Sorel rouvrira ses portes ce samedi 13 avril, à 7 h 30."),
    ("p", "Construit en 1887, l’édifice à charpente métallique souffrait depuis des années d’infiltrations d’eau et d’une toiture dégradée. En 2021, un rapport d’expertise avait conclu à la nécessité d’une «" + NB + "rénovation lourde" + NB + "», entraînant la fermeture du bâtiment à l’automne suivant."),
    ("p", "«" + NB + "On a longtemps hésité entre tout démolir et reconstruire, ou bien sauver la halle telle qu’elle était. Les Saint-Aubrinois ont tranché" + NB + ": ils voulaient leur halle" + NB + "», rappelle le maire, Jean-Baptiste Marcellin."),
    ("h3", "Une charpente d’origine préservée"),
    ("p", "Le chantier, d’un montant total de 2,4 millions d’euros, a été financé à 60" + NB + "% par l’État, la Région et le Département. La maîtrise d’œuvre a été confiée à un cabinet d’architectes spécialisé dans le patrimoine. La charpente d’origine a été entièrement démontée, traitée contre la rouille puis remontée pièce par pièce par une entreprise de la région."),
    ("p", "La couverture en ardoise a été refaite à l’identique, tandis que des verrières zénithales laissent désormais entrer la lumière naturelle. Le sol en béton, fissuré, a été remplacé par un dallage en pierre calcaire."),
    ("p", "Côté confort, les commerçants disposeront de points d’eau individuels, d’une chambre froide partagée et de sanitaires accessibles aux personnes à mobilité réduite — une première."),
    ("h3", "Vingt-quatre étals dès samedi"),
    ("p", "Vingt-quatre commerçants ont d’ores et déjà signé leur retour, contre dix-neuf avant la fermeture. Parmi eux, Martine Vauthier, fromagère installée sous la halle depuis 1994. «" + NB + "Pendant deux ans, on a vendu sous des barnums sur le parking de la salle des fêtes. L’hiver, c’était dur… Là, on retrouve notre maison" + NB + "», sourit-elle."),
    ("p", "Le tarif de location des emplacements reste inchangé, à 1,80" + NB + "€ le mètre linéaire par matinée, a précisé la municipalité."),
    ("p", "Pour fêter la réouverture, la mairie organise samedi une matinée festive avec une fanfare, une dégustation de produits locaux et, à 11" + NB + "heures, l’inauguration officielle en présence du préfet. Le marché se tiendra ensuite chaque mercredi et samedi matin, de 7" + NB + "h" + NB + "30 à 13" + NB + "heures."),
]
ENTITY_PARAS = {1, 5}   # these are written with named entities instead of raw bytes

ENT = {"é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "â": "&acirc;", "ê": "&ecirc;", "î": "&icirc;", "ô": "&ocirc;", "û": "&ucirc;", "ç": "&ccedil;",
       "É": "&Eacute;", "’": "&rsquo;", "«": "&laquo;", "»": "&raquo;", NB: "&nbsp;", "—": "&mdash;", "€": "&euro;", "œ": "&oelig;", "…": "&hellip;"}


def entify(s):
    return "".join(ENT.get(c, c) for c in esc(s))


def main():
    gold = []
    parts = []
    for i, (kind, val) in enumerate(PARAS):
        txt = entify(val) if i in ENTITY_PARAS else esc(val)
        if kind == "h3":
            parts.append('<h3 class="intertitre">%s</h3>' % txt)
        else:
            parts.append(txt + "<br /><br />")
        gold.append(val)
        if i == 2:
            parts.append('<div class="lireaussi"><b>Lire aussi&nbsp;:</b> <a href="/actualite/saint-aubry/article_17310.asp">Halle de Saint-Aubry : le chantier prend trois mois de retard</a></div>')
        if i == 6:
            parts.append('<div class="pub_article"><span class="mention">Publicité</span><br /><iframe src="http://ads.regie-est.fr/adserve/show.asp?zone=art_300x250" width="300" height="250" frameborder="0" scrolling="no"></iframe></div>')
    body_html = "\n".join(parts)
    plus_lus = ["Accident sur la RD 473 : deux blessés graves", "Foire de printemps : le programme complet", "Le collège Jules-Ferry bientôt agrandi",
                "Football : l’AS Saint-Aubry tient tête au leader", "Un nouveau médecin s’installe à Montravel", "Les travaux du pont de la Sorel reportés à l’automne",
                "Carnet : naissances et mariages de la semaine", "Concours de pêche : 120 participants au plan d’eau"]
    meme_rub = ["Saint-Aubry : la piscine municipale ouvrira le 1er juin", "Le conseil municipal vote un budget en hausse de 3 %", "Brocante du 1er-Mai : les inscriptions sont ouvertes",
                "Une fresque pour l’école maternelle des Tilleuls", "La boulangerie Perrotin change de mains"]
    agenda = [("Sam. 13/04", "Réouverture du marché couvert, place du Marché"), ("Dim. 14/04", "Randonnée des Trois Clochers, départ 9 h"), ("Mer. 17/04", "Conseil communautaire, salle Pasteur"), ("Ven. 19/04", "Concert de l’harmonie municipale, église Saint-Aubry")]
    page = f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="fr">
<head>
<meta charset="windows-1252">
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>{esc(TITLE)} - Le Courrier du Val-Sorel</title>
<meta name="description" content="Fermée depuis l’automne 2022, la halle du XIXe siècle accueille de nouveau ses commerçants dès samedi.">
<meta name="keywords" content="Saint-Aubry-sur-Sorel, marché couvert, halle, travaux, commerçants">
<meta property="og:title" content="{esc(TITLE)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{URL}">
<meta property="og:image" content="http://www.courrier-valsorel.fr/photos/2024/04/halle-st-aubry.jpg">
<meta property="article:published_time" content="2024-04-11T18:20:00+02:00">
<link rel="stylesheet" type="text/css" href="/css/style2009.css">
<style type="text/css">
body {{ margin:0; background:#e9e4d8; font-family:Verdana, Arial, sans-serif; font-size:11px; }}
{css_blob(1801, "cvs", 120)}
</style>
<script type="text/javascript" src="/js/prototype.js"></script>
<script type="text/javascript">
var _gaq = _gaq || [];
_gaq.push(['_setAccount', 'UA-1234567-1']);
_gaq.push(['_trackPageview']);
(function() {{ var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true; ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js'; var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s); }})();
function popup(url) {{ window.open(url,'popup','width=620,height=480,scrollbars=yes'); return false; }}
{js_blob(1802, 40, "cvs")}
</script>
</head>
<body>
<div id="bandeau_cookies" style="background:#333;color:#fff;padding:6px">En poursuivant votre navigation sur ce site, vous acceptez l’utilisation de cookies pour réaliser des statistiques de visites et vous proposer des publicités adaptées. <a href="/cookies.asp" style="color:#fc0">En savoir plus</a> <a href="#" onclick="document.getElementById('bandeau_cookies').style.display='none';return false;" style="color:#fc0">[Fermer]</a></div>
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="3"><a href="/"><img src="/images/logo_courrier.gif" width="420" height="90" border="0" alt="Le Courrier du Val-Sorel"></a><span class="date_jour">Jeudi 11 avril 2024</span>
<form action="/recherche.asp" method="get" style="display:inline;float:right;margin:30px 10px 0 0"><input type="text" name="mots" size="20" value="" placeholder="Rechercher sur le site"><input type="submit" value="OK"></form></td></tr>
<tr><td colspan="3" class="menu" bgcolor="#8B1A1A">{" | ".join('<a href="/%s/" class="lienmenu">%s</a>' % (s, x) for s, x in [("", "ACCUEIL"), ("actualite", "ACTUALITÉ"), ("actualite/saint-aubry", "SAINT-AUBRY"), ("actualite/montravel", "MONTRAVEL"), ("actualite/canton", "LE CANTON"), ("sports", "SPORTS"), ("loisirs", "LOISIRS"), ("annonces", "PETITES ANNONCES"), ("necrologie", "AVIS DE DÉCÈS"), ("abonnement", "S’ABONNER")])}</td></tr>
<tr>
<td width="170" valign="top" class="colgauche">
<div class="bloc_gauche"><div class="titre_bloc">RUBRIQUES</div><ul class="liste_rub">{"".join('<li><a href="/actualite/%s/">%s</a></li>' % (x.lower().replace(" ", "-"), x) for x in ["Saint-Aubry", "Montravel", "Lhéry", "Val-Sorel", "Faits divers", "Économie", "Agriculture", "Éducation", "Culture", "Associations"])}</ul></div>
<div class="bloc_gauche"><div class="titre_bloc">AGENDA</div>{"".join('<p class="agenda"><b>%s</b><br />%s</p>' % (d, esc(t)) for d, t in agenda)}</div>
<div class="bloc_gauche"><div class="titre_bloc">LA MÉTÉO</div><p>Jeudi : éclaircies, 8° / 17°<br />Vendredi : averses, 9° / 14°</p></div>
</td>
<td width="610" valign="top" class="colcentre">
<div class="fil"><a href="/">Accueil</a> &gt; <a href="/actualite/">Actualité</a> &gt; <a href="/actualite/saint-aubry/">Saint-Aubry</a></div>
<table width="100%" cellpadding="8" cellspacing="0" border="0"><tr><td class="article">
<div class="surtitre">SAINT-AUBRY-SUR-SOREL</div>
<h1 class="titre_article">{esc(TITLE)}</h1>
<div class="chapeau">Fermée depuis l’automne 2022, la halle du XIXe siècle accueille de nouveau ses commerçants dès samedi. Coût de la rénovation&nbsp;: 2,4 millions d’euros.</div>
<div class="signature">Par Sylvie Dornier &ndash; Publié le 11/04/2024 à 18h20</div>
<div class="outils"><a href="#" onclick="return popup('/envoyer.asp?id=18842')">Envoyer à un ami</a> | <a href="#" onclick="window.print();return false;">Imprimer</a> | <a href="http://www.facebook.com/sharer.php?u={URL}" target="_blank">Partager sur Facebook</a> | <a href="http://twitter.com/share?url={URL}" target="_blank">Partager sur Twitter</a></div>
<table align="right" width="300" cellpadding="0" cellspacing="6" border="0"><tr><td><img src="/photos/2024/04/halle-st-aubry.jpg" width="300" height="200" alt="La halle"></td></tr><tr><td class="legende">La halle de la place du Marché, jeudi, au lendemain de la fin du chantier. Photo S. D.</td></tr></table>
<div class="texte">
{body_html}
</div>
<div class="newsletter_art"><b>Recevez chaque matin notre lettre d’information</b><br /><form action="/newsletter.asp" method="post"><input type="text" name="email" size="25" value="Votre adresse e-mail"> <input type="submit" value="Je m’inscris"></form></div>
</td></tr></table>
<div class="reactions"><div class="titre_bloc">RÉAGISSEZ À CET ARTICLE</div><p class="reac"><b>Gérard58</b> le 11/04/2024 à 19h02<br />Enfin ! Il était temps, la halle faisait peine à voir.</p><p class="reac"><b>une habitante</b> le 11/04/2024 à 20h45<br />Et le stationnement le samedi matin, quelqu’un y a pensé&nbsp;?</p><p><a href="/connexion.asp">Identifiez-vous</a> pour réagir. Les commentaires sont modérés.</p></div>
<div class="memerub"><div class="titre_bloc">DANS LA MÊME RUBRIQUE</div><ul>{"".join('<li><a href="/actualite/saint-aubry/article_%d.asp">%s</a></li>' % (18800 + i, esc(x)) for i, x in enumerate(meme_rub))}</ul></div>
</td>
<td width="200" valign="top" class="coldroite">
<div class="pub_droite"><span class="mention">Publicité</span><br /><iframe src="http://ads.regie-est.fr/adserve/show.asp?zone=droite_160x600" width="160" height="600" frameborder="0" scrolling="no"></iframe></div>
<div class="bloc_droit"><div class="titre_bloc">LES PLUS LUS</div><ol>{"".join('<li><a href="/actualite/article_%d.asp">%s</a></li>' % (18700 + i, esc(x)) for i, x in enumerate(plus_lus))}</ol></div>
<div class="bloc_droit"><div class="titre_bloc">L’ÉDITION PAPIER</div><p>Retrouvez Le Courrier du Val-Sorel chaque jeudi chez votre marchand de journaux, 1,30&nbsp;€.</p><a href="/abonnement/">S’abonner</a></div>
</td>
</tr>
<tr><td colspan="3" class="pied" align="center"><a href="/mentions-legales.asp">Mentions légales</a> | <a href="/contact.asp">Contact</a> | <a href="/publicite.asp">Annonceurs</a> | <a href="/cgu.asp">CGU</a> | <a href="/cookies.asp">Cookies</a> | <a href="/plan.asp">Plan du site</a><br />© Le Courrier du Val-Sorel 1998-2024 &ndash; Tous droits réservés &ndash; Reproduction interdite sans autorisation</td></tr>
</table>
</body>
</html>'''
    save(PID, page, gold, encoding="cp1252")


if __name__ == "__main__":
    main()
