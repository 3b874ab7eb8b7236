"""q15 - Korean, regional daily on a Korean newspaper CMS.

Drone delivery story (10 paragraphs, two "■" subheads in <h3>). Furniture:
top nav with date, "입력/수정/댓글" meta, font-size and share buttons,
photo with caption, inline ad ("광고"), reporter e-mail line and the
"무단전재 및 재배포 금지" notice after the text, "관련기사", "많이 본 뉴스",
"포토뉴스", comment box, publisher footer with registration data.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(5115)
SITE = "해오름일보"
HEAD = "가온군, 섬마을에 드론으로 생필품 배송…“배 끊겨도 약은 받는다”"
DEK = "소미도·부람도 등 5개 섬 시범 운영, 주문 후 평균 40분 만에 도착"

TEXT = """
가온군이 육지와 떨어진 섬마을 주민들에게 드론으로 생필품과 상비약을 배송하는 사업을 이달부터 시범 운영한다고 17일 밝혔다.

대상 지역은 소미도와 부람도, 진솔도 등 5개 섬으로, 주민 약 640명이 살고 있다. 이들 섬은 여객선이 하루 한두 차례만 운항하고, 겨울철 풍랑주의보가 내려지면 며칠씩 뱃길이 끊기는 일이 잦았다.

주민이 전화나 모바일 앱으로 물품을 주문하면 군청 인근 항구에 마련된 드론 거점에서 물품을 실은 드론이 출발한다. 드론은 최대 5㎏까지 실을 수 있으며, 주문부터 도착까지 평균 40분가량 걸린다. 배송비는 시범 운영 기간 동안 무료다.

@@PHOTO

배송 품목은 라면과 생수 같은 식료품부터 해열제·소화제 등 일반의약품, 우편물까지 다양하다. 처방이 필요한 전문의약품은 보건지소와 협력해 원격 진료를 받은 뒤 받을 수 있도록 할 계획이다.

### ■ “배 기다리다 약 떨어지는 일 없어야”

부람도에서 40년 넘게 살아온 박옥순(78) 씨는 “작년 겨울에 일주일 동안 배가 안 들어와서 혈압약이 떨어진 적이 있다”며 “이제는 그런 걱정을 덜 수 있을 것 같다”고 말했다.

군은 이번 사업을 위해 물류업체 하늘길물류와 업무협약을 맺고 드론 6대를 확보했으며, 섬마다 착륙장을 설치했다. 착륙장 관리는 각 섬의 이장과 마을 주민이 맡는다. 사업비는 국비와 군비를 합쳐 모두 7억2천만 원이 들었다.

@@AD

다만 해결해야 할 과제도 있다. 초속 12m 이상의 강풍이 불면 드론 운항이 어렵고, 겨울철에는 배터리 성능이 떨어지는 문제도 있다. 정작 배가 끊기는 악천후에는 드론도 뜨지 못할 수 있다는 지적이 나오는 이유다.

하늘길물류 관계자는 “바람에 강한 대형 기체를 내년 상반기까지 추가로 도입할 예정”이라며 “섬마다 비상용 물품 보관함도 함께 설치해 악천후에 대비하겠다”고 설명했다.

### ■ 내년 섬 12곳으로 확대 검토

군은 6개월 동안 시범 운영을 한 뒤 주민 만족도와 운항 기록을 분석해 내년 하반기부터 대상 섬을 12곳으로 늘리는 방안을 검토하고 있다.

