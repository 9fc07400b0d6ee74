# language: vi
Tính năng: Chi tiếp khách trong nước (khoản 2 Điều 23, Điều 4 Thông tư 46/2022/TT-BTC; Chương VI Thông tư 71/2018/TT-BTC)
  Khoản chi phát sinh từ 12/09/2022 đến 14/08/2023. Văn bản Thông tư 46/2022 chưa đọc được: giả định như
  Thông tư 55/2023 (khoản 2 Điều 78 → khoản 8 Điều 4 → Thông tư 71/2018, gồm chế độ tiếp khách trong nước)
  — căn cứ "chưa xác minh". Học tập, trao đổi kinh nghiệm; hội thảo, hội nghị, sơ kết, tổng kết: chi tiếp
  khách trong mức của Thông tư 71/2018 — giải khát ("hospitality_kind" là "refreshment") tối đa 30.000
  đồng/người/buổi, mời cơm ("meal") tối đa 300.000 đồng/suất đã gồm đồ uống. Hoạt động khác: không được chi.

  Quy tắc: Học tập kinh nghiệm, hội thảo, hội nghị — trong mức tiếp khách trong nước (Thông tư 71/2018)

    @tt46.d4.tiep_khach
    Khung kịch bản: Tiếp khách khi hội nghị, học tập kinh nghiệm so với mức tối đa theo loại tiếp khách
      Cho hồ sơ "<hoạt động>" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "tiếp khách" <số lượng> <đơn vị tính>, đơn giá <đơn giá> đồng
      Và khoản chi có thuộc tính "hospitality_kind" là "<loại>"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt46.d4.tiep_khach" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | hoạt động           | loại        | số lượng | đơn vị tính | đơn giá | kết quả | đánh giá  | được thanh toán |
        | hội nghị            | refreshment | 40       | người-buổi  | 30.000  | duyệt   | đạt       | 1.200.000       |
        | hội nghị            | refreshment | 40       | người-buổi  | 30.001  | gắn cờ  | không đạt | 1.200.000       |
        | học tập kinh nghiệm | meal        | 10       | suất        | 300.000 | duyệt   | đạt       | 3.000.000       |
        | học tập kinh nghiệm | meal        | 10       | suất        | 300.001 | gắn cờ  | không đạt | 3.000.000       |

    @tt46.d4.tiep_khach
    Kịch bản: Mời cơm vượt mức trong hội nghị, trích dẫn Thông tư 46/2022 và Thông tư 71/2018; dẫn chiếu cần xác minh
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 14/08/2023
      Và khoản chi "tiếp khách" 10 suất, đơn giá 500.000 đồng
      Và khoản chi có thuộc tính "hospitality_kind" là "meal"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "vượt mức tối đa"
      Và số tiền được thanh toán là 3.000.000 đồng
      Và quy định "tt46.d4.tiep_khach" "không đạt"
      Và trích dẫn "khoản 2 Điều 23 Thông tư 46/2022/TT-BTC"
      Và trích dẫn "Điều 4 Thông tư 46/2022/TT-BTC"
      Và trích dẫn "khoản 1 Điều 31 Thông tư 71/2018/TT-BTC"
      Và căn cứ "nguồn thứ cấp"
      Và thông báo nêu "vượt mức tiếp khách trong nước tối đa 300.000 đ"
      Và thông báo nêu "cần xác minh"

    @tt46.d4.tiep_khach
    Kịch bản: Không ghi mời cơm hay giải khát thì phải bổ sung thông tin
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "tiếp khách" 1 lần, đơn giá 2.000.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "thiếu thông tin"
      Và số tiền được thanh toán là 0 đồng
      Và quy định "tt46.d4.tiep_khach" "không đạt"
      Và thông báo nêu "attributes.hospitality_kind"

  Quy tắc: Hoạt động khác — chi tiếp khách không được chi (Điều 23, 24)

    @tt46.tiep_khach
    Khung kịch bản: Chi tiếp khách trong kiểm tra, giám sát hoặc tập huấn bị gắn cờ
      Cho hồ sơ "<hoạt động>" thuộc Tiểu dự án <tiểu dự án> của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "tiếp khách" 10 suất, đơn giá 200.000 đồng
      Và khoản chi có thuộc tính "hospitality_kind" là "meal"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "không được chi"
      Và số tiền được thanh toán là 0 đồng
      Và quy định "tt46.d4.tiep_khach" không áp dụng
      Và quy định "tt46.tiep_khach" "không đạt"
      Và trích dẫn "Điều 23 Thông tư 46/2022/TT-BTC"
      Và trích dẫn "Điều 24 Thông tư 46/2022/TT-BTC"
      Và căn cứ "chưa xác minh"

      Dữ liệu:
        | hoạt động          | tiểu dự án |
        | kiểm tra, giám sát | 2          |
        | tập huấn           | 1          |

    @tt46.tiep_khach @tt46.d4.tiep_khach
    Kịch bản: Tiếp khách trong hội nghị và phụ cấp lưu trú của đợt kiểm tra không bị quy định "không được chi" chặn
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "tiếp khách" 40 người-buổi, đơn giá 30.000 đồng
      Và khoản chi có thuộc tính "hospitality_kind" là "refreshment"
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
      Khi thẩm định các hồ sơ
      Thì hồ sơ "HS-1" được "duyệt"
      Và quy định "tt46.tiep_khach" không áp dụng
      Và quy định "tt46.d4.tiep_khach" "đạt"
      Thì hồ sơ "HS-2" được "duyệt"
      Và quy định "tt46.tiep_khach" không áp dụng
      Và số tiền được thanh toán là 400.000 đồng

    @tt46.tiep_khach
    Kịch bản: Trong cùng hồ sơ kiểm tra, chỉ khoản chi tiếp khách bị gắn cờ
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
      Và khoản chi "tiếp khách" 10 suất, đơn giá 200.000 đồng
      Và khoản chi có thuộc tính "hospitality_kind" là "meal"
      Khi thẩm định hồ sơ
      Thì khoản chi số 1 được "duyệt"
      Và số tiền được thanh toán là 400.000 đồng
      Thì khoản chi số 2 được "gắn cờ"
      Và quy định "tt46.tiep_khach" "không đạt"
      Thì hồ sơ được "gắn cờ"
      Và số tiền được thanh toán là 400.000 đồng
