# language: vi
Tính năng: Chi biên dịch, phiên dịch (Điều 11 Thông tư 71/2018/TT-BTC; cán bộ đơn vị: Điều 4 Thông tư 46/2022/TT-BTC, khoản 5 điểm d Điều 4 Thông tư 55/2023/TT-BTC)
  Áp dụng cho khoản chi phát sinh từ 01/11/2018 đến 17/05/2026 (từ 18/05/2026: Thông tư 35/2026).
  Biên dịch (khoản 1, trang 350 từ): từ một trong 6 ngôn ngữ chính thức của Liên hợp quốc sang tiếng
  Việt ("translation_direction" là "to_vietnamese") tối đa 150.000 đồng; từ tiếng Việt sang các ngôn
  ngữ đó ("from_vietnamese") tối đa 180.000 đồng; ngôn ngữ khác ("language_group" là "other") tăng
  tối đa 30 %. Dịch nói (khoản 2): dịch thường ("interpretation_mode" là "ordinary") tối đa 250.000
  đồng/giờ/người; dịch đuổi, song song ("simultaneous") tối đa 500.000 đồng/giờ/người.
  Do cán bộ của đơn vị thực hiện ("in_house"): tối đa 50 % mức thuê ngoài (ngôn ngữ khác: 50 % × 130 %
  = 65 % mức biên dịch). Dịch tiếng dân tộc thiểu số ("ethnic_language") không theo các mức này.

  Quy tắc: Biên dịch thuê ngoài (khoản 1 Điều 11)

    @tt71.d11.k1
    Khung kịch bản: Biên dịch ngôn ngữ Liên hợp quốc so với mức tối đa theo chiều dịch
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và khoản chi "biên dịch tài liệu" 10 trang, đơn giá <đơn giá> đồng
      Và khoản chi có thuộc tính "language_group" là "un"
      Và khoản chi có thuộc tính "translation_direction" là "<chiều dịch>"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt71.d11.k1" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | ngày       | chiều dịch      | đơn giá | kết quả | đánh giá  | được thanh toán |
        | 15/11/2022 | to_vietnamese   | 150.000 | duyệt   | đạt       | 1.500.000       |
        | 15/11/2022 | to_vietnamese   | 150.001 | gắn cờ  | không đạt | 1.500.000       |
        | 15/11/2024 | from_vietnamese | 180.000 | duyệt   | đạt       | 1.800.000       |
        | 15/11/2024 | from_vietnamese | 180.001 | gắn cờ  | không đạt | 1.800.000       |

    @tt71.d11.k1
    Kịch bản: Biên dịch vượt mức bị gắn cờ, kèm trích dẫn và căn cứ
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2024
      Và khoản chi "biên dịch tài liệu" 20 trang, đơn giá 200.000 đồng
      Và khoản chi có thuộc tính "language_group" là "un"
      Và khoản chi có thuộc tính "translation_direction" là "to_vietnamese"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "vượt mức tối đa"
      Và số tiền được thanh toán là 3.000.000 đồng
      Và quy định "tt71.d11.k1" "không đạt"
      Và trích dẫn "khoản 1 Điều 11 Thông tư 71/2018/TT-BTC"
      Và căn cứ "nguồn thứ cấp"
      Và thông báo nêu "vượt mức tối đa 150.000 đ/trang"

    @tt71.d11.k1
    Khung kịch bản: Không ghi ngôn ngữ hoặc chiều dịch thì không xác định được mức biên dịch
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2024
      Và khoản chi "biên dịch tài liệu" 10 trang, đơn giá 100.000 đồng
      Và khoản chi có thuộc tính "<thuộc tính>" là "<giá trị>"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "chưa có quy định áp dụng"
      Và quy định "tt71.d11.k1" "không đạt"
      Và số tiền được thanh toán là 0 đồng

      Dữ liệu:
        | thuộc tính            | giá trị       |
        | translation_direction | to_vietnamese |
        | language_group        | un            |

    @tt71.d11.k1.ngon_ngu_khac
    Khung kịch bản: Biên dịch ngôn ngữ khác so với 130 % mức biên dịch
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và khoản chi "biên dịch tài liệu" 10 trang, đơn giá <đơn giá> đồng
      Và khoản chi có thuộc tính "language_group" là "other"
      Và khoản chi có thuộc tính "translation_direction" là "<chiều dịch>"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt71.d11.k1.ngon_ngu_khac" "<đánh giá>"
      Và quy định "tt71.d11.k1" không áp dụng
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | ngày       | chiều dịch      | đơn giá | kết quả | đánh giá  | được thanh toán |
        | 15/11/2022 | to_vietnamese   | 195.000 | duyệt   | đạt       | 1.950.000       |
        | 15/11/2022 | to_vietnamese   | 195.001 | gắn cờ  | không đạt | 1.950.000       |
        | 15/11/2024 | from_vietnamese | 234.000 | duyệt   | đạt       | 2.340.000       |
        | 15/11/2024 | from_vietnamese | 234.001 | gắn cờ  | không đạt | 2.340.000       |

    @tt71.d11.k1.ngon_ngu_khac
    Kịch bản: Biên dịch ngôn ngữ khác vượt 130 %, kèm trích dẫn
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2024
      Và khoản chi "biên dịch tài liệu" 10 trang, đơn giá 250.000 đồng
      Và khoản chi có thuộc tính "language_group" là "other"
      Và khoản chi có thuộc tính "translation_direction" là "from_vietnamese"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và số tiền được thanh toán là 2.340.000 đồng
      Và quy định "tt71.d11.k1.ngon_ngu_khac" "không đạt"
      Và trích dẫn "khoản 1 Điều 11 Thông tư 71/2018/TT-BTC"
      Và thông báo nêu "vượt 130 % mức biên dịch, tức 234.000 đ/trang"

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
    Kịch bản: Phiên dịch vượt mức, kèm trích dẫn; không ghi hình thức dịch thì không xác định được mức
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
      Và lý do là "chưa có quy định áp dụng"
      Và số tiền được thanh toán là 0 đồng

    @tt71.d11.k2 @tt71.d11.k1
    Khung kịch bản: Dịch, phiên dịch tiếng dân tộc thiểu số không theo mức Thông tư 71/2018
      Cho hồ sơ "tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2024
      Và khoản chi "<khoản chi>" 4 <đơn vị tính>, đơn giá 100.000 đồng
      Và khoản chi có thuộc tính "ethnic_language" là "có"
      Và khoản chi có thuộc tính "<thuộc tính>" là "<giá trị>"
      Khi thẩm định hồ sơ
      Thì quy định "tt71.d11.k1" không áp dụng
      Và quy định "tt71.d11.k2" không áp dụng
      Và quy định "tt46.d4.dich_noi_bo" không áp dụng
      Và quy định "tt55.d4.k5.dich_noi_bo" không áp dụng

      Dữ liệu:
        | khoản chi          | đơn vị tính | thuộc tính            | giá trị       |
        | phiên dịch         | giờ         | interpretation_mode   | ordinary      |
        | biên dịch tài liệu | trang       | translation_direction | to_vietnamese |

  Quy tắc: Cán bộ của đơn vị thực hiện — tối đa 50 % mức thuê ngoài (Điều 4 Thông tư 46/2022, khoản 5 điểm d Điều 4 Thông tư 55/2023)

    @tt46.d4.dich_noi_bo @tt55.d4.k5.dich_noi_bo
    Khung kịch bản: Biên dịch ngôn ngữ Liên hợp quốc do cán bộ đơn vị thực hiện so với 50 % mức thuê ngoài
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và khoản chi "biên dịch tài liệu" 10 trang, đơn giá <đơn giá> đồng
      Và khoản chi có thuộc tính "in_house" là "có"
      Và khoản chi có thuộc tính "language_group" là "un"
      Và khoản chi có thuộc tính "translation_direction" là "<chiều dịch>"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "<quy định>" "<đánh giá>"
      Và quy định "<không áp dụng>" không áp dụng
      Và quy định "tt71.d11.k1" không áp dụng
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | ngày       | quy định               | không áp dụng          | chiều dịch      | đơn giá | kết quả | đánh giá  | được thanh toán |
        | 14/08/2023 | tt46.d4.dich_noi_bo    | tt55.d4.k5.dich_noi_bo | to_vietnamese   | 75.000  | duyệt   | đạt       | 750.000         |
        | 14/08/2023 | tt46.d4.dich_noi_bo    | tt55.d4.k5.dich_noi_bo | from_vietnamese | 90.001  | gắn cờ  | không đạt | 900.000         |
        | 15/08/2023 | tt55.d4.k5.dich_noi_bo | tt46.d4.dich_noi_bo    | to_vietnamese   | 75.001  | gắn cờ  | không đạt | 750.000         |
        | 15/08/2023 | tt55.d4.k5.dich_noi_bo | tt46.d4.dich_noi_bo    | from_vietnamese | 90.000  | duyệt   | đạt       | 900.000         |

    @tt46.d4.dich_noi_bo.ngon_ngu_khac @tt55.d4.k5.dich_noi_bo.ngon_ngu_khac
    Khung kịch bản: Biên dịch ngôn ngữ khác do cán bộ đơn vị thực hiện so với 65 % mức biên dịch
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và khoản chi "biên dịch tài liệu" 10 trang, đơn giá <đơn giá> đồng
      Và khoản chi có thuộc tính "in_house" là "có"
      Và khoản chi có thuộc tính "language_group" là "other"
      Và khoản chi có thuộc tính "translation_direction" là "<chiều dịch>"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "<quy định>" "<đánh giá>"
      Và quy định "<không áp dụng>" không áp dụng
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | ngày       | quy định                             | không áp dụng                        | chiều dịch      | đơn giá | kết quả | đánh giá  | được thanh toán |
        | 15/11/2022 | tt46.d4.dich_noi_bo.ngon_ngu_khac    | tt55.d4.k5.dich_noi_bo.ngon_ngu_khac | to_vietnamese   | 97.500  | duyệt   | đạt       | 975.000         |
        | 15/11/2022 | tt46.d4.dich_noi_bo.ngon_ngu_khac    | tt55.d4.k5.dich_noi_bo.ngon_ngu_khac | to_vietnamese   | 97.501  | gắn cờ  | không đạt | 975.000         |
        | 15/11/2024 | tt55.d4.k5.dich_noi_bo.ngon_ngu_khac | tt46.d4.dich_noi_bo.ngon_ngu_khac    | from_vietnamese | 117.000 | duyệt   | đạt       | 1.170.000       |
        | 15/11/2024 | tt55.d4.k5.dich_noi_bo.ngon_ngu_khac | tt46.d4.dich_noi_bo.ngon_ngu_khac    | from_vietnamese | 117.001 | gắn cờ  | không đạt | 1.170.000       |

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

    @tt46.d4.dich_noi_bo @tt55.d4.k5.dich_noi_bo
    Khung kịch bản: Biên dịch do cán bộ đơn vị vượt 50 %, trích dẫn theo Thông tư có hiệu lực tại ngày phát sinh
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và khoản chi "biên dịch tài liệu" 10 trang, đơn giá 100.000 đồng
      Và khoản chi có thuộc tính "in_house" là "có"
      Và khoản chi có thuộc tính "language_group" là "un"
      Và khoản chi có thuộc tính "translation_direction" là "to_vietnamese"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "vượt mức tối đa"
      Và số tiền được thanh toán là 750.000 đồng
      Và quy định "<không áp dụng>" không áp dụng
      Và quy định "<quy định>" "không đạt"
      Và trích dẫn "<trích dẫn>"
      Và trích dẫn "khoản 1 Điều 11 Thông tư 71/2018/TT-BTC"
      Và thông báo nêu "vượt 50 % mức thuê ngoài, tức 75.000 đ/trang"

      Dữ liệu:
        | ngày       | quy định               | không áp dụng          | trích dẫn                                         |
        | 14/08/2023 | tt46.d4.dich_noi_bo    | tt55.d4.k5.dich_noi_bo | Điều 4 Thông tư 46/2022/TT-BTC                    |
        | 15/08/2023 | tt55.d4.k5.dich_noi_bo | tt46.d4.dich_noi_bo    | điểm d khoản 5 Điều 4 Thông tư 55/2023/TT-BTC     |

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
