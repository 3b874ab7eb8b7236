"""q18 - Czech, old regional news portal (PHP, mixed table/div layout), windows-1250.

Brewery story (~330 words, one subhead "mezititulek"). The page is encoded
in windows-1250, declared in a meta http-equiv tag. Furniture: header
table with menu, left "Rubriky" column, perex, article info line
(Autor/Vydáno/Přečteno), print/e-mail links, "Související články",
"Reklama" boxes, "Nejčtenější", poll ("Anketa") with options and vote
button, discussion with three posts and "Reagovat" links, comment form,
footer.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(5118)
SITE = "Podbrodský zpravodaj"
HEAD = "V Kamenné Lhotě se po šedesáti letech znovu vaří pivo"
PEREX = "Bývalý pivovar koupili tři kamarádi z obce a za dva roky ho opravili. První várka desítky se čepovala o víkendu."

TEXT = """
Po více než šedesáti letech se v Kamenné Lhotě opět vaří pivo. Minipivovar v budově bývalého panského pivovaru na návsi uvařil první várku v září a o uplynulém víkendu ji poprvé načepoval veřejnosti. Na ochutnávku dorazilo podle odhadu pořadatelů přes šest set lidí.

Pivovar koupili před dvěma lety tři kamarádi z obce, Jakub Hořejší, Tomáš Vaněk a Petr Sýkora. Budova byla v žalostném stavu, do sklepů zatékalo a část střechy se propadla. „Kdo sem tehdy vešel, ťukal si na čelo,“ vzpomíná Hořejší. „Ale my jsme tu jako kluci hrávali schovávanou a nechtěli jsme se dívat, jak to spadne.“

Oprava vyšla zhruba na čtrnáct milionů korun. Většinu peněz si majitelé půjčili, část pokryla dotace z krajského programu na obnovu kulturních památek. Hodně práce udělali sami o víkendech, pomáhali jim i sousedé.

### Desítka podle starých zápisů

Sládkem se stal Vaněk, který se řemeslo několik let učil v pivovaru v sousedním okrese. Jako první uvařil světlou desítku. Inspiraci hledal i v dobových zápisech, které se zachovaly v obecní kronice. „Přesný recept tam samozřejmě není, ale víme, jaký slad se tu používal a že pivo bylo spíš hořké,“ říká.

Roční kapacita pivovaru je zhruba 1 500 hektolitrů. Pivo se bude čepovat hlavně v pivnici přímo v budově, kterou majitelé otevřou v prosinci, a v několika hospodách v okolí. Později chtějí nabídnout i lahvové pivo a pořádat exkurze.

Starostka Kamenné Lhoty Jana Dvořáková oživení budovy vítá. „Pivovar byl vždycky srdcem obce. Když se zavřel, jako by se tu zastavil čas,“ uvedla. Obec podle ní plánuje opravit i chodník a osvětlení na návsi, aby navazovaly na zrekonstruovaný areál.

