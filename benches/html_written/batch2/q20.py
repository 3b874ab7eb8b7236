# q20: Hindi news portal: "हाइलाइट्स" summary box (excluded, like key points), "यह भी पढ़ें" links, "विज्ञापन" slots,
# city menu, live-TV strip, web-stories rail, long "ताज़ा खबरें" list.
import random
from common import *
rnd = random.Random(2020)
SITE = "जनवाणी समाचार"
HEAD = "कुसुमखेड़ा की महिलाओं ने शुरू की सौर ऊर्जा से चलने वाली आटा चक्की, अब कस्बे नहीं जाना पड़ता"

padhe = lambda t: ('raw', f'<div class="also-read"><strong>यह भी पढ़ें:</strong> <a href="/state/{rnd.randint(10**5,10**6)}.html">{esc(t)}</a></div>')
ad = lambda: ('raw', '<div class="ad-wrap"><p class="ad-text">विज्ञापन</p><div class="ad-slot" id="ad_%d"></div></div>' % rnd.randint(100, 999))
body = [
    ('p', "कुसुमखेड़ा गांव की बारह महिलाओं ने मिलकर वह कर दिखाया है, जिसकी चर्चा अब आसपास के कई गांवों में हो रही है। स्वयं सहायता समूह से जुड़ी इन महिलाओं ने सौर ऊर्जा से चलने वाली आटा चक्की शुरू की है, जिससे गांव के लोगों को अब गेहूं पिसवाने के लिए आठ किलोमीटर दूर कस्बे तक नहीं जाना पड़ता।"),
    ('p', "समूह की अध्यक्ष सुनीता देवी बताती हैं कि पहले गांव में बिजली की कटौती के कारण पुरानी चक्की अक्सर बंद रहती थी। “कई बार तो हफ्ते भर तक आटा नहीं पिस पाता था। तभी हमने सोचा कि क्यों न सूरज की रोशनी से ही चक्की चलाई जाए,” उन्होंने कहा।"),
    ad(),
    ('h2', "बैंक से मिला कर्ज, महिलाओं ने जोड़ी बचत"),
    ('p', "चक्की और सोलर पैनल लगाने में करीब ढाई लाख रुपये का खर्च आया। इसमें से एक लाख रुपये महिलाओं ने अपनी बचत से जुटाए, जबकि बाकी रकम ग्रामीण बैंक से कम ब्याज पर कर्ज के रूप में मिली। समूह का कहना है कि वह अब तक कर्ज की छह किस्तें समय पर चुका चुका है।"),
    ('p', "चक्की पर प्रति किलो गेहूं पिसाई के दो रुपये लिए जाते हैं, जो कस्बे की तुलना में एक रुपया कम है। रोजाना औसतन चार क्विंटल गेहूं की पिसाई होती है।"),
    padhe("ग्रामीण बैंक ने स्वयं सहायता समूहों के लिए शुरू की नई ऋण योजना"),
    ('h2', "दूसरे गांवों से भी आ रहे लोग"),
    ('p', "समूह की सदस्य रेखा बाई ने बताया कि अब पड़ोस के तीन गांवों के लोग भी यहीं गेहूं पिसवाने आते हैं। इसके अलावा महिलाएं मसाले और दलिया पीसकर पैकेट में बेचने का काम भी शुरू कर चुकी हैं।"),
    ad(),
    ('p', "ग्राम पंचायत के सरपंच रामेश्वर पटेल ने कहा कि पंचायत इन महिलाओं की मदद के लिए चक्की के पास एक पक्का शेड बनवाएगी। “इन बहनों ने पूरे गांव का नाम रोशन किया है,” उन्होंने कहा।"),
    ('p', "समूह की योजना है कि अगले साल तक एक तेल निकालने की मशीन भी लगाई जाए, ताकि गांव में उगने वाली सरसों का तेल भी यहीं निकाला जा सके।"),
]
tpl = {'p': '<p>{}</p>', 'h2': '<h2 class="sub-head">{}</h2>'}
body_html, gold = render(body, tpl)

