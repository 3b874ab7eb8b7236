# p17: Japanese regional newspaper site (ranking sidebar, 関連記事, 広告, premium promo)
from common import *

PID = "p17"
TITLE = "創業150年の酒蔵、20代の蔵人が復活　水守町「白鷺酒造」8年ぶり新酒"
URL = "https://www.seirei-shimbun.jp/articles/local/20241205-OYT8T50041/"

BODY = [
    ("p", "水守町の老舗酒蔵「白鷺酒造」が、8年ぶりに日本酒の仕込みを再開し、今月、新酒の出荷を始めた。後継者不足で2016年に製造を休止していたが、町外から移住した20代の若者3人が蔵を引き継ぎ、伝統の味を復活させた。"),
    ("p", "白鷺酒造は1874年の創業。地元産の酒米と、町を流れる水守川の伏流水を使った辛口の酒で知られ、最盛期の1970年代には年間約600石（一升瓶換算で約6万本）を製造していた。"),
    ("p", "しかし、杜氏の高齢化と後継者不在により、2016年を最後に仕込みを休止。蔵は5代目当主の白石正道さん（78）が一人で管理してきた。"),
    ("related", None),
    ("h2", "SNSで募集、3人が移住"),
    ("p", "転機は2021年。白石さんの孫が「蔵人募集」の投稿をSNSに載せたところ、全国から40件を超える問い合わせが寄せられた。その中から、東京の大学で醸造学を学んだ佐伯瑞希さん（27）ら3人が、町の地域おこし協力隊として移住することになった。"),
    ("p", "3人は近隣の酒蔵で2年間修業を積んだ後、昨年秋から白鷺酒造で仕込みを開始した。古い木桶や麹室（こうじむろ）を修理し、休止前の仕込み記録をもとに、白石さんの助言を受けながら酒造りに取り組んだ。"),
    ("ad", None),
    ("p", "「ノートに残っていた数字だけでは分からないことばかりでした。白石さんに何度も蔵に来てもらい、香りや手触りを確かめてもらいました」と佐伯さんは振り返る。"),
    ("h2", "初出荷分は即日完売"),
    ("p", "今季は純米酒と本醸造酒の2種類、計約4千本を製造した。今月1日に町内の酒店や道の駅で販売を始めたところ、初回出荷分の1200本は即日完売したという。"),
    ("p", "白石さんは「もう二度と、この蔵で酒ができるとは思っていなかった。若い人たちが来てくれて、本当にありがたい」と目を細めた。"),
    ("p", "町も支援に乗り出している。ふるさと納税の返礼品に新酒を加えたほか、酒蔵見学と町内の温泉宿をセットにしたツアーを来年春から実施する予定だ。"),
    ("p", "佐伯さんは「まずは地元の人に飲んでもらえる酒を造りたい。いずれは海外にも水守の酒を届けたい」と話している。"),
]

RANKING = ["県道の土砂崩れ、復旧に2か月　迂回路で渋滞続く", "高校駅伝、青嶺工が3年ぶり優勝　都大路へ", "冬のボーナス、県内企業は平均2.1%増",
           "初雪観測、平年より6日遅く　山間部で積雪10センチ", "市立病院の建て替え、総事業費が当初の1.5倍に", "人気ラーメン店が閉店へ　「50年間ありがとう」",
           "イノシシ被害が過去最多　農家「もう限界」", "水守町の温泉街、外国人観光客が前年の3倍に"]
LOCAL = ["新幹線駅前に大型商業施設　2026年開業へ", "伝統の「灯籠流し」、若者の手で復活", "小学校の統廃合、住民説明会で反対意見相次ぐ",
         "地元産リンゴの輸出、台湾向けが好調", "県立図書館、開館時間を午後8時まで延長", "空き家を改修しシェアオフィスに　移住者が開設"]


