# language: vi
Tính năng: Nội dung chi của Dự án 7 (Điều 78 và Điều 79 Thông tư 55/2023/TT-BTC)
  Thông tư 55/2023/TT-BTC thay thế Thông tư 46/2022/TT-BTC cho khoản chi phát sinh từ 15/08/2023
  đến 30/05/2026. Điều 78 quy định nội dung chi của Tiểu dự án 1, Điều 79 của Tiểu dự án 2. Thứ tự
  khoản khác Thông tư 46: kiểm tra, giám sát là khoản 2 Điều 79 (Thông tư 46: khoản 4 Điều 24); rà
  soát hộ nghèo, điều tra là khoản 3; cơ sở dữ liệu, phần mềm là khoản 4.

  Quy tắc: Tiểu dự án 1 — nâng cao năng lực (Điều 78)

    @tt55.d78.k1
    Khung kịch bản: Xây dựng tài liệu và đào tạo, tập huấn thuộc Tiểu dự án 1 (khoản 1 Điều 78)
      Cho hồ sơ "<hoạt động>" thuộc Tiểu dự án <tiểu dự án> của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt55.d78.k1" "<đánh giá>"
      Và trích dẫn "khoản 1 Điều 78 Thông tư 55/2023/TT-BTC"

      Dữ liệu:
        | hoạt động          | tiểu dự án | ngày       | kết quả | đánh giá  |
        | tập huấn           | 1          | 15/08/2023 | duyệt   | đạt       |
        | biên soạn tài liệu | 1          | 20/03/2024 | duyệt   | đạt       |
        | tập huấn           | 2          | 15/08/2023 | gắn cờ  | không đạt |

    @tt55.d78.k2
    Khung kịch bản: Học tập kinh nghiệm, hội thảo, hội nghị thuộc Tiểu dự án 1 (khoản 2 Điều 78)
      Cho hồ sơ "<hoạt động>" thuộc Tiểu dự án <tiểu dự án> của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt55.d78.k2" "<đánh giá>"
      Và trích dẫn "khoản 2 Điều 78 Thông tư 55/2023/TT-BTC"

      Dữ liệu:
        | hoạt động           | tiểu dự án | kết quả | đánh giá  |
        | tổng kết            | 1          | duyệt   | đạt       |
        | trao đổi kinh nghiệm | 1         | duyệt   | đạt       |
        | sơ kết              | 2          | gắn cờ  | không đạt |

    @tt55.d78.k3
    Khung kịch bản: Xây dựng, in ấn cẩm nang, sổ tay thuộc Tiểu dự án 1 (khoản 3 Điều 78)
      Cho hồ sơ "sổ tay" thuộc Tiểu dự án <tiểu dự án> của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và khoản chi "in ấn" 1.000 bản, đơn giá 18.000 đồng
      Và khoản chi có chứng từ "hợp đồng", "hóa đơn"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt55.d78.k3" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | tiểu dự án | kết quả | đánh giá  | được thanh toán |
        | 1          | duyệt   | đạt       | 18.000.000      |
        | 2          | gắn cờ  | không đạt | 0               |

  Quy tắc: Tiểu dự án 2 — giám sát, đánh giá (Điều 79)

    @tt55.d79.k1
    Khung kịch bản: Xây dựng khung kết quả thuộc Tiểu dự án 2 (khoản 1 Điều 79)
      Cho hồ sơ "xây dựng khung kết quả" thuộc Tiểu dự án <tiểu dự án> của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt55.d79.k1" "<đánh giá>"
      Và trích dẫn "khoản 1 Điều 79 Thông tư 55/2023/TT-BTC"

      Dữ liệu:
        | tiểu dự án | kết quả | đánh giá  |
        | 2          | duyệt   | đạt       |
        | 1          | gắn cờ  | không đạt |

    @tt55.d79.k2
    Khung kịch bản: Kiểm tra, giám sát, đánh giá thuộc Tiểu dự án 2 (khoản 2 Điều 79)
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án <tiểu dự án> của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt55.d79.k2" "<đánh giá>"
      Và trích dẫn "khoản 2 Điều 79 Thông tư 55/2023/TT-BTC"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | tiểu dự án | kết quả | đánh giá  | được thanh toán |
        | 2          | duyệt   | đạt       | 400.000         |
        | 1          | gắn cờ  | không đạt | 0               |

    @tt55.d79.k3
    Khung kịch bản: Rà soát hộ nghèo, hộ cận nghèo; điều tra, đánh giá thuộc Tiểu dự án 2 (khoản 3 Điều 79)
      Cho hồ sơ "<hoạt động>" thuộc Tiểu dự án <tiểu dự án> của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và khoản chi "người cung cấp thông tin" 200 phiếu, đơn giá 50.000 đồng
      Và phiếu có 35 chỉ tiêu, đối tượng "cá nhân"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt55.d79.k3" "<đánh giá>"
      Và trích dẫn "khoản 3 Điều 79 Thông tư 55/2023/TT-BTC"

      Dữ liệu:
        | hoạt động        | tiểu dự án | kết quả | đánh giá  |
        | rà soát hộ nghèo | 2          | duyệt   | đạt       |
        | điều tra         | 2          | duyệt   | đạt       |
        | điều tra         | 1          | gắn cờ  | không đạt |

    @tt55.d79.k4
    Khung kịch bản: Cơ sở dữ liệu, phần mềm quản lý dữ liệu giảm nghèo thuộc Tiểu dự án 2 (khoản 4 Điều 79)
      Cho hồ sơ "cơ sở dữ liệu" thuộc Tiểu dự án <tiểu dự án> của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và khoản chi "phần mềm, cơ sở dữ liệu" 1 gói, đơn giá 250.000.000 đồng
      Và khoản chi có chứng từ "quyết định phê duyệt", "hợp đồng"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt55.d79.k4" "<đánh giá>"
      Và trích dẫn "khoản 4 Điều 79 Thông tư 55/2023/TT-BTC"

      Dữ liệu:
        | tiểu dự án | kết quả | đánh giá  |
        | 2          | duyệt   | đạt       |
        | 1          | gắn cờ  | không đạt |
