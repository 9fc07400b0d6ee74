# language: vi
Tính năng: Học tập, trao đổi kinh nghiệm ở nước ngoài từ 31/05/2026 (Thông tư 140/2025/TT-BTC)
  Thông tư 140/2025/TT-BTC thay Thông tư 102/2012/TT-BTC; Thông tư 60/2026/TT-BTC dẫn chiếu văn bản
  này từ 31/05/2026, nên khoản chi phát sinh từ ngày đó được trích dẫn theo Thông tư 140/2025 (ngày
  hiệu lực của chính Thông tư 140/2025 chưa biết). Như trước: mọi khoản chi cần quyết định cử đi;
  phụ cấp lưu trú, tiền thuê chỗ ở theo bảng nhóm nước — bảng chưa có trong bộ quy tắc.
  Nội dung chi của chương trình từ 31/05/2026 (Điều 14 Thông tư 60/2026) được chứng minh ở nơi khác.

  @tt140.quyet_dinh @tt102.quyet_dinh
  Khung kịch bản: Quyết định cử đi — trích dẫn Thông tư 102/2012 đến 30/05/2026, Thông tư 140/2025 từ 31/05/2026
    Cho hồ sơ "học tập kinh nghiệm" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>, ở nước ngoài
    Và khoản chi "tiền tàu xe, đi lại" 5 lượt, đơn giá 9.000.000 đồng
    Và khoản chi có chứng từ <chứng từ>
    Khi thẩm định hồ sơ
    Thì quy định "<quy định>" "<đánh giá>"
    Và quy định "<không áp dụng>" không áp dụng
    Và trích dẫn "<trích dẫn>"

    Dữ liệu:
      | ngày       | chứng từ               | quy định          | không áp dụng     | đánh giá  | trích dẫn                |
      | 30/05/2026 | "hóa đơn"              | tt102.quyet_dinh  | tt140.quyet_dinh  | không đạt | Thông tư 102/2012/TT-BTC |
      | 31/05/2026 | "hóa đơn"              | tt140.quyet_dinh  | tt102.quyet_dinh  | không đạt | Thông tư 140/2025/TT-BTC |
      | 31/05/2026 | "quyết định phê duyệt" | tt140.quyet_dinh  | tt102.quyet_dinh  | đạt       | Thông tư 140/2025/TT-BTC |

  @tt140.quyet_dinh
  Kịch bản: Thiếu quyết định cử đi từ 31/05/2026 bị gắn cờ thiếu chứng từ
    Cho hồ sơ "học tập kinh nghiệm" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026, ở nước ngoài
    Và khoản chi "tiền tàu xe, đi lại" 5 lượt, đơn giá 9.000.000 đồng
    Và khoản chi không có chứng từ
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "thiếu chứng từ"
    Và quy định "tt140.quyet_dinh" "không đạt"
    Và căn cứ "chưa xác minh"

  @tt140.muc_chi_nhom_nuoc
  Khung kịch bản: Phụ cấp lưu trú, tiền thuê chỗ ở ở nước ngoài từ 31/05/2026 không xác định được mức
    Cho hồ sơ "học tập kinh nghiệm" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 31/05/2026, ở nước ngoài
    Và khoản chi "<khoản chi>" 5 <đơn vị tính>, đơn giá 300.000 đồng
    Và khoản chi có chứng từ "quyết định phê duyệt"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "chưa có quy định áp dụng"
    Và số tiền được thanh toán là 0 đồng
    Và quy định "tt140.muc_chi_nhom_nuoc" "không đạt"
    Và quy định "tt102.muc_chi_nhom_nuoc" không áp dụng
    Và thông báo nêu "bảng mức chi theo nhóm nước của Thông tư 140/2025/TT-BTC"

    Dữ liệu:
      | khoản chi            | đơn vị tính |
      | phụ cấp lưu trú      | người-ngày  |
      | tiền thuê phòng nghỉ | người-đêm   |

  @tt140.muc_chi_nhom_nuoc
  Kịch bản: Chuyến đi trong nước từ 31/05/2026 không bị quy định nhóm nước chặn
    Cho hồ sơ "học tập kinh nghiệm" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 31/05/2026, trong nước
    Và khoản chi "phụ cấp lưu trú" 5 người-ngày, đơn giá 300.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "duyệt"
    Và quy định "tt140.muc_chi_nhom_nuoc" không áp dụng
    Và quy định "tt40.d6.k1" "đạt"
