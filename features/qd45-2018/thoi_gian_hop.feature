# language: vi
Tính năng: Thời gian tổ chức các cuộc họp (Điều 12 Quyết định 45/2018/QĐ-TTg)
  Họp tập huấn, triển khai tổ chức từ 01 đến 02 ngày (khoản 5 Điều 12, theo Kế hoạch Dự án 7 năm 2022
  của tỉnh Quảng Nam). Họp giao ban, giải quyết công việc không quá nửa ngày; họp chuyên môn từ 1 buổi
  đến 1 ngày; sơ kết, tổng kết không quá 1 ngày; họp chuyên đề không quá 1 ngày (thời lượng theo nguồn
  thứ cấp; số khoản 1-4 suy theo thứ tự liệt kê nên căn cứ "chưa xác minh").
  Đây là thời hạn của CUỘC HỌP của cơ quan hành chính: hội nghị và hội nghị tập huấn, triển khai. Lớp đào
  tạo, bồi dưỡng, tập huấn theo khoản 1 Điều 4 Thông tư 55/2023 (Thông tư 36/2018) không theo thời hạn
  này (legal-review-2.md W1). Hình thức tập huấn và loại họp để trống thì được suy ra từ tên hoạt động;
  không suy ra được mà hoạt động dài hơn thời hạn thì hồ sơ bị gắn cờ thiếu thông tin, hỏi cột cần ghi.
  Thời gian tính cả ngày bắt đầu và ngày kết thúc: hoạt động trong một ngày được coi là đạt. Đây là kiểm
  tra của cả hồ sơ: quá thời gian làm hồ sơ bị gắn cờ, dù từng khoản chi đều đúng mức.

  @qd45.d12.k5
  Khung kịch bản: Số ngày của hội nghị tập huấn so với thời gian tối đa 2 ngày
    Cho hồ sơ "hội nghị tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", từ ngày <từ ngày> đến ngày <đến ngày>
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
  Kịch bản: Hội nghị tập huấn 3 ngày: khoản chi đúng mức nhưng hồ sơ bị gắn cờ vượt thời gian
    Cho hồ sơ "tập huấn" thuộc Tiểu dự án 1 của đơn vị "UBND-NUITHANH" cấp "huyện", từ ngày 30/11/2022 đến ngày 02/12/2022, tên "Hội nghị tập huấn công tác rà soát hộ nghèo"
    Và khoản chi "phụ cấp lưu trú" 3 người-ngày, đơn giá 200.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "duyệt"
    Thì hồ sơ được "gắn cờ"
    Và lý do là "vượt thời gian tối đa"
    Và loại cờ là "vi phạm"
    Và quy định "qd45.d12.k5" "không đạt"
    Và trích dẫn "khoản 5 Điều 12 Quyết định 45/2018/QĐ-TTg"
    Và căn cứ "nguồn thứ cấp"
    Và thông báo nêu "kéo dài 3 ngày"
    Và thông báo nêu "suy ra từ tên hoạt động «Hội nghị tập huấn công tác rà soát hộ nghèo»"

  @qd45.d12.k5
  Kịch bản: Lớp tập huấn 3 ngày không theo thời hạn họp của Quyết định 45/2018
    Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", từ ngày 08/11/2022 đến ngày 10/11/2022
    Và khoản chi "phụ cấp lưu trú" 3 người-ngày, đơn giá 200.000 đồng
    Khi thẩm định hồ sơ
    Thì hồ sơ được "duyệt"
    Và quy định "qd45.d12.k5" không áp dụng

  @qd45.d12.k5
  Kịch bản: Tập huấn 3 ngày không rõ là lớp hay hội nghị: hỏi hình thức tập huấn
    Cho hồ sơ "tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", từ ngày 08/11/2022 đến ngày 10/11/2022
    Và khoản chi "phụ cấp lưu trú" 3 người-ngày, đơn giá 200.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "duyệt"
    Thì hồ sơ được "gắn cờ"
    Và lý do là "thiếu thông tin"
    Và loại cờ là "thiếu thông tin"
    Và quy định "qd45.d12.k5" "không đạt"
    Và thông báo nêu "Thiếu «Hình thức tập huấn» (activity.attributes.training_form)"
    Và thông báo nêu "«lớp đào tạo, bồi dưỡng, tập huấn», «hội nghị tập huấn, triển khai»"

  @qd45.d12.k5
  Kịch bản: Tập huấn 2 ngày không rõ hình thức: không cần hỏi vì đạt với mọi hình thức
    Cho hồ sơ "tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", từ ngày 08/11/2022 đến ngày 09/11/2022
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
    Khi thẩm định hồ sơ
    Thì hồ sơ được "duyệt"
    Và quy định "qd45.d12.k5" không áp dụng

  @qd45.d12.k5
  Khung kịch bản: Hội nghị triển khai cũng không quá 2 ngày
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
    Cho hồ sơ "<hoạt động>" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", từ ngày 08/11/2022 đến ngày <đến ngày>
    Và hoạt động có thuộc tính "meeting_type" là "<loại họp>"
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
    Khi thẩm định hồ sơ
    Thì hồ sơ được "<kết quả>"
    Và quy định "<quy định>" "<đánh giá>"

    Dữ liệu:
      | hoạt động | loại họp     | quy định    | đến ngày   | kết quả | đánh giá  |
      | hội nghị  | briefing     | qd45.d12.k1 | 08/11/2022 | duyệt   | đạt       |
      | hội nghị  | briefing     | qd45.d12.k1 | 09/11/2022 | gắn cờ  | không đạt |
      | hội nghị  | professional | qd45.d12.k2 | 08/11/2022 | duyệt   | đạt       |
      | hội nghị  | professional | qd45.d12.k2 | 09/11/2022 | gắn cờ  | không đạt |
      | tổng kết  | review       | qd45.d12.k3 | 08/11/2022 | duyệt   | đạt       |
      | sơ kết    | review       | qd45.d12.k3 | 09/11/2022 | gắn cờ  | không đạt |
      | hội nghị  | thematic     | qd45.d12.k4 | 08/11/2022 | duyệt   | đạt       |
      | hội nghị  | thematic     | qd45.d12.k4 | 09/11/2022 | gắn cờ  | không đạt |

  @qd45.d12.k3
  Kịch bản: Hội nghị tổng kết 2 ngày bị gắn cờ vượt thời gian; loại họp suy ra từ tên, căn cứ chưa xác minh
    Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", từ ngày 19/12/2022 đến ngày 20/12/2022, tên "Hội nghị tổng kết công tác giảm nghèo năm 2022"
    Và khoản chi "phụ cấp lưu trú" 4 người-ngày, đơn giá 200.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "duyệt"
    Thì hồ sơ được "gắn cờ"
    Và lý do là "vượt thời gian tối đa"
    Và quy định "qd45.d12.k3" "không đạt"
    Và trích dẫn "khoản 3 Điều 12 Quyết định 45/2018/QĐ-TTg"
    Và căn cứ "chưa xác minh"
    Và thông báo nêu "suy ra từ tên hoạt động «Hội nghị tổng kết công tác giảm nghèo năm 2022» (có chữ «tổng kết»)"
    Và số tiền được thanh toán là 0 đồng

  @qd45.d12.k1 @qd45.d12.k3
  Kịch bản: Hội nghị 2 ngày không ghi loại họp và tên không cho biết: hỏi loại cuộc họp
    Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", từ ngày 08/11/2022 đến ngày 09/11/2022
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "duyệt"
    Thì hồ sơ được "gắn cờ"
    Và lý do là "thiếu thông tin"
    Và quy định "chung.thieu_thong_tin" "không đạt"
    Và thông báo nêu "Thiếu «Loại cuộc họp» (activity.attributes.meeting_type)"
    Và số tiền được thanh toán là 0 đồng

  @qd45.d12.k1 @qd45.d12.k3
  Kịch bản: Hội nghị một ngày không ghi loại họp: đạt với mọi loại họp, không cần hỏi
    Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 08/11/2022
    Và khoản chi "phụ cấp lưu trú" 1 người-ngày, đơn giá 200.000 đồng
    Khi thẩm định hồ sơ
    Thì hồ sơ được "duyệt"
    Và quy định "qd45.d12.k1" không áp dụng

  @qd45.d12.k1
  Kịch bản: Đợt kiểm tra, giám sát không phải cuộc họp: không xét thời gian họp
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", từ ngày 08/11/2022 đến ngày 10/11/2022
    Và khoản chi "phụ cấp lưu trú" 3 người-ngày, đơn giá 200.000 đồng
    Khi thẩm định hồ sơ
    Thì hồ sơ được "duyệt"
    Và quy định "qd45.d12.k1" không áp dụng
