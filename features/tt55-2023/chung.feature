# language: vi
Tính năng: Không quyết toán khoản đã quyết toán từ chương trình khác; đoàn kiểm tra liên ngành (khoản 1 Điều 3, khoản 4 Điều 54 Thông tư 55/2023/TT-BTC)
  Khoản 1 Điều 3: các nội dung, nhiệm vụ, hoạt động đã được quyết toán từ nguồn kinh phí của chương trình,
  đề án, dự án khác thì không được quyết toán từ kinh phí Chương trình. Đoạn 3 khoản 4 Điều 54 (được khoản 2
  Điều 79 dẫn chiếu): đoàn kiểm tra, giám sát, đánh giá liên ngành do cơ quan chủ trì chi tiền tàu xe, phụ
  cấp lưu trú, thuê phòng nghỉ cho mọi thành viên; cơ quan cử người không chi.

  @tt55.d3.k1.chuong_trinh_khac
  Khung kịch bản: Khoản chi ghi đã quyết toán từ chương trình khác
    Cho hồ sơ "rà soát hộ nghèo" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
    Và khoản chi "người cung cấp thông tin" 100 phiếu, đơn giá 40.000 đồng
    Và phiếu có 30 chỉ tiêu, đối tượng "cá nhân"
    Và khoản chi có thuộc tính "other_programme" là "<chương trình khác>"
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | chương trình khác | kết quả | được thanh toán |
      | không             | duyệt   | 4.000.000       |
      | có                | gắn cờ  | 0               |

  @tt55.d3.k1.chuong_trinh_khac
  Kịch bản: Khoản chi đã quyết toán từ chương trình khác bị gắn cờ không được chi
    Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
    Và khoản chi "phụ cấp lưu trú" 10 người-ngày, đơn giá 200.000 đồng
    Và khoản chi có thuộc tính "other_programme" là "có"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "không được chi"
    Và quy định "tt55.d3.k1.chuong_trinh_khac" "không đạt"
    Và trích dẫn "khoản 1 Điều 3 Thông tư 55/2023/TT-BTC"
    Và căn cứ "nguồn thứ cấp"

  @tt55.d54.k4.doan_lien_nganh
  Khung kịch bản: Đoàn kiểm tra liên ngành: chỉ đơn vị chủ trì chi công tác phí cho thành viên
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SNNPTNT" cấp "tỉnh", ngày 20/03/2024
    Và hoạt động có thuộc tính "joint_mission" là "có"
    Và hoạt động có thuộc tính "lead_unit" là "<chủ trì>"
    Và khoản chi "<khoản chi>" 4 <đơn vị tính>, đơn giá 200.000 đồng
    Và khoản chi có chứng từ "thông báo của đơn vị chủ trì", "vé"
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt55.d54.k4.doan_lien_nganh" <đánh giá>

    Dữ liệu:
      | chủ trì | khoản chi       | đơn vị tính | kết quả | đánh giá      |
      | có      | phụ cấp lưu trú | người-ngày  | duyệt   | không áp dụng |
      | không   | phụ cấp lưu trú | người-ngày  | gắn cờ  | "không đạt"   |
      | không   | tiền tàu xe     | lượt        | gắn cờ  | "không đạt"   |

  @tt55.d54.k4.doan_lien_nganh
  Kịch bản: Đơn vị cử người tham gia đoàn liên ngành chi phụ cấp lưu trú bị gắn cờ, kèm trích dẫn
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SNNPTNT" cấp "tỉnh", ngày 20/03/2024
    Và hoạt động có thuộc tính "joint_mission" là "có"
    Và hoạt động có thuộc tính "lead_unit" là "không"
    Và khoản chi "phụ cấp lưu trú" 4 người-ngày, đơn giá 200.000 đồng
    Và khoản chi có chứng từ "thông báo của đơn vị chủ trì"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "không được chi"
    Và số tiền được thanh toán là 0 đồng
    Và quy định "tt55.d54.k4.doan_lien_nganh" "không đạt"
    Và trích dẫn "khoản 4 Điều 54 Thông tư 55/2023/TT-BTC"
    Và trích dẫn "khoản 2 Điều 79 Thông tư 55/2023/TT-BTC"
    Và căn cứ "nguồn thứ cấp"

  @tt46.d24.k4.doan_lien_nganh @tt55.d54.k4.doan_lien_nganh
  Khung kịch bản: Quy định đoàn liên ngành theo Thông tư 46/2022 đến 14/08/2023, theo Thông tư 55/2023 từ 15/08/2023
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SNNPTNT" cấp "tỉnh", ngày <ngày>
    Và hoạt động có thuộc tính "joint_mission" là "có"
    Và hoạt động có thuộc tính "lead_unit" là "không"
    Và khoản chi "phụ cấp lưu trú" 4 người-ngày, đơn giá 200.000 đồng
    Và khoản chi có chứng từ "thông báo của đơn vị chủ trì"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và quy định "<không áp dụng>" không áp dụng
    Và quy định "<áp dụng>" "không đạt"

    Dữ liệu:
      | ngày       | áp dụng                      | không áp dụng                |
      | 14/08/2023 | tt46.d24.k4.doan_lien_nganh  | tt55.d54.k4.doan_lien_nganh  |
      | 15/08/2023 | tt55.d54.k4.doan_lien_nganh  | tt46.d24.k4.doan_lien_nganh  |

  @tt55.d54.k4.doan_lien_nganh
  Khung kịch bản: Đơn vị cử người chỉ không được chi khi đơn vị chủ trì đã thông báo bằng văn bản (đoạn 3 khoản 4 Điều 54)
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SNNPTNT" cấp "tỉnh", ngày 20/03/2024
    Và hoạt động có thuộc tính "joint_mission" là "có"
    Và hoạt động có thuộc tính "lead_unit" là "không"
    Và khoản chi "phụ cấp lưu trú" 4 người-ngày, đơn giá 200.000 đồng
    Và khoản chi có chứng từ <chứng từ>
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt55.d54.k4.doan_lien_nganh" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | chứng từ                                        | kết quả | đánh giá  | được thanh toán |
      | "giấy mời"                                      | duyệt   | đạt       | 800.000         |
      | "giấy mời", "thông báo của đơn vị chủ trì"      | gắn cờ  | không đạt | 0               |
