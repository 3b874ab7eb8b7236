"""q06 - Vietnamese, <div>-only news portal (no <article>, no <p> in listings).

Stresses everything kept: a four-paragraph story followed by reader
comments and a long "Tin cùng chuyên mục" listing whose items carry
sapo teasers of a sentence or two each - much more text than the story.
"""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

PID = "q06"

TITLE = "Cầu Rạch Mây thông xe, người dân xã Tân Hòa Đông không còn phải đi đò"
SAPO = "Sau gần hai năm thi công, cầu Rạch Mây dài 186 m nối xã Tân Hòa Đông với trung tâm huyện Phước Lâm đã chính thức thông xe sáng 20/11."

ARTICLE = """
Cầu Rạch Mây có tổng vốn đầu tư hơn 74 tỷ đồng từ ngân sách tỉnh Bình Lạc, được thiết kế cho hai làn xe ô tô và hai lối đi dành cho người đi bộ. Trước đây, hơn 9.000 người dân xã Tân Hòa Đông phải đi đò qua rạch hoặc đi vòng gần 15 km để đến trung tâm huyện.

Ông Lê Văn Thuận, Chủ tịch UBND huyện Phước Lâm, cho biết công trình hoàn thành sớm hơn kế hoạch khoảng một tháng nhờ thời tiết thuận lợi trong mùa khô. Theo ông, cây cầu sẽ giúp nông dân vận chuyển trái cây, lúa gạo ra chợ đầu mối nhanh hơn và giảm đáng kể chi phí.

Bà Nguyễn Thị Hạnh, 63 tuổi, người đã chèo đò đưa khách qua rạch Mây suốt 27 năm, nói bà vừa vui vừa buồn. "Từ nay học sinh đi học không còn lo mưa gió, lo lật đò nữa. Còn tôi chắc phải tìm việc khác để làm", bà Hạnh chia sẻ.

Theo kế hoạch, UBND huyện sẽ hỗ trợ các hộ làm nghề chở đò chuyển sang buôn bán nhỏ hoặc học nghề, với mức hỗ trợ ban đầu 10 triệu đồng mỗi hộ.
"""

COMMENTS = [
    ("Trần Minh Khoa", "Tân Hòa Đông", "Mừng quá, hồi nhỏ tôi đi học phải qua đò mỗi ngày, mùa nước lớn sợ lắm. Mong huyện làm thêm đường dẫn vào cầu cho rộng hơn vì đoạn gần chợ xã vẫn còn hẹp, xe tải nhỏ khó tránh nhau.", 48),
    ("Phạm Thu Ngân", "TP.HCM", "Cảm ơn cô Hạnh đã đưa đò cho bà con suốt bao nhiêu năm. Hy vọng chính quyền hỗ trợ cô thật chu đáo, đừng chỉ dừng ở mức 10 triệu đồng rồi để người dân tự xoay xở.", 35),
    ("Huỳnh Văn Lợi", "Phước Lâm", "Cầu đẹp nhưng chưa có đèn chiếu sáng ở hai đầu cầu, buổi tối đi qua rất tối. Đề nghị ngành điện lắp sớm trước khi xảy ra tai nạn.", 22),
    ("Ngọc Diễm", "Cần Thơ", "Quê ngoại tôi ở Tân Hòa Đông. Mỗi lần về thăm phải đợi đò cả tiếng đồng hồ, nhất là dịp Tết. Nay có cầu rồi thì Tết này về quê dễ hơn nhiều.", 17),
    ("Lâm Quốc Bảo", "Bình Lạc", "Công trình làm nhanh, đúng tiến độ, đáng khen. Nhưng mong tỉnh kiểm tra chất lượng kỹ, đừng để vài năm sau lại nứt mặt cầu như cầu ở xã bên.", 31),
    ("Võ Thị Kim Liên", "Long An", "Nhìn hình mà xúc động. Những cây cầu như vậy thay đổi cả cuộc sống của một vùng quê. Chúc bà con Tân Hòa Đông làm ăn ngày càng khấm khá.", 12),
    ("Nguyễn Hữu Tài", "Hà Nội", "Nên giữ lại một bến đò nhỏ để làm du lịch sông nước, vừa giữ được nghề cho các hộ chở đò, vừa có thêm thu nhập cho xã.", 26),
    ("Đặng Thanh Tùng", "Phước Lâm", "Ủng hộ ý kiến giữ bến đò làm du lịch. Rạch Mây buổi chiều rất đẹp, nhiều bạn trẻ thành phố thích trải nghiệm kiểu này.", 9),
]

