# language: vi
Tính năng: Thuê dịch, hiệu đính tài liệu theo khoản 7 Điều 4 Thông tư 338/2016/TT-BTC (điểm c, d khoản 5 Điều 4 Thông tư 55/2023/TT-BTC; Điều 4 Thông tư 46/2022/TT-BTC)
  Điểm c khoản 5 Điều 4 Thông tư 55/2023 dẫn chiếu mức chi thuê dịch và hiệu đính tài liệu tại khoản 7
  Điều 4 Thông tư 338/2016/TT-BTC, được sửa đổi, bổ sung tại khoản 3 Điều 1 Thông tư 42/2022/TT-BTC — không
  phải mức biên dịch khoản 1 Điều 11 Thông tư 71/2018. Điểm d: cán bộ của đơn vị tự dịch được tối đa 50 %
  mức thuê ngoài. Thông tư 46/2022 (đến 14/08/2023) chưa đọc được: giả định cùng nội dung.
  Mức của Thông tư 338/2016 chưa đọc được (bảng "tt338.translation" trống): mọi khoản chi biên dịch phát
  sinh từ 12/09/2022 đến 30/05/2026, và của nhiệm vụ kéo dài đến 31/12/2026, cần thẩm định thủ công. Kịch
  bản có bảng mức nạp cho kịch bản dùng con số GIẢ ĐỊNH (100.000 đồng/trang), chỉ để cho thấy cách so mức
  khi bảng được bổ sung.

  Quy tắc: Thuê dịch tài liệu theo Thông tư 55/2023 (điểm c khoản 5 Điều 4) — cần thẩm định thủ công

    @tt55.d4.k5.c
    Khung kịch bản: Biên dịch thuê ngoài từ 15/08/2023 đến 30/05/2026 cần thẩm định thủ công
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và khoản chi "biên dịch tài liệu" 10 trang, đơn giá 150.000 đồng
      Và khoản chi có thuộc tính "language_group" là "<ngôn ngữ>"
      Và khoản chi có thuộc tính "translation_direction" là "<chiều dịch>"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "cần thẩm định thủ công"
      Và số tiền được thanh toán là 0 đồng
      Và quy định "tt46.d4.dich_tai_lieu" không áp dụng
      Và quy định "tt35.d11.k1" không áp dụng
      Và quy định "tt55.d4.k5.c" "không đạt"
      Và trích dẫn "điểm c khoản 5 Điều 4 Thông tư 55/2023/TT-BTC"
      Và trích dẫn "khoản 7 Điều 4 Thông tư 338/2016/TT-BTC"
      Và trích dẫn "khoản 3 Điều 1 Thông tư 42/2022/TT-BTC"
      Và thông báo nêu "chưa có trong bộ quy tắc vì chưa đọc được văn bản — cần thẩm định thủ công"

      Dữ liệu:
        | ngày       | ngôn ngữ | chiều dịch      |
        | 15/08/2023 | un       | to_vietnamese   |
        | 15/11/2024 | other    | from_vietnamese |
        | 17/05/2026 | un       | from_vietnamese |
        | 18/05/2026 | un       | to_vietnamese   |
        | 30/05/2026 | other    | to_vietnamese   |

    @tt55.d4.k5.c
    Kịch bản: Biên dịch tài liệu tiếng dân tộc thiểu số cũng theo điểm c khoản 5 Điều 4 — cần thẩm định thủ công
      Cho hồ sơ "tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và khoản chi "biên dịch tài liệu" 10 trang, đơn giá 100.000 đồng
      Và khoản chi có thuộc tính "ethnic_language" là "có"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "cần thẩm định thủ công"
      Và quy định "tt55.d4.k5.c" "không đạt"
      Và trích dẫn "khoản 7 Điều 4 Thông tư 338/2016/TT-BTC"

    @tt55.d4.k5.c
    Khung kịch bản: Nhiệm vụ kéo dài đến 31/12/2026: biên dịch vẫn theo Thông tư 55/2023 và Thông tư 338/2016
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và hồ sơ có thuộc tính "extended_task" là "có"
      Và khoản chi "biên dịch tài liệu" 10 trang, đơn giá 300.000 đồng
      Và khoản chi có thuộc tính "language_group" là "un"
      Và khoản chi có thuộc tính "translation_direction" là "to_vietnamese"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "cần thẩm định thủ công"
      Và quy định "tt35.d11.k1" không áp dụng
      Và quy định "tt55.d4.k5.c" "không đạt"

      Dữ liệu:
        | ngày       |
        | 31/05/2026 |
        | 31/12/2026 |

    @tt55.d4.k5.c
    Khung kịch bản: Khi bảng mức Thông tư 338/2016 được bổ sung, biên dịch thuê ngoài so với mức (mức giả định)
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2024
      Và khoản chi "biên dịch tài liệu" 10 trang, đơn giá <đơn giá> đồng
      Và khoản chi có thuộc tính "language_group" là "un"
      Và khoản chi có thuộc tính "translation_direction" là "to_vietnamese"
      Và bảng mức "tt338.translation" có các dòng:
        | từ ngày    | mức     | văn bản                     | xác minh |
        | 12/09/2022 | 100.000 | 338/2016/TT-BTC (giả định) | M        |
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt55.d4.k5.c" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | đơn giá | kết quả | đánh giá  | được thanh toán |
        | 100.000 | duyệt   | đạt       | 1.000.000       |
        | 100.001 | gắn cờ  | không đạt | 1.000.000       |

  Quy tắc: Thuê dịch tài liệu theo Thông tư 46/2022 (giả định như Thông tư 55/2023) — cần thẩm định thủ công

    @tt46.d4.dich_tai_lieu @tt55.d4.k5.c
    Khung kịch bản: Biên dịch thuê ngoài ngày 12/09/2022, 14/08/2023 và 15/08/2023 cần thẩm định thủ công, trích dẫn theo Thông tư có hiệu lực
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và khoản chi "biên dịch tài liệu" 10 trang, đơn giá 150.000 đồng
      Và khoản chi có thuộc tính "language_group" là "un"
      Và khoản chi có thuộc tính "translation_direction" là "to_vietnamese"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "cần thẩm định thủ công"
      Và số tiền được thanh toán là 0 đồng
      Và quy định "<không áp dụng>" không áp dụng
      Và quy định "<quy định>" "không đạt"
      Và trích dẫn "<trích dẫn>"
      Và trích dẫn "khoản 7 Điều 4 Thông tư 338/2016/TT-BTC"

      Dữ liệu:
        | ngày       | quy định              | không áp dụng         | trích dẫn                                     |
        | 12/09/2022 | tt46.d4.dich_tai_lieu | tt55.d4.k5.c          | Điều 4 Thông tư 46/2022/TT-BTC                |
        | 14/08/2023 | tt46.d4.dich_tai_lieu | tt55.d4.k5.c          | Điều 4 Thông tư 46/2022/TT-BTC                |
        | 15/08/2023 | tt55.d4.k5.c          | tt46.d4.dich_tai_lieu | điểm c khoản 5 Điều 4 Thông tư 55/2023/TT-BTC |

    @tt46.d4.dich_tai_lieu
    Kịch bản: Dẫn chiếu của Thông tư 46/2022 chưa đối chiếu văn bản gốc — thông báo nói rõ
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "biên dịch tài liệu" 4 trang, đơn giá 120.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "cần thẩm định thủ công"
      Và quy định "tt46.d4.dich_tai_lieu" "không đạt"
      Và thông báo nêu "chưa đối chiếu Thông tư 46/2022"

    @tt46.d4.dich_tai_lieu
    Khung kịch bản: Khi bảng mức Thông tư 338/2016 được bổ sung, biên dịch thuê ngoài năm 2022 so với mức (mức giả định)
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "biên dịch tài liệu" 10 trang, đơn giá <đơn giá> đồng
      Và bảng mức "tt338.translation" có các dòng:
        | từ ngày    | mức     | văn bản                     | xác minh |
        | 12/09/2022 | 100.000 | 338/2016/TT-BTC (giả định) | M        |
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt46.d4.dich_tai_lieu" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | đơn giá | kết quả | đánh giá  | được thanh toán |
        | 100.000 | duyệt   | đạt       | 1.000.000       |
        | 100.001 | gắn cờ  | không đạt | 1.000.000       |

  Quy tắc: Cán bộ của đơn vị tự dịch — tối đa 50 % mức thuê ngoài (điểm d khoản 5 Điều 4 Thông tư 55/2023; Điều 4 Thông tư 46/2022)

    @tt46.d4.dich_noi_bo @tt55.d4.k5.dich_noi_bo
    Khung kịch bản: Biên dịch do cán bộ đơn vị thực hiện cần thẩm định thủ công vì chưa có mức thuê ngoài của Thông tư 338/2016
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và hồ sơ có thuộc tính "extended_task" là "<kéo dài>"
      Và khoản chi "biên dịch tài liệu" 10 trang, đơn giá 75.000 đồng
      Và khoản chi có thuộc tính "in_house" là "có"
      Và khoản chi có thuộc tính "language_group" là "<ngôn ngữ>"
      Và khoản chi có thuộc tính "translation_direction" là "to_vietnamese"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "cần thẩm định thủ công"
      Và số tiền được thanh toán là 0 đồng
      Và quy định "<không áp dụng>" không áp dụng
      Và quy định "tt55.d4.k5.c" không áp dụng
      Và quy định "tt35.d11.k3.bien_dich" không áp dụng
      Và quy định "<quy định>" "không đạt"
      Và trích dẫn "<trích dẫn>"
      Và trích dẫn "khoản 7 Điều 4 Thông tư 338/2016/TT-BTC"
      Và thông báo nêu "tối đa 50 % mức thuê ngoài"

      Dữ liệu:
        | ngày       | kéo dài | ngôn ngữ | quy định               | không áp dụng          | trích dẫn                                     |
        | 14/08/2023 | không   | un       | tt46.d4.dich_noi_bo    | tt55.d4.k5.dich_noi_bo | Điều 4 Thông tư 46/2022/TT-BTC                |
        | 15/08/2023 | không   | other    | tt55.d4.k5.dich_noi_bo | tt46.d4.dich_noi_bo    | điểm d khoản 5 Điều 4 Thông tư 55/2023/TT-BTC |
        | 30/05/2026 | không   | un       | tt55.d4.k5.dich_noi_bo | tt46.d4.dich_noi_bo    | điểm d khoản 5 Điều 4 Thông tư 55/2023/TT-BTC |
        | 15/06/2026 | có      | other    | tt55.d4.k5.dich_noi_bo | tt46.d4.dich_noi_bo    | điểm d khoản 5 Điều 4 Thông tư 55/2023/TT-BTC |

    @tt46.d4.dich_noi_bo @tt55.d4.k5.dich_noi_bo
    Khung kịch bản: Khi bảng mức Thông tư 338/2016 được bổ sung, biên dịch do cán bộ đơn vị so với 50 % mức (mức giả định)
      Cho hồ sơ "hội thảo" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và khoản chi "biên dịch tài liệu" 10 trang, đơn giá <đơn giá> đồng
      Và khoản chi có thuộc tính "in_house" là "có"
      Và bảng mức "tt338.translation" có các dòng:
        | từ ngày    | mức     | văn bản                     | xác minh |
        | 12/09/2022 | 100.000 | 338/2016/TT-BTC (giả định) | M        |
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "<quy định>" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | ngày       | quy định               | đơn giá | kết quả | đánh giá  | được thanh toán |
        | 15/11/2022 | tt46.d4.dich_noi_bo    | 50.000  | duyệt   | đạt       | 500.000         |
        | 15/11/2022 | tt46.d4.dich_noi_bo    | 50.001  | gắn cờ  | không đạt | 500.000         |
        | 15/11/2024 | tt55.d4.k5.dich_noi_bo | 50.000  | duyệt   | đạt       | 500.000         |
        | 15/11/2024 | tt55.d4.k5.dich_noi_bo | 50.001  | gắn cờ  | không đạt | 500.000         |
