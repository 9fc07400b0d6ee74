# language: vi
Tính năng: Học tập, trao đổi kinh nghiệm ở nước ngoài (Thông tư 102/2012/TT-BTC; khoản 8 Điều 4 Thông tư 55/2023/TT-BTC)
  Chuyến công tác nước ngoài phải có quyết định cử đi của cấp có thẩm quyền: mọi khoản chi của chuyến
  đi kèm quyết định cử đi công tác hoặc quyết định phê duyệt, thiếu thì gắn cờ "thiếu chứng từ". Phụ
  cấp lưu trú và tiền thuê chỗ ở ở nước ngoài tính theo bảng mức chi theo nhóm nước; bảng này chưa có
  trong bộ quy tắc, nên không dùng mức trong nước của Thông tư 40/2017 và không đoán mức: khoản chi
  cần thẩm định thủ công. Văn bản chưa được đối chiếu: căn cứ "chưa xác minh". Áp dụng cho khoản chi
  phát sinh đến 13/02/2026; từ 14/02/2026 (ngày Thông tư 140/2025/TT-BTC có hiệu lực) theo Thông tư
  140/2025/TT-BTC.

  @tt102.quyet_dinh
  Khung kịch bản: Mọi khoản chi của chuyến đi nước ngoài cần quyết định cử đi
    Cho hồ sơ "học tập kinh nghiệm" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", từ ngày 10/10/2024 đến ngày 15/10/2024, ở nước ngoài
    Và khoản chi "<khoản chi>" 6 <đơn vị tính>, đơn giá 1.000.000 đồng
    Và khoản chi có chứng từ <chứng từ>
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và quy định "tt102.quyet_dinh" "<đánh giá>"

    Dữ liệu:
      | khoản chi            | đơn vị tính | chứng từ                          | đánh giá  |
      | phụ cấp lưu trú      | người-ngày  | "quyết định phê duyệt"            | đạt       |
      | tiền thuê phòng nghỉ | người-đêm   | "quyết định phê duyệt", "hóa đơn" | đạt       |
      | tiền tàu xe, đi lại  | lượt        | "quyết định cử đi công tác"       | đạt       |
      | tiền tàu xe, đi lại  | lượt        | "hóa đơn"                         | không đạt |
      | phụ cấp lưu trú      | người-ngày  | "danh sách tham dự"               | không đạt |

  @tt102.quyet_dinh
  Kịch bản: Khoản chi của chuyến đi nước ngoài không có quyết định cử đi bị gắn cờ thiếu chứng từ
    Cho hồ sơ "học tập kinh nghiệm" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022, ở nước ngoài
    Và khoản chi "tiền tàu xe, đi lại" 10 lượt, đơn giá 8.000.000 đồng
    Và khoản chi không có chứng từ
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "thiếu chứng từ"
    Và số tiền được thanh toán là 0 đồng
    Và quy định "tt102.quyet_dinh" "không đạt"
    Và trích dẫn "Thông tư 102/2012/TT-BTC"
    Và căn cứ "chưa xác minh"

  @tt102.quyet_dinh
  Kịch bản: Chuyến học tập kinh nghiệm trong nước không cần quyết định cử đi theo quy định này
    Cho hồ sơ "học tập kinh nghiệm" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022, trong nước
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
    Và khoản chi không có chứng từ
    Khi thẩm định hồ sơ
    Thì khoản chi được "duyệt"
    Và quy định "tt102.quyet_dinh" không áp dụng

  @tt102.muc_chi_nhom_nuoc
  Khung kịch bản: Phụ cấp lưu trú, tiền thuê chỗ ở ở nước ngoài không theo mức trong nước
    Cho hồ sơ "học tập kinh nghiệm" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>, ở nước ngoài
    Và khoản chi "<khoản chi>" 5 <đơn vị tính>, đơn giá <đơn giá> đồng
    Và tiền phòng thanh toán theo "khoán"
    Và khoản chi có thuộc tính "leader_group" là "other"
    Và khoản chi có thuộc tính "location_class" là "other"
    Và khoản chi có chứng từ "quyết định phê duyệt"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "cần thẩm định thủ công"
    Và số tiền được thanh toán là 0 đồng
    Và quy định "tt102.muc_chi_nhom_nuoc" "không đạt"
    Và quy định "tt102.quyet_dinh" "đạt"
    Và quy định "<mức trong nước>" không áp dụng

    Dữ liệu:
      | ngày       | khoản chi            | đơn vị tính | đơn giá | mức trong nước |
      | 15/11/2022 | phụ cấp lưu trú      | người-ngày  | 200.000 | tt40.d6.k1     |
      | 13/02/2026 | phụ cấp lưu trú      | người-ngày  | 100.000 | tt40.d6.k1     |
      | 15/11/2024 | tiền thuê phòng nghỉ | người-đêm   | 300.000 | tt40.d7.k2     |

  @tt102.muc_chi_nhom_nuoc
  Kịch bản: Thông báo nêu rõ bảng mức theo nhóm nước chưa có trong bộ quy tắc
    Cho hồ sơ "học tập kinh nghiệm" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2024, ở nước ngoài
    Và khoản chi "phụ cấp lưu trú" 5 người-ngày, đơn giá 1.500.000 đồng
    Và khoản chi có thuộc tính "at_sea" là "có"
    Và khoản chi có chứng từ "quyết định phê duyệt"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và quy định "tt102.muc_chi_nhom_nuoc" "không đạt"
    Và quy định "tt40.d6.k2" không áp dụng
    Và thông báo nêu "bảng nhóm nước chưa có trong bộ quy tắc"
    Và trích dẫn "Thông tư 102/2012/TT-BTC"
    Và căn cứ "chưa xác minh"

  @tt102.muc_chi_nhom_nuoc
  Kịch bản: Phụ cấp lưu trú của chuyến đi trong nước theo mức trong nước
    Cho hồ sơ "học tập kinh nghiệm" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022, trong nước
    Và khoản chi "phụ cấp lưu trú" 5 người-ngày, đơn giá 200.000 đồng
    Và khoản chi có chứng từ "quyết định phê duyệt"
    Khi thẩm định hồ sơ
    Thì khoản chi được "duyệt"
    Và quy định "tt102.muc_chi_nhom_nuoc" không áp dụng
    Và quy định "tt40.d6.k1" "đạt"
