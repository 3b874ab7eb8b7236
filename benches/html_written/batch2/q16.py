# q16: old table-layout community news site, ISO-8859-1 bytes, <font> tags, <br><br> paragraphs,
# &#151; style entities, article split over 3 pages (this is page 1; gold = page 1 text only).
import random
from common import *
rnd = random.Random(1616)
SITE = "Kilbrannan & District Gazette Online"
HEAD = "Mill wheel turns again after 60 years"

paras = [
    "KILBRANNAN'S old corn mill took a big step back to life on Saturday when its restored waterwheel turned under its own power for the first time since 1944.",
    "Around 200 people gathered on the banks of the Fenwick Burn to watch as volunteers from the Kilbrannan Mill Trust opened the sluice gate at exactly 11 o'clock. For a long moment nothing happened &#151; then, with a groan that several onlookers said they would never forget, the 18½-foot wheel began to creep round.",
    "\"I've been waiting for that sound since I was a wee boy,\" said 84-year-old Archie Dalgleish, whose grandfather was the last miller to work at Kilbrannan. \"My granny used to say you could tell the time by it. It's like hearing an old friend's voice.\"",
    "The restoration has taken the Trust nearly seven years and cost around £186,000, raised through grants, a long-running series of ceilidhs and coffee mornings, and a sponsored walk that saw Trust chairman Fiona Macrae hike the full length of the burn in a kilt in the middle of February.",
]
subhead = "Oak, iron and a lot of patience"
paras2 = [
    "Almost nothing of the original wheel could be saved. When the Trust first got into the wheel-pit in 1997 they found little more than the iron axle, a few rusted rim plates and a great deal of mud. The new wheel was built by millwright Tom&aacute;s Breslin, who travelled over from Donegal, using oak from an estate near Auchterglen and castings made at a foundry in Kilmarnock.",
    "\"The old millwrights didn't leave drawings,\" Mr Breslin explained. \"We worked it out from the marks on the walls, the size of the axle, and some photographs from the 1920s that turned up in somebody's attic. Every piece had to be made by hand and then adjusted, and adjusted again.\"",
    "The wheel is what is known as a \"breastshot\" wheel, where the water strikes it roughly halfway up rather than pouring over the top. At full speed it turns about six times a minute and, according to Mr Breslin, should be able to produce the equivalent of around 10 horsepower.",
    "The Trust's next job is to reconnect the wheel to the millstones on the first floor &#151; a task that will need another £40,000 and, in Mrs Macrae's words, \"a great many more scones\". The aim is to be grinding oatmeal for sale by the autumn of next year, with the café in the old granary opening at the same time.",
]
body_html = ('<font face="Verdana, Arial, Helvetica, sans-serif" size="2">\n'
             + "<br><br>\n".join(paras) + "<br><br>\n"
             + '<b>' + subhead + '</b><br><br>\n'
             + "<br><br>\n".join(paras2) + "<br><br>\n</font>")
gold = [strip(p) for p in paras] + [subhead] + [strip(p) for p in paras2]

pager = ('<table width="100%" border="0" cellpadding="4" cellspacing="0" bgcolor="#EEEEDD"><tr><td align="center">'
         '<font face="Verdana, Arial" size="1"><b>Page:</b> <b>[1]</b> <a href="mill_wheel_0412.php?page=2">2</a> <a href="mill_wheel_0412.php?page=3">3</a> '
         '&nbsp;|&nbsp; <a href="mill_wheel_0412.php?page=2">Next page &raquo;</a> &nbsp;|&nbsp; <a href="mill_wheel_0412.php?all=1">View as single page</a></font></td></tr></table>')

nav = ["Home", "Latest News", "Sport", "What's On", "Letters", "Community Groups", "Church Notices", "Births, Marriages &amp; Deaths", "Classifieds", "Property",
       "Weather", "Photo Gallery", "Links", "Guestbook", "Contact Us", "About the Gazette"]
