# language: vi
Tính năng: Thời gian tổ chức các cuộc họp (Điều 12 Quyết định 45/2018/QĐ-TTg)
  Họp tập huấn, triển khai tổ chức từ 01 đến 02 ngày (khoản 5 Điều 12, theo Kế hoạch Dự án 7 năm 2022
  của tỉnh Quảng Nam). Họp giao ban, giải quyết công việc không quá nửa ngày; họp chuyên môn từ 1 buổi
  đến 1 ngày; sơ kết, tổng kết không quá 1 ngày; họp chuyên đề không quá 1 ngày (thời lượng theo nguồn
  thứ cấp; số khoản 1-4 suy theo thứ tự liệt kê nên căn cứ "chưa xác minh"). Loại họp ghi ở thuộc tính
  "meeting_type" của hoạt động. Thời gian tính cả ngày bắt đầu và ngày kết thúc, theo ngày: họp nửa ngày
  không đo được, hoạt động trong một ngày được coi là đạt. Đây là kiểm tra của cả hồ sơ: quá thời gian
  làm hồ sơ bị gắn cờ, dù từng khoản chi đều đúng mức.

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

  @qd45.d12.k5
  Khung kịch bản: Hội nghị tập huấn, triển khai cũng không quá 2 ngày
    Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", từ ngày 08/11/2022 đến ngày <đến ngày>
    Và hoạt động có thuộc tính "meeting_type" là "training"
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
    Khi thẩm định hồ sơ
    Thì hồ sơ được "<kết quả>"
    Và quy định "qd45.d12.k5" "<đánh giá>"

    Dữ liệu:
      | đến ngày   | kết quả | đánh giá  |
      | 09/11/2022 | duyệt   | đạt       |
      | 10/11/2022 | gắn cờ  | không đạt |

  @qd45.d12.k1 @qd45.d12.k2 @qd45.d12.k3 @qd45.d12.k4
  Khung kịch bản: Họp giao ban, chuyên môn, sơ kết, tổng kết, chuyên đề: một ngày đạt, hai ngày bị gắn cờ
    Cho hồ sơ "<hoạt động>" thuộc Tiểu dự án <tiểu dự án> của đơn vị "SLDTBXH" cấp "tỉnh", từ ngày 08/11/2022 đến ngày <đến ngày>
    Và hoạt động có thuộc tính "meeting_type" là "<loại họp>"
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
    Khi thẩm định hồ sơ
    Thì hồ sơ được "<kết quả>"
    Và quy định "<quy định>" "<đánh giá>"

    Dữ liệu:
      | hoạt động          | tiểu dự án | loại họp     | quy định    | đến ngày   | kết quả | đánh giá  |
      | kiểm tra, giám sát | 2          | briefing     | qd45.d12.k1 | 08/11/2022 | duyệt   | đạt       |
      | kiểm tra, giám sát | 2          | briefing     | qd45.d12.k1 | 09/11/2022 | gắn cờ  | không đạt |
      | hội thảo           | 1          | professional | qd45.d12.k2 | 08/11/2022 | duyệt   | đạt       |
      | hội thảo           | 1          | professional | qd45.d12.k2 | 09/11/2022 | gắn cờ  | không đạt |
      | tổng kết           | 1          | review       | qd45.d12.k3 | 08/11/2022 | duyệt   | đạt       |
      | sơ kết             | 1          | review       | qd45.d12.k3 | 09/11/2022 | gắn cờ  | không đạt |
      | hội nghị           | 1          | thematic     | qd45.d12.k4 | 08/11/2022 | duyệt   | đạt       |
      | hội nghị           | 1          | thematic     | qd45.d12.k4 | 09/11/2022 | gắn cờ  | không đạt |

  @qd45.d12.k3
  Kịch bản: Hội nghị tổng kết 2 ngày bị gắn cờ vượt thời gian, căn cứ chưa xác minh
    Cho hồ sơ "tổng kết" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", từ ngày 19/12/2022 đến ngày 20/12/2022
    Và hoạt động có thuộc tính "meeting_type" là "review"
    Và khoản chi "phụ cấp lưu trú" 4 người-ngày, đơn giá 200.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "duyệt"
    Thì hồ sơ được "gắn cờ"
    Và lý do là "vượt thời gian tối đa"
    Và quy định "qd45.d12.k3" "không đạt"
    Và trích dẫn "khoản 3 Điều 12 Quyết định 45/2018/QĐ-TTg"
    Và căn cứ "chưa xác minh"
    Và số tiền được thanh toán là 0 đồng

  @qd45.d12.k1
  Kịch bản: Hội nghị không ghi loại họp không bị xét theo thời gian họp giao ban
    Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", từ ngày 08/11/2022 đến ngày 09/11/2022
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
    Khi thẩm định hồ sơ
    Thì hồ sơ được "duyệt"
    Và quy định "qd45.d12.k1" không áp dụng

