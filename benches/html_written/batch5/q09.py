"""q09 - English (US), small-town weekly on an old table layout (ISO-8859-1).

Brief (~125 words): library book sale, paragraphs separated by <br><br>
inside one <font> element in the middle cell. Furniture: banner image
table, left link column, "Other Local News" and classifieds column with
snippets, weather box, printer/e-mail links, hit counter, copyright.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(5109)
SITE = "The Tollen Creek Gazette"
HEAD = "Library book sale set for Nov. 21-22"

PARAS = [
    "Friends of the Tollen Creek Library will hold their annual fall book sale Friday and Saturday, Nov. 21 and 22, in the community room of the library at 212 Depot Street.",
    "Hours are 9 a.m. to 5 p.m. Friday and 9 a.m. to noon Saturday. Hardcovers are $1, paperbacks 50 cents and children's books a quarter. On Saturday, shoppers can fill a grocery bag for $3.",
    "Proceeds go toward the library's summer reading program and new large-print titles. Last year's sale raised $1,860, said Friends president Lorna Pettibone.",
    "Donations of gently used books are accepted through Wednesday at the front desk. The group asks that no encyclopedias, textbooks or magazines be dropped off.",
    "Volunteers are needed to help set up Thursday evening. Call the library to sign up.",
]
gold = list(PARAS)
story = "<br><br>\n".join(esc(p).replace("&#x27;", "'") for p in PARAS)

LEFT = ["Home", "Local News", "Sports", "Obituaries", "Church News", "School Menus", "Letters", "Classifieds", "Legal Notices", "Subscribe", "Contact Us"]
other = [("Commissioners table culvert bid again", "County commissioners put off a decision on the Mill Road culvert for the third straight meeting."),
         ("Bearcats fall in district semifinal", "Tollen Creek's season ended Friday with a 28-21 loss at Garnet Hill."),
         ("Hunters reminded of new check-in rules", "Deer must be checked in by phone or online within 24 hours this season."),
         ("Methodist women plan cookie walk", "The annual cookie walk returns Dec. 6 at the fellowship hall.")]
classifieds = ["FOR SALE: Seasoned firewood, $90 a rick, delivered in town. Call 555-0188.",
               "HELP WANTED: Part-time cook, Depot Street Diner. Apply in person.",
               "YARD SALE: Sat. 8-noon, 414 Elm. Tools, quilts, kids clothes.",
               "FOR RENT: 2 BR house near school, $650/mo. No pets. 555-0127."]

other_html = "".join('<tr><td><font face="Verdana, Arial, Helvetica" size="2"><a href="story.php?id=%d"><b>%s</b></a><br><font size="1">%s</font></font></td></tr><tr><td height="8"></td></tr>' % (rnd.randint(9000, 9999), esc(t), esc(s).replace("&#x27;", "'")) for t, s in other)
class_html = "".join('<tr><td><font face="Arial" size="1">%s</font></td></tr><tr><td><hr size="1" noshade></td></tr>' % esc(c) for c in classifieds)
left_html = "".join('<tr><td bgcolor="#E8E0C8"><font face="Verdana, Arial" size="2">&nbsp;<a href="%s.php">%s</a></font></td></tr>' % (slug(x), x) for x in LEFT)

page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>{SITE} - {HEAD}</title>
<meta name="keywords" content="Tollen Creek, Gazette, news, library, book sale">
<script language="JavaScript">
<!--
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
function MM_openBrWindow(theURL,winName,features) {{ window.open(theURL,winName,features); }}
//-->
</script>
<style type="text/css">
<!--
a:link {{ color: #003366; text-decoration: none }}
a:hover {{ color: #990000; text-decoration: underline }}
.small {{ font-family: Verdana, Arial; font-size: 10px }}
-->
</style>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3"><img src="images/gazette_banner.gif" width="780" height="110" alt="{SITE} - Serving Tollen Creek and Garnet County since 1902" border="0"></td></tr>
<tr><td colspan="3" bgcolor="#003366" height="22"><font face="Verdana, Arial" size="1" color="#FFFFFF">&nbsp;&nbsp;Wednesday, November 19, 2025 &nbsp;|&nbsp; Published every Wednesday &nbsp;|&nbsp; <a href="subscribe.php"><font color="#FFFF99">Subscribe to the print edition</font></a></font></td></tr>
<tr>
<td width="140" valign="top" bgcolor="#E8E0C8">
<table width="140" border="0" cellpadding="3" cellspacing="1">{left_html}</table>
<br><center><img src="images/ad_feedstore.gif" width="125" height="125" alt="Garnet County Feed &amp; Seed" border="0"><br><font class="small">Advertisement</font></center><br>
</td>
<td width="470" valign="top">
<table width="100%" border="0" cellpadding="10" cellspacing="0"><tr><td>
<font face="Georgia, Times New Roman" size="5"><b>{HEAD}</b></font><br>
<font face="Verdana, Arial" size="1" color="#666666">By Staff Report<br>Posted Wednesday, November 19, 2025</font><br><br>
<font face="Verdana, Arial, Helvetica" size="2">
{story}
</font>
<br><br>
<font face="Verdana, Arial" size="1"><a href="javascript:MM_openBrWindow('print.php?id=9412','print','width=600,height=500')">Printer friendly version</a> &nbsp;|&nbsp; <a href="mailto:?subject=Gazette%20story">E-mail this story to a friend</a> &nbsp;|&nbsp; <a href="#top">Back to top</a></font>
</td></tr></table>
</td>
<td width="170" valign="top" bgcolor="#F5F5F0">
<table width="170" border="0" cellpadding="4" cellspacing="0">
<tr><td bgcolor="#003366"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>Other Local News</b></font></td></tr>
{other_html}
<tr><td bgcolor="#003366"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>Weather</b></font></td></tr>
<tr><td><font face="Verdana, Arial" size="1">Today: Partly cloudy, high 48<br>Tonight: Clear, low 29<br>Thursday: Sunny, high 52</font></td></tr>
<tr><td bgcolor="#003366"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>Classifieds</b></font></td></tr>
{class_html}
<tr><td><font face="Arial" size="1"><a href="classifieds.php">More classifieds...</a> | <a href="placead.php">Place an ad</a></font></td></tr>
</table>
</td>
</tr>
<tr><td colspan="3" bgcolor="#003366" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">Copyright &copy; 2025 {SITE}, 118 N. Main St., Tollen Creek. All rights reserved.<br>
You are visitor number <img src="counter.php?digits=7" alt="0048213"> since March 2003. Best viewed at 1024x768.</font></td></tr>
</table>
</body>
</html>
"""

save("q09", page, gold, encoding="iso-8859-1")
