# language: vi
Tính năng: Thù lao giảng viên theo bảng mức GIẢ ĐỊNH của tỉnh có mã 49 (ví dụ docs/vi-du/dia-phuong/quang-nam, không phải luật)

  @tt55.d4.k1.thu_lao.muc
  Khung kịch bản: Hạng viết cách nào cũng khớp bậc của bảng; hạng không có trong bảng theo mức "các đối tượng còn lại"
    Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", thuộc tỉnh "49", ngày 20/03/2024
    Và khoản chi "thù lao giảng viên" 2 buổi, đơn giá <đơn giá> đồng
    Và người nhận có hạng "<hạng>"
    Và khoản chi có chứng từ "hợp đồng"
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | hạng                       | đơn giá   | kết quả | được thanh toán |
      | Trưởng phòng               | 1.200.000 | duyệt   | 2.400.000       |
      | trưởng phòng và tương đương | 1.200.000 | duyệt   | 2.400.000       |
      | Trưởng phòng               | 1.200.001 | gắn cờ  | 2.400.000       |
      | PGS                        | 2.000.000 | duyệt   | 4.000.000       |
      | Chuyên viên                | 1.000.000 | gắn cờ  | 1.600.000       |

  @tt55.d4.k1.thu_lao.muc
  Kịch bản: Bảng của tỉnh 49 không áp dụng cho đơn vị của Đà Nẵng (mã 48)
    Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "SO-LDTBXH-DN" cấp "tỉnh", thuộc tỉnh "48", ngày 20/03/2024
    Và khoản chi "thù lao giảng viên" 2 buổi, đơn giá 800.000 đồng
    Và người nhận có hạng "Trưởng phòng"
    Và khoản chi có chứng từ "hợp đồng"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "cần thẩm định thủ công"
    Và số tiền được thanh toán là 0 đồng

  @tt55.d4.k1.thu_lao.muc
  Kịch bản: Hồ sơ không ghi mã tỉnh thì được hỏi, vì bảng của một tỉnh có thể áp dụng
    Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
    Và khoản chi "thù lao giảng viên" 2 buổi, đơn giá 800.000 đồng
    Và người nhận có hạng "Trưởng phòng"
    Và khoản chi có chứng từ "hợp đồng"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và loại cờ là "thiếu thông tin"
    Và thông báo nêu "Mã tỉnh"
