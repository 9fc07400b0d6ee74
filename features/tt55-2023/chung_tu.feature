# language: vi
Tính năng: Khoản chi theo hợp đồng, hóa đơn thực tế (khoản 2 Điều 3, khoản 3 và khoản 4 Điều 4 Thông tư 55/2023/TT-BTC)
  Mua sắm hàng hóa, dịch vụ thực hiện theo pháp luật về đấu thầu trong phạm vi dự toán được giao;
  in ấn cẩm nang, sổ tay theo khoản 3 Điều 4. Ứng dụng công nghệ thông tin thực hiện theo quy định
  về đầu tư ứng dụng công nghệ thông tin sử dụng ngân sách nhà nước (khoản 4 Điều 4, khoản 4 Điều
  79): cần đề cương, dự toán được phê duyệt và hợp đồng, hóa đơn.

  Quy tắc: In ấn tài liệu, cẩm nang chi theo hợp đồng, hóa đơn (khoản 2 Điều 3)

    @tt55.d3.k2.in_an
    Khung kịch bản: In ấn cẩm nang có hợp đồng hoặc hóa đơn
      Cho hồ sơ "cẩm nang" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và khoản chi "in ấn" 1.000 bản, đơn giá 18.000 đồng
      Và khoản chi có chứng từ <chứng từ>
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt55.d3.k2.in_an" "<đánh giá>"

      Dữ liệu:
        | chứng từ              | kết quả | đánh giá  |
        | "hợp đồng"            | duyệt   | đạt       |
        | "hóa đơn"             | duyệt   | đạt       |
        | "biên bản nghiệm thu" | gắn cờ  | không đạt |

    @tt55.d3.k2.in_an
    Kịch bản: In ấn không có chứng từ bị gắn cờ thiếu chứng từ
      Cho hồ sơ "cẩm nang" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/08/2023
      Và khoản chi "in ấn" 1.000 bản, đơn giá 18.000 đồng
      Và khoản chi không có chứng từ
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "thiếu chứng từ"
      Và số tiền được thanh toán là 0 đồng
      Và quy định "tt55.d3.k2.in_an" "không đạt"
      Và trích dẫn "khoản 2 Điều 3 Thông tư 55/2023/TT-BTC"
      Và trích dẫn "khoản 3 Điều 4 Thông tư 55/2023/TT-BTC"
      Và căn cứ "nguồn thứ cấp"

  Quy tắc: Phần mềm, cơ sở dữ liệu cần quyết định phê duyệt và hợp đồng, hóa đơn (khoản 4 Điều 4)

    @tt55.d4.k4.phan_mem
    Khung kịch bản: Chứng từ của khoản chi phần mềm, cơ sở dữ liệu
      Cho hồ sơ "cơ sở dữ liệu" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và khoản chi "phần mềm" 1 gói, đơn giá 250.000.000 đồng
      Và khoản chi có chứng từ <chứng từ>
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt55.d4.k4.phan_mem" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | chứng từ                           | kết quả | đánh giá  | được thanh toán |
        | "quyết định phê duyệt", "hợp đồng" | duyệt   | đạt       | 250.000.000     |
        | "quyết định phê duyệt", "hóa đơn"  | duyệt   | đạt       | 250.000.000     |
        | "hợp đồng", "hóa đơn"              | gắn cờ  | không đạt | 0               |
        | "quyết định phê duyệt"             | gắn cờ  | không đạt | 0               |

    @tt55.d4.k4.phan_mem
    Kịch bản: Phần mềm thiếu hợp đồng, hóa đơn
      Cho hồ sơ "cơ sở dữ liệu" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và khoản chi "phần mềm" 1 gói, đơn giá 250.000.000 đồng
      Và khoản chi có chứng từ "quyết định phê duyệt"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "thiếu chứng từ"
      Và quy định "tt55.d4.k4.phan_mem" "không đạt"
      Và trích dẫn "khoản 4 Điều 79 Thông tư 55/2023/TT-BTC"
      Và trích dẫn "khoản 4 Điều 4 Thông tư 55/2023/TT-BTC"
      Và căn cứ "nguồn thứ cấp"

  Quy tắc: Từ 26/01/2026 phần mềm, cơ sở dữ liệu theo Nghị định 45/2026/NĐ-CP thay Nghị định 73/2019/NĐ-CP

    @tt55.d4.k4.phan_mem @tt55.d4.k4.phan_mem.nd45
    Khung kịch bản: Phần mềm có quyết định phê duyệt và hợp đồng được trích dẫn theo nghị định có hiệu lực
      Cho hồ sơ "cơ sở dữ liệu" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và khoản chi "phần mềm" 1 gói, đơn giá 250.000.000 đồng
      Và khoản chi có chứng từ "quyết định phê duyệt", "hợp đồng"
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "<không áp dụng>" không áp dụng
      Và quy định "<áp dụng>" "đạt"
      Và trích dẫn "<nghị định>"
      Và căn cứ "<căn cứ>"

      Dữ liệu:
        | ngày       | áp dụng                  | không áp dụng            | nghị định               | căn cứ        |
        | 25/01/2026 | tt55.d4.k4.phan_mem      | tt55.d4.k4.phan_mem.nd45 | Nghị định 73/2019/NĐ-CP | nguồn thứ cấp   |
        | 26/01/2026 | tt55.d4.k4.phan_mem.nd45 | tt55.d4.k4.phan_mem      | Nghị định 45/2026/NĐ-CP | chưa xác minh |

    @tt55.d4.k4.phan_mem.nd45
    Khung kịch bản: Chứng từ của khoản chi phần mềm từ 26/01/2026
      Cho hồ sơ "cơ sở dữ liệu" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2026
      Và khoản chi "phần mềm" 1 gói, đơn giá 250.000.000 đồng
      Và khoản chi có chứng từ <chứng từ>
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt55.d4.k4.phan_mem.nd45" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | chứng từ                          | kết quả | đánh giá  | được thanh toán |
        | "quyết định phê duyệt", "hóa đơn" | duyệt   | đạt       | 250.000.000     |
        | "hợp đồng", "hóa đơn"             | gắn cờ  | không đạt | 0               |
        | "quyết định phê duyệt"            | gắn cờ  | không đạt | 0               |
