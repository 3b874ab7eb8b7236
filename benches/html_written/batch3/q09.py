"""q09 - Greek (non-Latin script), live blog on a news site.

A storm live blog, newest entry first; each entry has a time stamp, an
optional bold title, one or two paragraphs and its own share buttons;
ad slots every few entries and a "load more" button.  Gold: the entries'
titles and text in page order, not the time stamps, per-entry share
labels or ads.
"""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

PID = "q09"
rnd = random.Random(309)

TITLE = "LIVE: Κακοκαιρία «Θέτις» – Πλημμύρες στην Καστρόπολη, κλειστά τα σχολεία σε τρεις δήμους"
DEK = "Ισχυρές βροχές και θυελλώδεις άνεμοι πλήττουν από τα ξημερώματα τα παράλια της Καστρόπολης. Σε ισχύ το έκτακτο δελτίο επιδείνωσης καιρού μέχρι την Πέμπτη."

# (time, title or None, [paragraphs])  newest first
ENTRIES = [
    ("21:40", "Εκκενώνεται προληπτικά ο οικισμός Αμμουδάρα", [
        "Μήνυμα μέσω του 112 εστάλη λίγο μετά τις 21:30 στους κατοίκους του οικισμού Αμμουδάρα, καθώς η στάθμη του ποταμού Λευκόρρεου συνεχίζει να ανεβαίνει. Οι κάτοικοι καλούνται να μετακινηθούν προς το κλειστό γυμναστήριο της Καστρόπολης, όπου έχουν στηθεί ράντζα και υπάρχει ζεστό φαγητό.",
        "Σύμφωνα με την Πολιτική Προστασία, στην περιοχή βρίσκονται ήδη δύο οχήματα της Πυροσβεστικής και ομάδα εθελοντών διασωστών."]),
    ("21:05", None, [
        "Ο δήμαρχος Καστρόπολης Σταμάτης Ζαχαρίου δήλωσε ότι τα συνεργεία του δήμου θα εργάζονται όλη τη νύχτα για τον καθαρισμό των φρεατίων στο κέντρο της πόλης. «Ζητάμε από τους πολίτες να μη μετακινούνται αν δεν είναι απολύτως απαραίτητο και να μην παρκάρουν κοντά σε ρέματα», ανέφερε."]),
    ("20:22", "Διακοπή ρεύματος σε περισσότερα από 4.000 νοικοκυριά", [
        "Χωρίς ηλεκτρικό ρεύμα παραμένουν χιλιάδες νοικοκυριά στα ορεινά χωριά του δήμου Βορεινών, μετά την πτώση δέντρων πάνω σε καλώδια μέσης τάσης. Ο διαχειριστής του δικτύου αναφέρει ότι συνεργεία βρίσκονται στα σημεία, αλλά η αποκατάσταση ενδέχεται να καθυστερήσει έως το πρωί λόγω των ισχυρών ανέμων."]),
    ("19:48", None, [
        "Κλειστή για όλα τα οχήματα παραμένει η παλαιά εθνική οδός στο ύψος της Αμμουδάρας, όπου το νερό καλύπτει το οδόστρωμα σε μήκος περίπου 300 μέτρων. Η Τροχαία έχει εκτρέψει την κυκλοφορία μέσω του περιφερειακού δρόμου."]),
    ("19:10", "Κλειστά αύριο τα σχολεία σε Καστρόπολη, Βορεινά και Λιμνοχώρι", [
        "Με απόφαση των δημάρχων, ύστερα από εισήγηση της Πολιτικής Προστασίας, δεν θα λειτουργήσουν την Τετάρτη όλες οι σχολικές μονάδες πρωτοβάθμιας και δευτεροβάθμιας εκπαίδευσης, καθώς και οι παιδικοί σταθμοί, στους τρεις δήμους.",
        "Οι δημοτικές υπηρεσίες θα λειτουργήσουν κανονικά, ενώ οι εργαζόμενοι στον ιδιωτικό τομέα καλούνται να συνεννοηθούν με τους εργοδότες τους για τηλεργασία όπου αυτό είναι εφικτό."]),
    ("18:35", None, [
        "Η Εθνική Μετεωρολογική Υπηρεσία επικαιροποίησε το έκτακτο δελτίο, προβλέποντας ότι τα φαινόμενα θα κορυφωθούν κατά τη διάρκεια της νύχτας, με ραγδαίες βροχές και ανέμους έως 9 μποφόρ στο ανατολικό Αιγαίο. Σταδιακή εξασθένηση αναμένεται από το μεσημέρι της Πέμπτης."]),
    ("17:52", "Απαγορευτικό απόπλου από όλα τα λιμάνια της περιοχής", [
        "Δεμένα στα λιμάνια παραμένουν τα πλοία της γραμμής Καστρόπολη – Νήσος Αγαθή, με απόφαση του Λιμενικού. Περίπου 180 επιβάτες που επρόκειτο να ταξιδέψουν το απόγευμα φιλοξενούνται σε ξενοδοχεία της πόλης με έξοδα της ακτοπλοϊκής εταιρείας."]),
    ("17:15", None, [
        "Αναγνώστης μάς στέλνει εικόνες από την οδό Ναυάρχου Μιαούλη, όπου τα νερά έφτασαν ως τα σκαλιά των καταστημάτων. Οι επαγγελματίες της περιοχής λένε ότι το ίδιο σημείο πλημμύρισε και πέρσι τον Οκτώβριο, παρά τα έργα αποχέτευσης που είχαν εξαγγελθεί."]),
    ("16:30", "Πάνω από 60 κλήσεις στην Πυροσβεστική", [
        "Η Πυροσβεστική Υπηρεσία έχει δεχθεί από το πρωί περισσότερες από 60 κλήσεις για αντλήσεις υδάτων από υπόγεια και ισόγεια, καθώς και για κοπή επικίνδυνων δέντρων. Δεν έχουν αναφερθεί τραυματισμοί."]),
    ("15:45", None, [
        "Σε έκτακτη σύσκεψη του Συντονιστικού Οργάνου Πολιτικής Προστασίας αποφασίστηκε η ενίσχυση της περιοχής με μηχανήματα έργου από γειτονικούς δήμους και η ετοιμότητα ομάδων της ΕΜΑΚ."]),
    ("15:00", "Ξεκινά η ζωντανή ενημέρωση", [
        "Καλησπέρα σας. Από αυτή τη σελίδα θα σας μεταφέρουμε όλες τις εξελίξεις για την κακοκαιρία «Θέτις», που πλήττει από τα ξημερώματα την Καστρόπολη και τους γύρω δήμους. Μπορείτε να μας στέλνετε φωτογραφίες και πληροφορίες στο live@kastropolinews.gr."]),
]

