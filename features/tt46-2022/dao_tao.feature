# language: vi
Tính năng: Đào tạo, tập huấn, bồi dưỡng (khoản 1 Điều 4 Thông tư 46/2022/TT-BTC)
  Khoản chi phát sinh từ 12/09/2022 đến 14/08/2023. Văn bản gốc Thông tư 46/2022 chưa đối chiếu được:
  nội dung lấy theo khoản 1 Điều 4 Thông tư 55/2023 (mức phụ cấp lưu trú 200.000 đồng/người/ngày cho tiền
  ăn học viên; tài liệu 70.000 / 40.000 / 30.000 đồng/trang, tiếng dân tộc thiểu số cao hơn 30%; thù lao
  giảng viên theo hợp đồng và bảng mức của tỉnh, đơn vị; đơn vị cử học viên cần văn bản thông báo của đơn
  vị chủ trì lớp), nên căn cứ riêng của Thông tư 46 được ghi "chưa xác minh".

  @tt46.d4.k1.tien_an_hoc_vien
  Khung kịch bản: Tiền ăn học viên so với mức phụ cấp lưu trú 200.000 đồng
    Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "UBND-NUITHANH" cấp "huyện", ngày 01/12/2022
    Và khoản chi "tiền ăn học viên" 120 người-ngày, đơn giá <đơn giá> đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt46.d4.k1.tien_an_hoc_vien" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | đơn giá | kết quả | đánh giá  | được thanh toán |
      | 100.000 | duyệt   | đạt       | 12.000.000      |
      | 200.000 | duyệt   | đạt       | 24.000.000      |
      | 200.001 | gắn cờ  | không đạt | 24.000.000      |

  @tt46.d4.k1.tien_an_hoc_vien
  Kịch bản: Tiền ăn học viên vượt mức: thông báo ghi dẫn chiếu chưa đối chiếu
    Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "UBND-NUITHANH" cấp "huyện", ngày 01/12/2022
    Và khoản chi "tiền ăn học viên" 120 người-ngày, đơn giá 250.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "vượt mức tối đa"
    Và quy định "tt46.d4.k1.tien_an_hoc_vien" "không đạt"
    Và trích dẫn "khoản 1 Điều 4 Thông tư 46/2022/TT-BTC"
    Và trích dẫn "khoản 1 Điều 6 Thông tư 40/2017/TT-BTC"
    Và căn cứ "nguồn thứ cấp"
    Và thông báo nêu "dẫn chiếu chưa đối chiếu văn bản gốc"

  @tt46.d4.k1.tai_lieu
  Khung kịch bản: Biên soạn, biên tập, thẩm định tài liệu so với mức theo trang
    Cho hồ sơ "biên soạn tài liệu" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", từ ngày 05/10/2022 đến ngày 28/10/2022
    Và khoản chi "<khoản chi>" 100 trang, đơn giá <đơn giá> đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt46.d4.k1.tai_lieu" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | khoản chi          | đơn giá | kết quả | đánh giá  | được thanh toán |
      | biên soạn tài liệu | 70.000  | duyệt   | đạt       | 7.000.000       |
      | biên soạn tài liệu | 70.001  | gắn cờ  | không đạt | 7.000.000       |
      | biên tập tài liệu  | 40.000  | duyệt   | đạt       | 4.000.000       |
      | biên tập tài liệu  | 40.001  | gắn cờ  | không đạt | 4.000.000       |
      | thẩm định tài liệu | 30.000  | duyệt   | đạt       | 3.000.000       |
      | thẩm định tài liệu | 30.001  | gắn cờ  | không đạt | 3.000.000       |

  @tt46.d4.k1.tai_lieu
  Kịch bản: Mức tài liệu của Thông tư 46/2022 chưa xác minh được ghi trong thông báo
    Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", từ ngày 08/11/2022 đến ngày 09/11/2022
    Và khoản chi "biên soạn tài liệu" 50 trang, đơn giá 90.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và quy định "tt46.d4.k1.tai_lieu" "không đạt"
    Và trích dẫn "khoản 1 Điều 4 Thông tư 46/2022/TT-BTC"
    Và căn cứ "chưa xác minh"
    Và số tiền được thanh toán là 3.500.000 đồng

  @tt46.d4.k1.tai_lieu.dan_toc
  Khung kịch bản: Tài liệu bằng tiếng dân tộc thiểu số so với mức cao hơn 30%
    Cho hồ sơ "biên soạn tài liệu" thuộc Tiểu dự án 1 của đơn vị "HUYEN-NAMTRAMY" cấp "huyện", ngày 15/11/2022
    Và khoản chi "<khoản chi>" 100 trang, đơn giá <đơn giá> đồng
    Và khoản chi có thuộc tính "ethnic_language" là "có"
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt46.d4.k1.tai_lieu.dan_toc" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | khoản chi          | đơn giá | kết quả | đánh giá  | được thanh toán |
      | biên soạn tài liệu | 91.000  | duyệt   | đạt       | 9.100.000       |
      | biên soạn tài liệu | 91.001  | gắn cờ  | không đạt | 9.100.000       |
      | thẩm định tài liệu | 39.000  | duyệt   | đạt       | 3.900.000       |
      | thẩm định tài liệu | 39.001  | gắn cờ  | không đạt | 3.900.000       |

  @tt46.d4.k1.thu_lao.hop_dong @tt46.d4.k1.thu_lao.muc
  Kịch bản: Thù lao giảng viên có hợp đồng nhưng chưa có bảng mức của tỉnh, đơn vị
    Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", từ ngày 08/11/2022 đến ngày 09/11/2022
    Và khoản chi "thù lao giảng viên" 4 buổi, đơn giá 1.000.000 đồng
    Và người nhận là "Trần Thị Thu Hà"
    Và người nhận có hạng "4"
    Và khoản chi có chứng từ "hợp đồng"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "cần thẩm định thủ công"
    Và số tiền được thanh toán là 0 đồng
    Và quy định "tt46.d4.k1.thu_lao.hop_dong" "đạt"
    Và quy định "tt46.d4.k1.thu_lao.muc" "không đạt"
    Và trích dẫn "điểm a khoản 2 Điều 5 Thông tư 36/2018/TT-BTC"
    Và thông báo nêu "chưa có bảng mức của tỉnh/đơn vị"

  @tt46.d4.k1.thu_lao.hop_dong
  Kịch bản: Thù lao giảng viên không có hợp đồng bị gắn cờ thiếu chứng từ
    Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
    Và khoản chi "thù lao báo cáo viên" 2 buổi, đơn giá 800.000 đồng
    Và khoản chi có chứng từ "chứng từ thanh toán"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "thiếu chứng từ"
    Và quy định "tt46.d4.k1.thu_lao.hop_dong" "không đạt"
    Và căn cứ "chưa xác minh"

  # Bảng mức GIẢ ĐỊNH, chỉ để minh họa (chưa có nghị quyết nào được nạp).
  @tt46.d4.k1.thu_lao.muc
  Khung kịch bản: Thù lao giảng viên so với bảng mức của tỉnh khi bảng đã được nạp
    Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
    Và khoản chi "thù lao giảng viên" 4 buổi, đơn giá <đơn giá> đồng
    Và người nhận có hạng "4"
    Và khoản chi có chứng từ "hợp đồng"
    Và bảng mức "local.lecturer_fee" có các dòng:
      | unit.level | payee.grade | từ ngày    | mức     | văn bản                                    | xác minh |
      | province   | 4           | 01/01/2020 | 800.000 | Nghị quyết HĐND tỉnh về mức chi (giả định) | S        |
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt46.d4.k1.thu_lao.muc" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | đơn giá | kết quả | đánh giá  | được thanh toán |
      | 800.000 | duyệt   | đạt       | 3.200.000       |
      | 800.001 | gắn cờ  | không đạt | 3.200.000       |

  @tt46.d4.k1.hoc_vien
  Khung kịch bản: Đơn vị cử học viên chi tiền ăn, đi lại, thuê phòng cho học viên
    Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "HUYEN-THANGBINH" cấp "huyện", ngày 15/11/2022
    Và hoạt động có thuộc tính "lead_unit" là "không"
    Và khoản chi "tiền ăn học viên" 10 người-ngày, đơn giá 150.000 đồng
    Và khoản chi có chứng từ <chứng từ>
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt46.d4.k1.hoc_vien" "<đánh giá>"

    Dữ liệu:
      | chứng từ            | kết quả | đánh giá  |
      | "giấy mời"          | duyệt   | đạt       |
      | "danh sách tham dự" | gắn cờ  | không đạt |
