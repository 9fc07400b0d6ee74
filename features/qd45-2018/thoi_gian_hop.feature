# language: vi
Tính năng: Thời gian tổ chức họp tập huấn, triển khai (khoản 5 Điều 12 Quyết định 45/2018/QĐ-TTg)
  Họp tập huấn, triển khai tổ chức từ 01 đến 02 ngày (số điều, khoản theo Kế hoạch Dự án 7 năm 2022
  của tỉnh Quảng Nam). Thời gian của lớp tính cả ngày bắt đầu và ngày kết thúc. Đây là kiểm tra của
  cả hồ sơ: lớp quá 2 ngày làm hồ sơ bị gắn cờ, dù từng khoản chi đều đúng mức.

  @qd45.d12.k5
  Khung kịch bản: Số ngày của lớp tập huấn so với thời gian tối đa 2 ngày
    Cho hồ sơ "tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", từ ngày <từ ngày> đến ngày <đến ngày>
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
    Khi thẩm định hồ sơ
    Thì hồ sơ được "<kết quả>"
    Và quy định "qd45.d12.k5" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | từ ngày    | đến ngày   | kết quả | đánh giá  | được thanh toán |
      | 08/11/2022 | 08/11/2022 | duyệt   | đạt       | 400.000         |
      | 08/11/2022 | 09/11/2022 | duyệt   | đạt       | 400.000         |
      | 08/11/2022 | 10/11/2022 | gắn cờ  | không đạt | 0               |

  @qd45.d12.k5
  Kịch bản: Lớp tập huấn 3 ngày: khoản chi đúng mức nhưng hồ sơ bị gắn cờ vượt thời gian
    Cho hồ sơ "tập huấn" thuộc Tiểu dự án 1 của đơn vị "UBND-NUITHANH" cấp "huyện", từ ngày 30/11/2022 đến ngày 02/12/2022
    Và khoản chi "phụ cấp lưu trú" 3 người-ngày, đơn giá 200.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "duyệt"
    Thì hồ sơ được "gắn cờ"
    Và lý do là "vượt thời gian tối đa"
    Và quy định "qd45.d12.k5" "không đạt"
    Và trích dẫn "khoản 5 Điều 12 Quyết định 45/2018/QĐ-TTg"
    Và căn cứ "nguồn thứ cấp"
    Và thông báo nêu "kéo dài 3 ngày"

  @qd45.d12.k5
  Kịch bản: Hội nghị 3 ngày không thuộc phạm vi quy định về thời gian lớp tập huấn
    Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", từ ngày 08/11/2022 đến ngày 10/11/2022
    Và khoản chi "phụ cấp lưu trú" 3 người-ngày, đơn giá 200.000 đồng
    Khi thẩm định hồ sơ
    Thì hồ sơ được "duyệt"
    Và quy định "qd45.d12.k5" không áp dụng
