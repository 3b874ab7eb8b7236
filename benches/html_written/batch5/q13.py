"""q13 - English (US), personal local-history blog on Blogger (Simple theme).

Blog post (~700 words): paragraphs as <div> with <div><br /></div>
spacers, two images in Blogger caption tables, a bulleted list.
Furniture: blog header and description, date header, "Posted by ... at",
"Email ThisBlogThis!Share to X..." share row, Labels, comments with
Reply/Delete, "Newer Post Older Post Home", "Subscribe to: Post Comments
(Atom)", sidebar (About Me, Popular Posts with snippets, Blog Archive,
Followers, Labels), attribution.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(5113)
BLOG = "Coyle Street and Beyond"
HEAD = "The mill race under Coyle Street"
AUTHOR = "Walt Hemmerling"

TEXT = """
If you have ever walked down Coyle Street after a heavy rain and heard water running somewhere under your feet, you are not imagining it. You are standing on top of the old Pennock mill race, and it is still doing what it was dug to do more than 170 years ago, even though almost nobody in town knows it is there.

I first heard about it from my neighbor Ardis Wilmot, who is 91 and has lived on Coyle Street her whole life. When she was a girl, she said, the boys used to lift the iron grate behind the hardware store and drop paper boats into the dark to see whether they would come out at the river. "Sometimes they did," she told me. "Mostly they didn't."

That was enough to send me to the county historical society, where I spent three Saturdays going through maps, deeds and a very dusty box labeled "Mills - misc."

@@IMG1

Here is what I have been able to piece together so far.

