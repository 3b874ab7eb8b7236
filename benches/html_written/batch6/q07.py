"""q07 - Vietnamese, feature on a regional news portal with its own PHP CMS
(VnExpress-like markup: <article class="fck_detail">, <p class="Normal">,
sapo in <p class="description">, author line as a right-aligned <p>).

Length: about 840 words of body, four subheadings (<h2>).
Furniture: top menu with ~15 sections, date bar, breadcrumb, headline, sapo
(standfirst), share/font-size buttons, a photo table with caption
(<table class="tplCaption">), THREE inline "Xem thêm:" teaser links placed
as paragraphs between body paragraphs (the article continues after each),
an in-body ad slot, the author line "Hoàng Minh Thư" under the text, tags,
"Tin cùng chuyên mục" with sapo teasers, "Xem nhiều" list, comment box,
footer with the licence line.
Gold choices: the author's name below the text, the sapo, the caption and
the three "Xem thêm:" lines are not body; the subheadings are body.
"""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(707)

HEADLINE = "Làng bánh tráng Phước Đông hồi sinh nhờ những người trẻ trở về"
SAPO = ("Sau gần mười năm chỉ còn vài chục hộ giữ nghề, làng bánh tráng Phước Đông đang có thêm lò mới, "
        "khách tham quan và cả đơn hàng đi xa, phần lớn nhờ những người con của làng quyết định quay về.")
AUTHOR = "Hoàng Minh Thư"

TEXT = """
Bốn giờ sáng, khi con đường đất dẫn vào xóm Bến Đình còn chìm trong sương, bếp lò nhà anh Lưu Văn Khải đã đỏ lửa. Vợ anh múc từng vá bột gạo tráng đều lên tấm vải căng trên nồi nước sôi, anh nhanh tay dùng ống tre cuộn bánh đặt lên vỉ phơi. Mỗi buổi sáng, hai vợ chồng làm được khoảng 1.500 chiếc bánh tráng mỏng.

"Hồi nhỏ tôi ghét cái nghề này lắm, vì sáng nào cũng bị gọi dậy phụ phơi bánh", anh Khải, 34 tuổi, cười nói. "Đi làm công nhân ở Bình Dương tám năm, tới lúc dịch bệnh mất việc mới thấy cái lò của cha là thứ giữ mình lại."

## Từ hơn 200 hộ xuống còn 37

Làng Phước Đông thuộc xã Tân An Thượng, nằm dọc con sông Cái Lạt, từng có hơn 200 hộ làm bánh tráng vào những năm 1990. Bánh ở đây nổi tiếng mỏng, dẻo, có mùi thơm của mè đen và nước dừa, được thương lái chở đi bán khắp các tỉnh miền Tây.

Theo số liệu của UBND xã, đến năm 2016 chỉ còn 37 hộ giữ nghề. Giá gạo tăng, bánh làm bằng máy ở nơi khác rẻ hơn, còn người trẻ lần lượt rời quê đi làm ăn xa. Nhiều lò bỏ hoang, giàn phơi tre mục dần ngoài đồng.

Bà Trần Thị Ngự, 71 tuổi, người đã tráng bánh hơn nửa thế kỷ, nhớ lại: "Có năm tôi tưởng tới đời mình là hết. Con cái không đứa nào chịu theo, nói nghề cực mà không đủ ăn."

## Những người trở về

Bước ngoặt bắt đầu từ năm 2021, khi khoảng mười thanh niên trong làng mất việc ở thành phố và về quê. Anh Khải cùng ba người bạn lập nhóm trên mạng xã hội, quay video cảnh tráng bánh, phơi bánh và bán trực tiếp cho người tiêu dùng thay vì chỉ giao cho thương lái.

Đơn hàng đầu tiên chỉ vài chục xấp bánh, gửi cho người quen ở TP HCM. Sau ba tháng, nhóm nhận đơn từ Hà Nội, Đà Nẵng và cả một nhà hàng Việt ở Đài Loan. Chị Nguyễn Thảo Vy, một thành viên của nhóm, từng làm nhân viên văn phòng ở quận 7, nay phụ trách khâu đóng gói và vận chuyển.

"Mình không đổi cách làm bánh của ông bà, chỉ đổi cách bán", chị Vy nói. "Bánh vẫn tráng tay, phơi nắng, nhưng bao bì có tên từng hộ làm ra. Khách thích biết bánh mình ăn là của cô Ngự hay của anh Khải."

Hiện hợp tác xã bánh tráng Phước Đông, thành lập năm 2023, có 58 hộ thành viên. Giá bán lẻ trung bình tăng từ 35.000 đồng lên 60.000 đồng mỗi xấp, trong khi thu nhập bình quân của một lò tăng gần gấp đôi so với năm năm trước, theo báo cáo của hợp tác xã.

## Du khách tìm về làng nghề

Không chỉ bán bánh, làng còn đón khách. Mỗi cuối tuần, vài đoàn học sinh và khách du lịch từ thành phố về Phước Đông để tự tay tráng bánh, nướng bánh trên than và ăn bánh cuốn rau rừng chấm mắm nêm. Một số hộ mở thêm chỗ nghỉ đơn giản trong vườn dừa.

Ông Phạm Quốc Lương, Phó chủ tịch UBND xã Tân An Thượng, cho biết năm 2024 làng đón khoảng 9.000 lượt khách, gấp ba năm trước đó. Xã đã làm lại con đường bê tông vào xóm và đang lập hồ sơ đề nghị công nhận làng nghề truyền thống cấp tỉnh.

"Cái khó là giữ được không khí làng nghề thật, chứ không biến thành nơi chụp ảnh", ông Lương nói. "Chúng tôi yêu cầu các hộ đón khách vẫn phải sản xuất bánh thật mỗi ngày."

## Giữ nghề cho thế hệ sau

Không phải mọi thứ đều thuận lợi. Mùa mưa năm ngoái kéo dài, nhiều lò mất gần một tháng không phơi được bánh. Một số hộ thử sấy bằng lò điện nhưng bánh không giữ được độ giòn và mùi thơm như phơi nắng. Hợp tác xã đang tìm vốn để làm nhà phơi mái che bằng tấm lợp trong suốt.

Việc tìm người nối nghề cũng không dễ. Phần lớn thành viên mới vẫn là người ngoài 30 tuổi, trong khi thanh niên mới lớn trong làng vẫn muốn lên thành phố. Mỗi dịp hè, nhóm của anh Khải mở lớp tráng bánh miễn phí cho học sinh trong xã, năm nay có 46 em đăng ký.

Bà Ngự giờ có cháu nội 15 tuổi ngồi phụ cuộn bánh mỗi sáng chủ nhật. "Nó tráng còn rách nhiều, nhưng chịu ngồi là mừng rồi", bà nói, tay vẫn đều đặn trải bánh lên vỉ tre.

Khi mặt trời lên cao, những giàn phơi trắng lóa trải dài ven sông. Với người Phước Đông, cảnh ấy từng tưởng chỉ còn trong ký ức, nay lại trở thành một phần của mỗi buổi sáng.
"""