Historie pivovaru sahá do roku 1712. Po znárodnění v roce 1948 ještě několik let vařil, v roce 1962 ale provoz skončil a budova pak sloužila jako sklad zemědělského družstva.
"""

body_html, gold = render(body_from(TEXT), {"p": '<p class="text">{}</p>', "h3": '<h3 class="mezititulek">{}</h3>'})

RUBRIKY = ["Zprávy z regionu", "Obce a města", "Doprava", "Krimi", "Sport", "Kultura", "Školství", "Zdraví", "Názory", "Inzerce", "Kalendář akcí", "Fotogalerie"]
souvisejici = ["Sýpka v Kamenné Lhotě dostane novou střechu", "Obecní kronika z let 1890–1960 je nově ke stažení online", "Pivní slavnosti v Brodě přilákaly rekordní počet návštěvníků"]
nejctenejsi = ["Oprava silnice na Záhoří potrvá až do jara", "Hasiči z Lužan slaví 130 let od založení", "Nová lékárna na náměstí otevře v pondělí", "Florbalisté Brodu porazili vedoucí tým tabulky", "Kde v okrese letos rozsvítí vánoční stromy"]
diskuse = [("Karel_z_Lhoty", "17.11.2025 08:14", "Byl jsem tam v sobotu, desítka výborná, jen fronta na pípu byla dlouhá. Klobouk dolů, kluci."),
           ("mirka.h", "17.11.2025 10:31", "Pamatuju si, jak tam družstvo skladovalo hnojivo. Kdo by to byl řekl, že se tam ještě bude vařit pivo."),
           ("Host", "17.11.2025 13:02", "A parkovat se kde bude? Na návsi už teď není k hnutí.")]
disk_html = "".join('<table class="prispevek" width="100%" cellpadding="3" cellspacing="0"><tr><td class="prispevek-hlavicka"><b>{a}</b> | {d}</td></tr><tr><td class="prispevek-text">{t}</td></tr>'
                    '<tr><td class="prispevek-akce"><a href="diskuse.php?clanek=18422&amp;reakce={n}">Reagovat</a> | <a href="nahlasit.php?id={n}">Nahlásit příspěvek</a></td></tr></table>'.format(a=esc(a), d=d, t=esc(t), n=3300 + i) for i, (a, d, t) in enumerate(diskuse))

css = css_blob(["hlavicka", "menu", "levy-sloupec", "clanek", "perex", "pravy-sloupec", "anketa", "prispevek", "paticka", "reklama"], 260, 5118, media=False)

page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">
<title>{HEAD} - {SITE}</title>
<meta name="description" content="{esc(PEREX)}">
<meta name="keywords" content="Kamenná Lhota, pivovar, minipivovar, Podbrodsko">
<link rel="stylesheet" type="text/css" href="/css/styl.css">
<style type="text/css">{css}</style>
<script type="text/javascript" src="/js/funkce.js"></script>
</head>
<body>
<table width="990" border="0" cellspacing="0" cellpadding="0" align="center" class="hlavicka">
<tr><td width="300"><a href="/"><img src="/img/logo.gif" width="300" height="80" alt="{SITE}" border="0"></a></td>
<td align="right" valign="middle"><div class="reklama"><span class="reklama-popis">Reklama</span><br><a href="/redir.php?b=44"><img src="/banner/stavebniny_468x60.gif" width="468" height="60" border="0" alt="Stavebniny Brod"></a></div></td></tr>
<tr><td colspan="2" class="menu"><a href="/">Úvod</a> | <a href="/zpravy/">Zprávy</a> | <a href="/sport/">Sport</a> | <a href="/kultura/">Kultura</a> | <a href="/inzerce/">Inzerce</a> | <a href="/akce/">Kalendář akcí</a> | <a href="/foto/">Fotogalerie</a> | <a href="/kontakt/">Kontakt</a></td></tr>
</table>
<table width="990" border="0" cellspacing="0" cellpadding="0" align="center">
<tr>
<td width="170" valign="top" class="levy-sloupec">
<div class="box"><div class="box-nadpis">Rubriky</div><ul>{"".join('<li><a href="/rubrika.php?id=%d">%s</a></li>' % (i + 1, r) for i, r in enumerate(RUBRIKY))}</ul></div>
<div class="box"><div class="box-nadpis">Počasí</div><p>Dnes: oblačno, 6 °C<br>Zítra: déšť, 4 °C</p></div>
</td>
<td width="560" valign="top" class="clanek">
<div class="drobecky"><a href="/">Úvod</a> &raquo; <a href="/rubrika.php?id=2">Obce a města</a> &raquo; Kamenná Lhota</div>
<h1>{HEAD}</h1>
<div class="info">Autor: <a href="/autor.php?id=7">Lenka Moravcová</a> | Vydáno: 17. 11. 2025 | Přečteno: 2 341&times;</div>
<p class="perex"><b>{esc(PEREX)}</b></p>
<div class="foto"><img src="/foto/2025/11/pivovar_lhota.jpg" width="540" height="360" alt="Pivovar v Kamenné Lhotě"><br><span class="popisek">Sládek Tomáš Vaněk u varny. Foto: Lenka Moravcová</span></div>
<div class="text-clanku">
{body_html}
</div>
<div class="nastroje"><a href="javascript:window.print()">Vytisknout</a> | <a href="poslat.php?clanek=18422">Poslat e-mailem</a> | <a href="/rss/">RSS</a></div>
<div class="souvisejici"><b>Související články:</b><ul>{"".join('<li><a href="/clanek.php?id=%d">%s</a></li>' % (18000 + i * 57, esc(t)) for i, t in enumerate(souvisejici))}</ul></div>
<div class="diskuse"><h2>Diskuse k článku (12 příspěvků)</h2>{disk_html}<p><a href="diskuse.php?clanek=18422">Zobrazit všech 12 příspěvků</a></p>
<form action="diskuse.php" method="post" class="pridat"><b>Přidat komentář</b><br>Jméno: <input type="text" name="jmeno" size="20"><br>Text:<br><textarea name="text" rows="5" cols="50"></textarea><br>Opište kód z obrázku: <input type="text" name="kod" size="5"> <img src="/captcha.php" alt=""><br><input type="submit" value="Odeslat"></form></div>
</td>
<td width="260" valign="top" class="pravy-sloupec">
<div class="reklama"><span class="reklama-popis">Reklama</span><br><img src="/banner/autoservis_250x250.gif" width="250" height="250" alt=""></div>
<div class="box"><div class="box-nadpis">Nejčtenější</div><ol>{"".join('<li><a href="/clanek.php?id=%d">%s</a></li>' % (18100 + i * 13, esc(t)) for i, t in enumerate(nejctenejsi))}</ol></div>
<div class="box anketa"><div class="box-nadpis">Anketa</div><form action="anketa.php" method="post"><p>Zajdete si do nové pivnice v Kamenné Lhotě?</p>
<input type="radio" name="odpoved" value="1"> Určitě ano<br><input type="radio" name="odpoved" value="2"> Možná<br><input type="radio" name="odpoved" value="3"> Ne, pivo nepiju<br><input type="submit" value="Hlasovat"></form><p class="anketa-vysledky">Hlasovalo 418 čtenářů</p></div>
</td></tr></table>
<div class="paticka">&copy; 2005–2025 {SITE}, vydává Podbrodská mediální s.r.o. Všechna práva vyhrazena. Přebírání obsahu bez písemného souhlasu vydavatele je zakázáno.<br><a href="/redakce/">Redakce</a> | <a href="/inzerce/">Inzerce</a> | <a href="/gdpr/">Ochrana osobních údajů</a></div>
</body>
</html>
"""

save("q18", page, gold, encoding="windows-1250")
