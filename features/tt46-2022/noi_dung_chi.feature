# language: vi
Tính năng: Nội dung chi của Dự án 7 (Điều 23 và Điều 24 Thông tư 46/2022/TT-BTC)
  Dự án 7 "Nâng cao năng lực và giám sát, đánh giá Chương trình" có hai tiểu dự án. Điều 23 quy
  định nội dung chi của Tiểu dự án 1 (nâng cao năng lực), Điều 24 của Tiểu dự án 2 (giám sát, đánh
  giá). Một hoạt động chỉ được chi từ tiểu dự án mà điều khoản của nó thuộc về; khoản chi phát sinh
  từ 12/09/2022 đến 14/08/2023 được thẩm định theo Thông tư này (số khoản theo Kế hoạch Dự án 7
  năm 2022 của tỉnh Quảng Nam). Tiếp khách không có trong danh mục nội dung chi.

  Quy tắc: Tiểu dự án 1 — nâng cao năng lực (Điều 23)

    @tt46.d23.k1
    Khung kịch bản: Xây dựng tài liệu và đào tạo, tập huấn thuộc Tiểu dự án 1 (khoản 1 Điều 23)
      Cho hồ sơ "<hoạt động>" thuộc Tiểu dự án <tiểu dự án> của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt46.d23.k1" "<đánh giá>"
      Và trích dẫn "khoản 1 Điều 23 Thông tư 46/2022/TT-BTC"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | hoạt động          | tiểu dự án | kết quả | đánh giá  | được thanh toán |
        | tập huấn           | 1          | duyệt   | đạt       | 400.000         |
        | biên soạn tài liệu | 1          | duyệt   | đạt       | 400.000         |
        | tập huấn           | 2          | gắn cờ  | không đạt | 0               |
        | biên soạn tài liệu | 2          | gắn cờ  | không đạt | 0               |

    @tt46.d23.k2
    Khung kịch bản: Học tập kinh nghiệm, hội thảo, hội nghị thuộc Tiểu dự án 1 (khoản 2 Điều 23)
      Cho hồ sơ "<hoạt động>" thuộc Tiểu dự án <tiểu dự án> của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt46.d23.k2" "<đánh giá>"
      Và trích dẫn "khoản 2 Điều 23 Thông tư 46/2022/TT-BTC"

      Dữ liệu:
        | hoạt động           | tiểu dự án | kết quả | đánh giá  |
        | hội nghị            | 1          | duyệt   | đạt       |
        | học tập kinh nghiệm | 1          | duyệt   | đạt       |
        | hội thảo            | 2          | gắn cờ  | không đạt |
        | học tập kinh nghiệm | 2          | gắn cờ  | không đạt |

    @tt46.d23.k3
    Kịch bản: In cẩm nang ghi vào Tiểu dự án 2 bị gắn cờ sai tiểu dự án
      Cho hồ sơ "cẩm nang" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "in ấn tài liệu, cẩm nang" 500 bản, đơn giá 30.000 đồng
      Và khoản chi có chứng từ "hợp đồng", "hóa đơn"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "sai tiểu dự án"
      Và quy định "tt46.d23.k3" "không đạt"
      Và thông báo nêu "thuộc Tiểu dự án 1 (khoản 3 Điều 23)"
      Và số tiền được thanh toán là 0 đồng

    @tt46.d23.k3
    Kịch bản: In cẩm nang thuộc Tiểu dự án 1 được chi theo khoản 3 Điều 23
      Cho hồ sơ "cẩm nang" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "in ấn tài liệu, cẩm nang" 500 bản, đơn giá 30.000 đồng
      Và khoản chi có chứng từ "hợp đồng", "hóa đơn"
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "tt46.d23.k3" "đạt"
      Và trích dẫn "khoản 3 Điều 23 Thông tư 46/2022/TT-BTC"
      Và số tiền được thanh toán là 15.000.000 đồng

  Quy tắc: Tiểu dự án 2 — giám sát, đánh giá (Điều 24)

    @tt46.d24.k1
    Khung kịch bản: Xây dựng khung kết quả, hệ thống giám sát, đánh giá thuộc Tiểu dự án 2 (khoản 1 Điều 24)
      Cho hồ sơ "khung kết quả" thuộc Tiểu dự án <tiểu dự án> của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt46.d24.k1" "<đánh giá>"
      Và trích dẫn "khoản 1 Điều 24 Thông tư 46/2022/TT-BTC"

      Dữ liệu:
        | tiểu dự án | kết quả | đánh giá  |
        | 2          | duyệt   | đạt       |
        | 1          | gắn cờ  | không đạt |

    @tt46.d24.k2
    Khung kịch bản: Rà soát hộ nghèo, hộ cận nghèo; điều tra, đánh giá thuộc Tiểu dự án 2 (khoản 2 Điều 24)
      Cho hồ sơ "<hoạt động>" thuộc Tiểu dự án <tiểu dự án> của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "chi người cung cấp thông tin" 100 phiếu, đơn giá 40.000 đồng
      Và phiếu có 30 chỉ tiêu, đối tượng "cá nhân"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt46.d24.k2" "<đánh giá>"
      Và trích dẫn "khoản 2 Điều 24 Thông tư 46/2022/TT-BTC"

      Dữ liệu:
        | hoạt động          | tiểu dự án | kết quả | đánh giá  |
        | rà soát hộ nghèo   | 2          | duyệt   | đạt       |
        | điều tra, đánh giá | 2          | duyệt   | đạt       |
        | rà soát hộ nghèo   | 1          | gắn cờ  | không đạt |

    @tt46.d24.k3
    Khung kịch bản: Cơ sở dữ liệu, phần mềm quản lý dữ liệu giảm nghèo thuộc Tiểu dự án 2 (khoản 3 Điều 24)
      Cho hồ sơ "cơ sở dữ liệu" thuộc Tiểu dự án <tiểu dự án> của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "phần mềm, cơ sở dữ liệu" 1 gói, đơn giá 120.000.000 đồng
      Và khoản chi có chứng từ "quyết định phê duyệt", "hợp đồng"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt46.d24.k3" "<đánh giá>"
      Và trích dẫn "khoản 3 Điều 24 Thông tư 46/2022/TT-BTC"

      Dữ liệu:
        | tiểu dự án | kết quả | đánh giá  |
        | 2          | duyệt   | đạt       |
        | 1          | gắn cờ  | không đạt |

    @tt46.d24.k4
    Khung kịch bản: Kiểm tra, giám sát, đánh giá thuộc Tiểu dự án 2 (khoản 4 Điều 24)
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án <tiểu dự án> của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt46.d24.k4" "<đánh giá>"
      Và trích dẫn "khoản 4 Điều 24 Thông tư 46/2022/TT-BTC"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | tiểu dự án | kết quả | đánh giá  | được thanh toán |
        | 2          | duyệt   | đạt       | 400.000         |
        | 1          | gắn cờ  | không đạt | 0               |
