# language: vi
Tính năng: Đào tạo, tập huấn, bồi dưỡng (khoản 1 Điều 4, điểm b khoản 2 Điều 4, khoản 4 Điều 4 Thông tư 60/2026/TT-BTC)
  Từ 31/05/2026 (trừ nhiệm vụ kéo dài), nội dung và mức chi đào tạo theo Điều 4 Thông tư 100/2025/TT-BTC;
  tiền công giảng viên, báo cáo viên theo điểm a khoản 2 Điều 4 Thông tư 100/2025. Thông tư 100/2025 chưa
  đọc được: bộ quy tắc chưa có mức tiền ăn học viên, mức biên soạn tài liệu — các khoản chi này bị gắn cờ
  "chưa có quy định áp dụng" để thẩm định thủ công. Các kịch bản có bảng mức nạp cho kịch bản dùng con số
  GIẢ ĐỊNH, chỉ để cho thấy quy định sẽ so sánh thế nào khi mức được nạp vào bộ quy tắc.
  Tiền ăn, đi lại, thuê phòng của học viên thuộc dự toán của đơn vị chủ trì lớp (điểm b khoản 1 Điều 4).

  @tt60.d4.k1.tien_an_hoc_vien
  Kịch bản: Chưa có mức tiền ăn học viên của Thông tư 100/2025: khoản chi bị gắn cờ để thẩm định thủ công
    Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "UBND-NUITHANH" cấp "huyện", ngày 15/06/2026
    Và khoản chi "tiền ăn học viên" 50 người-ngày, đơn giá 150.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "cần thẩm định thủ công"
    Và số tiền được thanh toán là 0 đồng
    Và quy định "tt60.d4.k1.tien_an_hoc_vien" "không đạt"
    Và trích dẫn "điểm a khoản 1 Điều 4 Thông tư 60/2026/TT-BTC"
    Và thông báo nêu "chưa có mức của Thông tư 100/2025/TT-BTC"

  @tt60.d4.k1.tien_an_hoc_vien
  Khung kịch bản: Tiền ăn học viên so với mức khi mức của Thông tư 100/2025 được nạp (mức giả định)
    Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "UBND-NUITHANH" cấp "huyện", ngày 15/06/2026
    Và khoản chi "tiền ăn học viên" 50 người-ngày, đơn giá <đơn giá> đồng
    Và bảng mức "tt100.trainee_meal" có các dòng:
      | từ ngày    | mức     | văn bản                      | xác minh |
      | 31/05/2026 | 250.000 | 100/2025/TT-BTC (giả định)   | M        |
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt60.d4.k1.tien_an_hoc_vien" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | đơn giá | kết quả | đánh giá  | được thanh toán |
      | 250.000 | duyệt   | đạt       | 12.500.000      |
      | 250.001 | gắn cờ  | không đạt | 12.500.000      |

  @tt60.d4.k1.tai_lieu
  Khung kịch bản: Chưa có mức biên soạn tài liệu của Thông tư 100/2025, kể cả cẩm nang do cán bộ tự biên soạn
    Cho hồ sơ "<hoạt động>" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và khoản chi "<khoản chi>" 100 trang, đơn giá 70.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "cần thẩm định thủ công"
    Và quy định "tt60.d4.k1.tai_lieu" "không đạt"
    Và trích dẫn "khoản 4 Điều 4 Thông tư 60/2026/TT-BTC"

    Dữ liệu:
      | hoạt động          | khoản chi          |
      | biên soạn tài liệu | biên soạn tài liệu |
      | cẩm nang           | biên tập tài liệu  |

  @tt60.d4.k1.tai_lieu
  Khung kịch bản: Biên soạn tài liệu so với mức khi mức của Thông tư 100/2025 được nạp (mức giả định)
    Cho hồ sơ "biên soạn tài liệu" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và khoản chi "biên soạn tài liệu" 100 trang, đơn giá <đơn giá> đồng
    Và bảng mức "tt100.materials_page" có các dòng:
      | category          | từ ngày    | mức    | văn bản                    | xác minh |
      | materials_writing | 31/05/2026 | 80.000 | 100/2025/TT-BTC (giả định) | M        |
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt60.d4.k1.tai_lieu" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | đơn giá | kết quả | đánh giá  | được thanh toán |
      | 80.000  | duyệt   | đạt       | 8.000.000       |
      | 80.001  | gắn cờ  | không đạt | 8.000.000       |

  @tt60.d4.k1.thu_lao.hop_dong
  Khung kịch bản: Tiền công giảng viên, báo cáo viên của lớp tập huấn, hội nghị cần hợp đồng
    Cho hồ sơ "<hoạt động>" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và khoản chi "thù lao báo cáo viên" 2 buổi, đơn giá 1.000.000 đồng
    Và người nhận có hạng "TS"
    Và khoản chi có chứng từ <chứng từ>
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và quy định "tt60.d4.k1.thu_lao.hop_dong" "<đánh giá>"

    Dữ liệu:
      | hoạt động | chứng từ              | đánh giá  |
      | tập huấn  | "hợp đồng"            | đạt       |
      | hội nghị  | "hợp đồng"            | đạt       |
      | hội nghị  | "chứng từ thanh toán" | không đạt |

  @tt60.d4.k1.thu_lao.hop_dong @tt60.d4.k1.thu_lao.muc
  Kịch bản: Tiền công giảng viên có hợp đồng nhưng chưa có bảng mức của tỉnh, đơn vị
    Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và khoản chi "thù lao giảng viên" 2 buổi, đơn giá 1.000.000 đồng
    Và người nhận có hạng "TS"
    Và khoản chi có chứng từ "hợp đồng"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "cần thẩm định thủ công"
    Và quy định "tt60.d4.k1.thu_lao.hop_dong" "đạt"
    Và căn cứ "chưa xác minh"
    Và quy định "tt60.d4.k1.thu_lao.muc" "không đạt"
    Và thông báo nêu "chưa có bảng mức của tỉnh/đơn vị"

  # Bảng mức GIẢ ĐỊNH, chỉ để minh họa (chưa có nghị quyết nào được nạp).
  @tt60.d4.k1.thu_lao.muc
  Khung kịch bản: Tiền công giảng viên so với bảng mức của tỉnh khi bảng đã được nạp
    Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và khoản chi "thù lao giảng viên" 2 buổi, đơn giá <đơn giá> đồng
    Và người nhận có hạng "TS"
    Và khoản chi có chứng từ "hợp đồng"
    Và bảng mức "local.lecturer_fee" có các dòng:
      | unit.level | payee.grade | từ ngày    | mức       | văn bản                                    | xác minh |
      | province   | TS          | 01/01/2024 | 1.500.000 | Nghị quyết HĐND tỉnh về mức chi (giả định) | S        |
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt60.d4.k1.thu_lao.muc" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | đơn giá   | kết quả | đánh giá  | được thanh toán |
      | 1.500.000 | duyệt   | đạt       | 3.000.000       |
      | 1.500.001 | gắn cờ  | không đạt | 3.000.000       |

  @tt60.d4.k1.hoc_vien
  Khung kịch bản: Đơn vị cử học viên chi phụ cấp lưu trú, đi lại cho học viên
    Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "HUYEN-THANGBINH" cấp "huyện", ngày 15/06/2026
    Và hoạt động có thuộc tính "lead_unit" là "không"
    Và khoản chi "<khoản chi>" 10 <đơn vị tính>, đơn giá 150.000 đồng
    Và khoản chi có chứng từ <chứng từ>
    Khi thẩm định hồ sơ
    Thì quy định "tt60.d4.k1.hoc_vien" "<đánh giá>"

    Dữ liệu:
      | khoản chi       | đơn vị tính | chứng từ               | đánh giá  |
      | phụ cấp lưu trú | người-ngày  | "giấy mời"             | đạt       |
      | tiền tàu xe     | lượt        | "giấy mời", "hóa đơn"  | đạt       |
      | phụ cấp lưu trú | người-ngày  | "quyết định phê duyệt" | không đạt |

  @tt60.d4.k1.hoc_vien
  Kịch bản: Đơn vị cử học viên chi phụ cấp lưu trú không có giấy mời, triệu tập bị gắn cờ
    Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "HUYEN-THANGBINH" cấp "huyện", ngày 15/06/2026
    Và hoạt động có thuộc tính "lead_unit" là "không"
    Và khoản chi "phụ cấp lưu trú" 10 người-ngày, đơn giá 300.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "thiếu chứng từ"
    Và quy định "tt60.d4.k1.hoc_vien" "không đạt"
    Và trích dẫn "điểm b khoản 1 Điều 4 Thông tư 60/2026/TT-BTC"
    Và căn cứ "nguồn thứ cấp"

  @tt60.d4.k1.hoc_vien
  Kịch bản: Đơn vị cử học viên có giấy mời được chi phụ cấp lưu trú
    Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "HUYEN-THANGBINH" cấp "huyện", ngày 15/06/2026
    Và hoạt động có thuộc tính "lead_unit" là "không"
    Và khoản chi "phụ cấp lưu trú" 10 người-ngày, đơn giá 300.000 đồng
    Và khoản chi có chứng từ "giấy mời"
    Khi thẩm định hồ sơ
    Thì khoản chi được "duyệt"
    Và quy định "tt60.d4.k1.hoc_vien" "đạt"
