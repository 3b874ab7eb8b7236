"""q17 - Bengali (Bangladesh), national daily's online edition (custom PHP CMS).

River erosion story (8 paragraphs, one subhead). Furniture: top bar with
Bengali date, section nav, byline "প্রতিনিধি", Bengali-numeral date line,
share row "শেয়ার করুন", photo caption with credit, "আরও পড়ুন" link inside
the text, "বিজ্ঞাপন" slots, Google News follow line after the text, tags,
"সর্বাধিক পঠিত" and "সর্বশেষ" tabs, footer with editor/publisher lines.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(5117)
SITE = "দৈনিক প্রান্তজন"
HEAD = "নদীভাঙনের মুখে স্কুলঘর খুলে নিলেন গ্রামবাসী"

TEXT = """
শ্যামলা নদীর ভাঙনে বিলীন হওয়ার আগমুহূর্তে নীলাপুর উপজেলার চর মধুরপাড়া সরকারি প্রাথমিক বিদ্যালয়ের টিনের ঘর খুলে নিয়ে গেছেন এলাকাবাসী। গত তিন দিনে বিদ্যালয়ের পাঁচটি কক্ষের টিন, কাঠ ও আসবাব প্রায় এক কিলোমিটার দূরে একটি উঁচু জমিতে সরিয়ে নেওয়া হয়েছে।

স্থানীয় লোকজন জানান, গত এক মাসে নদী প্রায় ৩০০ মিটার এগিয়ে এসেছে। ভাঙনে এরই মধ্যে অন্তত ৪০টি বসতবাড়ি, একটি মসজিদ ও কয়েক শ বিঘা ফসলি জমি নদীতে চলে গেছে। বুধবার সকালে বিদ্যালয়ের মাঠের একাংশ ধসে পড়লে শিক্ষক ও অভিভাবকেরা ঘর সরানোর সিদ্ধান্ত নেন।

বিদ্যালয়ের প্রধান শিক্ষক মো. আবদুর রহিম বলেন, ‘সকালে এসে দেখি মাঠের কিনারা থেকে পানি মাত্র কয়েক হাত দূরে। বাচ্চাদের নিরাপত্তার কথা ভেবে আর দেরি করিনি। গ্রামের মানুষ নিজেরাই এগিয়ে এসেছেন, কেউ পারিশ্রমিক নেননি।’

@@READMORE

বিদ্যালয়ে বর্তমানে ২১৮ জন শিক্ষার্থী রয়েছে। নতুন জায়গায় ঘর তোলা শেষ না হওয়া পর্যন্ত পাশের একটি মাদ্রাসার দুটি কক্ষে এবং খোলা আকাশের নিচে পালা করে ক্লাস নেওয়া হচ্ছে। সামনে বার্ষিক পরীক্ষা থাকায় অভিভাবকেরা দুশ্চিন্তায় আছেন।

চতুর্থ শ্রেণির শিক্ষার্থী সুমাইয়া আক্তারের মা রোকসানা বেগম বলেন, ‘মেয়ের বই-খাতা সব ঠিক আছে, কিন্তু স্কুলটা না থাকলে ও পড়বে কোথায়? এই চরে আর কোনো স্কুল নেই।’

@@AD

## স্থায়ী সমাধানের দাবি

এলাকাবাসীর অভিযোগ, প্রতিবছর বর্ষার পর ভাঙন শুরু হলেও স্থায়ী বাঁধ বা তীর রক্ষার কোনো কাজ হয়নি। গত বছর কিছু জিও ব্যাগ ফেলা হলেও তা এক মৌসুমেই ভেসে যায়।

ইউনিয়ন পরিষদের চেয়ারম্যান নুরুল ইসলাম বলেন, ভাঙনের বিষয়টি উপজেলা প্রশাসনকে একাধিকবার লিখিতভাবে জানানো হয়েছে। ‘চর মধুরপাড়ার প্রায় দুই হাজার মানুষ এখন ঝুঁকিতে। দ্রুত ব্যবস্থা না নিলে পুরো গ্রাম হারিয়ে যাবে,’ বলেন তিনি।

