# language: vi
Tính năng: Phụ cấp lưu trú khi đi công tác (khoản 1, 2 Điều 6 Thông tư 40/2017/TT-BTC)
  Phụ cấp lưu trú là khoản tiền hỗ trợ thêm cho người đi công tác ngoài tiền lương, tính từ ngày
  bắt đầu đi công tác đến khi kết thúc đợt công tác. Mức chi tối đa 200.000 đồng/người/ngày;
  từ ngày 04/05/2025 là 300.000 đồng/người/ngày (khoản 3 Điều 1 Thông tư 12/2025/TT-BTC sửa đổi).
  Công tác trên biển, đảo (khoản 2, thuộc tính "at_sea"): tối đa 250.000 đồng/người/ngày; từ ngày
  04/05/2025 là 400.000 đồng/người/ngày. Công tác ở nước ngoài không áp dụng các mức trong nước này
  (xem features/tt102-2012). Phần vượt mức không được thanh toán: số được thanh toán là số
  người-ngày nhân mức tối đa.

  @tt40.d6.k1
  Khung kịch bản: Mức phụ cấp lưu trú so với mức tối đa 200.000 đồng/người/ngày
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá <đơn giá> đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | đơn giá | kết quả | được thanh toán |
      | 150.000 | duyệt   | 300.000         |
      | 200.000 | duyệt   | 400.000         |
      | 200.001 | gắn cờ  | 400.000         |

  @tt40.d6.k1
  Kịch bản: Phụ cấp lưu trú vượt mức tối đa bị gắn cờ, kèm trích dẫn điều khoản
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", từ ngày 15/11/2022 đến ngày 17/11/2022
    Và khoản chi "phụ cấp lưu trú" 3 người-ngày, đơn giá 250.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "vượt mức tối đa"
    Và số tiền được thanh toán là 600.000 đồng
    Và quy định "tt40.d6.k1" "không đạt"
    Và trích dẫn "khoản 1 Điều 6 Thông tư 40/2017/TT-BTC"
    Và căn cứ "nguồn thứ cấp"
    Và thông báo nêu "vượt mức tối đa 200.000 đ/người/ngày"

  @tt40.d6.k1
  Khung kịch bản: Mức 300.000 đồng/người/ngày áp dụng cho khoản chi phát sinh từ ngày 04/05/2025
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá <đơn giá> đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt40.d6.k1" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | ngày       | đơn giá | kết quả | đánh giá  | được thanh toán |
      | 03/05/2025 | 200.000 | duyệt   | đạt       | 400.000         |
      | 03/05/2025 | 300.000 | gắn cờ  | không đạt | 400.000         |
      | 04/05/2025 | 300.000 | duyệt   | đạt       | 600.000         |
      | 04/05/2025 | 300.001 | gắn cờ  | không đạt | 600.000         |

  @tt40.d6.k2
  Khung kịch bản: Phụ cấp lưu trú công tác trên biển, đảo so với mức tối đa của ngày phát sinh
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá <đơn giá> đồng
    Và khoản chi có thuộc tính "at_sea" là "có"
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt40.d6.k2" "<đánh giá>"
    Và quy định "tt40.d6.k1" không áp dụng
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | ngày       | đơn giá | kết quả | đánh giá  | được thanh toán |
      | 15/11/2022 | 250.000 | duyệt   | đạt       | 500.000         |
      | 15/11/2022 | 250.001 | gắn cờ  | không đạt | 500.000         |
      | 03/05/2025 | 250.000 | duyệt   | đạt       | 500.000         |
      | 03/05/2025 | 400.000 | gắn cờ  | không đạt | 500.000         |
      | 04/05/2025 | 400.000 | duyệt   | đạt       | 800.000         |
      | 04/05/2025 | 400.001 | gắn cờ  | không đạt | 800.000         |

  @tt40.d6.k2
  Kịch bản: Phụ cấp lưu trú trên biển, đảo vượt mức từ 04/05/2025, kèm trích dẫn văn bản sửa đổi
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 04/05/2025
    Và khoản chi "phụ cấp lưu trú" 3 người-ngày, đơn giá 450.000 đồng
    Và khoản chi có thuộc tính "at_sea" là "có"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "vượt mức tối đa"
    Và số tiền được thanh toán là 1.200.000 đồng
    Và quy định "tt40.d6.k2" "không đạt"
    Và trích dẫn "khoản 2 Điều 6 Thông tư 40/2017/TT-BTC"
    Và trích dẫn "khoản 3 Điều 1 Thông tư 12/2025/TT-BTC"
    Và căn cứ "nguồn thứ cấp"
    Và thông báo nêu "vượt mức tối đa 400.000 đ/người/ngày"

  @tt40.d6.k1
  Kịch bản: Công tác không ở trên biển, đảo theo mức thường dù đơn giá bằng mức biển, đảo
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 250.000 đồng
    Và khoản chi có thuộc tính "at_sea" là "không"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và quy định "tt40.d6.k1" "không đạt"
    Và quy định "tt40.d6.k2" không áp dụng
    Và số tiền được thanh toán là 400.000 đồng
