# language: vi
Tính năng: Xây dựng phương án, tổng hợp phân tích kết quả, xử lý dữ liệu điều tra (khoản 1, khoản 9 Điều 3 Thông tư 109/2016/TT-BTC)
  Khoán chi xây dựng phương án, phiếu điều tra tối đa 30.000.000 đồng một cuộc (điểm a khoản 1); tổng hợp,
  phân tích kết quả tối đa 30.000.000 đồng (cơ quan chủ trì ở trung ương) hoặc 10.000.000 đồng (cấp tỉnh)
  một cuộc (điểm b khoản 1; cấp ghi ở thuộc tính "survey_level" của hoạt động); xử lý kết quả (kiểm tra,
  mã hóa, làm sạch phiếu) tối đa 7% chi điều tra viên (khoản 9 — đã được Thông tư 37/2022 sửa đổi, lời văn
  sau sửa đổi chưa đối chiếu nên căn cứ "chưa xác minh"). Mức tính cho cả cuộc điều tra: tổng các khoản chi
  cùng loại của hồ sơ được so với mức; vượt thì các khoản chi đó bị gắn cờ và chờ thẩm định.

  @tt109.d3.k1.a
  Khung kịch bản: Tổng chi xây dựng phương án, phiếu điều tra so với mức khoán 30 triệu đồng
    Cho hồ sơ "điều tra" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
    Và khoản chi "xây dựng phương án, phiếu điều tra" 1 gói, đơn giá 20.000.000 đồng
    Và khoản chi "xây dựng phương án, phiếu điều tra" 1 gói, đơn giá <đơn giá> đồng
    Khi thẩm định hồ sơ
    Thì khoản chi số 2 được "<kết quả>"
    Và quy định "tt109.d3.k1.a" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | đơn giá    | kết quả | đánh giá  | được thanh toán |
      | 10.000.000 | duyệt   | đạt       | 10.000.000      |
      | 10.000.001 | gắn cờ  | không đạt | 0               |

  @tt109.d3.k1.a
  Kịch bản: Xây dựng phương án vượt mức khoán bị gắn cờ, kèm trích dẫn
    Cho hồ sơ "rà soát hộ nghèo" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
    Và khoản chi "xây dựng phương án, phiếu điều tra" 1 gói, đơn giá 35.000.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "vượt mức tối đa"
    Và quy định "tt109.d3.k1.a" "không đạt"
    Và trích dẫn "điểm a khoản 1 Điều 3 Thông tư 109/2016/TT-BTC"
    Và căn cứ "nguồn thứ cấp"
    Và thông báo nêu "vượt mức khoán tối đa 30.000.000 đ"

  @tt109.d3.k1.b
  Khung kịch bản: Tổng hợp, phân tích kết quả so với mức khoán theo cấp chủ trì
    Cho hồ sơ "điều tra" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
    Và hoạt động có thuộc tính "survey_level" là "<cấp>"
    Và khoản chi "tổng hợp, phân tích kết quả điều tra" 1 gói, đơn giá <đơn giá> đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt109.d3.k1.b" "<đánh giá>"

    Dữ liệu:
      | cấp        | đơn giá    | kết quả | đánh giá  |
      | provincial | 10.000.000 | duyệt   | đạt       |
      | provincial | 10.000.001 | gắn cờ  | không đạt |
      | central    | 30.000.000 | duyệt   | đạt       |
      | central    | 30.000.001 | gắn cờ  | không đạt |

  @tt109.d3.k1.b
  Kịch bản: Hồ sơ không ghi cấp chủ trì: suy ra từ cấp đơn vị (Sở — cấp tỉnh), mức khoán 10.000.000 đồng
    Cho hồ sơ "điều tra" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
    Và khoản chi "tổng hợp, phân tích kết quả điều tra" 1 gói, đơn giá 8.000.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "duyệt"
    Và quy định "tt109.d3.k1.b" "đạt"
    Và thông báo nêu "cấp chủ trì cuộc điều tra suy ra từ cấp đơn vị cấp tỉnh: cấp tỉnh"

  @tt109.d3.k1.b
  Kịch bản: Rà soát do huyện chủ trì: không có mức khoán trung ương, cần thẩm định thủ công
    Cho hồ sơ "rà soát hộ nghèo" thuộc Tiểu dự án 2 của đơn vị "HUYEN-NAMTRAMY" cấp "huyện", ngày 20/03/2024
    Và khoản chi "tổng hợp, phân tích kết quả điều tra" 1 gói, đơn giá 8.000.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "cần thẩm định thủ công"
    Và quy định "tt109.d3.k1.b" "không đạt"
    Và thông báo nêu "cuộc điều tra do cấp huyện, xã chủ trì cần thẩm định thủ công"

  @tt109.d3.k9
  Khung kịch bản: Tổng chi xử lý kết quả so với 7% chi điều tra viên của cuộc điều tra
    Cho hồ sơ "rà soát hộ nghèo" thuộc Tiểu dự án 2 của đơn vị "HUYEN-NUITHANH" cấp "huyện", ngày 15/11/2022
    Và khoản chi "rà soát viên" 100 người-ngày, đơn giá 200.000 đồng
    Và khoản chi có thuộc tính "enumerator_kind" là "outsourced"
    Và khoản chi có chứng từ "biên bản nghiệm thu"
    Và khoản chi "xử lý kết quả điều tra" 1 gói, đơn giá <đơn giá> đồng
    Khi thẩm định hồ sơ
    Thì khoản chi số 2 được "<kết quả>"
    Và quy định "tt109.d3.k9" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | đơn giá   | kết quả | đánh giá  | được thanh toán |
      | 1.400.000 | duyệt   | đạt       | 1.400.000       |
      | 1.400.001 | gắn cờ  | không đạt | 0               |

  @tt109.d3.k9
  Kịch bản: Xử lý kết quả khi hồ sơ không có chi điều tra viên bị gắn cờ, căn cứ chưa xác minh
    Cho hồ sơ "điều tra" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
    Và khoản chi "xử lý kết quả điều tra" 1 gói, đơn giá 1.000.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "vượt mức tối đa"
    Và quy định "tt109.d3.k9" "không đạt"
    Và trích dẫn "điểm a khoản 9 Điều 3 Thông tư 109/2016/TT-BTC"
    Và căn cứ "chưa xác minh"