최정민 가온군수는 “섬에 산다는 이유로 생활에 꼭 필요한 물건을 제때 받지 못하는 일은 없어야 한다”며 “드론 배송이 섬 주민의 일상을 지키는 안전망이 되도록 하겠다”고 말했다.
"""

PHOTO = ('<figure class="photo-layout image photo-center" style="display:table;width:700px"><img src="/news/photo/202511/48213_51207_2114.jpg" alt="가온군 드론 배송" style="width:700px"><figcaption>'
         '가온군 드론 거점에서 하늘길물류 직원이 부람도로 보낼 생필품을 드론에 싣고 있다. /사진=가온군 제공</figcaption></figure>')
AD = '<div class="ad-template ad-view-mid"><span class="ad-label">광고</span><div id="AD_VIEW_MID" style="min-height:250px"></div></div>'

spec = []
for kind, payload in body_from(TEXT):
    if payload == "@@PHOTO":
        spec.append(("raw", PHOTO))
    elif payload == "@@AD":
        spec.append(("raw", AD))
    else:
        spec.append((kind, payload))
body_html, gold = render(spec, {"p": "<p>{}</p>", "h3": '<h3 class="sub-title">{}</h3>'})

NAV = ["정치", "경제", "사회", "지역", "교육", "문화", "스포츠", "오피니언", "포토", "전체기사"]
related = ["소미도 여객선 겨울철 운항 횟수 줄어…주민 불편 호소", "가온군, 섬 지역 원격 진료 확대…보건지소 3곳 추가", "하늘길물류, 해안 지역 드론 배송 실증 사업 선정"]
popular = ["가온군 버스 노선 전면 개편…내달부터 적용", "‘바다 위 도서관’ 부람도 작은도서관 문 열어", "올겨울 첫 한파특보…수도관 동파 주의",
           "가온시장 청년몰 1년…절반이 문 닫아", "지역 고교 야구부 전국대회 8강 진출", "농어촌 빈집 정비 사업 신청 접수"]
photos = ["가을 끝자락 은행나무길", "소미도 해넘이", "김장 나눔 행사 현장"]

rel_html = "".join('<li><a href="/news/articleView.html?idxno=%d">%s</a><em class="info dated">2025.11.%02d</em></li>' % (48000 + i * 37, esc(t), 3 + i * 4) for i, t in enumerate(related))
pop_html = "".join('<li class="auto-sort"><em class="number">%d</em><a href="/news/articleView.html?idxno=%d"><span class="auto-titles">%s</span></a></li>' % (i + 1, 48100 + i * 11, esc(t)) for i, t in enumerate(popular))
photo_html = "".join('<li><a href="/news/articleView.html?idxno=%d"><img src="/news/thumbnail/202511/%d_v150.jpg" alt=""><span class="auto-titles">%s</span></a></li>' % (48200 + i, 48200 + i, esc(t)) for i, t in enumerate(photos))

css = css_blob(["user-header", "nav-menu", "article-view-header", "article-veiw-body", "photo-layout", "ad-template", "auto-sort", "view-copyright", "view-editors", "user-footer", "comment-box"], 650, 5115)
js = js_blob(5115, 230, "ndsoft")

page = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(HEAD)} - {SITE}</title>
<meta name="description" content="{esc(DEK)}"><meta property="og:type" content="article"><meta property="og:title" content="{esc(HEAD)}"><meta property="og:site_name" content="{SITE}">
<meta property="article:section" content="지역"><link rel="stylesheet" href="/css/style.css?v=20251101">
<style>{css}</style>
{ld_article(HEAD, "윤서진", "2025-11-17T14:21:00+09:00", SITE, section="지역", lang="ko")}
</head><body>
<div id="user-wrap"><header id="user-header" class="user-header"><div class="header-top"><span class="today">2025년 11월 17일 (월)</span> <ul class="utils"><li><a href="/member/login.html">로그인</a></li><li><a href="/member/join.html">회원가입</a></li><li><a href="/com/subscribe.html">구독신청</a></li></ul></div>
<h1 class="logo"><a href="/"><img src="/image/logo/toplogo_20240101.png" alt="{SITE}"></a></h1>
<nav class="nav-menu"><ul>{"".join('<li><a href="/news/articleList.html?sc_section_code=S1N%d">%s</a></li>' % (i + 1, n) for i, n in enumerate(NAV))}</ul></nav>
<form class="search" action="/news/articleList.html"><input type="text" name="sc_word" placeholder="검색어를 입력하세요"><button type="submit">검색</button></form></header>
<div id="user-container"><div class="float-center max-width-1080">
<header class="article-view-header"><div class="section-info"><a href="/">홈</a> &gt; <a href="/news/articleList.html?sc_section_code=S1N4">지역</a></div>
<h3 class="heading">{esc(HEAD)}</h3><h4 class="subheading">{esc(DEK)}</h4>
<div class="info-group"><ul class="infomation"><li><i class="icon-user-o"></i> 윤서진 기자</li><li><i class="icon-clock-o"></i> 입력 2025.11.17 14:21</li><li>수정 2025.11.17 15:02</li><li><i class="icon-comments-o"></i> 댓글 0</li></ul>
<div class="share-group"><span class="share-label">기사 공유하기</span><button class="btn-facebook" title="페이스북">페이스북</button><button class="btn-twitter" title="트위터">트위터</button><button class="btn-kakaotalk" title="카카오톡">카카오톡</button><button class="btn-url" title="URL복사">URL복사</button></div>
<div class="font-size-group"><button class="btn-fontsize-down" title="글씨 작게">가</button><button class="btn-fontsize-up" title="글씨 크게">가</button><button class="btn-print" title="프린트">프린트</button></div></div></header>
<section class="article-custom-contents"><div class="grid body">
<article id="article-view-content-div" class="article-veiw-body view-page font-size17" itemprop="articleBody">
{body_html}
</article>
<div class="view-editors"><div class="profile-images"><img src="/image/reporter/yoon.jpg" alt="윤서진 기자"></div><div class="profile-info"><strong class="name">윤서진 기자</strong> <a href="mailto:sjyoon@haeoreum.example" class="email">sjyoon@haeoreum.example</a> <a href="/news/articleList.html?sc_area=I&amp;sc_word=sjyoon" class="more">다른기사 보기</a></div></div>
<div class="view-copyright">저작권자 © {SITE} 무단전재 및 재배포 금지</div>
<div class="ad-template"><span class="ad-label">광고</span><div id="AD_VIEW_BOTTOM" style="min-height:120px"></div></div>
<section class="relation"><h4 class="title">관련기사</h4><ul>{rel_html}</ul></section>
<section class="comment-box"><h4 class="title">댓글 0</h4><div class="comment-write"><textarea placeholder="댓글을 작성하려면 로그인 해주세요"></textarea><button>등록</button></div><p class="comment-empty">첫 번째 댓글을 남겨주세요.</p></section>
</div>
<aside class="grid sidebar"><section class="auto-article"><h4 class="title">많이 본 뉴스</h4><ul>{pop_html}</ul></section>
<section class="photo-news"><h4 class="title">포토뉴스</h4><ul>{photo_html}</ul></section>
<div class="ad-template"><span class="ad-label">광고</span><div id="AD_SIDE_1" style="min-height:250px"></div></div></aside>
</section></div></div>
<footer id="user-footer" class="user-footer"><ul class="footer-links"><li><a href="/com/company.html">회사소개</a></li><li><a href="/com/ad.html">광고문의</a></li><li><a href="/member/privacy.html">개인정보처리방침</a></li><li><a href="/member/youth.html">청소년보호정책</a></li><li><a href="/com/email.html">이메일무단수집거부</a></li></ul>
<address>제호: {SITE} | 주소: 가온군 가온읍 바닷길로 112 | 대표전화: 000-123-4567 | 등록번호: 가온 아 00012 | 등록일: 2012-03-05 | 발행·편집인: 한도윤 | 청소년보호책임자: 이가람</address>
<p class="copyright">{SITE}의 모든 콘텐츠(기사)는 저작권법의 보호를 받은바, 무단 전재, 복사, 배포 등을 금합니다. Copyright © 2025 {SITE}. All rights reserved.</p></footer></div>
<script>{js}</script></body></html>
"""

save("q15", page, gold)
