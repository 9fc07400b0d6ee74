# language: vi
Tính năng: Chi tiếp khách trong nước (khoản 2 Điều 78, khoản 8 Điều 4 Thông tư 55/2023/TT-BTC; Chương VI Thông tư 71/2018/TT-BTC, Thông tư 35/2026/TT-BTC)
  Học tập, trao đổi kinh nghiệm; hội thảo, hội nghị, tổng kết, sơ kết (khoản 2 Điều 78) chi theo khoản 8
  Điều 4, dẫn chiếu Thông tư 71/2018 — gồm chế độ tiếp khách trong nước: giải khát ("hospitality_kind" là
  "refreshment") tối đa 30.000 đồng/người/buổi (Điều 30, số Điều chưa xác minh), mời cơm ("meal") tối đa
  300.000 đồng/suất đã gồm đồ uống (khoản 1 Điều 31). Từ 18/05/2026 (ngày Thông tư 35/2026 có hiệu lực, thay
  Thông tư 71/2018): giải khát 60.000 đồng/người/buổi (Điều 30), mời cơm 600.000 đồng/suất (khoản 1 Điều
  31). Áp dụng đến 30/05/2026 và cho nhiệm vụ kéo dài đến 31/12/2026. Các hoạt động khác của Điều 78, 79
  không dẫn chiếu chế độ tiếp khách: không được chi.

  Quy tắc: Học tập kinh nghiệm, hội thảo, hội nghị — trong mức tiếp khách trong nước

    @tt55.d4.k8.tiep_khach
    Khung kịch bản: Tiếp khách khi hội thảo, sơ kết, học tập kinh nghiệm so với mức tối đa của Thông tư 71/2018
      Cho hồ sơ "<hoạt động>" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và khoản chi "tiếp khách" <số lượng> <đơn vị tính>, đơn giá <đơn giá> đồng
      Và khoản chi có thuộc tính "hospitality_kind" là "<loại>"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt55.d4.k8.tiep_khach" "<đánh giá>"
      Và quy định "tt55.tiep_khach" không áp dụng
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | hoạt động           | loại        | số lượng | đơn vị tính | đơn giá | kết quả | đánh giá  | được thanh toán |
        | hội thảo            | refreshment | 50       | người-buổi  | 30.000  | duyệt   | đạt       | 1.500.000       |
        | hội thảo            | refreshment | 50       | người-buổi  | 30.001  | gắn cờ  | không đạt | 1.500.000       |
        | sơ kết              | meal        | 12       | suất        | 300.000 | duyệt   | đạt       | 3.600.000       |
        | học tập kinh nghiệm | meal        | 12       | suất        | 300.001 | gắn cờ  | không đạt | 3.600.000       |

    @tt55.d4.k8.tiep_khach
    Khung kịch bản: Mức của Thông tư 71/2018 đến 17/05/2026, của Thông tư 35/2026 từ 18/05/2026
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và khoản chi "tiếp khách" 10 <đơn vị tính>, đơn giá <đơn giá> đồng
      Và khoản chi có thuộc tính "hospitality_kind" là "<loại>"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt55.d4.k8.tiep_khach" "<đánh giá>"
      Và trích dẫn "<trích dẫn>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | ngày       | loại        | đơn vị tính | đơn giá | trích dẫn                                | kết quả | đánh giá  | được thanh toán |
        | 17/05/2026 | meal        | suất        | 300.000 | khoản 1 Điều 31 Thông tư 71/2018/TT-BTC | duyệt   | đạt       | 3.000.000       |
        | 17/05/2026 | meal        | suất        | 600.000 | khoản 1 Điều 31 Thông tư 71/2018/TT-BTC | gắn cờ  | không đạt | 3.000.000       |
        | 18/05/2026 | meal        | suất        | 600.000 | khoản 1 Điều 31 Thông tư 35/2026/TT-BTC | duyệt   | đạt       | 6.000.000       |
        | 18/05/2026 | meal        | suất        | 600.001 | khoản 1 Điều 31 Thông tư 35/2026/TT-BTC | gắn cờ  | không đạt | 6.000.000       |
        | 17/05/2026 | refreshment | người-buổi  | 60.000  | Điều 30 Thông tư 71/2018/TT-BTC         | gắn cờ  | không đạt | 300.000         |
        | 30/05/2026 | refreshment | người-buổi  | 60.000  | Điều 30 Thông tư 35/2026/TT-BTC         | duyệt   | đạt       | 600.000         |
        | 30/05/2026 | refreshment | người-buổi  | 60.001  | Điều 30 Thông tư 35/2026/TT-BTC         | gắn cờ  | không đạt | 600.000         |

    @tt55.d4.k8.tiep_khach
    Kịch bản: Giải khát vượt mức, trích dẫn khoản 2 Điều 78, khoản 8 Điều 4; số Điều 30 của Thông tư 71/2018 cần xác minh
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và khoản chi "tiếp khách" 40 người-buổi, đơn giá 50.000 đồng
      Và khoản chi có thuộc tính "hospitality_kind" là "refreshment"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "vượt mức tối đa"
      Và số tiền được thanh toán là 1.200.000 đồng
      Và quy định "tt55.d4.k8.tiep_khach" "không đạt"
      Và trích dẫn "khoản 2 Điều 78 Thông tư 55/2023/TT-BTC"
      Và trích dẫn "khoản 8 Điều 4 Thông tư 55/2023/TT-BTC"
      Và trích dẫn "Điều 30 Thông tư 71/2018/TT-BTC"
      Và căn cứ "chưa xác minh"
      Và thông báo nêu "Tiếp khách (giải khát) 50.000 đ vượt mức tiếp khách trong nước tối đa 30.000 đ"

    @tt55.d4.k8.tiep_khach
    Kịch bản: Mời cơm trong mức của Thông tư 71/2018, căn cứ nguồn thứ cấp
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và khoản chi "tiếp khách" 8 suất, đơn giá 250.000 đồng
      Và khoản chi có thuộc tính "hospitality_kind" là "meal"
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "tt55.d4.k8.tiep_khach" "đạt"
      Và trích dẫn "khoản 1 Điều 31 Thông tư 71/2018/TT-BTC"
      Và căn cứ "nguồn thứ cấp"

    @tt55.d4.k8.tiep_khach
    Kịch bản: Không ghi mời cơm hay giải khát thì phải bổ sung thông tin
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và khoản chi "tiếp khách" 1 lần, đơn giá 1.500.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "thiếu thông tin"
      Và số tiền được thanh toán là 0 đồng
      Và quy định "tt55.d4.k8.tiep_khach" "không đạt"
      Và thông báo nêu "attributes.hospitality_kind"

    @tt46.d4.tiep_khach @tt55.d4.k8.tiep_khach
    Khung kịch bản: Tiếp khách trong hội nghị ngày 14/08/2023 và 15/08/2023 trích dẫn theo Thông tư có hiệu lực
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và khoản chi "tiếp khách" 10 suất, đơn giá 300.000 đồng
      Và khoản chi có thuộc tính "hospitality_kind" là "meal"
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "<không áp dụng>" không áp dụng
      Và quy định "<áp dụng>" "đạt"
      Và trích dẫn "<trích dẫn>"

      Dữ liệu:
        | ngày       | áp dụng                | không áp dụng          | trích dẫn                                |
        | 14/08/2023 | tt46.d4.tiep_khach     | tt55.d4.k8.tiep_khach  | khoản 2 Điều 23 Thông tư 46/2022/TT-BTC |
        | 15/08/2023 | tt55.d4.k8.tiep_khach  | tt46.d4.tiep_khach     | khoản 2 Điều 78 Thông tư 55/2023/TT-BTC |

    @tt55.d4.k8.tiep_khach
    Khung kịch bản: Nhiệm vụ kéo dài đến 31/12/2026: tiếp khách theo Thông tư 55/2023 với mức của Thông tư 35/2026
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và hồ sơ có thuộc tính "extended_task" là "có"
      Và khoản chi "tiếp khách" 10 suất, đơn giá <đơn giá> đồng
      Và khoản chi có thuộc tính "hospitality_kind" là "meal"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt60.d4.k9.tiep_khach" không áp dụng
      Và quy định "tt55.d4.k8.tiep_khach" "<đánh giá>"
      Và trích dẫn "khoản 1 Điều 31 Thông tư 35/2026/TT-BTC"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | ngày       | đơn giá | kết quả | đánh giá  | được thanh toán |
        | 15/06/2026 | 600.000 | duyệt   | đạt       | 6.000.000       |
        | 31/12/2026 | 600.001 | gắn cờ  | không đạt | 6.000.000       |

  Quy tắc: Hoạt động khác — chi tiếp khách không được chi (Điều 78, 79)

    @tt55.tiep_khach
    Khung kịch bản: Chi tiếp khách trong kiểm tra, giám sát, tập huấn hoặc điều tra bị gắn cờ
      Cho hồ sơ "<hoạt động>" thuộc Tiểu dự án <tiểu dự án> của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và khoản chi "tiếp khách" 10 suất, đơn giá 150.000 đồng
      Và khoản chi có thuộc tính "hospitality_kind" là "meal"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "không được chi"
      Và số tiền được thanh toán là 0 đồng
      Và quy định "tt55.d4.k8.tiep_khach" không áp dụng
      Và quy định "tt55.tiep_khach" "không đạt"
      Và trích dẫn "Điều 78 Thông tư 55/2023/TT-BTC"
      Và trích dẫn "Điều 79 Thông tư 55/2023/TT-BTC"
      Và căn cứ "chưa xác minh"

      Dữ liệu:
        | hoạt động          | tiểu dự án |
        | kiểm tra, giám sát | 2          |
        | tập huấn           | 1          |
        | điều tra           | 2          |

    @tt55.tiep_khach
    Kịch bản: Nhiệm vụ kéo dài: tiếp khách trong đợt kiểm tra sau 31/05/2026 vẫn không được chi theo Thông tư 55/2023
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
      Và hồ sơ có thuộc tính "extended_task" là "có"
      Và khoản chi "tiếp khách" 10 suất, đơn giá 150.000 đồng
      Và khoản chi có thuộc tính "hospitality_kind" là "meal"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "không được chi"
      Và quy định "tt60.d4.k13.tiep_khach" không áp dụng
      Và quy định "tt55.tiep_khach" "không đạt"

    @tt55.tiep_khach
    Kịch bản: Phụ cấp lưu trú của đợt kiểm tra không bị quy định tiếp khách chặn
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và khoản chi "phụ cấp lưu trú" 4 người-ngày, đơn giá 200.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "tt55.tiep_khach" không áp dụng

    @tt55.tiep_khach
    Kịch bản: Tiếp khách trong hội thảo không bị quy định "không được chi" chặn
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và khoản chi "tiếp khách" 30 người-buổi, đơn giá 30.000 đồng
      Và khoản chi có thuộc tính "hospitality_kind" là "refreshment"
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "tt55.tiep_khach" không áp dụng
