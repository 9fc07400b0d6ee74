# language: vi
Tính năng: Khoản chi theo hợp đồng, hóa đơn thực tế (Điều 3 và khoản 3 Điều 24 Thông tư 46/2022/TT-BTC)
  Mua sắm hàng hóa, dịch vụ (in ấn tài liệu, cẩm nang) thực hiện theo pháp luật về đấu thầu trong
  phạm vi dự toán được giao và thanh toán theo hợp đồng, hóa đơn. Xây dựng cơ sở dữ liệu, phần mềm
  thực hiện theo quy định về đầu tư ứng dụng công nghệ thông tin: cần quyết định phê duyệt đề
  cương, dự toán và hợp đồng hoặc hóa đơn. Văn bản gốc Thông tư 46/2022 chưa được đối chiếu: nội
  dung lấy theo Thông tư 55/2023, nên căn cứ được ghi "chưa xác minh".

  Quy tắc: In ấn tài liệu, cẩm nang chi theo hợp đồng, hóa đơn (Điều 3)

    @tt46.d3.in_an
    Khung kịch bản: In ấn có hợp đồng hoặc hóa đơn được chi theo thực tế
      Cho hồ sơ "cẩm nang" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "in ấn" 500 bản, đơn giá 30.000 đồng
      Và khoản chi có chứng từ <chứng từ>
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt46.d3.in_an" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | chứng từ                | kết quả | đánh giá  | được thanh toán |
        | "hóa đơn"               | duyệt   | đạt       | 15.000.000      |
        | "hợp đồng"              | duyệt   | đạt       | 15.000.000      |
        | "biên bản nghiệm thu"   | gắn cờ  | không đạt | 0               |
        | "chứng từ thanh toán"   | gắn cờ  | không đạt | 0               |

    @tt46.d3.in_an
    Kịch bản: In tài liệu tập huấn không có chứng từ bị gắn cờ thiếu chứng từ
      Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "in ấn tài liệu, cẩm nang" 80 bản, đơn giá 25.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "thiếu chứng từ"
      Và quy định "tt46.d3.in_an" "không đạt"
      Và trích dẫn "Điều 3 Thông tư 46/2022/TT-BTC"
      Và căn cứ "chưa xác minh"

  Quy tắc: Phần mềm, cơ sở dữ liệu cần quyết định phê duyệt và hợp đồng, hóa đơn (khoản 3 Điều 24)

    @tt46.d24.k3.phan_mem
    Khung kịch bản: Chứng từ của khoản chi phần mềm, cơ sở dữ liệu
      Cho hồ sơ "cơ sở dữ liệu" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "phần mềm" 1 gói, đơn giá 120.000.000 đồng
      Và khoản chi có chứng từ <chứng từ>
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt46.d24.k3.phan_mem" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | chứng từ                                          | kết quả | đánh giá  | được thanh toán |
        | "quyết định phê duyệt", "hợp đồng"                | duyệt   | đạt       | 120.000.000     |
        | "quyết định phê duyệt", "hóa đơn"                 | duyệt   | đạt       | 120.000.000     |
        | "quyết định phê duyệt", "hợp đồng", "hóa đơn"     | duyệt   | đạt       | 120.000.000     |
        | "hợp đồng", "hóa đơn"                             | gắn cờ  | không đạt | 0               |
        | "quyết định phê duyệt"                            | gắn cờ  | không đạt | 0               |
        | "quyết định phê duyệt", "biên bản nghiệm thu"     | gắn cờ  | không đạt | 0               |

    @tt46.d24.k3.phan_mem
    Kịch bản: Phần mềm thiếu quyết định phê duyệt đề cương, dự toán
      Cho hồ sơ "cơ sở dữ liệu" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "phần mềm, cơ sở dữ liệu" 1 gói, đơn giá 120.000.000 đồng
      Và khoản chi có chứng từ "hợp đồng"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "thiếu chứng từ"
      Và quy định "tt46.d24.k3.phan_mem" "không đạt"
      Và trích dẫn "khoản 3 Điều 24 Thông tư 46/2022/TT-BTC"
      Và trích dẫn "Điều 4 Thông tư 46/2022/TT-BTC"
      Và căn cứ "chưa xác minh"
