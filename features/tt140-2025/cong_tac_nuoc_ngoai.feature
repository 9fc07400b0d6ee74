# language: vi
Tính năng: Học tập, trao đổi kinh nghiệm ở nước ngoài từ 14/02/2026 (Thông tư 140/2025/TT-BTC)
  Thông tư 140/2025/TT-BTC (30/12/2025) thay Thông tư 102/2012/TT-BTC từ ngày có hiệu lực của chính nó,
  14/02/2026 (nguồn thứ cấp), không phải từ ngày Thông tư 60/2026 có hiệu lực: khoản chi phát sinh từ
  14/02/2026 được trích dẫn theo Thông tư 140/2025, kể cả hồ sơ còn theo Thông tư 55/2023. Như trước:
  mọi khoản chi cần quyết định cử đi; phụ cấp lưu trú, tiền thuê chỗ ở theo bảng nhóm nước — bảng chưa
  có trong bộ quy tắc, cần thẩm định thủ công. Nội dung chi của chương trình được chứng minh ở nơi khác.

  @tt140.quyet_dinh @tt102.quyet_dinh
  Khung kịch bản: Quyết định cử đi — trích dẫn Thông tư 102/2012 đến 13/02/2026, Thông tư 140/2025 từ 14/02/2026
    Cho hồ sơ "học tập kinh nghiệm" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>, ở nước ngoài
    Và khoản chi "tiền tàu xe, đi lại" 5 lượt, đơn giá 9.000.000 đồng
    Và khoản chi có chứng từ <chứng từ>
    Khi thẩm định hồ sơ
    Thì quy định "<quy định>" "<đánh giá>"
    Và quy định "<không áp dụng>" không áp dụng
    Và trích dẫn "<trích dẫn>"

    Dữ liệu:
      | ngày       | chứng từ                    | quy định          | không áp dụng     | đánh giá  | trích dẫn                |
      | 13/02/2026 | "hóa đơn"                   | tt102.quyet_dinh  | tt140.quyet_dinh  | không đạt | Thông tư 102/2012/TT-BTC |
      | 13/02/2026 | "quyết định phê duyệt"      | tt102.quyet_dinh  | tt140.quyet_dinh  | đạt       | Thông tư 102/2012/TT-BTC |
      | 14/02/2026 | "hóa đơn"                   | tt140.quyet_dinh  | tt102.quyet_dinh  | không đạt | Thông tư 140/2025/TT-BTC |
      | 14/02/2026 | "quyết định phê duyệt"      | tt140.quyet_dinh  | tt102.quyet_dinh  | đạt       | Thông tư 140/2025/TT-BTC |
      | 14/02/2026 | "quyết định cử đi công tác" | tt140.quyet_dinh  | tt102.quyet_dinh  | đạt       | Thông tư 140/2025/TT-BTC |
      | 31/05/2026 | "quyết định phê duyệt"      | tt140.quyet_dinh  | tt102.quyet_dinh  | đạt       | Thông tư 140/2025/TT-BTC |

  @tt140.quyet_dinh
  Kịch bản: Thiếu quyết định cử đi từ 14/02/2026 bị gắn cờ thiếu chứng từ
    Cho hồ sơ "học tập kinh nghiệm" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2026, ở nước ngoài
    Và khoản chi "tiền tàu xe, đi lại" 5 lượt, đơn giá 9.000.000 đồng
    Và khoản chi không có chứng từ
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "thiếu chứng từ"
    Và quy định "tt140.quyet_dinh" "không đạt"
    Và căn cứ "chưa xác minh"

  @tt140.muc_chi_nhom_nuoc @tt102.muc_chi_nhom_nuoc
  Khung kịch bản: Phụ cấp lưu trú, tiền thuê chỗ ở ở nước ngoài — Thông tư 102/2012 đến 13/02/2026, Thông tư 140/2025 từ 14/02/2026
    Cho hồ sơ "học tập kinh nghiệm" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>, ở nước ngoài
    Và khoản chi "<khoản chi>" 5 <đơn vị tính>, đơn giá 300.000 đồng
    Và khoản chi có chứng từ "quyết định phê duyệt"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "cần thẩm định thủ công"
    Và số tiền được thanh toán là 0 đồng
    Và quy định "<áp dụng>" "không đạt"
    Và quy định "<không áp dụng>" không áp dụng
    Và thông báo nêu "<văn bản>"

    Dữ liệu:
      | ngày       | khoản chi            | đơn vị tính | áp dụng                  | không áp dụng            | văn bản                  |
      | 13/02/2026 | phụ cấp lưu trú      | người-ngày  | tt102.muc_chi_nhom_nuoc  | tt140.muc_chi_nhom_nuoc  | Thông tư 102/2012/TT-BTC |
      | 14/02/2026 | phụ cấp lưu trú      | người-ngày  | tt140.muc_chi_nhom_nuoc  | tt102.muc_chi_nhom_nuoc  | Thông tư 140/2025/TT-BTC |
      | 14/02/2026 | tiền thuê phòng nghỉ | người-đêm   | tt140.muc_chi_nhom_nuoc  | tt102.muc_chi_nhom_nuoc  | Thông tư 140/2025/TT-BTC |
      | 31/05/2026 | tiền thuê phòng nghỉ | người-đêm   | tt140.muc_chi_nhom_nuoc  | tt102.muc_chi_nhom_nuoc  | Thông tư 140/2025/TT-BTC |

  @tt140.muc_chi_nhom_nuoc
  Kịch bản: Chuyến đi trong nước từ 14/02/2026 không bị quy định nhóm nước chặn
    Cho hồ sơ "học tập kinh nghiệm" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 14/02/2026, trong nước
    Và khoản chi "phụ cấp lưu trú" 5 người-ngày, đơn giá 300.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "duyệt"
    Và quy định "tt140.muc_chi_nhom_nuoc" không áp dụng
    Và quy định "tt40.d6.k1" "đạt"
