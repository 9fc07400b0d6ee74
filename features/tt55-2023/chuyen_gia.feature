# language: vi
Tính năng: Thuê chuyên gia trong nước (khoản 6 Điều 4, khoản 4 Điều 54 Thông tư 55/2023/TT-BTC)
  Thủ trưởng đơn vị quyết định thuê chuyên gia khi cần thiết; dự toán theo mức lương chuyên gia tư vấn
  trong nước theo bậc (attributes.expert_level), đơn vị tính người-tháng:
  - đến 30/06/2025, Thông tư 02/2015/TT-BLĐTBXH: bậc 1 40 triệu, bậc 2 30 triệu (chưa xác minh), bậc 3
    20 triệu (chưa xác minh), bậc 4 15 triệu đồng;
  - từ 01/07/2025, Thông tư 04/2025/TT-BNV: bậc 1 70 triệu, bậc 2 55 triệu, bậc 3 40 triệu đồng; bậc 4
    chưa biết;
  - từ 05/05/2026, Thông tư 7/2026/TT-BNV: chưa biết mức.
  Không xác định được mức thì gắn cờ "chưa có quy định áp dụng". Thuê chuyên gia phải có hợp đồng.

  @tt55.d4.k6.chuyen_gia
  Khung kịch bản: Tiền thuê chuyên gia so với mức lương tháng theo bậc và theo thời kỳ
    Cho hồ sơ "điều tra, đánh giá" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
    Và khoản chi "thuê chuyên gia" 1 người-tháng, đơn giá <đơn giá> đồng
    Và khoản chi có thuộc tính "expert_level" là <bậc>
    Và khoản chi có chứng từ "hợp đồng"
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt55.d4.k6.chuyen_gia" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu: Thông tư 02/2015/TT-BLĐTBXH
      | ngày       | bậc | đơn giá    | kết quả | đánh giá  | được thanh toán |
      | 20/03/2024 | 1   | 40.000.000 | duyệt   | đạt       | 40.000.000      |
      | 20/03/2024 | 1   | 40.000.001 | gắn cờ  | không đạt | 40.000.000      |
      | 20/03/2024 | 2   | 30.000.000 | duyệt   | đạt       | 30.000.000      |
      | 20/03/2024 | 2   | 30.000.001 | gắn cờ  | không đạt | 30.000.000      |
      | 20/03/2024 | 3   | 20.000.000 | duyệt   | đạt       | 20.000.000      |
      | 20/03/2024 | 3   | 20.000.001 | gắn cờ  | không đạt | 20.000.000      |
      | 20/03/2024 | 4   | 15.000.000 | duyệt   | đạt       | 15.000.000      |
      | 20/03/2024 | 4   | 15.000.001 | gắn cờ  | không đạt | 15.000.000      |
      | 30/06/2025 | 1   | 40.000.001 | gắn cờ  | không đạt | 40.000.000      |

    Dữ liệu: Thông tư 04/2025/TT-BNV từ 01/07/2025
      | ngày       | bậc | đơn giá    | kết quả | đánh giá  | được thanh toán |
      | 01/07/2025 | 1   | 70.000.000 | duyệt   | đạt       | 70.000.000      |
      | 01/07/2025 | 1   | 70.000.001 | gắn cờ  | không đạt | 70.000.000      |
      | 01/07/2025 | 2   | 55.000.000 | duyệt   | đạt       | 55.000.000      |
      | 01/07/2025 | 2   | 55.000.001 | gắn cờ  | không đạt | 55.000.000      |
      | 01/07/2025 | 3   | 40.000.000 | duyệt   | đạt       | 40.000.000      |
      | 01/07/2025 | 3   | 40.000.001 | gắn cờ  | không đạt | 40.000.000      |
      | 04/05/2026 | 1   | 70.000.000 | duyệt   | đạt       | 70.000.000      |

    Dữ liệu: chưa có mức — bậc 4 theo Thông tư 04/2025; mọi bậc theo Thông tư 7/2026 từ 05/05/2026
      | ngày       | bậc | đơn giá    | kết quả | đánh giá  | được thanh toán |
      | 01/07/2025 | 4   | 15.000.000 | gắn cờ  | không đạt | 0               |
      | 05/05/2026 | 1   | 70.000.000 | gắn cờ  | không đạt | 0               |

  @tt55.d4.k6.chuyen_gia
  Kịch bản: Mức bậc 2 của Thông tư 02/2015 chưa xác minh được ghi trong thông báo
    Cho hồ sơ "điều tra, đánh giá" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
    Và khoản chi "thuê chuyên gia" 1 người-tháng, đơn giá 35.000.000 đồng
    Và khoản chi có thuộc tính "expert_level" là 2
    Và khoản chi có chứng từ "hợp đồng"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "vượt mức tối đa"
    Và quy định "tt55.d4.k6.chuyen_gia" "không đạt"
    Và trích dẫn "khoản 6 Điều 4 Thông tư 55/2023/TT-BTC"
    Và trích dẫn "Điều 3 Thông tư 02/2015/TT-BLĐTBXH"
    Và căn cứ "chưa xác minh"

  @tt55.d4.k6.chuyen_gia
  Kịch bản: Hồ sơ không ghi bậc chuyên gia thì không xác định được mức
    Cho hồ sơ "điều tra, đánh giá" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
    Và khoản chi "thuê chuyên gia" 1 người-tháng, đơn giá 15.000.000 đồng
    Và khoản chi có chứng từ "hợp đồng"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "thiếu thông tin"
    Và quy định "tt55.d4.k6.chuyen_gia" "không đạt"
    Và thông báo nêu "Thiếu «Thuộc tính khác của khoản chi» (attributes.expert_level)"

  @tt46.d4.chuyen_gia @tt55.d4.k6.chuyen_gia
  Khung kịch bản: Thuê chuyên gia theo Thông tư 46/2022 đến 14/08/2023, theo Thông tư 55/2023 từ 15/08/2023
    Cho hồ sơ "điều tra, đánh giá" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
    Và khoản chi "thuê chuyên gia" 1 người-tháng, đơn giá 40.000.000 đồng
    Và khoản chi có thuộc tính "expert_level" là 1
    Và khoản chi có chứng từ "hợp đồng"
    Khi thẩm định hồ sơ
    Thì khoản chi được "duyệt"
    Và quy định "<không áp dụng>" không áp dụng
    Và quy định "<áp dụng>" "đạt"

    Dữ liệu:
      | ngày       | áp dụng               | không áp dụng         |
      | 14/08/2023 | tt46.d4.chuyen_gia    | tt55.d4.k6.chuyen_gia |
      | 15/08/2023 | tt55.d4.k6.chuyen_gia | tt46.d4.chuyen_gia    |

  @tt55.d4.k6.chuyen_gia.hop_dong
  Khung kịch bản: Thuê chuyên gia cần hợp đồng
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
    Và khoản chi "thuê chuyên gia" 1 người-tháng, đơn giá 15.000.000 đồng
    Và khoản chi có thuộc tính "expert_level" là 4
    Và khoản chi có chứng từ <chứng từ>
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt55.d4.k6.chuyen_gia.hop_dong" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | chứng từ              | kết quả | đánh giá  | được thanh toán |
      | "hợp đồng"            | duyệt   | đạt       | 15.000.000      |
      | "chứng từ thanh toán" | gắn cờ  | không đạt | 0               |

  @tt55.d4.k6.chuyen_gia.hop_dong
  Kịch bản: Thuê chuyên gia không có hợp đồng: căn cứ yêu cầu hợp đồng chưa xác minh
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
    Và khoản chi "thuê chuyên gia" 1 người-tháng, đơn giá 15.000.000 đồng
    Và khoản chi có thuộc tính "expert_level" là 4
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "thiếu chứng từ"
    Và quy định "tt55.d4.k6.chuyen_gia.hop_dong" "không đạt"
    Và căn cứ "chưa xác minh"