highlights = ["बारह महिलाओं के स्वयं सहायता समूह ने लगाई सोलर आटा चक्की", "ढाई लाख रुपये की लागत, एक लाख रुपये की बचत महिलाओं ने जुटाई", "पड़ोस के तीन गांवों के लोग भी पहुंच रहे"]
hl_html = "".join(f"<li>{esc(h)}</li>" for h in highlights)
taza = ["मौसम: अगले दो दिन तेज बारिश का अलर्ट, किसानों को सलाह जारी", "बोर्ड परीक्षा के नतीजे इस सप्ताह, ऐसे देखें अपना रिजल्ट", "शहर में नई सिटी बस सेवा शुरू, किराया 10 रुपये से",
        "अस्पताल में शुरू हुई मुफ्त डायलिसिस सुविधा", "गेहूं खरीदी केंद्रों पर लंबी कतारें, किसान परेशान", "पुलिस ने चलाया हेलमेट जांच अभियान, 200 चालान कटे",
        "नगर निगम ने शुरू किया नाला सफाई अभियान", "सरकारी स्कूलों में स्मार्ट क्लास का विस्तार होगा", "बिजली विभाग ने जारी किया कटौती का शेड्यूल",
        "मंडी में प्याज के दाम गिरे, किसानों में नाराजगी", "जिले में 15 नए आंगनबाड़ी केंद्र खुलेंगे", "युवाओं के लिए रोजगार मेला 20 तारीख को",
        "हाईवे पर सड़क हादसा, दो घायल", "खेल: जिला स्तरीय कबड्डी प्रतियोगिता में कुसुमखेड़ा की टीम विजेता", "पेयजल संकट: टैंकरों से हो रही आपूर्ति",
        "कलेक्टर ने की जनसुनवाई, 80 आवेदन आए", "सोलर पंप योजना के लिए आवेदन की अंतिम तिथि बढ़ी", "रेलवे: दो ट्रेनों का समय बदला", "शिक्षकों की भर्ती प्रक्रिया जल्द", "धार्मिक मेले की तैयारियां पूरी"]
