# language: vi
Tính năng: Học tập, trao đổi kinh nghiệm chỉ chi công tác phí (khoản 2 Điều 78, khoản 8 Điều 4 Thông tư 55/2023/TT-BTC)
  Chi tổ chức học tập, trao đổi kinh nghiệm trong và ngoài nước theo Thông tư 40/2017/TT-BTC (chế độ
  công tác phí, Chương II: đi lại, phụ cấp lưu trú, thuê phòng nghỉ, khoán tự túc phương tiện), Thông tư
  71/2018/TT-BTC (tiếp khách, dịch thuật) và chế độ đi nước ngoài. Tiền ăn đại biểu, tiền ăn học viên,
  thù lao giảng viên, thuê hội trường, nước uống, in ấn và khoản khác của chuyến đi trong nước không thuộc
  các chế độ đó: không được chi. Khoản khác của chuyến đi nước ngoài cần thẩm định thủ công.

  @tt55.d4.k8.hoc_tap
  Khung kịch bản: Khoản chi ngoài công tác phí của chuyến học tập kinh nghiệm không được chi
    Cho hồ sơ "học tập kinh nghiệm" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024, trong nước
    Và khoản chi "<khoản chi>" 10 <đơn vị tính>, đơn giá 100.000 đồng
    Và khoản chi có chứng từ "hợp đồng", "hóa đơn"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "không được chi"
    Và số tiền được thanh toán là 0 đồng
    Và quy định "tt55.d4.k8.hoc_tap" "không đạt"

    Dữ liệu:
      | khoản chi           | đơn vị tính |
      | tiền ăn đại biểu    | người-ngày  |
      | tiền ăn học viên    | người-ngày  |
      | thù lao giảng viên  | buổi        |
      | thuê hội trường     | gói         |
      | nước uống           | người-ngày  |
      | in ấn               | bản         |
      | khác                | lần         |

  @tt55.d4.k8.hoc_tap
  Kịch bản: Thuê hội trường cho chuyến học tập bị gắn cờ, kèm trích dẫn
    Cho hồ sơ "trao đổi kinh nghiệm" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/08/2023
    Và khoản chi "thuê hội trường" 1 gói, đơn giá 5.000.000 đồng
    Và khoản chi có chứng từ "hợp đồng", "hóa đơn"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "không được chi"
    Và quy định "tt55.d4.k8.hoc_tap" "không đạt"
    Và trích dẫn "khoản 8 Điều 4 Thông tư 55/2023/TT-BTC"
    Và trích dẫn "Chương II Thông tư 40/2017/TT-BTC"
    Và căn cứ "nguồn thứ cấp"
    Và thông báo nêu "không thuộc chế độ chi của chuyến học tập"

  @tt55.d4.k8.hoc_tap
  Khung kịch bản: Công tác phí của chuyến học tập kinh nghiệm không bị quy định này chặn
    Cho hồ sơ "học tập kinh nghiệm" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024, trong nước
    Và khoản chi "<khoản chi>" 2 <đơn vị tính>, đơn giá <đơn giá> đồng
    Và khoản chi có chứng từ "hóa đơn"
    Khi thẩm định hồ sơ
    Thì khoản chi được "duyệt"
    Và quy định "tt55.d4.k8.hoc_tap" không áp dụng

    Dữ liệu:
      | khoản chi           | đơn vị tính | đơn giá |
      | phụ cấp lưu trú     | người-ngày  | 200.000 |
      | tiền tàu xe, đi lại | lượt        | 500.000 |

  @tt55.d4.k8.hoc_tap
  Kịch bản: Khoản khác của chuyến đi nước ngoài không bị quy định này chặn mà cần thẩm định thủ công
    Cho hồ sơ "học tập kinh nghiệm" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024, ở nước ngoài
    Và khoản chi "khác" 5 lần, đơn giá 1.500.000 đồng
    Và khoản chi có chứng từ "quyết định cử đi công tác", "hóa đơn"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "cần thẩm định thủ công"
    Và quy định "tt55.d4.k8.hoc_tap" không áp dụng

  @tt55.d4.k8.hoc_tap
  Kịch bản: Nước uống của hội nghị không thuộc quy định về chuyến học tập
    Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
    Và khoản chi "nước uống" 60 người-ngày, đơn giá 20.000 đồng
    Khi thẩm định hồ sơ
    Thì quy định "tt55.d4.k8.hoc_tap" không áp dụng

  @tt55.d4.k8.hoc_tap @tt46.d23.k2.hoc_tap
  Khung kịch bản: Thông tư 46/2022 đến 14/08/2023, Thông tư 55/2023 từ 15/08/2023
    Cho hồ sơ "học tập kinh nghiệm" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>, trong nước
    Và khoản chi "tiền ăn đại biểu" 10 người-ngày, đơn giá 100.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và quy định "<áp dụng>" "không đạt"
    Và quy định "<không áp dụng>" không áp dụng

    Dữ liệu:
      | ngày       | áp dụng              | không áp dụng        |
      | 14/08/2023 | tt46.d23.k2.hoc_tap  | tt55.d4.k8.hoc_tap   |
      | 15/08/2023 | tt55.d4.k8.hoc_tap   | tt46.d23.k2.hoc_tap  |
