# language: vi
Tính năng: Chi phiên dịch (khoản 2 Điều 11 Thông tư 71/2018/TT-BTC; cán bộ đơn vị: Điều 4 Thông tư 46/2022/TT-BTC, điểm d khoản 5 Điều 4 Thông tư 55/2023/TT-BTC)
  Áp dụng cho khoản chi phát sinh từ 01/11/2018 đến 17/05/2026 (từ 18/05/2026: Thông tư 35/2026).
  Điểm a khoản 5 Điều 4 Thông tư 55/2023 dẫn chiếu khoản 2 Điều 11 cho thuê phiên dịch (dịch nói): dịch
  thường ("interpretation_mode" là "ordinary") tối đa 250.000 đồng/giờ/người; dịch đuổi, song song
  ("simultaneous") tối đa 500.000 đồng/giờ/người. Do cán bộ của đơn vị thực hiện ("in_house"): tối đa 50 %
  mức thuê ngoài. Phiên dịch tiếng dân tộc thiểu số ("ethnic_language") không theo các mức này.
  Biên dịch (dịch tài liệu) của Dự án 7 không theo khoản 1 Điều 11 mà theo khoản 7 Điều 4 Thông tư
  338/2016/TT-BTC (điểm c khoản 5 Điều 4 Thông tư 55/2023): xem features/tt338-2016/dich_thuat.feature.

  Quy tắc: Dịch nói thuê ngoài (khoản 2 Điều 11)

    @tt71.d11.k2
    Khung kịch bản: Phiên dịch so với mức tối đa theo hình thức dịch
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và khoản chi "phiên dịch" 8 giờ, đơn giá <đơn giá> đồng
      Và khoản chi có thuộc tính "interpretation_mode" là "<hình thức>"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt71.d11.k2" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | ngày       | hình thức    | đơn giá | kết quả | đánh giá  | được thanh toán |
        | 15/11/2022 | ordinary     | 250.000 | duyệt   | đạt       | 2.000.000       |
        | 15/11/2022 | ordinary     | 250.001 | gắn cờ  | không đạt | 2.000.000       |
        | 15/11/2024 | simultaneous | 500.000 | duyệt   | đạt       | 4.000.000       |
        | 15/11/2024 | simultaneous | 500.001 | gắn cờ  | không đạt | 4.000.000       |

    @tt71.d11.k2
    Kịch bản: Phiên dịch vượt mức, kèm trích dẫn; không ghi hình thức dịch thì phải bổ sung thông tin
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2024
      Và khoản chi "phiên dịch" 4 giờ, đơn giá 300.000 đồng
      Và khoản chi có thuộc tính "interpretation_mode" là "ordinary"
      Và khoản chi "phiên dịch" 4 giờ, đơn giá 200.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi số 1 được "gắn cờ"
      Và số tiền được thanh toán là 1.000.000 đồng
      Và quy định "tt71.d11.k2" "không đạt"
      Và trích dẫn "khoản 2 Điều 11 Thông tư 71/2018/TT-BTC"
      Và thông báo nêu "vượt mức tối đa 250.000 đ/giờ/người"
      Thì khoản chi số 2 được "gắn cờ"
      Và lý do là "thiếu thông tin"
      Và số tiền được thanh toán là 0 đồng
      Và quy định "tt71.d11.k2" "không đạt"
      Và thông báo nêu "interpretation_mode"

    @tt71.d11.k2
    Kịch bản: Phiên dịch tiếng dân tộc thiểu số không theo mức Thông tư 71/2018
      Cho hồ sơ "tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2024
      Và khoản chi "phiên dịch" 4 giờ, đơn giá 100.000 đồng
      Và khoản chi có thuộc tính "ethnic_language" là "có"
      Và khoản chi có thuộc tính "interpretation_mode" là "ordinary"
      Khi thẩm định hồ sơ
      Thì quy định "tt71.d11.k2" không áp dụng
      Và quy định "tt55.d4.k5.phien_dich_noi_bo" không áp dụng

  Quy tắc: Phiên dịch do cán bộ của đơn vị thực hiện — tối đa 50 % mức thuê ngoài (Điều 4 Thông tư 46/2022, điểm d khoản 5 Điều 4 Thông tư 55/2023)

    @tt46.d4.phien_dich_noi_bo @tt55.d4.k5.phien_dich_noi_bo
    Khung kịch bản: Phiên dịch do cán bộ đơn vị thực hiện so với 50 % mức thuê ngoài
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và khoản chi "phiên dịch" 4 giờ, đơn giá <đơn giá> đồng
      Và khoản chi có thuộc tính "in_house" là "có"
      Và khoản chi có thuộc tính "interpretation_mode" là "<hình thức>"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "<quy định>" "<đánh giá>"
      Và quy định "<không áp dụng>" không áp dụng
      Và quy định "tt71.d11.k2" không áp dụng
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | ngày       | quy định                     | không áp dụng                | hình thức    | đơn giá | kết quả | đánh giá  | được thanh toán |
        | 15/11/2022 | tt46.d4.phien_dich_noi_bo    | tt55.d4.k5.phien_dich_noi_bo | ordinary     | 125.000 | duyệt   | đạt       | 500.000         |
        | 15/11/2022 | tt46.d4.phien_dich_noi_bo    | tt55.d4.k5.phien_dich_noi_bo | simultaneous | 250.001 | gắn cờ  | không đạt | 1.000.000       |
        | 17/05/2026 | tt55.d4.k5.phien_dich_noi_bo | tt46.d4.phien_dich_noi_bo    | simultaneous | 250.000 | duyệt   | đạt       | 1.000.000       |
        | 17/05/2026 | tt55.d4.k5.phien_dich_noi_bo | tt46.d4.phien_dich_noi_bo    | ordinary     | 125.001 | gắn cờ  | không đạt | 500.000         |

    @tt46.d4.phien_dich_noi_bo
    Kịch bản: Tỷ lệ 50 % theo Thông tư 46/2022 chưa đối chiếu văn bản gốc — thông báo ghi cần xác minh
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "phiên dịch" 4 giờ, đơn giá 200.000 đồng
      Và khoản chi có thuộc tính "in_house" là "có"
      Và khoản chi có thuộc tính "interpretation_mode" là "ordinary"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và số tiền được thanh toán là 500.000 đồng
      Và quy định "tt46.d4.phien_dich_noi_bo" "không đạt"
      Và trích dẫn "Điều 4 Thông tư 46/2022/TT-BTC"
      Và trích dẫn "khoản 2 Điều 11 Thông tư 71/2018/TT-BTC"
      Và thông báo nêu "vượt 50 % mức thuê ngoài, tức 125.000 đ/giờ/người"
      Và thông báo nêu "cần xác minh"
