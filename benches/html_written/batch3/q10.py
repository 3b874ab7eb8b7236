"""q10 - English, old table-layout weekly paper (font tags, <br><br> paragraphs).

The story sits in the middle cell of a three-column layout table: a left
column of short section links and archive dates, a right column of
"Most Read" and classified teasers.  Paragraphs are separated by
<br><br> inside one <font> element, no <p>.
"""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

PID = "q10"
rnd = random.Random(310)

TITLE = "Supervisors reject Ridgeback quarry expansion after third hearing"

ARTICLE = """
BRANNOCK TOWNSHIP -- After three public hearings and more than 11 hours of testimony, the Brannock Township supervisors voted unanimously Monday night to deny Ridgeback Aggregates' request to expand its limestone quarry onto 86 acres of farmland along Shuler Hollow Road.

The decision drew a standing ovation from the roughly 150 residents who crowded into the fire hall for the vote, many of whom had attended all three hearings since August.

Ridgeback, which has operated the quarry off Route 412 since 1979, had asked the township to rezone the land from agricultural to industrial so it could extend the pit to the east. The company said the current pit will be exhausted within about nine years.

Supervisor chairman Walter Endicott read a four-page decision that said the company had not shown the expansion would be consistent with the township's comprehensive plan, which calls for preserving farmland in the Shuler Hollow valley.

"This board does not take lightly the jobs that Ridgeback provides, or the taxes it pays," Endicott said. "But we were elected to follow the plan this community wrote, and the plan is clear about this valley."

Residents had raised concerns about blasting, truck traffic and the effect on private wells. A hydrologist hired by a residents' group, Dr. Annika Solberg, testified in September that deepening the pit could lower the water table enough to affect as many as 40 wells within a mile of the site.

Ridgeback's own consultant disputed that figure, saying the company would monitor wells and pay to deepen or replace any that were affected.

Ridgeback general manager Curtis Van Hoy said after the meeting that the company was disappointed and would review its options, including an appeal to county court.

"We have been a good neighbor in this township for 45 years," Van Hoy said. "We employ 62 people, most of whom live within ten miles of the quarry. We will be looking closely at the board's reasoning."

Shuler Hollow resident Margaret Pruitt, whose family has farmed along the road since the 1880s, said she was relieved but expected the fight to continue.

"Tonight was a good night," Pruitt said. "But nobody in this room thinks it's over."

The company has 30 days to file an appeal. The supervisors also voted Monday to ask the township planning commission to begin updating the comprehensive plan, which was last revised in 2009.
"""

paras_ = [p for _, p in body_from(ARTICLE)]
gold = paras_[:]
story = "<br><br>\n".join(paras_)

left_links = ["Front Page", "Local News", "Sports", "Obituaries", "Editorials", "Letters", "Church News", "Schools", "Farm &amp; Garden", "Police Log", "Court Report", "Weddings", "Anniversaries", "Classifieds", "Legal Notices", "Subscribe", "Contact Us"]
archive = ["Nov. 11, 2024", "Nov. 4, 2024", "Oct. 28, 2024", "Oct. 21, 2024", "Oct. 14, 2024", "Oct. 7, 2024", "Sept. 30, 2024", "Sept. 23, 2024"]
most_read = ["Brannock Area boys win first district title since 1997", "Police log: Stolen trailer recovered in Dunmore Crossing", "Obituary: Eleanor Mae Krick, 94", "Fire hall pancake breakfast set for Saturday", "Letters: Keep the library open on Sundays"]
classified = ["FOR SALE: Seasoned firewood, $180 a cord, delivered. Call 555-0193.", "HELP WANTED: Part-time bookkeeper, Brannock Feed &amp; Supply.", "YARD SALE: Sat. 8-2, 1140 Shuler Hollow Rd. Tools, furniture, toys.", "LOST: Orange tabby cat near Miller's Pond. Answers to Biscuit."]

html = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>The Brannock Valley Sentinel - {title}</title>
<meta name="keywords" content="Brannock, quarry, Ridgeback, supervisors, Shuler Hollow">
<style type="text/css">
body {{ margin:0; background:#e8e4d8; }}
.nav a {{ color:#003366; text-decoration:none; font-family:Verdana,Arial; font-size:11px; }}
.head {{ font-family:Georgia,Times; font-size:22px; font-weight:bold; color:#000; }}
.byline {{ font-family:Verdana,Arial; font-size:11px; color:#666; }}
.side {{ font-family:Verdana,Arial; font-size:11px; }}
.foot {{ font-family:Verdana,Arial; font-size:10px; color:#444; }}
</style>
<script language="JavaScript" type="text/javascript">
<!--
function MM_openBrWindow(theURL,winName,features) {{ window.open(theURL,winName,features); }}
var hitcount_id = "sentinel_story_20241118_1";
//-->
</script>
</head>
<body bgcolor="#E8E4D8" topmargin="0" leftmargin="0">
<table width="900" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="3" bgcolor="#003366" height="90"><a href="index.html"><img src="images/masthead.gif" width="600" height="90" border="0" alt="The Brannock Valley Sentinel"></a></td></tr>
<tr><td colspan="3" bgcolor="#CCCC99" height="22" align="center"><font face="Verdana" size="1">Serving Brannock, Dunmore Crossing &amp; the Upper Tessick Valley Since 1911 &nbsp;|&nbsp; Monday, November 18, 2024 &nbsp;|&nbsp; <a href="subscribe.html">Subscribe</a></font></td></tr>
<tr>
<td width="150" valign="top" bgcolor="#F3F0E6" class="nav">
<table width="150" border="0" cellpadding="4" cellspacing="0">
<tr><td bgcolor="#003366"><font face="Verdana" size="1" color="#FFFFFF"><b>SECTIONS</b></font></td></tr>
{left}
<tr><td bgcolor="#003366"><font face="Verdana" size="1" color="#FFFFFF"><b>ARCHIVES</b></font></td></tr>
{archive}
<tr><td><a href="search.html">Search the archives</a></td></tr>
</table>
</td>
<td width="530" valign="top">
<table width="100%" border="0" cellpadding="12" cellspacing="0">
<tr><td>
<font face="Verdana" size="1"><a href="index.html">Home</a> &gt; <a href="local.html">Local News</a></font><br><br>
<span class="head">{title}</span><br>
<span class="byline">By DALE HOCHSTETLER<br>Sentinel Staff Writer</span><br><br>
<table align="right" width="210" border="0" cellpadding="4" cellspacing="0"><tr><td><img src="photos/2024/1118quarry.jpg" width="200" height="140" alt=""><br><font face="Verdana" size="1"><i>Residents fill the Brannock fire hall Monday for the supervisors' vote on the Ridgeback quarry rezoning. Sentinel photo by Dale Hochstetler</i></font></td></tr></table>
<font face="Georgia, Times New Roman" size="3">
{story}
</font>
<br><br>
<font face="Verdana" size="1"><a href="javascript:MM_openBrWindow('print.asp?id=20241118_1','print','width=600,height=700')">Printer-friendly version</a> | <a href="mailto:?subject=Sentinel%20story">E-mail this story</a> | <a href="letters.html">Write a letter to the editor</a></font>
<br><br>
<table width="100%" border="0" cellpadding="4" cellspacing="0" bgcolor="#F3F0E6"><tr><td><font face="Verdana" size="1"><b>More local news:</b><br>
<a href="story2.html">County commissioners table 911 fee increase</a><br>
<a href="story3.html">Dunmore Crossing council hires new borough manager</a><br>
<a href="story4.html">Tessick Valley Fair board reports record attendance</a></font></td></tr></table>
</td></tr>
</table>
</td>
<td width="220" valign="top" bgcolor="#F3F0E6" class="side">
<table width="220" border="0" cellpadding="6" cellspacing="0">
<tr><td bgcolor="#990000"><font face="Verdana" size="1" color="#FFFFFF"><b>MOST READ THIS WEEK</b></font></td></tr>
{most}
<tr><td bgcolor="#990000"><font face="Verdana" size="1" color="#FFFFFF"><b>CLASSIFIEDS</b></font></td></tr>
{classified}
<tr><td align="center"><a href="ads/click.asp?id=44"><img src="ads/brannock-hardware.gif" width="200" height="200" border="0" alt="Brannock Hardware"></a></td></tr>
<tr><td><font face="Verdana" size="1"><b>WEATHER</b><br>Today: Cloudy, high 48.<br>Tonight: Rain likely, low 37.</font></td></tr>
</table>
</td>
</tr>
<tr><td colspan="3" bgcolor="#003366" align="center" height="40" class="foot"><font face="Verdana" size="1" color="#FFFFFF">Copyright &copy; 2024 The Brannock Valley Sentinel, 22 Market St., Brannock. All rights reserved.<br>Material may not be reproduced without permission. | <a href="privacy.html"><font color="#FFFFFF">Privacy</font></a></font></td></tr>
</table>
</body>
</html>""".format(
    title=esc(TITLE), story=story,
    left="\n".join('<tr><td><a href="%s.html">%s</a></td></tr>' % (slug(l.replace("&amp;", "")), l) for l in left_links),
    archive="\n".join('<tr><td><a href="archive.asp?d=%d">%s</a></td></tr>' % (i, a) for i, a in enumerate(archive)),
    most="\n".join('<tr><td><font face="Verdana" size="1">%d. <a href="mr%d.html">%s</a></font></td></tr>' % (i + 1, i, esc(m)) for i, m in enumerate(most_read)),
    classified="\n".join('<tr><td><font face="Verdana" size="1">%s</font></td></tr>' % c for c in classified),
)

save(PID, html, gold)