parts, gold = [], []
for i, (t, title, ps) in enumerate(ENTRIES):
    eid = "post-%d" % (88410 - i * 3)
    inner = ['<div class="lb-entry__time"><time datetime="2024-11-19T%s:00+02:00">%s</time></div>' % (t, t)]
    if title:
        inner.append('<h3 class="lb-entry__title">%s</h3>' % title)
        gold.append(title)
    inner.append('<div class="lb-entry__body">%s</div>' % "".join("<p>%s</p>" % p for p in ps))
    gold.extend(ps)
    inner.append('<div class="lb-entry__share"><span>Κοινοποίηση:</span> <a href="#%s" class="fb">Facebook</a> <a href="#%s" class="x">X</a> <a href="#%s" class="link">Αντιγραφή συνδέσμου</a></div>' % (eid, eid, eid))
    parts.append('<div class="lb-entry%s" id="%s" data-entry-time="%s">%s</div>' % (" lb-entry--highlight" if title else "", eid, t, "".join(inner)))
    if i in (3, 7):
        parts.append('<div class="lb-ad"><div class="lb-ad__label">ΔΙΑΦΗΜΙΣΗ</div><div id="lb-ad-%d" class="lb-ad__slot"></div></div>' % i)

latest = [
    "Αύξηση στις τιμές των λαχανικών στη λαϊκή της Καστρόπολης",
    "Το νέο δημοτικό κολυμβητήριο ανοίγει τον Ιανουάριο",
    "Ποδόσφαιρο: Νίκη εκτός έδρας για τον Ατρόμητο Καστρόπολης",
    "Συναυλία αλληλεγγύης για το Κέντρο Υγείας Βορεινών",
    "Πώς θα λειτουργήσουν οι λαϊκές αγορές την Τετάρτη",
    "Ξεκινούν οι αιτήσεις για το πρόγραμμα θέρμανσης ευάλωτων νοικοκυριών",
]

css = css_blob(["site-header", "nav-main", "live-header", "lb-entry", "lb-ad", "lb-more", "sidebar", "latest", "site-footer", "consent"], 850, 3091)
js = js_blob(3092, 160, "liveblog")

