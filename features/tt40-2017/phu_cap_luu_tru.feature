# language: vi
Tính năng: Phụ cấp lưu trú khi đi công tác (khoản 1 Điều 6 Thông tư 40/2017/TT-BTC)
  Phụ cấp lưu trú là khoản tiền hỗ trợ thêm cho người đi công tác ngoài tiền lương, tính từ ngày
  bắt đầu đi công tác đến khi kết thúc đợt công tác. Mức chi tối đa 200.000 đồng/người/ngày;
  từ ngày 04/05/2025 là 300.000 đồng/người/ngày (khoản 3 Điều 1 Thông tư 12/2025/TT-BTC sửa đổi).
  Phần vượt mức không được thanh toán: số được thanh toán là số người-ngày nhân mức tối đa.

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
