# language: vi
Tính năng: Thông tư 60/2026/TT-BTC thay Thông tư 55/2023/TT-BTC từ 31/05/2026, chuyển tiếp cho nhiệm vụ kéo dài (Điều 20, khoản 1 Điều 21 Thông tư 60/2026)
  Khoản chi phát sinh đến hết 30/05/2026 theo Thông tư 55/2023; từ 31/05/2026 theo Thông tư 60/2026. Nhiệm
  vụ giai đoạn 2021-2025 được phép kéo dài thực hiện, giải ngân đến hết 31/12/2026 (hồ sơ ghi thuộc tính
  "extended_task") tiếp tục theo Thông tư 55/2023 đến khi kết thúc nhiệm vụ, không quá thời hạn được kéo
  dài: khoản chi của nhiệm vụ kéo dài phát sinh từ 01/01/2027 không có quy định áp dụng và bị gắn cờ.

  @tt55.d79.k2 @tt60.d14.k1.kiem_tra
  Khung kịch bản: Kiểm tra, giám sát được thẩm định theo Thông tư có hiệu lực và theo việc kéo dài nhiệm vụ
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
    Và hồ sơ có thuộc tính "extended_task" là "<kéo dài>"
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 300.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "duyệt"
    Và quy định "<không áp dụng>" không áp dụng
    Và quy định "<áp dụng>" "đạt"
    Và trích dẫn "<trích dẫn>"

    Dữ liệu: 30/05/2026 và 31/05/2026, nhiệm vụ không kéo dài
      | ngày       | kéo dài | áp dụng              | không áp dụng        | trích dẫn                                |
      | 30/05/2026 | không   | tt55.d79.k2          | tt60.d14.k1.kiem_tra | khoản 2 Điều 79 Thông tư 55/2023/TT-BTC |
      | 31/05/2026 | không   | tt60.d14.k1.kiem_tra | tt55.d79.k2          | khoản 1 Điều 14 Thông tư 60/2026/TT-BTC |

    Dữ liệu: nhiệm vụ 2021-2025 được kéo dài đến 31/12/2026
      | ngày       | kéo dài | áp dụng              | không áp dụng        | trích dẫn                                |
      | 30/05/2026 | có      | tt55.d79.k2          | tt60.d14.k1.kiem_tra | khoản 2 Điều 79 Thông tư 55/2023/TT-BTC |
      | 31/05/2026 | có      | tt55.d79.k2          | tt60.d14.k1.kiem_tra | khoản 2 Điều 79 Thông tư 55/2023/TT-BTC |
      | 31/12/2026 | có      | tt55.d79.k2          | tt60.d14.k1.kiem_tra | khoản 2 Điều 79 Thông tư 55/2023/TT-BTC |

  @tt55.d79.k2 @tt60.d14.k1.kiem_tra @chung.noi_dung_chi
  Kịch bản: Khoản chi của nhiệm vụ kéo dài phát sinh ngày 01/01/2027 không có nội dung chi áp dụng
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 01/01/2027
    Và hồ sơ có thuộc tính "extended_task" là "có"
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 300.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "chưa có quy định áp dụng"
    Và quy định "tt55.d79.k2" không áp dụng
    Và quy định "tt60.d14.k1.kiem_tra" không áp dụng
    Và quy định "chung.noi_dung_chi" "không đạt"
    Và số tiền được thanh toán là 0 đồng

  @tt55.d78.k1 @tt55.d4.k1.tien_an_hoc_vien @tt60.d4.k1.tien_an_hoc_vien
  Khung kịch bản: Tiền ăn học viên của lớp tập huấn trước và sau 31/05/2026
    Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "UBND-NUITHANH" cấp "huyện", ngày <ngày>
    Và hồ sơ có thuộc tính "extended_task" là "<kéo dài>"
    Và khoản chi "tiền ăn học viên" 50 người-ngày, đơn giá 300.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "<không áp dụng>" không áp dụng
    Và quy định "<áp dụng>" "<đánh giá>"

    Dữ liệu:
      | ngày       | kéo dài | kết quả | áp dụng                     | đánh giá  | không áp dụng               |
      | 30/05/2026 | không   | duyệt   | tt55.d4.k1.tien_an_hoc_vien | đạt       | tt60.d4.k1.tien_an_hoc_vien |
      | 31/05/2026 | có      | duyệt   | tt55.d4.k1.tien_an_hoc_vien | đạt       | tt60.d4.k1.tien_an_hoc_vien |
      | 31/12/2026 | có      | duyệt   | tt55.d4.k1.tien_an_hoc_vien | đạt       | tt60.d4.k1.tien_an_hoc_vien |
      | 31/05/2026 | không   | gắn cờ  | tt60.d4.k1.tien_an_hoc_vien | không đạt | tt55.d4.k1.tien_an_hoc_vien |

  @tt55.d3.k2.in_an @tt60.d4.k4.in_an
  Khung kịch bản: In ấn cẩm nang trước và sau 31/05/2026
    Cho hồ sơ "cẩm nang" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
    Và hồ sơ có thuộc tính "extended_task" là "<kéo dài>"
    Và khoản chi "in ấn" 1.000 bản, đơn giá 18.000 đồng
    Và khoản chi có chứng từ "hóa đơn"
    Khi thẩm định hồ sơ
    Thì khoản chi được "duyệt"
    Và quy định "<không áp dụng>" không áp dụng
    Và quy định "<áp dụng>" "đạt"
    Và trích dẫn "<trích dẫn>"

    Dữ liệu:
      | ngày       | kéo dài | áp dụng          | không áp dụng    | trích dẫn                               |
      | 30/05/2026 | không   | tt55.d3.k2.in_an | tt60.d4.k4.in_an | khoản 2 Điều 3 Thông tư 55/2023/TT-BTC |
      | 31/05/2026 | không   | tt60.d4.k4.in_an | tt55.d3.k2.in_an | khoản 4 Điều 4 Thông tư 60/2026/TT-BTC |
      | 31/05/2026 | có      | tt55.d3.k2.in_an | tt60.d4.k4.in_an | khoản 2 Điều 3 Thông tư 55/2023/TT-BTC |
      | 31/12/2026 | có      | tt55.d3.k2.in_an | tt60.d4.k4.in_an | khoản 2 Điều 3 Thông tư 55/2023/TT-BTC |

  @tt55.d3.k2.in_an @tt60.d4.k4.in_an @chung.loai_khoan_chi
  Kịch bản: In ấn của nhiệm vụ kéo dài phát sinh ngày 01/01/2027 không có quy định áp dụng
    Cho hồ sơ "cẩm nang" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 01/01/2027
    Và hồ sơ có thuộc tính "extended_task" là "có"
    Và khoản chi "in ấn" 1.000 bản, đơn giá 18.000 đồng
    Và khoản chi có chứng từ "hóa đơn"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và quy định "tt55.d3.k2.in_an" không áp dụng
    Và quy định "tt60.d4.k4.in_an" không áp dụng
    Và quy định "chung.loai_khoan_chi" "không đạt"

  @tt55.d4.k4.phan_mem.nd45 @tt60.d4.k5.phan_mem
  Khung kịch bản: Phần mềm, cơ sở dữ liệu trước và sau 31/05/2026
    Cho hồ sơ "cơ sở dữ liệu" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
    Và hồ sơ có thuộc tính "extended_task" là "<kéo dài>"
    Và khoản chi "phần mềm" 1 gói, đơn giá 250.000.000 đồng
    Và khoản chi có chứng từ "quyết định phê duyệt", "hợp đồng"
    Khi thẩm định hồ sơ
    Thì khoản chi được "duyệt"
    Và quy định "<không áp dụng>" không áp dụng
    Và quy định "<áp dụng>" "đạt"

    Dữ liệu:
      | ngày       | kéo dài | áp dụng                  | không áp dụng            |
      | 30/05/2026 | không   | tt55.d4.k4.phan_mem.nd45 | tt60.d4.k5.phan_mem      |
      | 31/05/2026 | không   | tt60.d4.k5.phan_mem      | tt55.d4.k4.phan_mem.nd45 |
      | 31/05/2026 | có      | tt55.d4.k4.phan_mem.nd45 | tt60.d4.k5.phan_mem      |
      | 31/12/2026 | có      | tt55.d4.k4.phan_mem.nd45 | tt60.d4.k5.phan_mem      |

  @tt55.d78.k1
  Kịch bản: Thẩm định lại nhiệm vụ kéo dài theo pháp luật tại ngày 01/01/2027
    Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và hồ sơ có thuộc tính "extended_task" là "có"
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 300.000 đồng
    Khi thẩm định hồ sơ theo pháp luật tại ngày 01/01/2027
    Thì khoản chi được "gắn cờ"
    Và quy định "tt55.d78.k1" không áp dụng
    Và lý do là "chưa có quy định áp dụng"
