# language: vi
Tính năng: Khoản chi theo hợp đồng, hóa đơn (khoản 3 Điều 2, khoản 4 và khoản 5 Điều 4 Thông tư 60/2026/TT-BTC)
  In ấn cẩm nang, sổ tay, tài liệu thực hiện theo pháp luật về đấu thầu, trong phạm vi dự toán: thanh
  toán theo hợp đồng hoặc hóa đơn. Ứng dụng công nghệ thông tin, chuyển đổi số do cơ quan có thẩm quyền
  quyết định theo pháp luật về ứng dụng công nghệ thông tin (Nghị định 45/2026/NĐ-CP): cần quyết định phê
  duyệt đề cương, dự toán và hợp đồng hoặc hóa đơn.

  @tt60.d4.k4.in_an
  Khung kịch bản: In ấn cẩm nang cần hợp đồng hoặc hóa đơn
    Cho hồ sơ "cẩm nang" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và khoản chi "in ấn" 1.000 bản, đơn giá 18.000 đồng
    Và khoản chi có chứng từ <chứng từ>
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt60.d4.k4.in_an" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | chứng từ              | kết quả | đánh giá  | được thanh toán |
      | "hợp đồng"            | duyệt   | đạt       | 18.000.000      |
      | "hóa đơn"             | duyệt   | đạt       | 18.000.000      |
      | "biên bản nghiệm thu" | gắn cờ  | không đạt | 0               |

  @tt60.d4.k4.in_an
  Kịch bản: In ấn không có chứng từ bị gắn cờ, kèm trích dẫn
    Cho hồ sơ "cẩm nang" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và khoản chi "in ấn" 1.000 bản, đơn giá 18.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "thiếu chứng từ"
    Và quy định "tt60.d4.k4.in_an" "không đạt"
    Và trích dẫn "khoản 4 Điều 4 Thông tư 60/2026/TT-BTC"
    Và trích dẫn "điểm c khoản 3 Điều 2 Thông tư 60/2026/TT-BTC"
    Và căn cứ "nguồn thứ cấp"

  @tt60.d4.k5.phan_mem
  Khung kịch bản: Chứng từ của khoản chi phần mềm, cơ sở dữ liệu
    Cho hồ sơ "cơ sở dữ liệu" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và khoản chi "phần mềm" 1 gói, đơn giá 250.000.000 đồng
    Và khoản chi có chứng từ <chứng từ>
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt60.d4.k5.phan_mem" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | chứng từ                           | kết quả | đánh giá  | được thanh toán |
      | "quyết định phê duyệt", "hợp đồng" | duyệt   | đạt       | 250.000.000     |
      | "quyết định phê duyệt", "hóa đơn"  | duyệt   | đạt       | 250.000.000     |
      | "hợp đồng", "hóa đơn"              | gắn cờ  | không đạt | 0               |
      | "quyết định phê duyệt"             | gắn cờ  | không đạt | 0               |

  @tt60.d4.k5.phan_mem
  Kịch bản: Phần mềm thiếu quyết định phê duyệt đề cương, dự toán
    Cho hồ sơ "cơ sở dữ liệu" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và khoản chi "phần mềm" 1 gói, đơn giá 250.000.000 đồng
    Và khoản chi có chứng từ "hợp đồng"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "thiếu chứng từ"
    Và quy định "tt60.d4.k5.phan_mem" "không đạt"
    Và trích dẫn "khoản 5 Điều 4 Thông tư 60/2026/TT-BTC"
    Và trích dẫn "Nghị định 45/2026/NĐ-CP"
