# language: vi
Tính năng: Không quyết toán khoản đã quyết toán từ chương trình khác; đoàn kiểm tra liên ngành (Điều 3, khoản 4 Điều 24 Thông tư 46/2022/TT-BTC)
  Nội dung đã được quyết toán từ kinh phí của chương trình, đề án, dự án khác không được quyết toán từ kinh
  phí Dự án 7. Đoàn kiểm tra, giám sát liên ngành: đơn vị chủ trì đoàn chi tiền tàu xe, phụ cấp lưu trú,
  thuê phòng nghỉ cho mọi thành viên; đơn vị cử người không chi. Văn bản gốc Thông tư 46/2022 chưa đối
  chiếu: nội dung theo khoản 1 Điều 3 và khoản 4 Điều 54 Thông tư 55/2023 — căn cứ "chưa xác minh".

  @tt46.d3.chuong_trinh_khac
  Khung kịch bản: Khoản chi ghi đã quyết toán từ chương trình khác
    Cho hồ sơ "cẩm nang" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
    Và khoản chi "in ấn" 500 bản, đơn giá 30.000 đồng
    Và khoản chi có chứng từ "hóa đơn"
    Và khoản chi có thuộc tính "other_programme" là "<chương trình khác>"
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | chương trình khác | kết quả | được thanh toán |
      | không             | duyệt   | 15.000.000      |
      | có                | gắn cờ  | 0               |

  @tt46.d3.chuong_trinh_khac
  Kịch bản: Khoản chi đã quyết toán từ chương trình khác bị gắn cờ không được chi
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
    Và khoản chi "phụ cấp lưu trú" 4 người-ngày, đơn giá 200.000 đồng
    Và khoản chi có thuộc tính "other_programme" là "có"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "không được chi"
    Và quy định "tt46.d3.chuong_trinh_khac" "không đạt"
    Và trích dẫn "Điều 3 Thông tư 46/2022/TT-BTC"
    Và căn cứ "chưa xác minh"

  @tt46.d24.k4.doan_lien_nganh
  Khung kịch bản: Đoàn kiểm tra liên ngành: chỉ đơn vị chủ trì chi công tác phí cho thành viên
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "STC" cấp "tỉnh", ngày 14/12/2022
    Và hoạt động có thuộc tính "joint_mission" là "<liên ngành>"
    Và hoạt động có thuộc tính "lead_unit" là "<chủ trì>"
    Và khoản chi "phụ cấp lưu trú" 4 người-ngày, đơn giá 200.000 đồng
    Và khoản chi có chứng từ <chứng từ>
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | liên ngành | chủ trì | chứng từ                          | kết quả | được thanh toán |
      | có         | có      | "thông báo của đơn vị chủ trì"    | duyệt   | 800.000         |
      | không      | không   | "thông báo của đơn vị chủ trì"    | duyệt   | 800.000         |
      | có         | không   | "giấy mời"                        | duyệt   | 800.000         |
      | có         | không   | "thông báo của đơn vị chủ trì"    | gắn cờ  | 0               |

  @tt46.d24.k4.doan_lien_nganh
  Kịch bản: Đơn vị cử người tham gia đoàn liên ngành chi phụ cấp lưu trú bị gắn cờ
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "STC" cấp "tỉnh", ngày 14/12/2022
    Và hoạt động có thuộc tính "joint_mission" là "có"
    Và hoạt động có thuộc tính "lead_unit" là "không"
    Và khoản chi "phụ cấp lưu trú" 4 người-ngày, đơn giá 200.000 đồng
    Và khoản chi có chứng từ "thông báo của đơn vị chủ trì"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "không được chi"
    Và quy định "tt46.d24.k4.doan_lien_nganh" "không đạt"
    Và trích dẫn "khoản 4 Điều 24 Thông tư 46/2022/TT-BTC"
    Và căn cứ "chưa xác minh"
    Và thông báo nêu "đơn vị chủ trì đã thông báo bằng văn bản sẽ chi"
