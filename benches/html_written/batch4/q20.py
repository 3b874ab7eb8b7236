"""q20 - Chinese (Simplified), news portal's local channel.

Metro-opening story; paragraphs indented with ideographic spaces as many
Chinese portals do; source line, share bar, "相关新闻", "热点推荐",
the closing "责任编辑" line (not gold), advertising labels and a footer
with licence numbers.
"""
import random
from common import *

PID = "q20"
rnd = random.Random(420)

HEADLINE = "青岚地铁3号线首期今日开通运营 沿线设站17座"

TEXT = """
本网讯（记者 林晓彤）12月28日上午9时，青岚市地铁3号线首期工程正式开通初期运营。首期线路自北端的梧桐湖站至南端的高新南站，全长24.6公里，共设车站17座，其中换乘站3座，全程运行时间约42分钟。

据青岚地铁集团介绍，3号线首期工程于2019年开工建设，是该市第一条贯通南北城区的轨道交通线路。线路途经梧桐湖片区、老城区、火车站和高新技术产业开发区，与已运营的1号线、2号线分别在中山路站、青岚火车站站和科技园站实现换乘。

开通初期，3号线运营时间为每日6时30分至22时30分，高峰时段行车间隔为5分30秒，平峰时段为8分钟。票价执行全市轨道交通统一票制，起步价2元，乘客可使用交通卡、手机扫码等多种方式进站乘车。

“以前从梧桐湖到高新区上班，坐公交要转两次车，路上差不多一个半小时，现在坐地铁不到四十分钟。”家住梧桐湖片区的市民王先生在首班车上告诉记者。

为方便市民出行，公交部门同步调整了沿线14条公交线路，新增4条地铁接驳线路，在梧桐湖站、高新南站等站点周边增设了共享单车停放区。

据了解，3号线二期工程目前正在加紧建设，建成后线路将向南延伸至空港新区，预计2026年底通车。
"""

INDENT = "\u3000\u3000"
body = body_from(TEXT)
body.insert(3, ("raw", '<div class="ad_box"><span class="ad_tag">广告</span><div id="ad_content_1"></div></div>'))
body_html, gold = render(body, {"p": '<p>' + INDENT + '{}</p>'})

related = ["青岚地铁4号线全线洞通 预计明年试运行", "地铁3号线开通后 这些公交线路有调整", "青岚轨道交通第三期建设规划获批",
           "冬季出行提示：降温天气请注意交通安全"]
hot = ["青岚今冬首场降雪即将到来", "市区新增3个停车场 共提供车位1200个", "元旦假期全市景区推出优惠活动",
       "青岚高铁站改造工程年底完工", "多所学校公布寒假放假时间"]

page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{esc(HEADLINE)}_青岚频道_东岭新闻网</title>
<meta name="keywords" content="青岚,地铁3号线,开通运营">
<meta name="description" content="青岚市地铁3号线首期工程正式开通初期运营，全长24.6公里，设车站17座。">
<style>{css_blob(["post_", "top_nav", "ad_box", "share_box", "related", "hot_list", "foot", "crumb"], 340, 4201)}</style>
<script>{js_blob(4202, 130, "dlNews")}</script>
</head>
<body>
<div class="top_nav"><div class="w1200"><a href="/">东岭新闻网首页</a> <ul>{link_items(["新闻", "体育", "财经", "娱乐", "科技", "汽车", "房产", "教育", "健康", "旅游", "视频", "图片"], prefix="/channel/")}</ul>
<a href="/login">登录</a> <a href="/reg">注册</a></div></div>
<div class="channel_head"><a class="logo" href="/qinglan/">青岚频道</a><ul>{link_items(["青岚要闻", "民生", "交通", "教育", "文旅", "政务", "专题"], prefix="/qinglan/")}</ul></div>
<div class="ad_box ad_top"><span class="ad_tag">广告</span></div>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/qinglan/">青岚频道</a> &gt; 正文</div>
<div class="post_main"><div class="post_content">
<h1 class="post_title">{esc(HEADLINE)}</h1>
<div class="post_info">2024-12-28 10:26:15　来源：<a href="/">东岭新闻网</a>　作者：林晓彤　<span class="post_comment">参与评论(126)</span></div>
<div class="share_box">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a> <a href="#">复制链接</a></div>
<div class="post_body" id="content">
<p class="f_center"><img src="/img/2024/12/28/metro3.jpg" alt=""></p>
<p class="pic_desc">12月28日，乘客在梧桐湖站乘坐地铁3号线首班列车。记者 陈默 摄</p>
{body_html}
</div>
<div class="post_editor">责任编辑：周立 <span class="report"><a href="/jubao">举报</a></span></div>
<div class="post_statement">声明：本网转载内容仅代表作者观点，不代表本网立场。未经授权，不得转载。</div>
<div class="related"><h3>相关新闻</h3><ul>{teaser_items(rnd, related, '<li><a href="{href}">{text}</a><span class="time">12-27</span></li>', "/qinglan/2024/")}</ul></div>
<div class="comment_box"><h3>网友评论</h3><p>已有126人参与，<a href="/comment/">点击查看</a></p><textarea placeholder="文明上网，理性发言"></textarea><button>发表评论</button></div>
</div>
<div class="post_side"><div class="hot_list"><h3>热点推荐</h3><ol>{link_items(hot, prefix="/qinglan/hot/")}</ol></div>
<div class="ad_box"><span class="ad_tag">广告</span></div>
<div class="hot_list"><h3>图片新闻</h3><ul>{link_items(["梧桐湖湿地迎来首批越冬候鸟", "老城区街巷改造后焕新颜"], prefix="/qinglan/pic/")}</ul></div></div></div>
<div class="foot"><ul>{link_items(["关于我们", "联系我们", "广告服务", "网站地图", "法律声明", "违法和不良信息举报", "招聘信息"], prefix="/about/")}</ul>
<p>东岭新闻网 版权所有 &copy; 2008-2024</p>
<p>互联网新闻信息服务许可证：00000000000　备案号：东ICP备00000000号</p></div>
<script>{js_blob(4203, 40, "dlStat")}</script>
</body></html>"""

save(PID, page, gold)