nav_rows = "".join(f'<tr><td height="22" background="images/navbg.gif"><img src="images/bullet.gif" width="9" height="9" alt=""> <a href="{slug(n.replace("&amp;","and"))}.php" class="navlink" onMouseOver="swapNav(\'n{i}\',1)" onMouseOut="swapNav(\'n{i}\',0)"><font face="Verdana, Arial" size="1" color="#FFFFFF"><b>{n}</b></font></a></td></tr>' for i, n in enumerate(nav))

latest = ["Bowling club celebrates centenary", "Fenwick bridge closed for repairs until March", "Primary pupils raise &pound;1,200 for hospice", "Community council elections: candidates named",
          "Kilbrannan Rovers through to cup semi-final", "New bus timetable from 6th December", "Burns Supper tickets now on sale", "Planning row over caravan site at Ardlochan",
          "Christmas lights switch-on a big success", "Gala day committee seeks new members", "Woman (92) knits 500th hat for charity", "Flood warning for low-lying farms lifted"]
latest_html = "".join(f'<tr><td valign="top"><img src="images/arrow.gif" width="7" height="7" alt=""></td><td><a href="news_{i:03d}.php"><font face="Verdana, Arial" size="1">{t}</font></a></td></tr>' for i, t in enumerate(latest))

whatson = [("Sat 18 Dec", "Carol service, Kilbrannan Parish Church, 6.30pm"), ("Sun 19 Dec", "Santa's grotto at the Mill Trust, 2-4pm, &pound;2 per child"),
           ("Tue 21 Dec", "Scottish country dancing, Village Hall, 7.30pm"), ("Fri 31 Dec", "Hogmanay ceilidh with the Burnside Band, Village Hall, 9pm till late"),
           ("Wed 5 Jan", "Knit &amp; Natter resumes, Library, 2pm"), ("Thu 13 Jan", "Community council meeting, Village Hall, 7pm"),
           ("Sat 22 Jan", "Burns Supper, Kilbrannan Arms, 7pm. Tickets &pound;18 from the bar"), ("Sat 29 Jan", "Mill Trust coffee morning, Granary, 10am-12noon")]
whatson_html = "".join(f'<tr><td width="70" valign="top" bgcolor="#F5F5E8"><font face="Verdana, Arial" size="1"><b>{d}</b></font></td><td valign="top"><font face="Verdana, Arial" size="1">{e}</font></td></tr>' for d, e in whatson)

classifieds = ["FOR SALE: Hotpoint washing machine, 2 yrs old, &pound;60 ono. Tel 01555 600 341", "WANTED: Allotment space, Kilbrannan area. Will share! Tel 01555 600 988",
               "HOLIDAY COTTAGE: Sleeps 4, Ardlochan shore, from &pound;195/wk. Tel 01555 600 212", "LOST: Black &amp; white collie, answers to 'Moss'. Reward. Tel 01555 600 774",
               "PIANO LESSONS: All ages, grades 1-8. Mrs J. Kerr. Tel 01555 600 450", "LOGS: Seasoned hardwood, &pound;45 per load delivered. Tel 07700 900 121"]
class_html = "".join(f'<tr><td><font face="Verdana, Arial" size="1">{c}</font></td></tr><tr><td><img src="images/spacer.gif" width="1" height="4" alt=""></td></tr>' for c in classifieds)

old_js = """<!--
var navOn = new Array(); var navOff = new Array();
function preloadNav() { if (document.images) { for (var i = 0; i < %d; i++) { navOn[i] = new Image(); navOn[i].src = "images/nav_" + i + "_on.gif"; navOff[i] = new Image(); navOff[i].src = "images/nav_" + i + "_off.gif"; } } }
function swapNav(id, state) { if (!document.images) return; var img = document.images[id]; if (img) { var n = parseInt(id.substring(1)); img.src = state ? navOn[n].src : navOff[n].src; } }
function popUp(url, w, h) { var win = window.open(url, 'gazpop', 'width=' + w + ',height=' + h + ',scrollbars=yes,resizable=yes'); if (win) win.focus(); return false; }
function bookmarkSite() { if (window.external && window.external.AddFavorite) { window.external.AddFavorite('http://www.kilbrannangazette.example/', 'Kilbrannan Gazette'); } else { alert('Press Ctrl+D to bookmark this page.'); } }
function printStory() { window.print(); }
var today = new Date(); var months = new Array('January','February','March','April','May','June','July','August','September','October','November','December');
function writeDate() { document.write(today.getDate() + ' ' + months[today.getMonth()] + ' ' + today.getFullYear()); }
//-->""" % len(nav)

