# language: vi
Tính năng: Không quyết toán trùng (khoản 1 Điều 3, điểm b khoản 3 Điều 2 Thông tư 60/2026/TT-BTC)
  Các nội dung, nhiệm vụ, hoạt động đã được quyết toán từ nguồn kinh phí của chương trình, đề án, dự án
  khác thì không được quyết toán từ kinh phí Chương trình; không hỗ trợ, quyết toán trùng lặp cùng một nội
  dung từ nhiều nguồn. Cùng một hóa đơn, hợp đồng chỉ được thanh toán ở một hồ sơ; cùng một người không được
  chi hai lần phụ cấp lưu trú, tiền ăn cho cùng một ngày. Thông tư 60/2026 không có quy định riêng về đoàn
  kiểm tra liên ngành như Thông tư 55/2023 (khoản 13 Điều 4 chỉ dẫn chiếu Thông tư 40/2017, 35/2026, 140/2025).

  @tt60.d3.k1.chuong_trinh_khac
  Khung kịch bản: Khoản chi ghi đã quyết toán từ chương trình khác
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và khoản chi "phụ cấp lưu trú" 4 người-ngày, đơn giá 300.000 đồng
    Và khoản chi có thuộc tính "other_programme" là "<chương trình khác>"
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | chương trình khác | kết quả | được thanh toán |
      | không             | duyệt   | 1.200.000       |
      | có                | gắn cờ  | 0               |

  @tt60.d3.k1.chuong_trinh_khac
  Kịch bản: Cơ sở dữ liệu đã bố trí từ kinh phí chuyển đổi số bị gắn cờ không được chi
    Cho hồ sơ "cơ sở dữ liệu" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và khoản chi "phần mềm" 1 gói, đơn giá 250.000.000 đồng
    Và khoản chi có chứng từ "quyết định phê duyệt", "hợp đồng"
    Và khoản chi có thuộc tính "other_programme" là "có"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "không được chi"
    Và quy định "tt60.d3.k1.chuong_trinh_khac" "không đạt"
    Và trích dẫn "khoản 1 Điều 3 Thông tư 60/2026/TT-BTC"
    Và căn cứ "nguồn thứ cấp"

  @tt55.d3.k1.chuong_trinh_khac @tt60.d3.k1.chuong_trinh_khac
  Khung kịch bản: Khoản chi đã quyết toán từ chương trình khác trước và sau 31/05/2026
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
    Và hồ sơ có thuộc tính "extended_task" là "<kéo dài>"
    Và khoản chi "phụ cấp lưu trú" 4 người-ngày, đơn giá 300.000 đồng
    Và khoản chi có thuộc tính "other_programme" là "có"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và quy định "<không áp dụng>" không áp dụng
    Và quy định "<áp dụng>" "không đạt"

    Dữ liệu:
      | ngày       | kéo dài | áp dụng                      | không áp dụng                |
      | 30/05/2026 | không   | tt55.d3.k1.chuong_trinh_khac | tt60.d3.k1.chuong_trinh_khac |
      | 31/05/2026 | không   | tt60.d3.k1.chuong_trinh_khac | tt55.d3.k1.chuong_trinh_khac |
      | 31/05/2026 | có      | tt55.d3.k1.chuong_trinh_khac | tt60.d3.k1.chuong_trinh_khac |

  @tt60.d3.k1.trung_chung_tu
  Khung kịch bản: Hợp đồng đã thanh toán ở hồ sơ trước
    Cho hồ sơ "cơ sở dữ liệu" mã "HS-01" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và khoản chi "phần mềm" 1 gói, đơn giá 250.000.000 đồng
    Và khoản chi có chứng từ "quyết định phê duyệt"
    Và khoản chi có chứng từ "hợp đồng" số "07/2026/HĐ" do "Công ty Phần mềm A" phát hành
    Cho hồ sơ "cơ sở dữ liệu" mã "HS-02" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/07/2026
    Và khoản chi "phần mềm" 1 gói, đơn giá 250.000.000 đồng
    Và khoản chi có chứng từ "quyết định phê duyệt"
    Và khoản chi có chứng từ "hợp đồng" số "<số hợp đồng>" do "Công ty Phần mềm A" phát hành
    Khi thẩm định các hồ sơ
    Thì hồ sơ "HS-02" được "<kết quả>"
    Và quy định "tt60.d3.k1.trung_chung_tu" "<đánh giá>"

    Dữ liệu:
      | số hợp đồng | kết quả | đánh giá  |
      | 08/2026/HĐ  | duyệt   | đạt       |
      | 07/2026/HĐ  | gắn cờ  | không đạt |

  @tt60.d3.k1.trung_nguoi_ngay
  Khung kịch bản: Phụ cấp lưu trú của cùng một người ở hai hồ sơ
    Cho hồ sơ "kiểm tra, giám sát" mã "HS-01" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và khoản chi "phụ cấp lưu trú" 1 người-ngày, đơn giá 300.000 đồng
    Và người nhận là "Nguyễn Văn A"
    Cho hồ sơ "lớp tập huấn" mã "HS-02" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
    Và khoản chi "phụ cấp lưu trú" 1 người-ngày, đơn giá 300.000 đồng
    Và người nhận là "Nguyễn Văn A"
    Khi thẩm định các hồ sơ
    Thì hồ sơ "HS-02" được "<kết quả>"
    Và quy định "tt60.d3.k1.trung_nguoi_ngay" "<đánh giá>"

    Dữ liệu:
      | ngày       | kết quả | đánh giá  |
      | 16/06/2026 | duyệt   | đạt       |
      | 15/06/2026 | gắn cờ  | không đạt |