spec = body_from(TEXT)
tpl = {"p": '<p class="Normal">{}</p>', "h2": '<h2 class="sub-title">{}</h2>'}

see_also = [
    ("Nghề làm nón lá ở xóm Gò Mây trước nguy cơ thất truyền", "/doi-song/nghe-lam-non-la-o-xom-go-may-4821937.html"),
    ("Hợp tác xã kiểu mới giúp nông dân bán hàng trên mạng", "/kinh-doanh/hop-tac-xa-kieu-moi-ban-hang-tren-mang-4819022.html"),
    ("Người trẻ bỏ phố về quê nuôi ong, thu nhập 300 triệu đồng mỗi năm", "/doi-song/nguoi-tre-bo-pho-ve-que-nuoi-ong-4810544.html"),
]


def xem_them(i):
    t, h = see_also[i]
    return ("raw", '<p class="Normal" style="text-align:left;"><strong>Xem thêm:</strong> <a href="%s" data-itm-source="#vn_source=Detail&amp;vn_campaign=Box-XemThem" data-itm-added="1">%s</a></p>' % (h, esc(t)))


# positions after blocks: after paragraph 2, after the 2nd block of "Những người trở về", before the last section
idx = [i for i, (k, v) in enumerate(spec) if k == "h2"]
inserts = {2: xem_them(0), idx[1] + 3: xem_them(1), idx[3]: xem_them(2)}
photo = ("raw", '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tplCaption" style="width:100%;"><tbody><tr><td><img alt="Phơi bánh tráng" src="https://i1-vnportal.example-cdn.net/2025/03/12/banh-trang-phuoc-dong-1741766.jpg" width="680"></td></tr><tr><td><p class="Image">Giàn phơi bánh tráng ven sông Cái Lạt vào buổi sáng. Ảnh: <em>Hoàng Minh Thư</em></p></td></tr></tbody></table>')
ad = ("raw", '<div id="banner_inread" class="banner_ads"><div class="ads_label">Quảng cáo</div><div id="ad-inread-1"></div></div>')
new = []
for i, b in enumerate(spec):
    if i in inserts:
        new.append(inserts[i])
    if i == 4:
        new.append(photo)
    if i == idx[2]:
        new.append(ad)
    new.append(b)
spec = new
body_html, gold = render(spec, tpl)
body_html += '\n<p class="Normal" style="text-align:right;"><strong>%s</strong></p>' % esc(AUTHOR)

menu = ["Thời sự", "Góc nhìn", "Thế giới", "Kinh doanh", "Bất động sản", "Khoa học", "Giải trí", "Thể thao",
        "Pháp luật", "Giáo dục", "Sức khỏe", "Đời sống", "Du lịch", "Số hóa", "Xe"]