নীলাপুর উপজেলা নির্বাহী কর্মকর্তা ফারহানা ইয়াসমিন জানান, বিদ্যালয়ের নতুন ঘর নির্মাণের জন্য জমি বরাদ্দের প্রক্রিয়া শুরু হয়েছে এবং অস্থায়ী শ্রেণিকক্ষের জন্য ঢেউটিন ও খুঁটি দেওয়া হবে। ভাঙন রোধে জরুরি ভিত্তিতে জিও ব্যাগ ফেলার জন্য সংশ্লিষ্ট দপ্তরে চিঠি পাঠানো হয়েছে বলেও জানান তিনি।
"""

READMORE = '<div class="read-more-inline"><span class="read-more-inline__label">আরও পড়ুন</span> <a href="/country/2025/10/24/shyamla-vangon-40-bari">শ্যামলার ভাঙনে এক সপ্তাহে বিলীন ৪০ বসতবাড়ি</a></div>'
AD = '<div class="ads-box ads-box--inarticle"><span class="ads-box__label">বিজ্ঞাপন</span><div id="div-gpt-ad-inarticle" style="min-height:250px"></div></div>'

spec = []
for kind, payload in body_from(TEXT):
    if payload == "@@READMORE":
        spec.append(("raw", READMORE))
    elif payload == "@@AD":
        spec.append(("raw", AD))
    else:
        spec.append((kind, payload))
body_html, gold = render(spec, {"p": "<p>{}</p>", "h2": '<h2 class="sub-heading">{}</h2>'})

NAV = ["সর্বশেষ", "জাতীয়", "রাজনীতি", "সারাদেশ", "আন্তর্জাতিক", "অর্থনীতি", "খেলা", "বিনোদন", "মতামত", "ভিডিও", "ই-পেপার"]
NAV_SLUG = ["latest", "national", "politics", "country", "international", "economy", "sports", "entertainment", "opinion", "video", "epaper"]
most = ["শীতের আগেই বাজারে সবজির দাম চড়া", "উত্তরাঞ্চলে ঘন কুয়াশা, ফেরি চলাচল ব্যাহত", "জাতীয় ক্রিকেট লিগে প্রথম দিনেই সেঞ্চুরি", "নীলাপুরে কৃষকদের মধ্যে বিনা মূল্যে বীজ বিতরণ", "ঢাকা-উত্তরবঙ্গ রুটে নতুন ট্রেন চালুর ঘোষণা"]
latest = ["চর এলাকার শিশুদের জন্য ভাসমান বিদ্যালয়ের প্রস্তাব", "আমন ধান কাটায় ব্যস্ত কৃষক, শ্রমিক সংকট", "পৌরসভার সড়ক সংস্কারে ধীরগতি, ভোগান্তি", "জেলা পর্যায়ের বিজ্ঞান মেলায় সেরা নীলাপুর স্কুল"]


def items(lst, prefix):
    return "".join('<li><a href="/%s/2025/11/%d">%s</a></li>' % (prefix, rnd.randint(100000, 999999), esc(t)) for t in lst)


css = css_blob(["header-top", "main-menu", "details-header", "content-details", "share-box", "ads-box", "read-more-inline", "tab-news", "footer-area", "tags-list"], 600, 5117)
js = js_blob(5117, 220, "pj")

page = f"""<!DOCTYPE html>
<html lang="bn"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(HEAD)} | {SITE}</title>
<meta name="description" content="শ্যামলা নদীর ভাঙনে বিলীন হওয়ার আগমুহূর্তে বিদ্যালয়ের টিনের ঘর খুলে নিয়ে গেছেন এলাকাবাসী।">
<meta property="og:title" content="{esc(HEAD)}"><meta property="og:site_name" content="{SITE}"><meta property="og:locale" content="bn_BD">
<style>{css}</style>
{ld_article(HEAD, "নীলাপুর প্রতিনিধি", "2025-11-19T12:45:00+06:00", SITE, section="সারাদেশ", lang="bn")}
</head><body>
<div class="header-top"><div class="container"><span class="header-top__date">ঢাকা, বুধবার, ১৯ নভেম্বর ২০২৫, ৪ অগ্রহায়ণ ১৪৩২</span> <a class="header-top__epaper" href="/epaper">ই-পেপার</a> <a href="/english">English</a></div></div>
<header class="site-header"><div class="container"><a class="logo" href="/"><img src="/assets/img/prantojon-logo.png" alt="{SITE}"></a>
<div class="ads-box ads-box--header"><span class="ads-box__label">বিজ্ঞাপন</span><div id="div-gpt-ad-header" style="min-height:90px"></div></div></div>
<nav class="main-menu"><ul>{"".join('<li><a href="/%s">%s</a></li>' % (s, n) for s, n in zip(NAV_SLUG, NAV))}</ul></nav></header>
<main class="container details-page"><div class="row"><div class="col-lg-8">
<div class="breadcrumb"><a href="/">প্রচ্ছদ</a> / <a href="/country">সারাদেশ</a> / <a href="/country/rajshahi">রাজশাহী</a></div>
<div class="details-header"><h1 class="details-title">{esc(HEAD)}</h1>
<div class="details-meta"><span class="reporter">প্রতিনিধি, নীলাপুর</span> <span class="publish-time">প্রকাশ: ১৯ নভেম্বর ২০২৫, ১২:৪৫</span> <span class="update-time">আপডেট: ১৯ নভেম্বর ২০২৫, ১৪:১০</span></div>
<div class="share-box"><span class="share-box__label">শেয়ার করুন</span> <a href="https://www.facebook.com/sharer/sharer.php?u=pj" class="fb" title="ফেসবুক"></a><a href="https://x.com/intent/tweet?url=pj" class="x" title="এক্স"></a><a href="https://wa.me/?text=pj" class="wa" title="হোয়াটসঅ্যাপ"></a><button class="copy" title="লিংক কপি">কপি</button> <button class="print">প্রিন্ট</button></div></div>
<figure class="details-image"><img src="/uploads/2025/11/19/char-madhurpara-school.jpg" alt="" width="800" height="450"><figcaption>শ্যামলা নদীর ভাঙন থেকে বাঁচাতে বিদ্যালয়ের টিনের ঘর খুলে নিচ্ছেন এলাকাবাসী। ছবি: প্রান্তজন</figcaption></figure>
<div class="content-details" itemprop="articleBody">
{body_html}
</div>
<div class="google-news-follow"><a href="https://news.google.com/publications/prantojon">গুগল নিউজে {SITE}-এর খবর পড়তে ফলো করুন</a></div>
<div class="tags-list"><span>বিষয়:</span> <a href="/topic/nodi-vangon">নদীভাঙন</a> <a href="/topic/prathomik-shikkha">প্রাথমিক শিক্ষা</a> <a href="/topic/nilapur">নীলাপুর</a></div>
<div class="ads-box"><span class="ads-box__label">বিজ্ঞাপন</span><div id="div-gpt-ad-below" style="min-height:250px"></div></div>
<section class="related-news"><h3>এই বিভাগের আরও খবর</h3><ul>{items(latest[:3], "country")}</ul></section>
</div>
<aside class="col-lg-4"><div class="tab-news"><div class="tab-news__nav"><button class="active">সর্বাধিক পঠিত</button><button>সর্বশেষ</button></div>
<ol class="tab-news__list tab-news__list--popular">{items(most, "national")}</ol><ul class="tab-news__list tab-news__list--latest" hidden>{items(latest, "country")}</ul></div>
<div class="ads-box"><span class="ads-box__label">বিজ্ঞাপন</span><div id="div-gpt-ad-side" style="min-height:600px"></div></div></aside></div></main>
<footer class="footer-area"><div class="container"><p>সম্পাদক: মাহমুদা হক চৌধুরী | প্রকাশক: রাশেদুল করিম</p>
<p>ঠিকানা: ২৭ কাগজপট্টি সড়ক, ঢাকা। ফোন: ০২-০০০০০০০, ইমেইল: news@prantojon.example</p>
<ul class="footer-links"><li><a href="/about">আমাদের সম্পর্কে</a></li><li><a href="/contact">যোগাযোগ</a></li><li><a href="/advertise">বিজ্ঞাপন</a></li><li><a href="/privacy">গোপনীয়তা নীতি</a></li><li><a href="/terms">শর্তাবলি</a></li></ul>
<p class="copyright">স্বত্ব © ২০২৫ {SITE} | অনুমতি ছাড়া এই ওয়েবসাইটের কোনো লেখা, ছবি বা ভিডিও ব্যবহার বেআইনি।</p></div></footer>
<script>{js}</script></body></html>
"""

save("q17", page, gold)
