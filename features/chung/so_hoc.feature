# language: vi
Tính năng: Thành tiền bằng số lượng nhân đơn giá (khoản 1 Điều 16 Luật Kế toán 88/2015/QH13)
  Chứng từ kế toán ghi số lượng, đơn giá và số tiền của nghiệp vụ kinh tế, tài chính; thành tiền
  phải khớp số lượng nhân đơn giá, làm tròn đến đồng. Khoản chi sai số học không được thanh toán
  cho đến khi đơn vị giải trình. Trích dẫn điều khoản chưa được đối chiếu với văn bản gốc.

  @ktoan.d16.so_hoc
  Khung kịch bản: Thành tiền so với số lượng nhân đơn giá
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
    Và khoản chi "phụ cấp lưu trú" <số lượng> người-ngày, đơn giá <đơn giá> đồng, thành tiền <thành tiền> đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "ktoan.d16.so_hoc" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | số lượng | đơn giá | thành tiền | kết quả | đánh giá  | được thanh toán |
      | 2        | 200.000 | 400.000    | duyệt   | đạt       | 400.000         |
      | 2        | 200.000 | 400.001    | gắn cờ  | không đạt | 0               |
      | 2        | 200.000 | 399.999    | gắn cờ  | không đạt | 0               |
      | 1,5      | 200.000 | 300.000    | duyệt   | đạt       | 300.000         |
      | 3        | 133.333 | 399.999    | duyệt   | đạt       | 399.999         |
      | 1,5      | 100.003 | 150.005    | duyệt   | đạt       | 150.005         |
      | 1,5      | 100.003 | 150.004    | gắn cờ  | không đạt | 0               |
      | 1,45     | 10      | 15         | duyệt   | đạt       | 15              |

  @ktoan.d16.so_hoc
  Kịch bản: Thành tiền lệch 1 đồng bị gắn cờ sai số học, căn cứ chưa xác minh
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng, thành tiền 400.001 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "sai số học"
    Và quy định "ktoan.d16.so_hoc" "không đạt"
    Và trích dẫn "khoản 1 Điều 16 Luật Kế toán 88/2015/QH13"
    Và căn cứ "chưa xác minh"
    Và thông báo nêu "chênh lệch 1"
