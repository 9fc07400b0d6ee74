# language: vi
Tính năng: Thù lao hội thảo (khoản 9 Điều 4 Thông tư 55/2023/TT-BTC; khoản 4 Điều 4 Thông tư 03/2023/TT-BTC; khoản 10 Điều 4 Thông tư 60/2026/TT-BTC)
  Chi hội thảo trong nước theo Thông tư 03/2023/TT-BTC (hiệu lực từ 26/02/2023). Mức xây dựng dự toán chi
  thù lao tối đa (khoản 4 Điều 4): chủ trì 2.000.000 đồng/buổi, thư ký 500.000 đồng/buổi, báo cáo tham luận
  3.000.000 đồng/báo cáo, tham luận được đặt viết nhưng không trình bày 1.500.000 đồng/báo cáo, thành viên
  tham gia 300.000 đồng/người/buổi. Hội thảo là hoạt động "hội thảo" có loại cuộc họp "workshop". Vai trò
  tạm đọc từ hạng người nhận, ghi đúng chữ; vai trò khác thì cần thẩm định thủ công. Thời Thông tư 46/2022
  (chưa đối chiếu): cùng mức từ 26/02/2023, trước đó thẩm định thủ công. Từ 31/05/2026 (trừ nhiệm vụ kéo
  dài) theo Nghị định 265/2025/NĐ-CP, Thông tư 38, 39/2025/TT-BKHCN — mức chưa có trong bộ quy tắc.

  Quy tắc: Thông tư 55/2023 — mức tối đa theo vai trò (khoản 4 Điều 4 Thông tư 03/2023)

    @tt55.d4.k9.hoi_thao
    Khung kịch bản: Thù lao theo vai trò tại hội thảo so với mức tối đa
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và hoạt động có thuộc tính "meeting_type" là "workshop"
      Và khoản chi "<khoản chi>" 2 <đơn vị tính>, đơn giá <đơn giá> đồng
      Và người nhận có hạng "<vai trò>"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt55.d4.k9.hoi_thao" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | khoản chi            | đơn vị tính | vai trò                   | đơn giá   | kết quả | đánh giá  | được thanh toán |
        | thù lao báo cáo viên | buổi        | chủ trì                   | 2.000.000 | duyệt   | đạt       | 4.000.000       |
        | thù lao báo cáo viên | buổi        | chủ trì                   | 2.000.001 | gắn cờ  | không đạt | 4.000.000       |
        | khác                 | buổi        | thư ký                    | 500.000   | duyệt   | đạt       | 1.000.000       |
        | khác                 | buổi        | thư ký                    | 500.001   | gắn cờ  | không đạt | 1.000.000       |
        | thù lao báo cáo viên | báo cáo     | báo cáo tham luận         | 3.000.000 | duyệt   | đạt       | 6.000.000       |
        | thù lao báo cáo viên | báo cáo     | báo cáo tham luận         | 3.000.001 | gắn cờ  | không đạt | 6.000.000       |
        | thù lao báo cáo viên | báo cáo     | tham luận không trình bày | 1.500.000 | duyệt   | đạt       | 3.000.000       |
        | thù lao báo cáo viên | báo cáo     | tham luận không trình bày | 1.500.001 | gắn cờ  | không đạt | 3.000.000       |
        | khác                 | buổi        | thành viên                | 300.000   | duyệt   | đạt       | 600.000         |
        | khác                 | buổi        | thành viên                | 300.001   | gắn cờ  | không đạt | 600.000         |

    @tt55.d4.k9.hoi_thao
    Kịch bản: Thù lao chủ trì vượt mức bị gắn cờ, kèm trích dẫn và căn cứ
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/08/2023
      Và hoạt động có thuộc tính "meeting_type" là "workshop"
      Và khoản chi "thù lao báo cáo viên" 1 buổi, đơn giá 2.500.000 đồng
      Và người nhận có hạng "chủ trì"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "vượt mức tối đa"
      Và số tiền được thanh toán là 2.000.000 đồng
      Và quy định "tt55.d4.k9.hoi_thao" "không đạt"
      Và trích dẫn "khoản 9 Điều 4 Thông tư 55/2023/TT-BTC"
      Và trích dẫn "khoản 4 Điều 4 Thông tư 03/2023/TT-BTC"
      Và căn cứ "nguồn thứ cấp"

    @tt55.d4.k9.hoi_thao
    Khung kịch bản: Vai trò không có trong bảng mức cần thẩm định thủ công
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và hoạt động có thuộc tính "meeting_type" là "workshop"
      Và khoản chi "thù lao báo cáo viên" 1 buổi, đơn giá 1.000.000 đồng
      Và người nhận có hạng "<vai trò>"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "cần thẩm định thủ công"
      Và số tiền được thanh toán là 0 đồng
      Và quy định "tt55.d4.k9.hoi_thao" "không đạt"
      Và thông báo nêu "chỉ có mức cho vai trò ghi ở «Hạng»"

      Dữ liệu:
        | vai trò   |
        | TS        |
        | diễn giả  |

    @tt55.d4.k9.hoi_thao
    Kịch bản: Vai trò so khớp không phân biệt chữ hoa, khoảng trắng: «  Chủ Trì » là «chủ trì»
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và hoạt động có thuộc tính "meeting_type" là "workshop"
      Và khoản chi "thù lao báo cáo viên" 1 buổi, đơn giá 2.000.000 đồng
      Và người nhận có hạng "  Chủ   Trì "
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "tt55.d4.k9.hoi_thao" "đạt"

    @tt55.d4.k9.hoi_thao
    Kịch bản: Không ghi vai trò thì hỏi hạng người nhận
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và hoạt động có thuộc tính "meeting_type" là "workshop"
      Và khoản chi "khác" 10 buổi, đơn giá 300.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "thiếu thông tin"
      Và quy định "tt55.d4.k9.hoi_thao" "không đạt"
      Và thông báo nêu "payee.grade"

    @tt55.d4.k9.hoi_thao
    Kịch bản: Hội nghị không phải hội thảo không theo mức thù lao hội thảo
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và hoạt động có thuộc tính "meeting_type" là "review"
      Và khoản chi "thù lao báo cáo viên" 1 buổi, đơn giá 2.000.000 đồng
      Và người nhận có hạng "chủ trì"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và quy định "tt55.d4.k9.hoi_thao" không áp dụng

  Quy tắc: Chuyển tiếp — Thông tư 55/2023 đến 30/05/2026 (nhiệm vụ kéo dài đến 31/12/2026), Thông tư 60/2026 từ 31/05/2026

    @tt55.d4.k9.hoi_thao @tt60.d4.k10.hoi_thao
    Khung kịch bản: Thù lao thành viên hội thảo ở hai bên ngày 31/05/2026
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và hồ sơ có thuộc tính "extended_task" là "<kéo dài>"
      Và hoạt động có thuộc tính "meeting_type" là "workshop"
      Và khoản chi "khác" 10 buổi, đơn giá 300.000 đồng
      Và người nhận có hạng "thành viên"
      Khi thẩm định hồ sơ
      Thì quy định "<áp dụng>" "<đánh giá>"
      Và quy định "<không áp dụng>" không áp dụng

      Dữ liệu:
        | ngày       | kéo dài | áp dụng               | đánh giá  | không áp dụng         |
        | 30/05/2026 | không   | tt55.d4.k9.hoi_thao   | đạt       | tt60.d4.k10.hoi_thao  |
        | 31/12/2026 | có      | tt55.d4.k9.hoi_thao   | đạt       | tt60.d4.k10.hoi_thao  |
        | 31/05/2026 | không   | tt60.d4.k10.hoi_thao  | không đạt | tt55.d4.k9.hoi_thao   |

    @tt60.d4.k10.hoi_thao
    Kịch bản: Thù lao hội thảo từ 31/05/2026 cần thẩm định thủ công
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
      Và hoạt động có thuộc tính "meeting_type" là "workshop"
      Và khoản chi "khác" 2 buổi, đơn giá 2.000.000 đồng
      Và người nhận có hạng "chủ trì"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "cần thẩm định thủ công"
      Và số tiền được thanh toán là 0 đồng
      Và quy định "tt60.d4.k10.hoi_thao" "không đạt"
      Và trích dẫn "khoản 10 Điều 4 Thông tư 60/2026/TT-BTC"
      Và thông báo nêu "Nghị định 265/2025/NĐ-CP"

    @tt60.d4.k10.hoi_thao
    Kịch bản: Khoản chi khác loại của hội thảo từ 31/05/2026 không bị quy định này chặn
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
      Và hoạt động có thuộc tính "meeting_type" là "workshop"
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 300.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "tt60.d4.k10.hoi_thao" không áp dụng

  Quy tắc: Thông tư 46/2022 (chưa đối chiếu) — Thông tư 03/2023 chỉ từ 26/02/2023

    @tt46.d4.hoi_thao
    Khung kịch bản: Thù lao thư ký hội thảo thời Thông tư 46/2022
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và hoạt động có thuộc tính "meeting_type" là "workshop"
      Và khoản chi "khác" 2 buổi, đơn giá <đơn giá> đồng
      Và người nhận có hạng "thư ký"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và lý do là "<lý do>"
      Và quy định "tt46.d4.hoi_thao" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | ngày       | đơn giá | kết quả | lý do                  | đánh giá  | được thanh toán |
        | 26/02/2023 | 500.001 | gắn cờ  | vượt mức tối đa        | không đạt | 1.000.000       |
        | 14/08/2023 | 500.001 | gắn cờ  | vượt mức tối đa        | không đạt | 1.000.000       |
        | 25/02/2023 | 500.000 | gắn cờ  | cần thẩm định thủ công | không đạt | 0               |

    @tt46.d4.hoi_thao
    Khung kịch bản: Thù lao thư ký hội thảo không vượt mức thời Thông tư 46/2022
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và hoạt động có thuộc tính "meeting_type" là "workshop"
      Và khoản chi "khác" 2 buổi, đơn giá 500.000 đồng
      Và người nhận có hạng "thư ký"
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "tt46.d4.hoi_thao" "đạt"
      Và căn cứ "chưa xác minh"

      Dữ liệu:
        | ngày       |
        | 26/02/2023 |
        | 14/08/2023 |