taza_html = "".join(f'<li><a href="/news/{800000+i}.html">{esc(t)}</a><span class="time">{rnd.randint(5,59)} मिनट पहले</span></li>' for i, t in enumerate(taza))
web_stories = ["गर्मी में ये 5 फल रखेंगे सेहतमंद", "घर पर बनाएं बाजार जैसा आम पना", "इन गांवों की महिलाएं बनीं आत्मनिर्भर", "सोलर पैनल लगवाने से पहले जानें ये बातें", "बच्चों के लिए आसान योग आसन", "मानसून में घूमने की 7 जगहें"]
ws_html = "".join(f'<div class="ws-card"><a href="/web-stories/{i}"><img src="/ws/{i}.jpg" alt=""><p>{esc(t)}</p></a></div>' for i, t in enumerate(web_stories))
cities = ["भोपाल", "इंदौर", "जबलपुर", "ग्वालियर", "सागर", "रीवा", "उज्जैन", "कटनी", "सतना", "होशंगाबाद"]
nav = ["होम", "देश", "विदेश", "राज्य", "मनोरंजन", "खेल", "बिजनेस", "टेक", "लाइफस्टाइल", "धर्म", "करियर", "वीडियो", "वेब स्टोरी"]
css = css_blob(["story", "also-read", "ad-wrap", "ws-card", "nav-bar", "city-nav", "taza", "footer", "highlights"], 520, 2020)
js = js_blob(20202, 120, "jv")
doc = f'''<!DOCTYPE html>
<html lang="hi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(HEAD)} - {esc(SITE)}</title>
<meta name="description" content="कुसुमखेड़ा गांव की बारह महिलाओं ने सौर ऊर्जा से चलने वाली आटा चक्की शुरू की है।">
<meta name="keywords" content="सोलर आटा चक्की, स्वयं सहायता समूह, कुसुमखेड़ा, महिला सशक्तिकरण">
<meta property="og:title" content="{esc(HEAD)}"><meta property="og:type" content="article"><meta property="og:locale" content="hi_IN"><meta property="og:site_name" content="{esc(SITE)}">
<meta property="article:published_time" content="2024-04-22T11:20:00+05:30"><meta property="article:section" content="राज्य">
<script type="application/ld+json">{json_state({"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEAD, "inLanguage": "hi", "datePublished": "2024-04-22T11:20:00+05:30", "author": {"@type": "Person", "name": "अनिल कुशवाहा"}, "publisher": {"@type": "Organization", "name": SITE}, "articleBody": " ".join(gold)})}</script>
<style>{css}</style>
<script>{js}</script>
</head>
<body>
<div class="top-strip"><a href="/epaper">ई-पेपर</a> <a href="/live-tv" class="live">लाइव टीवी</a> <a href="/app">ऐप डाउनलोड करें</a> <a href="/login">लॉगिन</a> <a href="https://english.janvani.example">English</a></div>
<header class="nav-bar"><a class="logo" href="/">{esc(SITE)}</a><nav><ul>{"".join(f'<li><a href="/{i}">{esc(n)}</a></li>' for i, n in enumerate(nav))}</ul></nav><form action="/search"><input type="search" placeholder="खोजें"><button>खोजें</button></form></header>
<div class="city-nav"><span>आपका शहर:</span><ul>{"".join(f'<li><a href="/city/{i}">{esc(c)}</a></li>' for i, c in enumerate(cities))}</ul></div>
<div class="ad-wrap top"><p class="ad-text">विज्ञापन</p></div>
<div class="main-wrap">
<article class="story">
<div class="breadcrumb"><a href="/">होम</a> / <a href="/2">राज्य</a> / <span>गांव-देहात</span></div>
<h1 class="story-title">{esc(HEAD)}</h1>
<div class="highlights"><h3>हाइलाइट्स</h3><ul>{hl_html}</ul></div>
<div class="story-meta"><span class="author">अनिल कुशवाहा, जनवाणी समाचार</span> <span class="date">प्रकाशित: 22 अप्रैल 2024, 11:20 AM IST</span> <span class="updated">अपडेटेड: 22 अप्रैल 2024, 02:05 PM IST</span></div>
<div class="share"><a href="#">फेसबुक</a> <a href="#">ट्विटर</a> <a href="#">व्हाट्सऐप</a> <a href="#">कॉपी लिंक</a> <a href="https://news.google.example/janvani">गूगल न्यूज़ पर फॉलो करें</a></div>
<figure class="story-img"><img src="/photos/2024/04/solar-chakki.jpg" alt="सोलर आटा चक्की" width="1200" height="675"><figcaption>कुसुमखेड़ा गांव में सोलर आटा चक्की पर काम करतीं समूह की महिलाएं। फोटो: जनवाणी</figcaption></figure>
<div class="story-content" id="story-body">
{body_html}
</div>
<div class="tags"><span>टैग्स:</span> <a href="/tag/solar">सोलर ऊर्जा</a> <a href="/tag/shg">स्वयं सहायता समूह</a> <a href="/tag/women">महिला सशक्तिकरण</a> <a href="/tag/village">गांव-देहात</a></div>
<div class="follow-box"><p>देश-दुनिया की ताज़ा खबरों के लिए हमें फेसबुक, ट्विटर और यूट्यूब पर फॉलो करें। व्हाट्सऐप चैनल से जुड़ने के लिए यहां क्लिक करें।</p></div>
<section class="web-stories"><h3>वेब स्टोरी</h3>{ws_html}</section>
</article>
<aside class="sidebar"><div class="ad-wrap"><p class="ad-text">विज्ञापन</p></div><section class="taza"><h3>ताज़ा खबरें</h3><ul>{taza_html}</ul></section><div class="ad-wrap"><p class="ad-text">विज्ञापन</p></div></aside>
</div>
<footer class="footer"><ul><li><a href="/about">हमारे बारे में</a></li><li><a href="/contact">संपर्क करें</a></li><li><a href="/privacy">गोपनीयता नीति</a></li><li><a href="/terms">नियम और शर्तें</a></li><li><a href="/advertise">विज्ञापन दें</a></li></ul><p>© 2024 जनवाणी मीडिया प्राइवेट लिमिटेड। सर्वाधिकार सुरक्षित।</p></footer>
</body>
</html>
'''
save("q20", doc, gold)