ad_table = lambda w, h, txt: f'<table width="{w}" border="1" cellpadding="4" cellspacing="0" bordercolor="#CCCCCC"><tr><td align="center" height="{h}" bgcolor="#FFFFEE"><font face="Arial" size="1" color="#999999">ADVERTISEMENT</font><br><font face="Arial" size="2">{txt}</font></td></tr></table>'

doc = f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>Kilbrannan Gazette Online :: News :: Mill wheel turns again after 60 years</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="Kilbrannan, Gazette, news, mill, waterwheel, Fenwick Burn, Ayrshire">
<meta name="description" content="Kilbrannan's old corn mill waterwheel turns for the first time since 1944.">
<meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<link rel="stylesheet" href="gazette.css" type="text/css">
<style type="text/css">
<!--
body {{ margin: 0px; background-color: #D8D8C0; }}
a:link {{ color: #003366; text-decoration: none; }}
a:visited {{ color: #336699; text-decoration: none; }}
a:hover {{ color: #CC0000; text-decoration: underline; }}
.navlink {{ color: #FFFFFF; }}
.headline {{ font-family: Georgia, Times New Roman, serif; font-size: 20px; font-weight: bold; color: #660000; }}
.byline {{ font-family: Verdana, Arial; font-size: 10px; color: #666666; }}
.caption {{ font-family: Verdana, Arial; font-size: 10px; font-style: italic; }}
-->
</style>
<script language="JavaScript" type="text/javascript">{old_js}</script>
</head>
<body bgcolor="#D8D8C0" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="preloadNav()">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="images/header_left.jpg" width="420" height="90" alt="Kilbrannan &amp; District Gazette" usemap="#hdr" border="0"><img src="images/header_right.jpg" width="360" height="90" alt="" border="0"></td></tr>
<tr><td colspan="3" bgcolor="#660000" height="20"><table width="100%" border="0" cellpadding="2" cellspacing="0"><tr><td><font face="Verdana, Arial" size="1" color="#FFFFFF"><b><script language="JavaScript">writeDate();</script><noscript>Welcome</noscript></b></font></td>
<td align="right"><form action="search.php" method="get" style="margin:0"><font face="Verdana, Arial" size="1" color="#FFFFFF">Search the Gazette:</font> <input type="text" name="q" size="15"> <input type="submit" value="Go"></form></td></tr></table></td></tr>
<tr><td colspan="3" bgcolor="#EEEEDD"><marquee scrollamount="3"><font face="Verdana, Arial" size="1" color="#660000"><b>LATEST:</b> Fenwick bridge closed for repairs until March &nbsp;***&nbsp; Burns Supper tickets now on sale at the Kilbrannan Arms &nbsp;***&nbsp; Gazette office closed 24th Dec - 4th Jan</font></marquee></td></tr>
<tr>
<td width="150" valign="top" bgcolor="#336633">
<table width="150" border="0" cellpadding="3" cellspacing="0">{nav_rows}</table>
<br><center><a href="#" onClick="bookmarkSite(); return false;"><font face="Verdana, Arial" size="1" color="#FFFFFF">Bookmark this site</font></a></center><br>
<center>{ad_table(140, 120, "<b>Kilbrannan Arms</b><br>Real ales &amp; home cooking<br>Tel 01555 600 100")}</center><br>
<center><font face="Verdana, Arial" size="1" color="#FFFFFF">You are visitor number<br><img src="cgi-bin/counter.gif?id=gazette" alt="045217" width="60" height="14"></font></center><br>
</td>
<td width="460" valign="top">
<table width="100%" border="0" cellpadding="10" cellspacing="0"><tr><td>
<font face="Verdana, Arial" size="1"><a href="index.php">Home</a> &gt; <a href="latest-news.php">Latest News</a> &gt; December 2004</font><br><br>
<span class="headline">{HEAD}</span><br>
<span class="byline">By Morag Sinclair &nbsp;|&nbsp; Posted: 13/12/2004 &nbsp;|&nbsp; <a href="#" onClick="printStory(); return false;">Print this story</a> &nbsp;|&nbsp; <a href="email_story.php?id=412">E-mail to a friend</a></span><br><br>
<table border="0" cellpadding="0" cellspacing="0" align="right" width="210"><tr><td width="10"><img src="images/spacer.gif" width="10" height="1" alt=""></td><td><img src="photos/2004/mill_wheel_sm.jpg" width="200" height="150" alt="The restored wheel" border="1"><br><span class="caption">The restored wheel turns for the first time. Photo: Gazette / J. Kerr</span><br><br></td></tr></table>
{body_html}
{pager}
<br><font face="Verdana, Arial" size="1"><b>Related stories:</b><br>&#149; <a href="news_301.php">Mill Trust wins lottery grant (June 2003)</a><br>&#149; <a href="news_188.php">Volunteers start digging out wheel-pit (1998)</a></font><br><br>
<table width="100%" border="0" cellpadding="4" cellspacing="0" bgcolor="#F5F5E8"><tr><td><font face="Verdana, Arial" size="1"><b>Have your say:</b> Send your letters to the editor at <a href="mailto:editor@kilbrannangazette.example">editor@kilbrannangazette.example</a> or post them to The Gazette, 14 Main Street, Kilbrannan.</font></td></tr></table>
</td></tr></table>
</td>
<td width="170" valign="top" bgcolor="#F5F5E8">
<table width="170" border="0" cellpadding="4" cellspacing="0"><tr><td bgcolor="#660000"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>Latest Headlines</b></font></td></tr><tr><td><table border="0" cellpadding="2" cellspacing="0">{latest_html}</table></td></tr></table><br>
<table width="170" border="0" cellpadding="4" cellspacing="0"><tr><td bgcolor="#660000" colspan="2"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>What's On</b></font></td></tr>{whatson_html}</table><br>
<center>{ad_table(160, 100, "<b>Macrae &amp; Son</b><br>Joiners &amp; Builders<br>Free estimates")}</center><br>
<table width="170" border="0" cellpadding="4" cellspacing="0"><tr><td bgcolor="#660000"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>Classifieds</b></font></td></tr>{class_html}<tr><td><a href="classifieds.php"><font face="Verdana, Arial" size="1">More classifieds &raquo;</font></a></td></tr></table><br>
<table width="170" border="0" cellpadding="4" cellspacing="0"><tr><td bgcolor="#660000"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>Weather</b></font></td></tr><tr><td><font face="Verdana, Arial" size="1">Today: Showers, 6°C<br>Tomorrow: Bright spells, 4&deg;C<br>Wind: SW 15mph</font></td></tr></table>
</td>
</tr>
<tr><td colspan="3" bgcolor="#660000" align="center" height="40"><font face="Verdana, Arial" size="1" color="#FFFFFF">&copy; 2004 Kilbrannan Community Press &nbsp;|&nbsp; <a href="privacy.php"><font color="#FFFFFF">Privacy</font></a> &nbsp;|&nbsp; <a href="contact.php"><font color="#FFFFFF">Contact</font></a><br>Best viewed at 800x600 with Internet Explorer 5 or above. Site by Burnside Web Design.</font></td></tr>
</table>
<map name="hdr"><area shape="rect" coords="0,0,420,90" href="index.php" alt="Home"></map>
</body>
</html>
'''
# inflate with a hidden-comment block of old FrontPage markup like real old pages carried (still bytes, not text)
fp = "".join("<!--webbot bot=\"Include\" U-Include=\"inc/nav_%02d.htm\" TAG=\"BODY\" startspan -->\n<!--webbot bot=\"Include\" endspan i-checksum=\"%05d\" -->\n" % (i, rnd.randint(10000, 99999)) for i in range(40))
doc = doc.replace("</body>", fp + "</body>")
save("q16", doc, gold, encoding="iso-8859-1")
