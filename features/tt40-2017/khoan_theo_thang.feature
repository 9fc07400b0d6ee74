# language: vi
Tính năng: Khoán công tác phí theo tháng (Điều 8 Thông tư 40/2017/TT-BTC)
  Cán bộ cấp xã và cán bộ thường xuyên đi công tác lưu động trên 10 ngày/tháng được khoán tiền công
  tác phí theo tháng (gửi xe, xăng xe) tối đa 500.000 đồng/người/tháng theo quy chế chi tiêu nội bộ.
  Chưa rõ Thông tư 12/2025/TT-BTC có sửa Điều 8 hay không: từ 04/05/2025 vẫn dùng mức 500.000 đồng
  nhưng căn cứ là "chưa xác minh", và thông báo ghi chú cần xác minh.

  @tt40.d8
  Khung kịch bản: Khoán công tác phí theo tháng so với mức tối đa trước và từ 04/05/2025
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
    Và khoản chi "khoán công tác phí theo tháng" 3 người-tháng, đơn giá <đơn giá> đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt40.d8" "<đánh giá>"
    Và căn cứ "<căn cứ>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | ngày       | đơn giá | kết quả | đánh giá  | căn cứ        | được thanh toán |
      | 15/11/2022 | 500.000 | duyệt   | đạt       | nguồn thứ cấp | 1.500.000       |
      | 15/11/2022 | 500.001 | gắn cờ  | không đạt | nguồn thứ cấp | 1.500.000       |
      | 03/05/2025 | 500.000 | duyệt   | đạt       | nguồn thứ cấp | 1.500.000       |
      | 04/05/2025 | 500.000 | duyệt   | đạt       | chưa xác minh | 1.500.000       |
      | 04/05/2025 | 500.001 | gắn cờ  | không đạt | chưa xác minh | 1.500.000       |

  @tt40.d8
  Kịch bản: Khoán công tác phí theo tháng vượt mức, kèm trích dẫn
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
    Và khoản chi "khoán công tác phí theo tháng" 2 người-tháng, đơn giá 600.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "vượt mức tối đa"
    Và số tiền được thanh toán là 1.000.000 đồng
    Và quy định "tt40.d8" "không đạt"
    Và trích dẫn "Điều 8 Thông tư 40/2017/TT-BTC"
    Và thông báo nêu "vượt mức tối đa 500.000 đ/người/tháng"
