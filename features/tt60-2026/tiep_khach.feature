# language: vi
Tính năng: Chi tiếp khách trong nước (khoản 9, khoản 13 Điều 4 Thông tư 60/2026/TT-BTC; Điều 30, 31 Thông tư 35/2026/TT-BTC)
  Khoản chi phát sinh từ 31/05/2026, trừ nhiệm vụ 2021-2025 được kéo dài (vẫn theo Thông tư 55/2023).
  Khoản 9 Điều 4: học tập, trao đổi kinh nghiệm; sơ kết, tổng kết, hội nghị và "chế độ tiếp khách trong
  nước" theo Thông tư 35/2026 — giải khát ("hospitality_kind" là "refreshment") tối đa 60.000 đồng/người/
  buổi (Điều 30), mời cơm ("meal") tối đa 600.000 đồng/suất đã gồm đồ uống (khoản 1 Điều 31). Mức tối đa 2
  lần cho khách quan trọng (khoản 3 Điều 31, cần quyết định của Bộ trưởng, Chủ tịch UBND tỉnh) không được xét
  tự động. Khoản 13 Điều 4 (kiểm tra, giám sát, đánh giá) dẫn chiếu Thông tư 35/2026 nhưng không nêu chế độ
  tiếp khách: cần thẩm định thủ công. Các hoạt động khác: không được chi.

  Quy tắc: Học tập kinh nghiệm, hội nghị, hội thảo — trong mức tiếp khách trong nước của Thông tư 35/2026 (khoản 9 Điều 4)

    @tt60.d4.k9.tiep_khach
    Khung kịch bản: Tiếp khách khi hội nghị, học tập kinh nghiệm so với mức tối đa theo loại tiếp khách
      Cho hồ sơ "<hoạt động>" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
      Và khoản chi "tiếp khách" <số lượng> <đơn vị tính>, đơn giá <đơn giá> đồng
      Và khoản chi có thuộc tính "hospitality_kind" là "<loại>"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt60.d4.k9.tiep_khach" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | hoạt động           | loại        | số lượng | đơn vị tính | đơn giá | kết quả | đánh giá  | được thanh toán |
        | hội nghị            | refreshment | 50       | người-buổi  | 60.000  | duyệt   | đạt       | 3.000.000       |
        | hội nghị            | refreshment | 50       | người-buổi  | 60.001  | gắn cờ  | không đạt | 3.000.000       |
        | học tập kinh nghiệm | meal        | 10       | suất        | 600.000 | duyệt   | đạt       | 6.000.000       |
        | tổng kết            | meal        | 10       | suất        | 600.001 | gắn cờ  | không đạt | 6.000.000       |

    @tt60.d4.k9.tiep_khach
    Kịch bản: Mời cơm khách quan trọng gấp 2 lần mức không được xét tự động, kèm trích dẫn
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
      Và khoản chi "tiếp khách" 5 suất, đơn giá 1.200.000 đồng
      Và khoản chi có thuộc tính "hospitality_kind" là "meal"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "vượt mức tối đa"
      Và số tiền được thanh toán là 3.000.000 đồng
      Và quy định "tt60.d4.k9.tiep_khach" "không đạt"
      Và trích dẫn "khoản 9 Điều 4 Thông tư 60/2026/TT-BTC"
      Và trích dẫn "khoản 1 Điều 31 Thông tư 35/2026/TT-BTC"
      Và căn cứ "nguồn thứ cấp"
      Và thông báo nêu "vượt mức tiếp khách trong nước tối đa 600.000 đ"

    @tt60.d4.k9.tiep_khach
    Kịch bản: Không ghi mời cơm hay giải khát thì phải bổ sung thông tin
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
      Và khoản chi "tiếp khách" 1 lần, đơn giá 2.000.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "thiếu thông tin"
      Và quy định "tt60.d4.k9.tiep_khach" "không đạt"
      Và thông báo nêu "attributes.hospitality_kind"

    @tt55.d4.k8.tiep_khach @tt60.d4.k9.tiep_khach
    Khung kịch bản: Tiếp khách trong hội nghị ngày 30/05/2026 và 31/05/2026, và của nhiệm vụ kéo dài
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và hồ sơ có thuộc tính "extended_task" là "<kéo dài>"
      Và khoản chi "tiếp khách" 40 người-buổi, đơn giá 60.000 đồng
      Và khoản chi có thuộc tính "hospitality_kind" là "refreshment"
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "<không áp dụng>" không áp dụng
      Và quy định "<áp dụng>" "đạt"
      Và trích dẫn "<trích dẫn>"
      Và trích dẫn "Điều 30 Thông tư 35/2026/TT-BTC"

      Dữ liệu:
        | ngày       | kéo dài | áp dụng               | không áp dụng         | trích dẫn                              |
        | 30/05/2026 | không   | tt55.d4.k8.tiep_khach | tt60.d4.k9.tiep_khach | khoản 8 Điều 4 Thông tư 55/2023/TT-BTC |
        | 31/05/2026 | không   | tt60.d4.k9.tiep_khach | tt55.d4.k8.tiep_khach | khoản 9 Điều 4 Thông tư 60/2026/TT-BTC |
        | 31/05/2026 | có      | tt55.d4.k8.tiep_khach | tt60.d4.k9.tiep_khach | khoản 8 Điều 4 Thông tư 55/2023/TT-BTC |

  Quy tắc: Kiểm tra, giám sát, đánh giá — cần thẩm định thủ công (khoản 13 Điều 4)

    @tt60.d4.k13.tiep_khach
    Khung kịch bản: Chi tiếp khách trong kiểm tra, giám sát hoặc xây dựng khung kết quả cần thẩm định thủ công
      Cho hồ sơ "<hoạt động>" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
      Và khoản chi "tiếp khách" 10 suất, đơn giá 300.000 đồng
      Và khoản chi có thuộc tính "hospitality_kind" là "meal"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "cần thẩm định thủ công"
      Và số tiền được thanh toán là 0 đồng
      Và quy định "tt60.tiep_khach" không áp dụng
      Và quy định "tt60.d4.k13.tiep_khach" "không đạt"
      Và trích dẫn "khoản 13 Điều 4 Thông tư 60/2026/TT-BTC"
      Và thông báo nêu "không nêu chế độ tiếp khách trong nước như khoản 9"

      Dữ liệu:
        | hoạt động          |
        | kiểm tra, giám sát |
        | khung kết quả      |

    @tt60.d4.k13.tiep_khach
    Kịch bản: Phụ cấp lưu trú của đợt kiểm tra không bị quy định tiếp khách chặn
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 300.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "tt60.d4.k13.tiep_khach" không áp dụng

  Quy tắc: Hoạt động khác — chi tiếp khách không được chi

    @tt60.tiep_khach
    Khung kịch bản: Chi tiếp khách trong tập huấn, điều tra, cẩm nang bị gắn cờ
      Cho hồ sơ "<hoạt động>" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
      Và khoản chi "tiếp khách" 10 suất, đơn giá 300.000 đồng
      Và khoản chi có thuộc tính "hospitality_kind" là "meal"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "không được chi"
      Và số tiền được thanh toán là 0 đồng
      Và quy định "tt60.d4.k9.tiep_khach" không áp dụng
      Và quy định "tt60.tiep_khach" "không đạt"
      Và trích dẫn "khoản 9 Điều 4 Thông tư 60/2026/TT-BTC"
      Và căn cứ "chưa xác minh"

      Dữ liệu:
        | hoạt động |
        | tập huấn  |
        | điều tra  |
        | cẩm nang  |

    @tt60.tiep_khach
    Kịch bản: Tiếp khách trong hội nghị không bị quy định "không được chi" chặn
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
      Và khoản chi "tiếp khách" 10 suất, đơn giá 600.000 đồng
      Và khoản chi có thuộc tính "hospitality_kind" là "meal"
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "tt60.tiep_khach" không áp dụng
      Và quy định "tt60.d4.k13.tiep_khach" không áp dụng
      Và quy định "tt60.d4.k9.tiep_khach" "đạt"
