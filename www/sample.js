// A sample plan of a commune with three mistakes for the demo: the number left blank
// (F002), a skipped letter b) → d) (S004), and part III missing: II → IV (S003).
export const SAMPLE = `ỦY BAN NHÂN DÂN
XÃ TÂN THÀNH

Số:    /KH-UBND

Tân Thành, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Thực hiện công tác phòng, chống mua bán người năm 2026

Căn cứ Kế hoạch của Ủy ban nhân dân tỉnh về phòng, chống mua bán người năm 2026, Ủy ban nhân dân xã ban hành Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

Nâng cao nhận thức của cán bộ và Nhân dân về thủ đoạn của tội phạm mua bán người, nhất là lừa đảo qua mạng "việc nhẹ, lương cao".

2. Yêu cầu

Các ban, ngành, đoàn thể xã và các thôn triển khai đồng bộ, đúng tiến độ.

II. NHIỆM VỤ, GIẢI PHÁP

1. Công tác tuyên truyền, phòng ngừa

a) Tuyên truyền trên hệ thống loa truyền thanh của xã và các thôn.

b) Lồng ghép nội dung phòng, chống mua bán người vào các buổi sinh hoạt của Hội Liên hiệp Phụ nữ, Đoàn Thanh niên.

d) Rà soát, nắm tình hình người lao động đi làm ăn xa, nhất là ra nước ngoài.

(Công an xã chủ trì, phối hợp Hội Liên hiệp Phụ nữ xã thực hiện)

2. Công tác tiếp nhận, hỗ trợ nạn nhân

Tiếp nhận, xác minh và hỗ trợ kịp thời nạn nhân bị mua bán trở về địa phương.

(Văn hóa - Xã hội xã chủ trì thực hiện)

IV. TỔ CHỨC THỰC HIỆN

1. Công an xã là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch này.

2. Các ban, ngành, đoàn thể xã báo cáo kết quả định kỳ 6 tháng, năm về Ủy ban nhân dân xã (qua Công an xã)./.

Nơi nhận:
- Ủy ban nhân dân tỉnh;
- Công an xã;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trần Thị Bình
`;
