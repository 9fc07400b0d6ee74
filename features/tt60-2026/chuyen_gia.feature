# language: vi
Tính năng: Thuê chuyên gia trong nước (khoản 7 Điều 4 Thông tư 60/2026/TT-BTC; Điều 3 Thông tư 7/2026/TT-BNV)
  Thủ trưởng đơn vị quyết định thuê chuyên gia trong nước hoặc tổ chức tư vấn độc lập; mức chi thuê chuyên
  gia theo Điều 3 Thông tư 7/2026/TT-BNV. Mức của Thông tư 7/2026 chưa đọc được: khoản chi bị gắn cờ "chưa
  có quy định áp dụng" để thẩm định thủ công. Kịch bản có bảng mức nạp cho kịch bản dùng con số GIẢ ĐỊNH.

  @tt60.d4.k7.chuyen_gia
  Kịch bản: Chưa có mức lương chuyên gia của Thông tư 7/2026: khoản chi bị gắn cờ
    Cho hồ sơ "điều tra, đánh giá" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và khoản chi "thuê chuyên gia" 1 người-tháng, đơn giá 40.000.000 đồng
    Và khoản chi có thuộc tính "expert_level" là 1
    Và khoản chi có chứng từ "hợp đồng"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "cần thẩm định thủ công"
    Và quy định "tt60.d4.k7.chuyen_gia" "không đạt"
    Và trích dẫn "Điều 3 Thông tư 7/2026/TT-BNV"
    Và thông báo nêu "chưa có mức lương chuyên gia tư vấn theo Điều 3 Thông tư 7/2026/TT-BNV"

  @tt60.d4.k7.chuyen_gia
  Khung kịch bản: Tiền thuê chuyên gia so với mức khi mức của Thông tư 7/2026 được nạp (mức giả định)
    Cho hồ sơ "điều tra, đánh giá" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và khoản chi "thuê chuyên gia" 1 người-tháng, đơn giá <đơn giá> đồng
    Và khoản chi có thuộc tính "expert_level" là 1
    Và khoản chi có chứng từ "hợp đồng"
    Và bảng mức "expert.monthly_salary" có các dòng:
      | attributes.expert_level | từ ngày    | mức        | văn bản                  | xác minh |
      | 1                       | 05/05/2026 | 75.000.000 | 7/2026/TT-BNV (giả định) | M        |
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt60.d4.k7.chuyen_gia" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | đơn giá    | kết quả | đánh giá  | được thanh toán |
      | 75.000.000 | duyệt   | đạt       | 75.000.000      |
      | 75.000.001 | gắn cờ  | không đạt | 75.000.000      |

  @tt60.d4.k7.chuyen_gia.hop_dong
  Khung kịch bản: Thuê chuyên gia cần hợp đồng
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và khoản chi "thuê chuyên gia" 1 người-tháng, đơn giá 40.000.000 đồng
    Và khoản chi có thuộc tính "expert_level" là 1
    Và khoản chi có chứng từ <chứng từ>
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và quy định "tt60.d4.k7.chuyen_gia.hop_dong" "<đánh giá>"

    Dữ liệu:
      | chứng từ              | đánh giá  |
      | "hợp đồng"            | đạt       |
      | "chứng từ thanh toán" | không đạt |

  @tt55.d4.k6.chuyen_gia @tt60.d4.k7.chuyen_gia
  Khung kịch bản: Thuê chuyên gia trước và sau 31/05/2026
    Cho hồ sơ "điều tra, đánh giá" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
    Và hồ sơ có thuộc tính "extended_task" là "<kéo dài>"
    Và khoản chi "thuê chuyên gia" 1 người-tháng, đơn giá 40.000.000 đồng
    Và khoản chi có thuộc tính "expert_level" là 1
    Và khoản chi có chứng từ "hợp đồng"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "cần thẩm định thủ công"
    Và quy định "<không áp dụng>" không áp dụng
    Và quy định "<áp dụng>" "không đạt"

    Dữ liệu:
      | ngày       | kéo dài | áp dụng               | không áp dụng         |
      | 30/05/2026 | không   | tt55.d4.k6.chuyen_gia | tt60.d4.k7.chuyen_gia |
      | 31/05/2026 | không   | tt60.d4.k7.chuyen_gia | tt55.d4.k6.chuyen_gia |
      | 31/05/2026 | có      | tt55.d4.k6.chuyen_gia | tt60.d4.k7.chuyen_gia |
