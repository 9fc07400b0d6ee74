# language: vi
Tính năng: Tiền tàu xe, đi lại khi đi công tác trong nước (khoản 1 Điều 5 Thông tư 40/2017/TT-BTC)
  Tiền tàu xe đi và về, thuê phương tiện được thanh toán theo giá ghi trên vé, hóa đơn hoặc hợp đồng:
  chi theo thực tế, phải có chứng từ.

  @tt40.d5.k1
  Khung kịch bản: Tiền tàu xe có hoặc không có chứng từ
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
    Và khoản chi "tiền tàu xe, đi lại" 2 lượt, đơn giá 350.000 đồng
    Và khoản chi có chứng từ "<chứng từ>"
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt40.d5.k1" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | chứng từ            | kết quả | đánh giá  | được thanh toán |
      | hóa đơn             | duyệt   | đạt       | 700.000         |
      | hợp đồng            | duyệt   | đạt       | 700.000         |
      | giấy mời            | gắn cờ  | không đạt | 0               |

  @tt40.d5.k1
  Kịch bản: Tiền tàu xe không có chứng từ nào bị gắn cờ thiếu chứng từ
    Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 08/11/2022
    Và khoản chi "tiền tàu xe, đi lại" 1 lượt, đơn giá 13.500.000 đồng
    Và khoản chi không có chứng từ
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "thiếu chứng từ"
    Và trích dẫn "khoản 1 Điều 5 Thông tư 40/2017/TT-BTC"
    Và căn cứ "nguồn thứ cấp"

  @tt40.d5.k1
  Kịch bản: Vé máy bay của đoàn ra nước ngoài không theo quy định trong nước
    Cho hồ sơ "học tập, trao đổi kinh nghiệm" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 12/12/2022, ở nước ngoài
    Và khoản chi "tiền tàu xe, đi lại" 5 lượt, đơn giá 19.000.000 đồng
    Và khoản chi có chứng từ "hóa đơn", "quyết định phê duyệt"
    Khi thẩm định hồ sơ
    Thì quy định "tt40.d5.k1" không áp dụng
