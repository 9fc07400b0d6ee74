# language: vi
Tính năng: Đào tạo, tập huấn, bồi dưỡng (khoản 1 Điều 4 Thông tư 55/2023/TT-BTC)
  Nội dung, mức chi theo Thông tư 36/2018/TT-BTC (sửa đổi bởi Thông tư 06/2023/TT-BTC). Hỗ trợ tiền ăn
  học viên tối đa bằng mức phụ cấp lưu trú (200.000 đồng/người/ngày; 300.000 đồng từ 04/05/2025 theo
  Thông tư 12/2025/TT-BTC). Tài liệu lớp dưới 05 ngày: biên soạn 70.000, biên tập 40.000, thẩm định
  30.000 đồng/trang; tiếng dân tộc thiểu số cao hơn 30%. Thù lao giảng viên, báo cáo viên không có mức
  trung ương: cần hợp đồng công việc và được so với bảng mức của tỉnh hoặc đơn vị — chưa có bảng nào được
  nạp, nên bị gắn cờ để thẩm định thủ công. Tiền ăn, đi lại, thuê phòng của học viên do đơn vị chủ trì lớp
  chi; đơn vị cử học viên chỉ chi khi có văn bản thông báo của đơn vị chủ trì (giấy mời, triệu tập).

  Quy tắc: Hỗ trợ tiền ăn học viên không vượt mức phụ cấp lưu trú (điểm a khoản 1 Điều 4)

    @tt55.d4.k1.tien_an_hoc_vien
    Khung kịch bản: Tiền ăn học viên so với mức phụ cấp lưu trú tại ngày phát sinh
      Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "UBND-NUITHANH" cấp "huyện", ngày <ngày>
      Và khoản chi "tiền ăn học viên" 50 người-ngày, đơn giá <đơn giá> đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt55.d4.k1.tien_an_hoc_vien" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu: Thông tư 40/2017 — 200.000 đồng đến 03/05/2025
        | ngày       | đơn giá | kết quả | đánh giá  | được thanh toán |
        | 20/03/2024 | 200.000 | duyệt   | đạt       | 10.000.000      |
        | 20/03/2024 | 200.001 | gắn cờ  | không đạt | 10.000.000      |
        | 03/05/2025 | 200.000 | duyệt   | đạt       | 10.000.000      |
        | 03/05/2025 | 200.001 | gắn cờ  | không đạt | 10.000.000      |

      Dữ liệu: Thông tư 12/2025 — 300.000 đồng từ 04/05/2025
        | ngày       | đơn giá | kết quả | đánh giá  | được thanh toán |
        | 04/05/2025 | 300.000 | duyệt   | đạt       | 15.000.000      |
        | 04/05/2025 | 300.001 | gắn cờ  | không đạt | 15.000.000      |
        | 30/05/2026 | 300.000 | duyệt   | đạt       | 15.000.000      |

    @tt55.d4.k1.tien_an_hoc_vien
    Kịch bản: Tiền ăn học viên vượt mức bị gắn cờ, kèm trích dẫn và nguồn của mức
      Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "UBND-NUITHANH" cấp "huyện", ngày 04/05/2025
      Và khoản chi "tiền ăn học viên" 50 người-ngày, đơn giá 350.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "vượt mức tối đa"
      Và quy định "tt55.d4.k1.tien_an_hoc_vien" "không đạt"
      Và trích dẫn "điểm a khoản 1 Điều 4 Thông tư 55/2023/TT-BTC"
      Và trích dẫn "khoản 3 Điều 1 Thông tư 12/2025/TT-BTC"
      Và căn cứ "nguồn thứ cấp"
      Và thông báo nêu "vượt mức phụ cấp lưu trú 300.000 đ/người/ngày"

    @tt46.d4.k1.tien_an_hoc_vien @tt55.d4.k1.tien_an_hoc_vien
    Khung kịch bản: Tiền ăn học viên được thẩm định theo Thông tư 46/2022 đến 14/08/2023, theo Thông tư 55/2023 từ 15/08/2023
      Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "UBND-NUITHANH" cấp "huyện", ngày <ngày>
      Và khoản chi "tiền ăn học viên" 50 người-ngày, đơn giá 200.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "<không áp dụng>" không áp dụng
      Và quy định "<áp dụng>" "đạt"
      Và trích dẫn "<trích dẫn>"

      Dữ liệu:
        | ngày       | áp dụng                       | không áp dụng                 | trích dẫn                                      |
        | 14/08/2023 | tt46.d4.k1.tien_an_hoc_vien   | tt55.d4.k1.tien_an_hoc_vien   | khoản 1 Điều 4 Thông tư 46/2022/TT-BTC         |
        | 15/08/2023 | tt55.d4.k1.tien_an_hoc_vien   | tt46.d4.k1.tien_an_hoc_vien   | điểm a khoản 1 Điều 4 Thông tư 55/2023/TT-BTC |

  Quy tắc: Tài liệu lớp dưới 05 ngày: mức chi theo trang (điểm a khoản 1 Điều 4; khoản 3 Điều 4)

    @tt55.d4.k1.tai_lieu
    Khung kịch bản: Biên soạn, biên tập, thẩm định tài liệu so với mức theo trang
      Cho hồ sơ "<hoạt động>" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và khoản chi "<khoản chi>" 100 trang, đơn giá <đơn giá> đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt55.d4.k1.tai_lieu" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | hoạt động          | khoản chi          | đơn giá | kết quả | đánh giá  | được thanh toán |
        | biên soạn tài liệu | biên soạn tài liệu | 70.000  | duyệt   | đạt       | 7.000.000       |
        | biên soạn tài liệu | biên soạn tài liệu | 70.001  | gắn cờ  | không đạt | 7.000.000       |
        | tập huấn           | biên tập tài liệu  | 40.000  | duyệt   | đạt       | 4.000.000       |
        | tập huấn           | biên tập tài liệu  | 40.001  | gắn cờ  | không đạt | 4.000.000       |
        | cẩm nang           | thẩm định tài liệu | 30.000  | duyệt   | đạt       | 3.000.000       |
        | cẩm nang           | thẩm định tài liệu | 30.001  | gắn cờ  | không đạt | 3.000.000       |

    @tt55.d4.k1.tai_lieu
    Kịch bản: Biên soạn tài liệu vượt mức bị gắn cờ, căn cứ theo bản pháp điển (nguồn thứ cấp)
      Cho hồ sơ "biên soạn tài liệu" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/08/2023
      Và khoản chi "biên soạn tài liệu" 120 trang, đơn giá 80.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "vượt mức tối đa"
      Và số tiền được thanh toán là 8.400.000 đồng
      Và quy định "tt55.d4.k1.tai_lieu" "không đạt"
      Và trích dẫn "điểm a khoản 1 Điều 4 Thông tư 55/2023/TT-BTC"
      Và căn cứ "nguồn thứ cấp"
      Và thông báo nêu "vượt mức tối đa 70.000 đ/trang"

    @tt55.d4.k1.tai_lieu @chung.loai_khoan_chi
    Kịch bản: Tài liệu của lớp từ 05 ngày trở lên không theo mức lớp dưới 05 ngày
      Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", từ ngày 18/03/2024 đến ngày 22/03/2024
      Và khoản chi "biên soạn tài liệu" 100 trang, đơn giá 70.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và quy định "tt55.d4.k1.tai_lieu" không áp dụng
      Và quy định "chung.loai_khoan_chi" "không đạt"

    @tt55.d4.k1.tai_lieu.dan_toc
    Khung kịch bản: Tài liệu bằng tiếng dân tộc thiểu số so với mức cao hơn 30%
      Cho hồ sơ "biên soạn tài liệu" thuộc Tiểu dự án 1 của đơn vị "HUYEN-NAMTRAMY" cấp "huyện", ngày 20/03/2024
      Và khoản chi "<khoản chi>" 100 trang, đơn giá <đơn giá> đồng
      Và khoản chi có thuộc tính "ethnic_language" là "có"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt55.d4.k1.tai_lieu.dan_toc" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | khoản chi          | đơn giá | kết quả | đánh giá  | được thanh toán |
        | biên soạn tài liệu | 91.000  | duyệt   | đạt       | 9.100.000       |
        | biên soạn tài liệu | 91.001  | gắn cờ  | không đạt | 9.100.000       |
        | biên tập tài liệu  | 52.000  | duyệt   | đạt       | 5.200.000       |
        | biên tập tài liệu  | 52.001  | gắn cờ  | không đạt | 5.200.000       |
        | thẩm định tài liệu | 39.000  | duyệt   | đạt       | 3.900.000       |
        | thẩm định tài liệu | 39.001  | gắn cờ  | không đạt | 3.900.000       |

    @tt55.d4.k1.tai_lieu.dan_toc
    Kịch bản: Mức tiếng dân tộc không áp dụng cho tài liệu tiếng Việt
      Cho hồ sơ "biên soạn tài liệu" thuộc Tiểu dự án 1 của đơn vị "HUYEN-NAMTRAMY" cấp "huyện", ngày 20/03/2024
      Và khoản chi "biên soạn tài liệu" 100 trang, đơn giá 91.000 đồng
      Và khoản chi có thuộc tính "ethnic_language" là "không"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "vượt mức tối đa"
      Và quy định "tt55.d4.k1.tai_lieu.dan_toc" không áp dụng
      Và quy định "tt55.d4.k1.tai_lieu" "không đạt"
      Và số tiền được thanh toán là 7.000.000 đồng

  Quy tắc: Thù lao giảng viên, báo cáo viên: hợp đồng và bảng mức của tỉnh, đơn vị (điểm a khoản 1 Điều 4)

    @tt55.d4.k1.thu_lao.hop_dong
    Khung kịch bản: Thù lao giảng viên cần hợp đồng công việc
      Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và khoản chi "thù lao giảng viên" 4 buổi, đơn giá 1.000.000 đồng
      Và người nhận có hạng "4"
      Và khoản chi có chứng từ <chứng từ>
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và quy định "tt55.d4.k1.thu_lao.hop_dong" "<đánh giá>"

      Dữ liệu:
        | chứng từ                | đánh giá  |
        | "hợp đồng"              | đạt       |
        | "hợp đồng", "hóa đơn"   | đạt       |
        | "chứng từ thanh toán"   | không đạt |

    @tt55.d4.k1.thu_lao.hop_dong
    Kịch bản: Thù lao giảng viên không có hợp đồng bị gắn cờ thiếu chứng từ
      Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và khoản chi "thù lao giảng viên" 4 buổi, đơn giá 1.000.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "thiếu chứng từ"
      Và quy định "tt55.d4.k1.thu_lao.hop_dong" "không đạt"
      Và trích dẫn "điểm a khoản 2 Điều 5 Thông tư 36/2018/TT-BTC"
      Và căn cứ "nguồn thứ cấp"

    @tt55.d4.k1.thu_lao.muc
    Kịch bản: Chưa có bảng mức của tỉnh, đơn vị: thù lao giảng viên có hợp đồng vẫn bị gắn cờ để thẩm định thủ công
      Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và khoản chi "thù lao giảng viên" 4 buổi, đơn giá 1.000.000 đồng
      Và người nhận có hạng "4"
      Và khoản chi có chứng từ "hợp đồng"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "cần thẩm định thủ công"
      Và số tiền được thanh toán là 0 đồng
      Và quy định "tt55.d4.k1.thu_lao.hop_dong" "đạt"
      Và quy định "tt55.d4.k1.thu_lao.muc" "không đạt"
      Và thông báo nêu "chưa có bảng mức của tỉnh/đơn vị cho đơn vị SLDTBXH, hạng 4"

    # Bảng mức dưới đây là GIẢ ĐỊNH, chỉ để minh họa cách quy định làm việc khi một tỉnh hoặc đơn vị nạp
    # bảng mức của mình (rules/dia-phuong/thu-lao-giang-vien.yaml); chưa có nghị quyết nào được nạp thật.
    @tt55.d4.k1.thu_lao.muc
    Khung kịch bản: Thù lao giảng viên so với bảng mức của đơn vị khi bảng đã được nạp
      Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và khoản chi "thù lao giảng viên" 4 buổi, đơn giá <đơn giá> đồng
      Và người nhận có hạng "<hạng>"
      Và khoản chi có chứng từ "hợp đồng"
      Và bảng mức "local.lecturer_fee" có các dòng:
        | unit.code | payee.grade | từ ngày    | mức       | văn bản                                           | xác minh |
        | SLDTBXH   | TS          | 01/01/2023 | 1.500.000 | Quy chế chi tiêu nội bộ Sở LĐTBXH (giả định)      | M        |
        | SLDTBXH   | 4           | 01/01/2023 | 800.000   | Quy chế chi tiêu nội bộ Sở LĐTBXH (giả định)      | M        |
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt55.d4.k1.thu_lao.muc" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu: vượt mức của đơn vị thì được thanh toán đến mức; hạng chưa có trong bảng thì chưa thanh toán
        | hạng | đơn giá   | kết quả | đánh giá  | được thanh toán |
        | TS   | 1.500.000 | duyệt   | đạt       | 6.000.000       |
        | TS   | 1.500.001 | gắn cờ  | không đạt | 6.000.000       |
        | 4    | 800.000   | duyệt   | đạt       | 3.200.000       |
        | 4    | 800.001   | gắn cờ  | không đạt | 3.200.000       |
        | GS   | 800.000   | gắn cờ  | không đạt | 0               |

    @tt55.d4.k1.thu_lao.muc
    Kịch bản: Thù lao vượt bảng mức đã nạp bị gắn cờ, căn cứ là văn bản của đơn vị
      Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và khoản chi "thù lao giảng viên" 2 buổi, đơn giá 1.000.000 đồng
      Và người nhận có hạng "4"
      Và khoản chi có chứng từ "hợp đồng"
      Và bảng mức "local.lecturer_fee" có các dòng:
        | unit.code | payee.grade | từ ngày    | mức     | văn bản                                      | xác minh |
        | SLDTBXH   | 4           | 01/01/2023 | 800.000 | Quy chế chi tiêu nội bộ Sở LĐTBXH (giả định) | V        |
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "vượt mức tối đa"
      Và quy định "tt55.d4.k1.thu_lao.muc" "không đạt"
      Và căn cứ "văn bản gốc"
      Và thông báo nêu "vượt mức 800.000 đ/buổi của tỉnh/đơn vị (hạng 4)"

  Quy tắc: Tiền ăn, đi lại, thuê phòng của học viên thuộc dự toán của đơn vị chủ trì lớp (điểm b khoản 1 Điều 4)

    @tt55.d4.k1.hoc_vien
    Khung kịch bản: Đơn vị cử học viên chi cho học viên khi có văn bản thông báo của đơn vị chủ trì lớp
      Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "HUYEN-THANGBINH" cấp "huyện", ngày 20/03/2024
      Và hoạt động có thuộc tính "lead_unit" là "không"
      Và khoản chi "<khoản chi>" 10 người-ngày, đơn giá 150.000 đồng
      Và khoản chi có chứng từ <chứng từ>
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt55.d4.k1.hoc_vien" "<đánh giá>"

      Dữ liệu:
        | khoản chi        | chứng từ                             | kết quả | đánh giá  |
        | phụ cấp lưu trú  | "giấy mời"                           | duyệt   | đạt       |
        | tiền ăn học viên | "giấy mời", "danh sách tham dự"      | duyệt   | đạt       |
        | phụ cấp lưu trú  | "quyết định phê duyệt"               | gắn cờ  | không đạt |
        | tiền ăn học viên | "danh sách tham dự"                  | gắn cờ  | không đạt |

    @tt55.d4.k1.hoc_vien
    Kịch bản: Đơn vị cử học viên chi phụ cấp lưu trú không có giấy mời, triệu tập bị gắn cờ thiếu chứng từ
      Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "HUYEN-THANGBINH" cấp "huyện", ngày 20/03/2024
      Và hoạt động có thuộc tính "lead_unit" là "không"
      Và khoản chi "phụ cấp lưu trú" 10 người-ngày, đơn giá 200.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "thiếu chứng từ"
      Và số tiền được thanh toán là 0 đồng
      Và quy định "tt55.d4.k1.hoc_vien" "không đạt"
      Và trích dẫn "điểm b khoản 1 Điều 4 Thông tư 55/2023/TT-BTC"
      Và căn cứ "nguồn thứ cấp"
      Và thông báo nêu "không có văn bản thông báo của đơn vị chủ trì lớp"

    @tt55.d4.k1.hoc_vien
    Kịch bản: Đơn vị chủ trì lớp chi tiền ăn học viên không cần văn bản thông báo
      Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "HUYEN-THANGBINH" cấp "huyện", ngày 20/03/2024
      Và khoản chi "tiền ăn học viên" 10 người-ngày, đơn giá 150.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "tt55.d4.k1.hoc_vien" không áp dụng