def render_body():
    out, gold = [], []
    for kind, val in BODY:
        if kind == "p":
            out.append('<p class="article-body__paragraph">%s</p>' % esc(val)); gold.append(val)
        elif kind == "h2":
            out.append('<h2 class="article-body__subhead">%s</h2>' % esc(val)); gold.append(val)
        elif kind == "related":
            out.append('<aside class="article-related-inline"><p class="article-related-inline__title">関連記事</p><ul><li><a href="/articles/local/20230412-OYT8T50012/">酒蔵の後継者不足、県内の4割が「めど立たず」</a></li><li><a href="/articles/local/20220801-OYT8T50088/">地域おこし協力隊、県内の定着率は6割</a></li></ul></aside>')
        elif kind == "ad":
            out.append('<div class="ad-inread"><p class="ad-inread__label">広告</p><div id="div-gpt-ad-inread" style="min-height:250px"></div></div>')
    return "\n".join(out), gold


def main():
    body_html, gold = render_body()
    page = f'''<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(TITLE)} : 地域 : ニュース : 青嶺新聞オンライン</title>
<meta name="description" content="水守町の老舗酒蔵「白鷺酒造」が、8年ぶりに日本酒の仕込みを再開し、今月、新酒の出荷を始めた。">
<meta property="og:title" content="{esc(TITLE)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{URL}">
<meta property="og:image" content="https://www.seirei-shimbun.jp/media/2024/12/20241205-OYT8I50041-1.jpg">
<meta property="og:site_name" content="青嶺新聞オンライン">
<meta property="og:locale" content="ja_JP">
<meta property="article:published_time" content="2024-12-05T06:00:00+09:00">
<meta property="article:modified_time" content="2024-12-05T08:12:00+09:00">
<meta property="article:section" content="地域">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{URL}">
<script type="application/ld+json">{words_json({"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE, "datePublished": "2024-12-05T06:00:00+09:00", "dateModified": "2024-12-05T08:12:00+09:00", "inLanguage": "ja", "author": {"@type": "Person", "name": "山本千尋"}, "publisher": {"@type": "Organization", "name": "青嶺新聞社"}, "isAccessibleForFree": True})}</script>
<style>{css_blob(1701, "sr", 190)}</style>
<script>var SR_ARTICLE = {{"id":"20241205-OYT8T50041","genre":"local","area":"mizumori","premium":false,"chars":1048}};</script>
<script>{js_blob(1702, 55, "srTag")}</script>
</head>
<body class="p-article">
<div class="cookie-policy" id="cookie-policy"><p>当サイトではCookieを使用しています。サイトの閲覧を続けた場合、Cookieの使用に同意したことになります。詳しくは<a href="/policy/cookie/">Cookieポリシー</a>をご覧ください。</p><button type="button">同意する</button></div>
<header class="l-header">
<div class="l-header__top"><a href="/" class="l-header__logo"><img src="/img/logo.svg" alt="青嶺新聞オンライン" width="220" height="36"></a><ul class="l-header__util"><li><a href="/login/">ログイン</a></li><li><a href="/member/">会員登録</a></li><li class="is-premium"><a href="/premium/">有料会員</a></li></ul><form class="l-header__search" action="/search/" role="search"><input type="search" name="q" placeholder="キーワードを入力" aria-label="サイト内検索"><button type="submit">検索</button></form></div>
<nav class="l-gnav" aria-label="グローバルナビゲーション"><ul>{"".join('<li><a href="/%s/">%s</a></li>' % (s, x) for s, x in [("", "トップ"), ("national", "社会"), ("politics", "政治"), ("economy", "経済"), ("world", "国際"), ("sports", "スポーツ"), ("culture", "文化"), ("local", "地域"), ("science", "科学・IT"), ("life", "暮らし"), ("editorial", "社説"), ("photo", "写真・動画")])}</ul></nav>
</header>
<div class="ad-header"><p class="ad-label">広告</p><div id="div-gpt-ad-header"></div></div>
<div class="l-container">
<main class="l-main">
<ol class="c-breadcrumb"><li><a href="/">トップ</a></li><li><a href="/local/">地域</a></li><li><a href="/local/mizumori/">水守</a></li></ol>
<article class="p-article__main">
<header class="p-article__header"><h1 class="p-article__title">{esc(TITLE)}</h1><div class="p-article__meta"><time datetime="2024-12-05T06:00:00+09:00">2024/12/05 06:00</time><span class="p-article__updated">更新 2024/12/05 08:12</span></div>
<ul class="c-share"><li><a href="https://x.com/intent/post?url={URL}" class="c-share__x">ポスト</a></li><li><a href="https://www.facebook.com/sharer/sharer.php?u={URL}" class="c-share__fb">シェア</a></li><li><a href="https://b.hatena.ne.jp/entry/{URL}" class="c-share__hatena">ブックマーク</a></li><li><a href="https://line.me/R/msg/text/?{URL}" class="c-share__line">LINEで送る</a></li></ul>
<div class="c-save"><button type="button" class="c-save__btn">この記事をスクラップ</button></div></header>
<figure class="p-article__figure"><img src="https://www.seirei-shimbun.jp/media/2024/12/20241205-OYT8I50041-1.jpg" alt="" width="800" height="533"><figcaption>新酒の仕上がりを確かめる佐伯瑞希さん（右）と白石正道さん（水守町で）＝山本千尋撮影</figcaption></figure>
<div class="p-article__body article-body">
{body_html}
</div>
<p class="p-article__author">（山本千尋）</p>
<div class="p-article__keywords"><span>キーワード</span><a href="/tag/日本酒/">日本酒</a><a href="/tag/移住/">移住</a><a href="/tag/地域おこし協力隊/">地域おこし協力隊</a><a href="/tag/水守町/">水守町</a></div>
<ul class="c-share c-share--bottom"><li><a href="https://x.com/intent/post?url={URL}">ポスト</a></li><li><a href="https://www.facebook.com/sharer/sharer.php?u={URL}">シェア</a></li><li><a href="https://line.me/R/msg/text/?{URL}">LINEで送る</a></li></ul>
</article>
<section class="p-premium-promo"><h2>青嶺新聞プレミアム</h2><p>有料会員になると、会員限定の記事や紙面ビューアーがご利用いただけます。初月無料でお試しください。</p><a href="/premium/" class="c-btn">詳しくはこちら</a></section>
<section class="p-local-news"><h2 class="c-heading">地域のニュース</h2><ul>{"".join('<li><a href="/articles/local/2024120%d-OYT8T5%04d/">%s</a><time>12/0%d</time></li>' % (i % 5 + 1, i, esc(x), i % 5 + 1) for i, x in enumerate(LOCAL))}</ul><a href="/local/" class="c-more">地域のニュースをもっと見る</a></section>
</main>
<aside class="l-side">
<div class="ad-side"><p class="ad-label">広告</p><div id="div-gpt-ad-side1"></div></div>
<section class="p-ranking"><h2 class="c-heading">アクセスランキング</h2><div class="p-ranking__tabs"><button class="is-active">総合</button><button>地域</button><button>スポーツ</button></div><ol>{"".join('<li class="p-ranking__item"><span class="p-ranking__num">%d</span><a href="/articles/r%d/">%s</a></li>' % (i + 1, i, esc(x)) for i, x in enumerate(RANKING))}</ol></section>
<section class="p-pickup"><h2 class="c-heading">おすすめ特集</h2><ul><li><a href="/feature/sake/">県内の酒蔵めぐり　冬の新酒特集</a></li><li><a href="/feature/iju/">移住者インタビュー「わたしがこの町を選んだ理由」</a></li><li><a href="/feature/onsen/">冬の温泉ガイド2024</a></li></ul></section>
<div class="ad-side"><p class="ad-label">広告</p><div id="div-gpt-ad-side2"></div></div>
</aside>
</div>
<footer class="l-footer"><ul class="l-footer__nav">{"".join('<li><a href="/%s/">%s</a></li>' % (s, x) for s, x in [("about", "青嶺新聞社について"), ("terms", "利用規約"), ("privacy", "個人情報の取り扱い"), ("cookie", "Cookieポリシー"), ("copyright", "著作権について"), ("ad", "広告掲載"), ("contact", "お問い合わせ"), ("subscribe", "新聞購読のお申し込み"), ("recruit", "採用情報"), ("sitemap", "サイトマップ")])}</ul><p class="l-footer__copyright">Copyright © The Seirei Shimbun. All rights reserved. 記事・写真の無断転載を禁じます。</p></footer>
<script>{js_blob(1703, 50, "srAds")}</script>
</body>
</html>'''
    save(PID, page, gold)


if __name__ == "__main__":
    main()