html = """<!DOCTYPE html>
<html lang="el">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | Kastropoli News</title>
<meta name="description" content="{dek}">
<meta property="og:title" content="{title}">
<style>{css}</style>
<script type="application/ld+json">{ld}</script>
</head>
<body class="single single-liveblog">
<div class="consent" id="consent"><div class="consent__text">Χρησιμοποιούμε cookies για να σας προσφέρουμε καλύτερη εμπειρία περιήγησης, για στατιστικούς σκοπούς και για την προβολή εξατομικευμένων διαφημίσεων. Μπορείτε να επιλέξετε ποια cookies αποδέχεστε.</div><div class="consent__buttons"><button>Αποδοχή όλων</button><button>Απόρριψη</button><button>Ρυθμίσεις</button></div></div>
<header class="site-header"><div class="site-header__top"><a href="/" class="site-header__logo">Kastropoli News</a><span class="site-header__weather">Καστρόπολη 11°C</span><a href="/login" class="site-header__login">Σύνδεση</a></div>
<nav class="nav-main"><ul><li><a href="/">Αρχική</a></li><li><a href="/eidhseis">Ειδήσεις</a></li><li><a href="/topika">Τοπικά</a></li><li><a href="/politikh">Πολιτική</a></li><li><a href="/oikonomia">Οικονομία</a></li><li><a href="/athlhtika">Αθλητικά</a></li><li><a href="/politismos">Πολιτισμός</a></li><li><a href="/kairos">Καιρός</a></li><li><a href="/apopseis">Απόψεις</a></li></ul></nav></header>
<div class="container">
<main class="content">
<div class="breadcrumbs"><a href="/">Αρχική</a> › <a href="/topika">Τοπικά</a></div>
<div class="live-header"><span class="live-header__badge">LIVE</span><span class="live-header__updated">Τελευταία ενημέρωση: 21:40</span></div>
<h1 class="live-header__title">{title}</h1>
<p class="live-header__dek">{dek}</p>
<div class="live-header__meta"><span class="author">Επιμέλεια: Δανάη Παπαθεοδώρου, Νικηφόρος Λαμπρινός</span> <span class="date">19.11.2024</span></div>
<div class="live-header__share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Viber</a> <a href="#">Email</a></div>
<figure class="live-header__image"><img src="/uploads/2024/11/kastropoli-plimmyra.jpg" alt=""><figcaption>Πλημμυρισμένος δρόμος στο κέντρο της Καστρόπολης το απόγευμα της Τρίτης. (Φωτογραφία: Αναγνώστης)</figcaption></figure>
<div class="lb-controls"><button class="lb-controls__sort is-active">Νεότερα πρώτα</button><button class="lb-controls__sort">Παλαιότερα πρώτα</button><label><input type="checkbox"> Μόνο τα σημαντικά</label></div>
<div class="lb-feed" id="liveblog-feed">
{entries}
</div>
<button class="lb-more">Φόρτωση περισσότερων ενημερώσεων</button>
<div class="article-tags"><span>Ετικέτες:</span> <a href="/tag/kakokairia">κακοκαιρία</a> <a href="/tag/kastropoli">Καστρόπολη</a> <a href="/tag/plimmyres">πλημμύρες</a></div>
<div class="google-news-follow">Ακολουθήστε το Kastropoli News στο Google News</div>
</main>
<aside class="sidebar"><div class="latest"><h2 class="latest__title">Τελευταία νέα</h2><ul>{latest}</ul></div><div class="lb-ad"><div class="lb-ad__label">ΔΙΑΦΗΜΙΣΗ</div></div></aside>
</div>
<footer class="site-footer"><ul><li><a href="/poioi-eimaste">Ποιοι είμαστε</a></li><li><a href="/epikoinonia">Επικοινωνία</a></li><li><a href="/oroi-xrhshs">Όροι χρήσης</a></li><li><a href="/politiki-aporritou">Πολιτική απορρήτου</a></li></ul><p>© 2024 Kastropoli News. Απαγορεύεται η αναδημοσίευση χωρίς άδεια.</p></footer>
<script>{js}</script>
</body>
</html>""".format(
    title=esc(TITLE), dek=esc(DEK), css=css, js=js, entries="\n".join(parts),
    ld=json_state({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": TITLE, "description": DEK, "coverageStartTime": "2024-11-19T15:00:00+02:00", "liveBlogUpdate": [{"@type": "BlogPosting", "headline": (ti or ps[0][:80]), "datePublished": "2024-11-19T%s:00+02:00" % t} for t, ti, ps in ENTRIES]}),
    latest="".join('<li><a href="/topika/%d">%s</a></li>' % (i, esc(l)) for i, l in enumerate(latest)),
)

save(PID, html, gold)