CUNG_CHUYEN_MUC = [
    ("Bình Lạc khởi công tuyến đường ven sông Cái Lớn dài 12 km", "Tuyến đường có tổng vốn hơn 300 tỷ đồng, dự kiến hoàn thành năm 2026, giúp giảm tải cho quốc lộ đi qua trung tâm tỉnh."),
    ("Nông dân Phước Lâm trúng mùa bưởi da xanh nhưng giá giảm mạnh", "Giá bưởi tại vườn hiện chỉ còn khoảng 18.000 đồng/kg, giảm gần một nửa so với cùng kỳ năm ngoái. Nhiều thương lái hạn chế thu mua."),
    ("Xâm nhập mặn có thể đến sớm, Bình Lạc lên phương án trữ nước ngọt", "Ngành nông nghiệp khuyến cáo nông dân chủ động nạo vét kênh nội đồng, trữ nước và xuống giống vụ đông xuân đúng lịch."),
    ("Trường tiểu học Tân Hòa Đông được xây mới sau nhiều năm xuống cấp", "Ngôi trường với 12 phòng học khang trang sẽ đón học sinh từ học kỳ hai năm học này, thay cho các phòng học tạm bằng tôn."),
    ("Phát hiện kho hàng chứa hơn 3 tấn đường cát không rõ nguồn gốc", "Lực lượng quản lý thị trường tỉnh Bình Lạc đã tạm giữ toàn bộ số hàng để tiếp tục xác minh, xử lý theo quy định."),
    ("Lễ hội đua ghe ngo truyền thống thu hút hàng nghìn người xem", "Năm nay có 24 đội ghe đến từ các huyện trong tỉnh tham gia tranh tài trên sông Cái Lớn trong hai ngày cuối tuần."),
    ("Huyện Phước Lâm có thêm ba xã đạt chuẩn nông thôn mới nâng cao", "Các xã được công nhận đều đạt tiêu chí về thu nhập bình quân, hạ tầng giao thông, trường học và y tế cơ sở."),
    ("Sạt lở bờ sông uy hiếp 20 hộ dân ở ấp Bến Sung", "Chính quyền địa phương đã cắm biển cảnh báo, vận động các hộ dân di dời tài sản đến nơi an toàn trong thời gian chờ kè chống sạt lở."),
    ("Bình Lạc tuyển hơn 400 giáo viên cho năm học mới", "Phần lớn chỉ tiêu dành cho bậc mầm non và tiểu học ở các huyện vùng sâu, nơi đang thiếu giáo viên nghiêm trọng."),
    ("Chợ nổi Cái Tắc Trên dần thưa ghe thuyền", "Khi đường bộ phát triển, nhiều tiểu thương chuyển lên bờ buôn bán. Chợ nổi hiện chỉ còn khoảng ba chục ghe mỗi sáng."),
    ("Mở lớp dạy bơi miễn phí cho hơn 500 học sinh vùng sông nước", "Chương trình do Tỉnh đoàn Bình Lạc phối hợp với ngành giáo dục tổ chức trong dịp hè, ưu tiên các em ở xã có nhiều kênh rạch."),
    ("Giá lúa tăng nhẹ, nông dân phấn khởi bước vào vụ mới", "Lúa tươi tại ruộng được thương lái thu mua với giá từ 7.200 đến 7.600 đồng/kg tùy giống, cao hơn vụ trước khoảng 300 đồng."),
    ("Xe khách lật trên quốc lộ, nhiều hành khách bị thương", "Vụ tai nạn xảy ra vào rạng sáng tại đoạn qua huyện Phước Lâm. Nguyên nhân ban đầu được xác định do tài xế buồn ngủ."),
    ("Bình Lạc đề xuất nâng cấp bến xe khách trung tâm tỉnh", "Bến xe hiện tại được xây dựng từ năm 1998 và đã quá tải vào các dịp lễ, Tết, gây ùn tắc giao thông khu vực xung quanh."),
]

