"""q18 -- English (UK). A harbour trust's own website, a custom PHP site
(news.php?id=...) laid out entirely with nested tables, transitional
doctype, <font> tags and spacer GIFs. Press release, about 530 words.

Furniture, all in table cells: banner row (logo, "Text only | Site map |
Contact"), horizontal menu row, left menu cell (nested table of links with
bullet images, "Port users" and "Leisure" sub-blocks), centre cell holding
the article in a nested table (breadcrumb row, "Print this page | Email this
page" row, "FOR IMMEDIATE RELEASE" label, title row, date row, body cell,
"ENDS" and a "Media enquiries" contact block, "<< Back to news" link), right
sidebar cell (Latest press releases with dates, today's tide table, Notices
to Mariners, search form), footer row with address, copyright and "Page
generated in 0.041 seconds".

Failure kind: menus, article and sidebar all live in nested table cells;
no <article>, <main>, <nav> or meaningful class names (cells carry only
width/bgcolor/valign and a few "bodytext"/"sidenav" classes).

Gold choices a reviewer might make differently: the dateline opening the
first paragraph ("KESSOCK BAY, 3 March 2025 --") is gold; the "Key facts"
bold lead-in and its bulleted list are gold; the "About Kessock Bay Harbour
Trust" heading and paragraph are gold (a press release's About section is
body, as in batch 1); "FOR IMMEDIATE RELEASE", the title, the date row,
"ENDS", the "Notes to editors" photo credit line and the media contact
block are not.
"""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(1818)

TITLE = "Harbour Trust secures funding for shore power at North Quay ferry berth"

TEXT = """
KESSOCK BAY, 3 March 2025 &ndash; Kessock Bay Harbour Trust has secured &pound;6.2 million to install shore power at the North Quay ferry berth, allowing the island ferries that lie overnight in the harbour to switch off their diesel generators and plug into the mainland grid from the summer of 2026.

The funding package combines a &pound;3.9 million grant from the Coastal Communities Decarbonisation Fund with &pound;1.5 million from the Trust's own reserves and an &pound;800,000 contribution from Skerrin Ferries, which operates the two vessels on the Kessock Bay to Inchmurran route.

At present both ferries run their auxiliary engines through the night to keep lighting, heating and galley equipment working while they are moored alongside. The Trust estimates that the new connection will cut carbon dioxide emissions at the berth by around 1,400 tonnes a year and remove the engine noise that residents of Quayside Terrace and Netherbow Lane have complained about for more than a decade.

<strong>Key facts:</strong>

- Two 1.6 MW high-voltage connection points on North Quay, one for each ferry
- A new substation on the site of the former net store, built and adopted by the local electricity network operator
- Cable management cranes designed to cope with a tidal range of up to 4.8 metres
- Construction to start in October 2025, outside the summer timetable
- First vessel connected by June 2026

Captain Moira Geddes, chief executive and harbour master of Kessock Bay Harbour Trust, said: "This is the single biggest step we can take to cut emissions in the harbour, and it is one that people living around North Quay will hear as well as see. For years the overnight generators have been the sound of the town at two in the morning. From next summer that should stop."

Alasdair Fenwick, managing director of Skerrin Ferries, said: "Our crews and our passengers have been asking for this for a long time. Both of our vessels were built with shore-power connections in mind, so once the berth is ready we can plug in from day one. It also means less maintenance on the generators and lower fuel bills, which matters for a lifeline service."

The work will be carried out in phases to keep the ferry service running throughout. The Trust has confirmed that the existing linkspan and passenger walkway will not be affected, although the North Quay car park will lose around 30 spaces while the substation is built. A temporary overflow car park will open on the Harbour Road reclamation site from September.

The Trust will hold a public drop-in session at the Harbour Office on Thursday 20 March, from 2pm to 7pm, where residents can see the plans and speak to the project team. The design drawings will also be available to view on the Trust's website.

## About Kessock Bay Harbour Trust

Kessock Bay Harbour Trust is an independent statutory body established by the Kessock Bay Harbour Order 1974. It is responsible for the safe operation, maintenance and development of the harbour, which handles around 210,000 ferry passengers, 46,000 tonnes of cargo and 1,100 leisure vessel visits each year. Any surplus is reinvested in the harbour for the benefit of its users and the wider community.
"""

spec = body_from(TEXT)
body_html, gold = render(spec, {
    "p": '<p class="bodytext"><font face="Verdana, Arial, Helvetica, sans-serif" size="2">{}</font></p>',
    "h2": '<p class="bodytext"><font face="Verdana, Arial, Helvetica, sans-serif" size="2" color="#003366"><b>{}</b></font></p>',
    "ul": '<ul type="square">{items}</ul>',
    "ul_item": '<li><font face="Verdana, Arial, Helvetica, sans-serif" size="2">{}</font></li>',
})

F = '<font face="Verdana, Arial, Helvetica, sans-serif" size="%s"%s>%s</font>'


def f(text, size="2", extra=""):
    return F % (size, extra, text)


