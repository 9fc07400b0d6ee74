# language: vi
Tính năng: Chi dịch thuật (Điều 11 Thông tư 35/2026/TT-BTC; điểm a, b khoản 6 Điều 4 Thông tư 60/2026/TT-BTC)
  Thông tư 35/2026 có hiệu lực từ 18/05/2026, thay Điều 11 Thông tư 71/2018/TT-BTC.
  Dịch nói: theo khoản 2 Điều 11 từ 18/05/2026 cho mọi hồ sơ (theo Thông tư 55/2023, điểm a khoản 5 Điều 4
  dẫn chiếu Thông tư 71/2018 đã hết hiệu lực — áp dụng văn bản thay thế). Biên dịch: theo khoản 1 Điều 11
  chỉ cho khoản chi theo Thông tư 60/2026 (từ 31/05/2026, trừ nhiệm vụ kéo dài); điểm b khoản 6 Điều 4
  Thông tư 60/2026 ghi "khoản 2 Điều 11" nhưng biên dịch là khoản 1. Trước 31/05/2026 và cho nhiệm vụ kéo
  dài, biên dịch theo khoản 7 Điều 4 Thông tư 338/2016 (features/tt338-2016/dich_thuat.feature).
  Biên dịch (khoản 1, trang 350 từ): ngôn ngữ Liên hợp quốc sang tiếng Việt tối đa 300.000 đồng
  (điểm a); tiếng Việt sang ngôn ngữ Liên hợp quốc tối đa 360.000 đồng (điểm b); ngôn ngữ khác tăng
  tối đa 30 % (điểm c). Dịch nói (khoản 2): dịch nối tiếp ("ordinary") tối đa 750.000 đồng/giờ/người;
  dịch song song, cabin ("simultaneous") tối đa 1.500.000 đồng/giờ/người. Cán bộ của đơn vị tham gia
  biên, phiên dịch (khoản 3): tối đa 50 % mức khoản 1, 2.

  Quy tắc: Dịch nói ngày 17/05/2026 theo Thông tư 71/2018, từ 18/05/2026 theo Thông tư 35/2026

    @tt35.d11.k2 @tt71.d11.k2
    Khung kịch bản: Dịch nói trước và từ ngày Thông tư 35/2026 có hiệu lực
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và khoản chi "phiên dịch" 8 giờ, đơn giá <đơn giá> đồng
      Và khoản chi có thuộc tính "interpretation_mode" là "<hình thức>"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "<quy định>" "<đánh giá>"
      Và quy định "<không áp dụng>" không áp dụng
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | ngày       | hình thức    | đơn giá   | quy định    | không áp dụng | kết quả | đánh giá  | được thanh toán |
        | 17/05/2026 | ordinary     | 250.000   | tt71.d11.k2 | tt35.d11.k2   | duyệt   | đạt       | 2.000.000       |
        | 17/05/2026 | ordinary     | 750.000   | tt71.d11.k2 | tt35.d11.k2   | gắn cờ  | không đạt | 2.000.000       |
        | 18/05/2026 | ordinary     | 750.000   | tt35.d11.k2 | tt71.d11.k2   | duyệt   | đạt       | 6.000.000       |
        | 17/05/2026 | simultaneous | 1.500.000 | tt71.d11.k2 | tt35.d11.k2   | gắn cờ  | không đạt | 4.000.000       |
        | 18/05/2026 | simultaneous | 1.500.000 | tt35.d11.k2 | tt71.d11.k2   | duyệt   | đạt       | 12.000.000      |
        | 30/05/2026 | ordinary     | 750.001   | tt35.d11.k2 | tt71.d11.k2   | gắn cờ  | không đạt | 6.000.000       |

  Quy tắc: Biên dịch theo Thông tư 338/2016 đến 30/05/2026 (và nhiệm vụ kéo dài), theo Thông tư 35/2026 từ 31/05/2026

    @tt35.d11.k1 @tt55.d4.k5.c
    Khung kịch bản: Biên dịch trước và từ ngày Thông tư 60/2026 có hiệu lực
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và hồ sơ có thuộc tính "extended_task" là "<kéo dài>"
      Và khoản chi "biên dịch tài liệu" 10 trang, đơn giá 300.000 đồng
      Và khoản chi có thuộc tính "language_group" là "un"
      Và khoản chi có thuộc tính "translation_direction" là "to_vietnamese"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "<không áp dụng>" không áp dụng
      Và quy định "<quy định>" "<đánh giá>"
      Và trích dẫn "<trích dẫn>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | ngày       | kéo dài | quy định     | không áp dụng | trích dẫn                                     | kết quả | đánh giá  | được thanh toán |
        | 17/05/2026 | không   | tt55.d4.k5.c | tt35.d11.k1   | khoản 7 Điều 4 Thông tư 338/2016/TT-BTC       | gắn cờ  | không đạt | 0               |
        | 18/05/2026 | không   | tt55.d4.k5.c | tt35.d11.k1   | điểm c khoản 5 Điều 4 Thông tư 55/2023/TT-BTC | gắn cờ  | không đạt | 0               |
        | 30/05/2026 | không   | tt55.d4.k5.c | tt35.d11.k1   | khoản 7 Điều 4 Thông tư 338/2016/TT-BTC       | gắn cờ  | không đạt | 0               |
        | 31/05/2026 | không   | tt35.d11.k1  | tt55.d4.k5.c  | khoản 1 Điều 11 Thông tư 35/2026/TT-BTC       | duyệt   | đạt       | 3.000.000       |
        | 31/05/2026 | có      | tt55.d4.k5.c | tt35.d11.k1   | khoản 7 Điều 4 Thông tư 338/2016/TT-BTC       | gắn cờ  | không đạt | 0               |

  Quy tắc: Biên dịch thuê ngoài (khoản 1 Điều 11)

    @tt35.d11.k1
    Khung kịch bản: Biên dịch ngôn ngữ Liên hợp quốc so với mức tối đa theo chiều dịch
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
      Và khoản chi "biên dịch tài liệu" 10 trang, đơn giá <đơn giá> đồng
      Và khoản chi có thuộc tính "language_group" là "un"
      Và khoản chi có thuộc tính "translation_direction" là "<chiều dịch>"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt35.d11.k1" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | chiều dịch      | đơn giá | kết quả | đánh giá  | được thanh toán |
        | to_vietnamese   | 300.000 | duyệt   | đạt       | 3.000.000       |
        | to_vietnamese   | 300.001 | gắn cờ  | không đạt | 3.000.000       |
        | from_vietnamese | 360.000 | duyệt   | đạt       | 3.600.000       |
        | from_vietnamese | 360.001 | gắn cờ  | không đạt | 3.600.000       |

    @tt35.d11.k1
    Kịch bản: Biên dịch vượt mức từ 31/05/2026, kèm trích dẫn và căn cứ; Thông tư 60/2026 dẫn chiếu "khoản 2" được ghi chú
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 31/05/2026
      Và khoản chi "biên dịch tài liệu" 10 trang, đơn giá 400.000 đồng
      Và khoản chi có thuộc tính "language_group" là "un"
      Và khoản chi có thuộc tính "translation_direction" là "from_vietnamese"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "vượt mức tối đa"
      Và số tiền được thanh toán là 3.600.000 đồng
      Và quy định "tt35.d11.k1" "không đạt"
      Và trích dẫn "khoản 1 Điều 11 Thông tư 35/2026/TT-BTC"
      Và trích dẫn "điểm b khoản 6 Điều 4 Thông tư 60/2026/TT-BTC"
      Và căn cứ "nguồn thứ cấp"
      Và thông báo nêu "vượt mức tối đa 360.000 đ/trang"

    @tt35.d11.k1
    Kịch bản: Biên dịch vượt mức của ngôn ngữ Liên hợp quốc mà không ghi ngôn ngữ thì phải bổ sung, không phải vi phạm
      # Ngôn ngữ khác được tới 130 % (điểm c): 400.000 đồng có thể đạt, nên chưa thể kết luận vượt mức.
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
      Và khoản chi "biên dịch tài liệu" 10 trang, đơn giá 400.000 đồng
      Và khoản chi có thuộc tính "translation_direction" là "to_vietnamese"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "thiếu thông tin"
      Và loại cờ là "thiếu thông tin"
      Và quy định "tt35.d11.k1" "không đạt"

    @tt35.d11.k1.c
    Khung kịch bản: Biên dịch ngôn ngữ khác so với 130 % mức điểm a, b
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
      Và khoản chi "biên dịch tài liệu" 10 trang, đơn giá <đơn giá> đồng
      Và khoản chi có thuộc tính "language_group" là "other"
      Và khoản chi có thuộc tính "translation_direction" là "<chiều dịch>"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt35.d11.k1.c" "<đánh giá>"
      Và quy định "tt35.d11.k1" không áp dụng
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | chiều dịch      | đơn giá | kết quả | đánh giá  | được thanh toán |
        | to_vietnamese   | 390.000 | duyệt   | đạt       | 3.900.000       |
        | to_vietnamese   | 390.001 | gắn cờ  | không đạt | 3.900.000       |
        | from_vietnamese | 468.000 | duyệt   | đạt       | 4.680.000       |
        | from_vietnamese | 468.001 | gắn cờ  | không đạt | 4.680.000       |

    @tt35.d11.k1.c
    Kịch bản: Biên dịch ngôn ngữ khác vượt 130 %, trích dẫn điểm c
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
      Và khoản chi "biên dịch tài liệu" 10 trang, đơn giá 400.000 đồng
      Và khoản chi có thuộc tính "language_group" là "other"
      Và khoản chi có thuộc tính "translation_direction" là "to_vietnamese"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và quy định "tt35.d11.k1.c" "không đạt"
      Và trích dẫn "điểm c khoản 1 Điều 11 Thông tư 35/2026/TT-BTC"
      Và thông báo nêu "vượt 130 % mức biên dịch, tức 390.000 đ/trang"

  Quy tắc: Dịch nói thuê ngoài (khoản 2 Điều 11)

    @tt35.d11.k2
    Khung kịch bản: Dịch nói so với mức tối đa theo hình thức dịch
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/05/2026
      Và khoản chi "phiên dịch" 2 giờ, đơn giá <đơn giá> đồng
      Và khoản chi có thuộc tính "interpretation_mode" là "<hình thức>"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt35.d11.k2" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | hình thức    | đơn giá   | kết quả | đánh giá  | được thanh toán |
        | ordinary     | 750.000   | duyệt   | đạt       | 1.500.000       |
        | ordinary     | 750.001   | gắn cờ  | không đạt | 1.500.000       |
        | simultaneous | 1.500.000 | duyệt   | đạt       | 3.000.000       |
        | simultaneous | 1.500.001 | gắn cờ  | không đạt | 3.000.000       |

    @tt35.d11.k2
    Kịch bản: Dịch nói không ghi hình thức thì phải bổ sung thông tin
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/05/2026
      Và khoản chi "phiên dịch" 2 giờ, đơn giá 500.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "thiếu thông tin"
      Và quy định "tt35.d11.k2" "không đạt"
      Và trích dẫn "khoản 2 Điều 11 Thông tư 35/2026/TT-BTC"

  Quy tắc: Cán bộ của đơn vị tham gia biên, phiên dịch — tối đa 50 % (khoản 3 Điều 11)

    @tt35.d11.k3.bien_dich
    Khung kịch bản: Biên dịch ngôn ngữ Liên hợp quốc do cán bộ đơn vị thực hiện so với 50 %
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
      Và khoản chi "biên dịch tài liệu" 10 trang, đơn giá <đơn giá> đồng
      Và khoản chi có thuộc tính "in_house" là "có"
      Và khoản chi có thuộc tính "language_group" là "un"
      Và khoản chi có thuộc tính "translation_direction" là "<chiều dịch>"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt35.d11.k3.bien_dich" "<đánh giá>"
      Và quy định "tt35.d11.k1" không áp dụng
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | chiều dịch      | đơn giá | kết quả | đánh giá  | được thanh toán |
        | to_vietnamese   | 150.000 | duyệt   | đạt       | 1.500.000       |
        | to_vietnamese   | 150.001 | gắn cờ  | không đạt | 1.500.000       |
        | from_vietnamese | 180.000 | duyệt   | đạt       | 1.800.000       |
        | from_vietnamese | 180.001 | gắn cờ  | không đạt | 1.800.000       |

    @tt35.d11.k3.bien_dich.ngon_ngu_khac
    Khung kịch bản: Biên dịch ngôn ngữ khác do cán bộ đơn vị thực hiện so với 65 % mức điểm a, b
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
      Và khoản chi "biên dịch tài liệu" 10 trang, đơn giá <đơn giá> đồng
      Và khoản chi có thuộc tính "in_house" là "có"
      Và khoản chi có thuộc tính "language_group" là "other"
      Và khoản chi có thuộc tính "translation_direction" là "<chiều dịch>"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt35.d11.k3.bien_dich.ngon_ngu_khac" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | chiều dịch      | đơn giá | kết quả | đánh giá  | được thanh toán |
        | to_vietnamese   | 195.000 | duyệt   | đạt       | 1.950.000       |
        | to_vietnamese   | 195.001 | gắn cờ  | không đạt | 1.950.000       |
        | from_vietnamese | 234.000 | duyệt   | đạt       | 2.340.000       |
        | from_vietnamese | 234.001 | gắn cờ  | không đạt | 2.340.000       |

    @tt35.d11.k3.phien_dich
    Khung kịch bản: Dịch nói do cán bộ đơn vị thực hiện so với 50 %
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và khoản chi "phiên dịch" 2 giờ, đơn giá <đơn giá> đồng
      Và khoản chi có thuộc tính "in_house" là "có"
      Và khoản chi có thuộc tính "interpretation_mode" là "<hình thức>"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt35.d11.k3.phien_dich" "<đánh giá>"
      Và quy định "tt35.d11.k2" không áp dụng
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | ngày       | hình thức    | đơn giá | kết quả | đánh giá  | được thanh toán |
        | 18/05/2026 | ordinary     | 375.000 | duyệt   | đạt       | 750.000         |
        | 18/05/2026 | ordinary     | 375.001 | gắn cờ  | không đạt | 750.000         |
        | 20/05/2026 | simultaneous | 750.000 | duyệt   | đạt       | 1.500.000       |
        | 20/05/2026 | simultaneous | 750.001 | gắn cờ  | không đạt | 1.500.000       |

    @tt35.d11.k3.phien_dich @tt55.d4.k5.phien_dich_noi_bo
    Khung kịch bản: Phiên dịch do cán bộ đơn vị ngày 17/05/2026 và 18/05/2026
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và khoản chi "phiên dịch" 2 giờ, đơn giá 375.000 đồng
      Và khoản chi có thuộc tính "in_house" là "có"
      Và khoản chi có thuộc tính "interpretation_mode" là "ordinary"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "<quy định>" "<đánh giá>"
      Và trích dẫn "<trích dẫn>"
      Và quy định "<không áp dụng>" không áp dụng
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | ngày       | quy định                     | không áp dụng                | trích dẫn                                     | kết quả | đánh giá  | được thanh toán |
        | 17/05/2026 | tt55.d4.k5.phien_dich_noi_bo | tt35.d11.k3.phien_dich       | điểm d khoản 5 Điều 4 Thông tư 55/2023/TT-BTC | gắn cờ  | không đạt | 250.000         |
        | 18/05/2026 | tt35.d11.k3.phien_dich       | tt55.d4.k5.phien_dich_noi_bo | khoản 3 Điều 11 Thông tư 35/2026/TT-BTC       | duyệt   | đạt       | 750.000         |
