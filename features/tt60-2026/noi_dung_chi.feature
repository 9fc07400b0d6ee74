# language: vi
Tính năng: Nội dung chi thuộc Nội dung thành phần 10 (Điều 14 Thông tư 60/2026/TT-BTC)
  Từ 31/05/2026, Dự án 7 của giai đoạn 2021-2025 tương ứng Nội dung thành phần 10 "Nâng cao năng lực,
  truyền thông, giám sát, đánh giá …" của Chương trình giai đoạn 2026-2030 (Điều 14); nội dung, mức chi
  theo Điều 4. Điều 14 không liệt kê hoạt động (dẫn chiếu Quyết định 417/QĐ-BNNMT, chưa đọc): việc xếp mười
  loại hoạt động vào Nội dung thành phần 10 là suy luận, nên căn cứ ghi "chưa xác minh". Hồ sơ vẫn ghi Tiểu
  dự án 1 (nâng cao năng lực) hoặc 2 (giám sát, đánh giá) như Dự án 7, nhưng Thông tư 60/2026 không chia tiểu dự
  án (Nội dung thành phần 10 là một nội dung): khoản chi theo Thông tư 60/2026 không bị xét "sai tiểu dự án"
  (legal-review-2.md W10). Hồ sơ của nhiệm vụ 2021-2025 được kéo dài vẫn theo Thông tư 55/2023, có xét tiểu dự án
  (xem chuyen_tiep.feature).

  @tt60.d14.k1.dao_tao
  Khung kịch bản: Đào tạo, tập huấn, xây dựng tài liệu (khoản 1 Điều 4)
    Cho hồ sơ "<hoạt động>" thuộc Tiểu dự án <tiểu dự án> của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 300.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt60.d14.k1.dao_tao" "<đánh giá>"
    Và trích dẫn "khoản 1 Điều 14 Thông tư 60/2026/TT-BTC"
    Và trích dẫn "khoản 1 Điều 4 Thông tư 60/2026/TT-BTC"

    Dữ liệu:
      | hoạt động          | tiểu dự án | kết quả | đánh giá  |
      | tập huấn           | 1          | duyệt   | đạt       |
      | biên soạn tài liệu | 1          | duyệt   | đạt       |
      | tập huấn           | 2          | duyệt   | đạt       |

  @tt60.d14.k1.hoc_tap
  Khung kịch bản: Học tập kinh nghiệm, hội nghị, sơ kết, tổng kết (khoản 9, khoản 2 Điều 4)
    Cho hồ sơ "<hoạt động>" thuộc Tiểu dự án <tiểu dự án> của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 300.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt60.d14.k1.hoc_tap" "<đánh giá>"
    Và trích dẫn "khoản 9 Điều 4 Thông tư 60/2026/TT-BTC"

    Dữ liệu:
      | hoạt động            | tiểu dự án | kết quả | đánh giá  |
      | trao đổi kinh nghiệm | 1          | duyệt   | đạt       |
      | tổng kết             | 1          | duyệt   | đạt       |
      | hội nghị             | 2          | duyệt   | đạt       |

  @tt60.d14.k1.cam_nang
  Khung kịch bản: Xây dựng, in ấn cẩm nang, sổ tay (khoản 4 Điều 4)
    Cho hồ sơ "sổ tay" thuộc Tiểu dự án <tiểu dự án> của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và khoản chi "in ấn" 1.000 bản, đơn giá 18.000 đồng
    Và khoản chi có chứng từ "hợp đồng", "hóa đơn"
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt60.d14.k1.cam_nang" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | tiểu dự án | kết quả | đánh giá  | được thanh toán |
      | 1          | duyệt   | đạt       | 18.000.000      |
      | 2          | duyệt   | đạt       | 18.000.000      |

  @tt60.d14.k1.khung_ket_qua
  Khung kịch bản: Xây dựng khung kết quả, bộ chỉ số giám sát, đánh giá (khoản 13 Điều 4)
    Cho hồ sơ "xây dựng khung kết quả" thuộc Tiểu dự án <tiểu dự án> của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 300.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt60.d14.k1.khung_ket_qua" "<đánh giá>"
    Và trích dẫn "khoản 13 Điều 4 Thông tư 60/2026/TT-BTC"

    Dữ liệu:
      | tiểu dự án | kết quả | đánh giá  |
      | 2          | duyệt   | đạt       |
      | 1          | duyệt   | đạt       |

  @tt60.d14.k1.kiem_tra
  Khung kịch bản: Kiểm tra, giám sát, đánh giá (khoản 13 Điều 4)
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án <tiểu dự án> của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 300.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt60.d14.k1.kiem_tra" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | tiểu dự án | kết quả | đánh giá  | được thanh toán |
      | 2          | duyệt   | đạt       | 600.000         |
      | 1          | duyệt   | đạt       | 600.000         |

  @tt60.d14.k1.kiem_tra
  Kịch bản: Thông tư 60/2026 không chia tiểu dự án: kiểm tra ghi Tiểu dự án 1 không bị gắn cờ sai tiểu dự án
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 300.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "duyệt"
    Và quy định "tt60.d14.k1.kiem_tra" "đạt"
    Và trích dẫn "khoản 1 Điều 14 Thông tư 60/2026/TT-BTC"
    Và căn cứ "chưa xác minh"
    Và thông báo nêu "Nội dung thành phần 10"

  @tt60.d14.k1.dieu_tra
  Khung kịch bản: Rà soát hộ nghèo, điều tra, đánh giá (khoản 8 Điều 4, Thông tư 109/2016)
    Cho hồ sơ "<hoạt động>" thuộc Tiểu dự án <tiểu dự án> của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và khoản chi "người cung cấp thông tin" 200 phiếu, đơn giá 50.000 đồng
    Và phiếu có 35 chỉ tiêu, đối tượng "cá nhân"
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt60.d14.k1.dieu_tra" "<đánh giá>"
    Và trích dẫn "khoản 8 Điều 4 Thông tư 60/2026/TT-BTC"

    Dữ liệu:
      | hoạt động        | tiểu dự án | kết quả | đánh giá  |
      | rà soát hộ nghèo | 2          | duyệt   | đạt       |
      | điều tra         | 2          | duyệt   | đạt       |
      | điều tra         | 1          | duyệt   | đạt       |

  @tt60.d14.k1.co_so_du_lieu
  Khung kịch bản: Cơ sở dữ liệu, phần mềm quản lý dữ liệu giảm nghèo (khoản 5 Điều 4)
    Cho hồ sơ "cơ sở dữ liệu" thuộc Tiểu dự án <tiểu dự án> của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và khoản chi "phần mềm" 1 gói, đơn giá 250.000.000 đồng
    Và khoản chi có chứng từ "quyết định phê duyệt", "hợp đồng"
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt60.d14.k1.co_so_du_lieu" "<đánh giá>"
    Và trích dẫn "khoản 5 Điều 4 Thông tư 60/2026/TT-BTC"

    Dữ liệu:
      | tiểu dự án | kết quả | đánh giá  |
      | 2          | duyệt   | đạt       |
      | 1          | duyệt   | đạt       |
