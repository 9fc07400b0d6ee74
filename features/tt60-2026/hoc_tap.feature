# language: vi
Tính năng: Học tập, trao đổi kinh nghiệm chỉ chi công tác phí (khoản 9 Điều 4 Thông tư 60/2026/TT-BTC)
  Từ 31/05/2026 (trừ nhiệm vụ 2021-2025 được kéo dài, vẫn theo Thông tư 55/2023), chi học tập, trao đổi
  kinh nghiệm theo Thông tư 40/2017/TT-BTC (công tác phí), Thông tư 35/2026/TT-BTC (tiếp khách, dịch
  thuật) và Thông tư 140/2025/TT-BTC (đi nước ngoài). Tiền ăn đại biểu, tiền ăn học viên, thù lao giảng
  viên, thuê hội trường, nước uống, in ấn và khoản khác của chuyến đi trong nước không được chi.

  @tt60.d4.k9.hoc_tap
  Khung kịch bản: Khoản chi ngoài công tác phí của chuyến học tập kinh nghiệm không được chi
    Cho hồ sơ "học tập kinh nghiệm" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026, trong nước
    Và khoản chi "<khoản chi>" 10 <đơn vị tính>, đơn giá 100.000 đồng
    Và khoản chi có chứng từ "hợp đồng", "hóa đơn"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "không được chi"
    Và số tiền được thanh toán là 0 đồng
    Và quy định "tt60.d4.k9.hoc_tap" "không đạt"
    Và trích dẫn "khoản 9 Điều 4 Thông tư 60/2026/TT-BTC"
    Và căn cứ "nguồn thứ cấp"

    Dữ liệu:
      | khoản chi           | đơn vị tính |
      | tiền ăn đại biểu    | người-ngày  |
      | thuê hội trường     | gói         |
      | in ấn               | bản         |
      | khác                | lần         |

  @tt60.d4.k9.hoc_tap
  Kịch bản: Phụ cấp lưu trú của chuyến học tập kinh nghiệm không bị quy định này chặn
    Cho hồ sơ "học tập kinh nghiệm" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026, trong nước
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 300.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "duyệt"
    Và quy định "tt60.d4.k9.hoc_tap" không áp dụng

  @tt60.d4.k9.hoc_tap @tt55.d4.k8.hoc_tap
  Khung kịch bản: Thông tư 55/2023 đến 30/05/2026 (nhiệm vụ kéo dài đến 31/12/2026), Thông tư 60/2026 từ 31/05/2026
    Cho hồ sơ "học tập kinh nghiệm" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>, trong nước
    Và hồ sơ có thuộc tính "extended_task" là "<kéo dài>"
    Và khoản chi "nước uống" 20 người-ngày, đơn giá 20.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và quy định "<áp dụng>" "không đạt"
    Và quy định "<không áp dụng>" không áp dụng

    Dữ liệu:
      | ngày       | kéo dài | áp dụng             | không áp dụng       |
      | 30/05/2026 | không   | tt55.d4.k8.hoc_tap  | tt60.d4.k9.hoc_tap  |
      | 31/12/2026 | có      | tt55.d4.k8.hoc_tap  | tt60.d4.k9.hoc_tap  |
      | 31/05/2026 | không   | tt60.d4.k9.hoc_tap  | tt55.d4.k8.hoc_tap  |