body_html = "\n".join('<div class="text-content-block">%s</div>' % p for _, p in body_from(ARTICLE))
gold = [strip(p) for _, p in body_from(ARTICLE)]

css = css_blob(["header", "menu-top", "box-detail", "content-detail", "sapo", "tin-lien-quan", "list-news", "item-news", "comment", "box-share", "footer", "cookie-bar"], 900, 3061)
js = js_blob(3062, 140, "vnp")

comments_html = "".join(
    '<div class="comment-item"><div class="comment-item__head"><span class="comment-item__name">%s</span> <span class="comment-item__place">- %s</span></div><div class="comment-item__text">%s</div><div class="comment-item__foot"><span class="comment-item__like">Thích (%d)</span> <span class="comment-item__reply">Trả lời</span> <span class="comment-item__time">%d giờ trước</span></div></div>'
    % (n, pl, esc(t), likes, 1 + i) for i, (n, pl, t, likes) in enumerate(COMMENTS))

listing_html = "".join(
    '<div class="item-news"><div class="item-news__thumb"><a href="/thoi-su/%s-%d.html"><img src="/img/%d.jpg" alt=""></a></div><div class="item-news__info"><h3 class="item-news__title"><a href="/thoi-su/%s-%d.html">%s</a></h3><div class="item-news__sapo">%s</div></div></div>'
    % (slug(t), 4871200 + i, i, slug(t), 4871200 + i, esc(t), esc(s)) for i, (t, s) in enumerate(CUNG_CHUYEN_MUC))

html = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Báo Bình Lạc Online</title>
<meta name="description" content="{sapo}">
<meta property="og:title" content="{title}">
<meta name="pubdate" content="2024-11-20T11:15:00+07:00">
<style>{css}</style>
</head>
<body>
<div class="cookie-bar" id="cookieBar"><div class="cookie-bar__text">Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Khi tiếp tục truy cập, bạn đồng ý với chính sách cookie của chúng tôi.</div><div class="cookie-bar__btn">Đồng ý</div></div>
<div class="header"><div class="container"><div class="header__logo"><a href="/">Báo Bình Lạc Online</a></div><div class="header__date">Thứ Tư, 20/11/2024</div><div class="header__hotline">Đường dây nóng: 0290 3 812 345</div><div class="header__search"><input type="text" placeholder="Tìm kiếm"></div></div></div>
<div class="menu-top"><div class="container"><a href="/" class="menu-top__item">Trang chủ</a><a href="/thoi-su" class="menu-top__item menu-top__item--active">Thời sự</a><a href="/chinh-tri" class="menu-top__item">Chính trị</a><a href="/kinh-te" class="menu-top__item">Kinh tế</a><a href="/xa-hoi" class="menu-top__item">Xã hội</a><a href="/phap-luat" class="menu-top__item">Pháp luật</a><a href="/van-hoa" class="menu-top__item">Văn hóa</a><a href="/the-thao" class="menu-top__item">Thể thao</a><a href="/giao-duc" class="menu-top__item">Giáo dục</a><a href="/y-te" class="menu-top__item">Y tế</a><a href="/video" class="menu-top__item">Video</a></div></div>
<div class="container main">
<div class="col-left">
<div class="box-detail">
<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/thoi-su">Thời sự</a></div>
<div class="box-detail__date">Thứ Tư, 20/11/2024 11:15 (GMT+7)</div>
<h1 class="box-detail__title">{title}</h1>
<div class="box-detail__sapo sapo">{sapo}</div>
<div class="box-share"><a href="#" class="box-share__fb">Chia sẻ Facebook</a><a href="#" class="box-share__zalo">Chia sẻ Zalo</a><a href="#" class="box-share__copy">Sao chép liên kết</a><a href="#" class="box-share__print">In bài viết</a></div>
<div class="content-detail">
<div class="content-detail__image"><img src="/img/2024/11/20/cau-rach-may.jpg" alt="Cầu Rạch Mây"><div class="content-detail__caption">Cầu Rạch Mây nối xã Tân Hòa Đông với trung tâm huyện Phước Lâm trong ngày thông xe. Ảnh: Hữu Phước</div></div>
{body}
<div class="content-detail__author">Hữu Phước</div>
</div>
<div class="box-tags"><span>Từ khóa:</span> <a href="/tag/cau-rach-may">cầu Rạch Mây</a> <a href="/tag/phuoc-lam">Phước Lâm</a> <a href="/tag/giao-thong-nong-thon">giao thông nông thôn</a></div>
<div class="box-share box-share--bottom"><a href="#" class="box-share__fb">Chia sẻ Facebook</a><a href="#" class="box-share__zalo">Chia sẻ Zalo</a><a href="#" class="box-share__copy">Sao chép liên kết</a></div>
</div>
<div class="comment"><div class="comment__title">Ý kiến bạn đọc ({ncomments})</div>
<div class="comment__form"><textarea placeholder="Ý kiến của bạn sẽ được biên tập trước khi đăng. Vui lòng gõ tiếng Việt có dấu."></textarea><div class="comment__form-row"><input type="text" placeholder="Họ tên"><input type="text" placeholder="Email"><div class="comment__send">Gửi bình luận</div></div></div>
<div class="comment__sort"><span class="is-active">Mới nhất</span> <span>Được thích nhất</span></div>
{comments}
<div class="comment__more">Xem thêm ý kiến</div>
</div>
<div class="tin-lien-quan list-news"><div class="list-news__title">Tin cùng chuyên mục</div>{listing}</div>
</div>
<div class="col-right">
<div class="box-ads"><div class="box-ads__label">Quảng cáo</div></div>
<div class="box-doc-nhieu"><div class="box-doc-nhieu__title">Đọc nhiều</div>{docnhieu}</div>
</div>
</div>
<div class="footer"><div class="container"><div class="footer__name">BÁO BÌNH LẠC ONLINE</div><div class="footer__info">Cơ quan của Đảng bộ tỉnh Bình Lạc. Giấy phép số 112/GP-BTTTT. Tổng Biên tập: Trương Công Định.</div><div class="footer__info">Địa chỉ: 25 đường Hùng Vương, phường 2, TP. Bình Lạc. Điện thoại: 0290 3 812 345. Email: toasoan@binhlaconline.vn</div><div class="footer__info">Ghi rõ nguồn Báo Bình Lạc Online khi phát hành lại thông tin từ website này.</div></div></div>
<script>{js}</script>
</body>
</html>""".format(
    title=esc(TITLE), sapo=esc(SAPO), css=css, js=js, body=body_html, comments=comments_html,
    ncomments=len(COMMENTS), listing=listing_html,
    docnhieu="".join('<div class="box-doc-nhieu__item"><span>%d</span><a href="/thoi-su/%s.html">%s</a></div>' % (i + 1, slug(t), esc(t)) for i, (t, _) in enumerate(CUNG_CHUYEN_MUC[3:9])),
)

save(PID, html, gold)
