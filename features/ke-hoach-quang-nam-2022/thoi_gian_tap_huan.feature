# language: vi
Tính năng: Thời gian tổ chức lớp tập huấn của Sở LĐTBXH (mục II.2.1 điểm a Kế hoạch thực hiện Dự án 7 năm 2022)
  Kế hoạch thực hiện Dự án 7 năm 2022 của Sở Lao động - Thương binh và Xã hội tỉnh Quảng Nam:
  "Thời gian triển khai, hoàn thành các lớp tập huấn: từ tháng 10-12/2022". Lớp tập huấn của Sở
  dùng kinh phí năm 2022 phải bắt đầu từ 01/10/2022 và kết thúc chậm nhất 31/12/2022.

  @qn2022.tap_huan.thoi_gian
  Khung kịch bản: Lớp tập huấn của Sở trong và ngoài thời gian kế hoạch tháng 10-12/2022
    Cho hồ sơ "tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", từ ngày <từ ngày> đến ngày <đến ngày>, năm ngân sách 2022
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
    Khi thẩm định hồ sơ
    Thì hồ sơ được "<kết quả>"
    Và quy định "qn2022.tap_huan.thoi_gian" "<đánh giá>"

    Dữ liệu:
      | từ ngày    | đến ngày   | kết quả | đánh giá  |
      | 01/10/2022 | 02/10/2022 | duyệt   | đạt       |
      | 30/09/2022 | 01/10/2022 | gắn cờ  | không đạt |
      | 30/12/2022 | 31/12/2022 | duyệt   | đạt       |
      | 31/12/2022 | 01/01/2023 | gắn cờ  | không đạt |

  @qn2022.tap_huan.thoi_gian
  Kịch bản: Lớp tập huấn bắt đầu ngày 30/09/2022 bị gắn cờ ngoài thời gian kế hoạch
    Cho hồ sơ "tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 30/09/2022, năm ngân sách 2022
    Và khoản chi "phụ cấp lưu trú" 40 người-ngày, đơn giá 200.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "duyệt"
    Thì hồ sơ được "gắn cờ"
    Và lý do là "ngoài thời gian kế hoạch"
    Và số tiền được thanh toán là 0 đồng
    Và quy định "qn2022.tap_huan.thoi_gian" "không đạt"
    Và trích dẫn "mục II.2.1 điểm a Kế hoạch thực hiện Dự án 7 năm 2022 của Sở LĐTBXH Quảng Nam"
    Và căn cứ "văn bản gốc"

  @qn2022.tap_huan.thoi_gian
  Kịch bản: Lớp tập huấn do huyện tổ chức không thuộc kế hoạch của Sở
    Cho hồ sơ "tập huấn" thuộc Tiểu dự án 1 của đơn vị "UBND-NUITHANH" cấp "huyện", ngày 30/09/2022, năm ngân sách 2022
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
    Khi thẩm định hồ sơ
    Thì hồ sơ được "duyệt"
    Và quy định "qn2022.tap_huan.thoi_gian" không áp dụng
