# language: vi
Tính năng: Học tập, trao đổi kinh nghiệm chỉ chi công tác phí (khoản 2 Điều 23 Thông tư 46/2022/TT-BTC — chưa đối chiếu)
  Thông tư 46/2022 chưa được đối chiếu: giả định như khoản 8 Điều 4 Thông tư 55/2023 — chuyến học tập,
  trao đổi kinh nghiệm chi theo chế độ công tác phí của Thông tư 40/2017/TT-BTC, tiếp khách, dịch thuật
  và chế độ đi nước ngoài. Tiền ăn đại biểu, tiền ăn học viên, thù lao giảng viên, thuê hội trường, nước
  uống, in ấn và khoản khác của chuyến đi trong nước không được chi. Căn cứ "chưa xác minh".

  @tt46.d23.k2.hoc_tap
  Khung kịch bản: Khoản chi ngoài công tác phí của chuyến học tập kinh nghiệm không được chi
    Cho hồ sơ "học tập kinh nghiệm" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022, trong nước
    Và khoản chi "<khoản chi>" 10 <đơn vị tính>, đơn giá 100.000 đồng
    Và khoản chi có chứng từ "hợp đồng", "hóa đơn"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "không được chi"
    Và số tiền được thanh toán là 0 đồng
    Và quy định "tt46.d23.k2.hoc_tap" "không đạt"
    Và căn cứ "chưa xác minh"

    Dữ liệu:
      | khoản chi           | đơn vị tính |
      | tiền ăn học viên    | người-ngày  |
      | thù lao giảng viên  | buổi        |
      | nước uống           | người-ngày  |
      | khác                | lần         |

  @tt46.d23.k2.hoc_tap
  Kịch bản: Phụ cấp lưu trú của chuyến học tập kinh nghiệm không bị quy định này chặn
    Cho hồ sơ "học tập kinh nghiệm" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 12/09/2022, trong nước
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "duyệt"
    Và quy định "tt46.d23.k2.hoc_tap" không áp dụng
    Và quy định "tt40.d6.k1" "đạt"