left = [("The Harbour", ["About the Trust", "Board members", "Annual reports", "Vacancies"]),
        ("Port users", ["Ferry berths", "Harbour dues", "Notices to Mariners", "Pilotage", "Cargo handling"]),
        ("Leisure", ["Visitor moorings", "Marina berths", "Slipway", "Fuel"]),
        ("News &amp; Press", ["Press releases", "Photo library", "Newsletter archive"])]
left_html = "".join(
    '<tr><td bgcolor="#003366" height="22">&nbsp;%s</td></tr>%s<tr><td><img src="/images/spacer.gif" width="1" height="8" alt=""></td></tr>' % (
        f("<b>%s</b>" % h, "2", ' color="#FFFFFF"'),
        "".join('<tr><td class="sidenav" height="20"><img src="/images/bullet_anchor.gif" width="9" height="9" alt="" align="absmiddle">&nbsp;<a href="/%s.php">%s</a></td></tr>' % (
            slug(x.replace("&amp;", "and")), f(x, "1")) for x in items))
    for h, items in left)

latest = [("27 Feb 2025", "Dredging of inner harbour channel completed ahead of schedule"),
          ("13 Feb 2025", "Trust appoints new deputy harbour master"),
          ("30 Jan 2025", "Harbour dues for 2025/26 frozen for leisure users"),
          ("9 Jan 2025", "Storm damage to West Breakwater: update"),
          ("18 Dec 2024", "Christmas and New Year Harbour Office opening hours")]
latest_html = "".join(
    '<tr><td valign="top" class="side">%s<br><a href="/news.php?id=%d">%s</a></td></tr>' % (
        f(d, "1", ' color="#666666"'), 411 - i, f(t, "1")) for i, (d, t) in enumerate(latest))

tides = [("HW", "04:12", "4.3m"), ("LW", "10:31", "0.9m"), ("HW", "16:40", "4.1m"), ("LW", "22:55", "1.1m")]
tides_html = "".join('<tr><td>%s</td><td>%s</td><td align="right">%s</td></tr>' % tuple(f(x, "1") for x in t) for t in tides)

notices = ["NtM 04/25 Temporary buoy, North Quay approach", "NtM 03/25 Diving operations, Fish Pier", "NtM 01/25 Light characteristics, Inner Pierhead"]

page = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Kessock Bay Harbour Trust :: News :: {title}</title>
<meta name="keywords" content="kessock bay, harbour, ferry, moorings, tide times, press release">
<link href="/css/kbht.css" rel="stylesheet" type="text/css">
<style type="text/css">
body {{ margin:0; background:#DDE6EE; }}
a:link, a:visited {{ color:#003366; text-decoration:none; }}
a:hover {{ text-decoration:underline; }}
.bodytext {{ line-height:150%; margin:0 0 10px 0; }}
.sidenav a {{ color:#003366; }}
.side {{ padding:4px 6px; border-bottom:1px dotted #99AABB; }}
</style>
<script type="text/javascript" src="/js/mm_menu.js"></script>
<script type="text/javascript">
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
function MM_preloadImages() {{ var d=document; if(d.images){{ if(!d.MM_p) d.MM_p=new Array(); var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++) if (a[i].indexOf("#")!=0){{ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}}} }}
function printPage() {{ window.open('news.php?id=412&print=1','print','width=700,height=600,scrollbars=yes'); }}
</script>
</head>
<body onLoad="MM_preloadImages('/images/nav_home_on.gif','/images/nav_news_on.gif')">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td height="96" colspan="3" background="/images/banner_bg.jpg">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr>
          <td width="420"><a href="/index.php"><img src="/images/kbht_logo.gif" alt="Kessock Bay Harbour Trust" width="400" height="90" border="0"></a></td>
          <td align="right" valign="top">{toplinks}</td>
        </tr>
      </table>
    </td>
  </tr>
  <tr>
    <td colspan="3" bgcolor="#003366" height="28">
      <table border="0" cellspacing="0" cellpadding="0"><tr>{topnav}</tr></table>
    </td>
  </tr>
  <tr>
    <td width="180" valign="top" bgcolor="#EEF2F6">
      <table width="180" border="0" cellspacing="0" cellpadding="3">{left}</table>
      <br><div align="center"><a href="/weather.php"><img src="/images/btn_weather.gif" width="160" height="60" border="0" alt="Live weather at the pierhead"></a></div><br>
    </td>
    <td width="600" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="12">
        <tr><td>{crumbs}</td></tr>
        <tr><td align="right">{printbar}</td></tr>
        <tr>
          <td valign="top">
            <table width="100%" border="0" cellspacing="0" cellpadding="0">
              <tr><td>{release}</td></tr>
              <tr><td height="30" valign="middle"><font face="Georgia, Times New Roman, serif" size="4" color="#003366"><b>{title}</b></font></td></tr>
              <tr><td height="24">{date}</td></tr>
              <tr><td><img src="/images/rule_600.gif" width="576" height="1" alt=""></td></tr>
              <tr>
                <td valign="top"><br>
{body}
                  <p class="bodytext">{ends}</p>
                  <p class="bodytext">{notes}</p>
                  <table width="100%" border="0" cellpadding="6" cellspacing="0" bgcolor="#F3F6F9"><tr><td>{contact}</td></tr></table>
                  <br><a href="/news.php">{back}</a>
                </td>
              </tr>
            </table>
          </td>
        </tr>
      </table>
    </td>
    <td width="200" valign="top" bgcolor="#F3F6F9">
      <table width="200" border="0" cellspacing="0" cellpadding="0">
        <tr><td bgcolor="#0A6E8C" height="22">&nbsp;{h_latest}</td></tr>
        {latest}
        <tr><td align="right">{all_news}</td></tr>
        <tr><td><img src="/images/spacer.gif" width="1" height="12" alt=""></td></tr>
        <tr><td bgcolor="#0A6E8C" height="22">&nbsp;{h_tides}</td></tr>
        <tr><td><table width="100%" border="0" cellspacing="2" cellpadding="2">{tides}</table>{tide_note}</td></tr>
        <tr><td><img src="/images/spacer.gif" width="1" height="12" alt=""></td></tr>
        <tr><td bgcolor="#0A6E8C" height="22">&nbsp;{h_ntm}</td></tr>
        {ntm}
        <tr><td><img src="/images/spacer.gif" width="1" height="12" alt=""></td></tr>
        <tr><td bgcolor="#0A6E8C" height="22">&nbsp;{h_search}</td></tr>
        <tr><td align="center"><form action="/search.php" method="get"><input type="text" name="q" size="16"> <input type="submit" value="Go"></form></td></tr>
      </table>
    </td>
  </tr>
  <tr>
    <td colspan="3" bgcolor="#003366" align="center" height="60">{footer}</td>
  </tr>
</table>
<script type="text/javascript">
var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-1187720-1']); _gaq.push(['_trackPageview']);
</script>
</body>
</html>
""".format(
    title=esc(TITLE), body=body_html, left=left_html,
    toplinks=f('<a href="/textonly.php">Text only</a> | <a href="/sitemap.php">Site map</a> | <a href="/contact.php">Contact</a>&nbsp;&nbsp;', "1"),
    topnav="".join('<td><a href="/%s.php" onMouseOver="MM_swapImage()">%s</a></td><td>%s</td>' % (
        slug(x), f("&nbsp;&nbsp;<b>%s</b>&nbsp;&nbsp;" % x, "2", ' color="#FFFFFF"'), f("|", "2", ' color="#7FA3C4"'))
        for x in ["Home", "The Harbour", "Ferries", "Port Users", "Leisure", "Tide Tables", "News", "Contact Us"]),
    crumbs=f('<a href="/index.php">Home</a> &gt; <a href="/news.php">News</a> &gt; Press releases', "1"),
    printbar=f('<a href="javascript:printPage()"><img src="/images/icon_print.gif" width="16" height="16" border="0" alt="" align="absmiddle"> Print this page</a> | <a href="/sendpage.php?id=412">Email this page</a>', "1"),
    release=f("<b>FOR IMMEDIATE RELEASE</b>", "1", ' color="#990000"'),
    date=f("Monday, 3 March 2025", "1", ' color="#666666"'),
    ends=f("<b>ENDS</b>"),
    notes=f("<b>Notes to editors:</b> Photographs of North Quay and the Skerrin ferries are available from the Trust's photo library; credit: Kessock Bay Harbour Trust.", "1"),
    contact=f("<b>Media enquiries</b><br>Fiona Lennie, Communications Officer<br>Kessock Bay Harbour Trust, Harbour Office, Pier Road<br>Tel: 01300 771 204 &nbsp; Mobile: 07700 900 418<br>Email: press@kessockbay-harbour.example", "1"),
    back=f("&lt;&lt; Back to news", "1"),
    h_latest=f("<b>Latest press releases</b>", "2", ' color="#FFFFFF"'), latest=latest_html,
    all_news=f('<a href="/news.php">All news &gt;&gt;</a>', "1"),
    h_tides=f("<b>Tides today</b>", "2", ' color="#FFFFFF"'), tides=tides_html,
    tide_note=f("Predictions for Kessock Bay pierhead. Times GMT.", "1", ' color="#666666"'),
    h_ntm=f("<b>Notices to Mariners</b>", "2", ' color="#FFFFFF"'),
    ntm="".join('<tr><td class="side"><a href="/ntm.php?n=%d">%s</a></td></tr>' % (i, f(n, "1")) for i, n in enumerate(notices)),
    h_search=f("<b>Search this site</b>", "2", ' color="#FFFFFF"'),
    footer=f('Kessock Bay Harbour Trust, Harbour Office, Pier Road, Kessock Bay KB4 2HQ &nbsp;|&nbsp; Tel 01300 771 200<br>&copy; 2003-2025 Kessock Bay Harbour Trust &nbsp;|&nbsp; <a href="/privacy.php"><font color="#FFFFFF">Privacy</font></a> &nbsp;|&nbsp; <a href="/accessibility.php"><font color="#FFFFFF">Accessibility</font></a><br>Page generated in 0.041 seconds', "1", ' color="#FFFFFF"'),
)

save("q18", page, gold)