related = [
    ("Bánh tét lá cẩm vào mùa Tết, lò nhỏ làm không kịp đơn", "Hơn 20 hộ ở xã Long Hựu Tây làm việc ngày đêm để giao hàng cho khách ở TP HCM và nước ngoài."),
    ("Chợ nổi Ba Kênh thưa thớt ghe buôn", "Đường bộ thuận tiện khiến nhiều tiểu thương chuyển lên bờ, chợ nổi chỉ còn họp vài giờ buổi sáng."),
    ("Cô giáo dạy bơi miễn phí cho trẻ vùng sông nước", "Mỗi mùa hè, cô Đặng Thị Liễu dạy hơn 100 trẻ biết bơi tại con kênh sau nhà."),
    ("Làng mai vàng Thới Lộc tất bật vào vụ", "Nhà vườn tuốt lá mai, chăm cây để kịp bán vào dịp cuối năm."),
    ("Người giữ nghề đóng ghe cuối cùng ở cù lao Tân Qui", "Ông Bảy Hưng vẫn nhận đóng ghe gỗ theo cách làm truyền thống dù đơn hàng ngày càng ít."),
]
rel_html = "".join('<article class="item-news"><h3 class="title-news"><a href="/doi-song/%s-%d.html">%s</a></h3><p class="description"><a href="/doi-song/%s-%d.html">%s</a></p></article>'
                   % (slug(t), 4800000 + n, esc(t), slug(t), 4800000 + n, esc(s)) for n, (t, s) in enumerate(related))
most = ["Giá vàng trong nước giảm mạnh phiên đầu tuần", "Mưa trái mùa gây ngập nhiều tuyến đường", "Kỳ thi tốt nghiệp THPT có nhiều điểm mới",
        "Phà Cái Lạt tạm ngưng vì nước ròng sâu", "Sạt lở bờ sông uy hiếp 30 hộ dân"]
most_html = link_items(most, item='<li><a href="{href}">{text}</a></li>', prefix="/tin-tuc/")

css = css_blob(["fck_detail", "Normal", "section-top", "box-category", "item-news", "header", "footer", "width_common", "banner_ads"], 320, 7071)
js = js_blob(7072, 90, ns="vnp")
page = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{h} - Báo Miền Tây Online</title>
<meta name="description" content="{sapo}">
<meta property="og:title" content="{h}">
<style>{css}</style>
{ld}
</head>
<body>
<header class="header"><div class="width_common"><a class="logo" href="/">Báo Miền Tây Online</a>
<span class="time-now">Thứ tư, 12/3/2025</span>
<nav class="main-nav"><ul>{menu}</ul></nav></div></header>
<section class="section page-detail top-detail"><div class="container">
<div class="sidebar-1">
<div class="header-content width_common"><ul class="breadcrumb"><li><a href="/doi-song">Đời sống</a></li><li><a href="/doi-song/nhip-song">Nhịp sống</a></li></ul><span class="date">Thứ tư, 12/3/2025, 06:00 (GMT+7)</span></div>
<h1 class="title-detail">{h}</h1>
<p class="description">{sapo}</p>
<div class="social-share"><a class="btn-share fb" href="#">Chia sẻ</a><a class="btn-share zalo" href="#">Zalo</a><a class="btn-font" href="#">A-</a><a class="btn-font" href="#">A+</a></div>
<article class="fck_detail">
{body}
</article>
<div class="tags"><h4>Tags</h4><a href="/tag/lang-nghe">làng nghề</a> <a href="/tag/banh-trang">bánh tráng</a> <a href="/tag/khoi-nghiep">khởi nghiệp</a></div>
<div class="box-comment"><h3>Ý kiến (23)</h3><textarea placeholder="Ý kiến của bạn"></textarea><button>Gửi</button><p class="note">Ý kiến của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu.</p></div>
<div class="box-category"><h2 class="title-box-category">Tin cùng chuyên mục</h2>{rel}</div>
</div>
<div class="sidebar-2"><div class="box-most"><h2>Xem nhiều</h2><ol>{most}</ol></div><div class="banner_ads"><div class="ads_label">Quảng cáo</div></div></div>
</div></section>
<footer class="footer"><div class="width_common"><p>Báo Miền Tây Online - Cơ quan chủ quản: Hội Nhà báo khu vực. Giấy phép số 219/GP-BTTTT.</p><p>&copy; Bản quyền thuộc Báo Miền Tây Online. Không sao chép khi chưa được phép.</p><ul>{foot}</ul></div></footer>
<script>{js}</script>
</body></html>""".format(
    h=esc(HEADLINE), sapo=esc(SAPO), css=css, ld=ld_article(HEADLINE, AUTHOR, "2025-03-12T06:00:00+07:00", "Báo Miền Tây Online", section="Đời sống", lang="vi"),
    menu=link_items(menu, prefix="/"), body=body_html, rel=rel_html, most=most_html,
    foot=link_items(["Liên hệ", "Quảng cáo", "Điều khoản sử dụng", "Chính sách bảo mật", "RSS"]), js=js)

save("q07", page, gold)