The race was dug in 1851 by Josiah Pennock Tuthill (yes, the town is named for his mother's side of the family) to carry water from a low dam on Sallet Creek to a gristmill near where the post office stands now. It ran about 2,400 feet, most of it in an open channel four feet wide, along what was then the edge of town.

As Pennock grew, the channel became a nuisance. An 1879 town meeting record complains of "the foul condition of the race, into which every manner of refuse is thrown." By 1890 the mill had switched to steam and the race was no longer needed for power, but it still drained a good part of the hillside above Coyle Street, so it couldn't simply be filled in.

Instead, the town covered it. Between 1893 and 1901, in three separate projects, the race was lined with stone, roofed with flat slabs and buried. Coyle Street was laid out on top of it in 1902. I found the contract for the last section, signed by a stonemason named Ebenezer Graff, who was paid $1,140 for "walling and covering 610 feet of race, materials included."

What happened next is mostly silence. The race shows up on a 1925 sewer map as "old race (storm)," and then it disappears from the records entirely. The town's public works director, who was very patient with my questions, told me their current maps show a storm drain along Coyle Street but don't say what it's made of or how old it is.

So last month, with permission and a borrowed inspection camera, two friends and I lowered a lens through the grate behind what is now the Coyle Street Pharmacy. The picture was grainy, but there it was: a stone channel, neatly fitted, with about six inches of water running through it and a fern growing out of one wall.

@@IMG2

A few things I still don't know, and would love help with:

- Where exactly the race comes out. My best guess is the culvert under River Road near the old boat launch, but I haven't been able to get down there safely.
- Whether any photographs exist of the race before it was covered. The historical society has none.
- What happened to the dam on Sallet Creek. It appears on maps until 1911 and then vanishes.

If you have family stories, photos or old papers that mention the mill race, please leave a comment or send me an email. I am planning to give a talk about all this at the library in March, and I would love to put more faces and names to it.

And the next time it rains, go stand on Coyle Street for a minute and listen.
"""


def img(n, caption):
    return ('<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr><td style="text-align: center;">'
            '<a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh%s/s1600/millrace%d.jpg" style="margin-left: auto; margin-right: auto;"><img border="0" data-original-height="1200" data-original-width="1600" height="300" '
            'src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh%s/s400/millrace%d.jpg" width="400" /></a></td></tr>'
            '<tr><td class="tr-caption" style="text-align: center;">%s</td></tr></tbody></table>') % ("q8KcX2" * 6, n, "q8KcX2" * 6, n, esc(caption))


IMG1 = img(1, "The 1874 bird's-eye map of Pennock. The mill race is the thin line running from the dam (top left) to the gristmill (bottom right).")
IMG2 = img(2, "Still from our inspection camera, about 20 feet in from the grate. The stonework looks to be in better shape than my basement.")

spec = []
for kind, payload in body_from(TEXT):
    if payload == "@@IMG1":
        spec.append(("raw", IMG1))
    elif payload == "@@IMG2":
        spec.append(("raw", IMG2))
    else:
        spec.append((kind, payload))
    spec.append(("raw", "<div><br /></div>"))
body_html, gold = render(spec, {"p": "<div>{}</div>", "ul": "<ul style=\"text-align: left;\">{items}</ul>"})

comments = [
    ("Ardis W.", "November 3, 2025 at 7:02 AM", "Well I'll be. I told you those boys weren't making it up! My brother Lyle lost a whole fleet of paper boats down there in 1941."),
    ("Kathleen Sorrell", "November 3, 2025 at 10:48 AM", "My great-grandfather was a stonemason in Pennock around 1900. I'll look through Grandma's box of papers this weekend and see if Graff's name turns up."),
    ("Anonymous", "November 4, 2025 at 6:15 PM", "The culvert by the boat launch floods every spring, so I'd bet money that's where it comes out. Bring waders."),
]
comments_html = "".join(
    '<li class="comment" id="c%d"><div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif" width="35" height="35" alt=""></div><div class="comment-block">'
    '<div class="comment-header"><cite class="user">%s</cite><span class="icon user"></span><span class="datetime secondary-text"><a rel="nofollow" href="?showComment=%d#c%d">%s</a></span></div>'
    '<p class="comment-content">%s</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self" data-comment-id="%d">Reply</a><span class="item-control blog-admin pid-1"><a target="_self" href="https://www.blogger.com/comment/delete/%d">Delete</a></span></span></div>'
    '<div class="comment-replies"></div><div class="comment-replybox-single" id="c%d-ce"></div></li>' % (
        n, esc(a), n, n, d, esc(t), n, n, n) for (a, d, t), n in zip(comments, [7712, 7713, 7714]))

popular = [("What the 1938 flood left behind", "Eighty-seven years ago this spring, Sallet Creek rose eleven feet in a single night. I talked to three people who remember it..."),
           ("Who was Hannah Pennock?", "Everyone knows the town is named after a Pennock. Hardly anyone knows which one, and the answer turns out to be more interesting than..."),
           ("The trolley that never came", "In 1907, Pennock was promised an electric trolley line to the county seat. Tracks were even laid on part of Depot Street...")]
popular_html = "".join('<li><div class="item-content"><div class="item-title"><a href="https://coylestreet.blogspot.com/2024/%02d/%s.html">%s</a></div><div class="item-snippet">%s</div></div><div style="clear: both;"></div></li>' % (
    i + 3, slug(t)[:30], esc(t), esc(s)) for i, (t, s) in enumerate(popular))
archive = [("2025", 14, [("November", 2, [HEAD, "Veterans Day at the old armory"]), ("October", 3, []), ("September", 1, []), ("July", 2, []), ("May", 2, []), ("March", 2, []), ("January", 2, [])]),
           ("2024", 19, []), ("2023", 23, []), ("2022", 11, [])]
arch_html = ""
for y, n, months in archive:
    inner = ""
    for m, k, posts in months:
        ps = "".join('<li><a href="https://coylestreet.blogspot.com/2025/11/%s.html">%s</a></li>' % (slug(p)[:30], esc(p)) for p in posts)
        inner += '<li class="archivedate %s"><a class="toggle" href="javascript:void(0)"><span class="zippy">%s&nbsp;</span></a><a class="post-count-link" href="#">%s</a> <span class="post-count" dir="ltr">(%d)</span>%s</li>' % (
            "expanded" if posts else "collapsed", "▼" if posts else "►", m, k, '<ul class="posts">%s</ul>' % ps if ps else "")
    arch_html += '<li class="archivedate %s"><a class="toggle" href="javascript:void(0)"><span class="zippy">%s&nbsp;</span></a><a class="post-count-link" href="#">%s</a> <span class="post-count" dir="ltr">(%d)</span>%s</li>' % (
        "expanded" if months else "collapsed", "▼" if months else "►", y, n, '<ul class="hierarchy">%s</ul>' % inner if inner else "")
labels = [("bridges", 6), ("Coyle Street", 9), ("floods", 4), ("mills", 7), ("people", 15), ("railroads", 5), ("schools", 3)]

css = css_blob(["post", "post-body", "sidebar", "widget", "blog-pager", "comments", "header-outer", "footer-outer", "tabs", "date-header"], 380, 5113)

page = f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='en' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='https://coylestreet.blogspot.com/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='https://coylestreet.blogspot.com/2025/11/the-mill-race-under-coyle-street.html' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="{BLOG} - Atom" href="https://coylestreet.blogspot.com/feeds/posts/default" />
<title>{BLOG}: {HEAD}</title>
<style type="text/css">{css}</style>
<script type="text/javascript">(function(){{var a=window,b=document;a.BLOG_v2=1;}})();</script>
</head>
<body class='loading variant-simplysimple'>
<div class='navbar section' id='navbar' name='Navbar'><div class='widget Navbar' data-version='1' id='Navbar1'><script type="text/javascript">function setAttributeOnload(object, attribute, val) {{ if(window.addEventListener) {{ window.addEventListener('load', function(){{ object[attribute] = val; }}, false); }} }}</script><div id="navbar-iframe-container"></div></div></div>
<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'></div></div>
<div class='content'><div class='content-outer'>
<header><div class='header-outer'><div class='header-inner section' id='header'><div class='widget Header' data-version='1' id='Header1'><div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='https://coylestreet.blogspot.com/'>{BLOG}</a></h1></div>
<div class='descriptionwrapper'><p class='description'><span>Notes on the history of Pennock, one street at a time.</span></p></div></div></div></div></div></header>
<div class='tabs-outer'><div class='tabs section' id='crosscol'><div class='widget PageList' data-version='1' id='PageList1'><div class='widget-content'><ul><li class='selected'><a href='https://coylestreet.blogspot.com/'>Home</a></li><li><a href='https://coylestreet.blogspot.com/p/about.html'>About this blog</a></li><li><a href='https://coylestreet.blogspot.com/p/sources.html'>Sources</a></li><li><a href='https://coylestreet.blogspot.com/p/talks.html'>Upcoming talks</a></li></ul></div></div></div></div>
<div class='main-outer'><div class='columns fauxcolumns'><div class='columns-inner'>
<div class='column-center-outer'><div class='column-center-inner'><div class='main section' id='main' name='Main'><div class='widget Blog' data-version='1' id='Blog1'><div class='blog-posts hfeed'>
<div class="date-outer"><h2 class='date-header'><span>Sunday, November 2, 2025</span></h2><div class="date-posts">
<div class='post-outer'><div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='https://blogger.googleusercontent.com/img/b/R29vZ2xl/millrace1.jpg' itemprop='image_url'/><meta content='4417001928374655' itemprop='blogId'/><meta content='8823401' itemprop='postId'/>
<a name='8823401'></a>
<h3 class='post-title entry-title' itemprop='name'>{HEAD}</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-8823401' itemprop='description articleBody'>
{body_html}
<div style='clear: both;'></div>
</div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>Posted by <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><meta content='https://www.blogger.com/profile/0912' itemprop='url'/><a class='g-profile' href='https://www.blogger.com/profile/0912' rel='author' title='author profile'><span itemprop='name'>{AUTHOR}</span></a></span></span>
<span class='post-timestamp'>at <meta content='https://coylestreet.blogspot.com/2025/11/the-mill-race-under-coyle-street.html' itemprop='url'/><a class='timestamp-link' href='https://coylestreet.blogspot.com/2025/11/the-mill-race-under-coyle-street.html' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='2025-11-02T21:14:00-05:00'>9:14 PM</abbr></a></span>
<span class='post-comment-link'></span><span class='post-icons'><span class='item-control blog-admin pid-1'><a href='https://www.blogger.com/post-edit.g?blogID=4417001928374655&amp;postID=8823401' title='Edit Post'><img alt='' class='icon-action' height='18' src='https://resources.blogblog.com/img/icon18_edit_allbkg.gif' width='18'/></a></span></span>
<div class='post-share-buttons goog-inline-block'><a class='goog-inline-block share-button sb-email' href='https://www.blogger.com/share-post.g?blogID=4417001928374655&amp;postID=8823401&amp;target=email' target='_blank' title='Email This'><span class='share-button-link-text'>Email This</span></a><a class='goog-inline-block share-button sb-blog' href='https://www.blogger.com/share-post.g?blogID=4417001928374655&amp;postID=8823401&amp;target=blog' target='_blank' title='BlogThis!'><span class='share-button-link-text'>BlogThis!</span></a><a class='goog-inline-block share-button sb-twitter' href='https://www.blogger.com/share-post.g?target=twitter' target='_blank' title='Share to X'><span class='share-button-link-text'>Share to X</span></a><a class='goog-inline-block share-button sb-facebook' href='https://www.blogger.com/share-post.g?target=facebook' target='_blank' title='Share to Facebook'><span class='share-button-link-text'>Share to Facebook</span></a><a class='goog-inline-block share-button sb-pinterest' href='https://www.blogger.com/share-post.g?target=pinterest' target='_blank' title='Share to Pinterest'><span class='share-button-link-text'>Share to Pinterest</span></a></div></div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: <a href='https://coylestreet.blogspot.com/search/label/Coyle%20Street' rel='tag'>Coyle Street</a>, <a href='https://coylestreet.blogspot.com/search/label/mills' rel='tag'>mills</a>, <a href='https://coylestreet.blogspot.com/search/label/Sallet%20Creek' rel='tag'>Sallet Creek</a></span></div>
<div class='post-footer-line post-footer-line-3'><span class='post-location'></span></div></div>
</div>
<div class='comments' id='comments'><a name='comments'></a><h4>3 comments:</h4><div class='comments-content'><div id='comment-holder'><div class="comment-thread toplevel-thread"><ol id="top-ra">{comments_html}</ol></div></div></div>
<p class='comment-footer'><div class='comment-form'><a name='comment-form'></a><p></p><a href='https://www.blogger.com/comment/frame/4417001928374655?po=8823401&amp;hl=en' id='comment-editor-src'></a><iframe allowtransparency='true' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe></div></p></div>
</div></div></div>
</div>
<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='https://coylestreet.blogspot.com/2025/11/veterans-day-at-old-armory.html' id='Blog1_blog-pager-newer-link' title='Newer Post'>Newer Post</a></span><span id='blog-pager-older-link'><a class='blog-pager-older-link' href='https://coylestreet.blogspot.com/2025/10/the-depot-street-fire.html' id='Blog1_blog-pager-older-link' title='Older Post'>Older Post</a></span><a class='home-link' href='https://coylestreet.blogspot.com/'>Home</a></div>
<div class='clear'></div>
<div class='post-feeds'><div class='feed-links'>Subscribe to: <a class='feed-link' href='https://coylestreet.blogspot.com/feeds/8823401/comments/default' target='_blank' type='application/atom+xml'>Post Comments (Atom)</a></div></div>
</div></div></div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'>
<div class='widget Profile' data-version='1' id='Profile1'><h2>About Me</h2><div class='widget-content'><a href='https://www.blogger.com/profile/0912'><img alt='My photo' class='profile-img' height='80' src='//blogger.googleusercontent.com/img/profile-walt.jpg' width='60'/></a><dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/0912' rel='author'>{AUTHOR}</a></dt><dd class='profile-textblock'>Retired shop teacher, amateur historian, Pennock lifer. If it's old and in this town, I probably want to know about it.</dd></dl><a class='profile-link' href='https://www.blogger.com/profile/0912' rel='author'>View my complete profile</a><div class='clear'></div></div></div>
<div class='widget PopularPosts' data-version='1' id='PopularPosts1'><h2>Popular Posts</h2><div class='widget-content popular-posts'><ul>{popular_html}</ul></div></div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Blog Archive</h2><div class='widget-content'><div id='ArchiveList'><div id='BlogArchive1_ArchiveList'><ul class='hierarchy'>{arch_html}</ul></div></div></div></div>
<div class='widget Followers' data-version='1' id='Followers1'><h2 class='title'>Followers</h2><div class='widget-content'><div id='Followers1-wrapper'><div style='margin-right:2px;'><div><span>Followers (57)</span></div></div></div></div></div>
<div class='widget Label' data-version='1' id='Label1'><h2>Labels</h2><div class='widget-content cloud-label-widget-content'>{"".join("<span class='label-size'><a dir='ltr' href='https://coylestreet.blogspot.com/search/label/%s'>%s</a><span class='label-count' dir='ltr'>(%d)</span></span> " % (slug(l), esc(l), n) for l, n in labels)}</div></div>
</div></aside></div></div>
</div></div></div>
<footer><div class='footer-outer'><div class='foot section' id='footer-1'></div><div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>Simple theme. Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div></footer>
</div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/2805962548-widgets.js"></script>
<script type='text/javascript'>window['__wavt'] = 'AOuZoY7-x';_WidgetManager._Init('//www.blogger.com/rearrange?blogID\x3d4417001928374655','//coylestreet.blogspot.com/2025/11/the-mill-race-under-coyle-street.html','4417001928374655');</script>
</body>
</html>
"""

save("q13", page, gold)
