# language: vi
Tính năng: Thuê chuyên gia trong nước (Điều 4 Thông tư 46/2022/TT-BTC; Điều 3 Thông tư 02/2015/TT-BLĐTBXH)
  Mức lương tháng tối đa của chuyên gia tư vấn trong nước theo bậc: bậc 1 40 triệu, bậc 2 30 triệu, bậc 3
  20 triệu, bậc 4 15 triệu đồng/người/tháng (bậc 2, 3 chưa xác minh). Thuê chuyên gia phải có hợp đồng.
  Văn bản gốc Thông tư 46/2022 chưa đối chiếu.

  @tt46.d4.chuyen_gia
  Khung kịch bản: Tiền thuê chuyên gia so với mức lương tháng theo bậc
    Cho hồ sơ "điều tra, đánh giá" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
    Và khoản chi "thuê chuyên gia" 2 người-tháng, đơn giá <đơn giá> đồng
    Và khoản chi có thuộc tính "expert_level" là <bậc>
    Và khoản chi có chứng từ "hợp đồng"
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt46.d4.chuyen_gia" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | bậc | đơn giá    | kết quả | đánh giá  | được thanh toán |
      | 1   | 40.000.000 | duyệt   | đạt       | 80.000.000      |
      | 1   | 40.000.001 | gắn cờ  | không đạt | 80.000.000      |
      | 4   | 15.000.000 | duyệt   | đạt       | 30.000.000      |
      | 4   | 15.000.001 | gắn cờ  | không đạt | 30.000.000      |

  @tt46.d4.chuyen_gia.hop_dong
  Khung kịch bản: Thuê chuyên gia cần hợp đồng
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
    Và khoản chi "thuê chuyên gia" 1 người-tháng, đơn giá 20.000.000 đồng
    Và khoản chi có thuộc tính "expert_level" là 3
    Và khoản chi có chứng từ <chứng từ>
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt46.d4.chuyen_gia.hop_dong" "<đánh giá>"

    Dữ liệu:
      | chứng từ              | kết quả | đánh giá  |
      | "hợp đồng"            | duyệt   | đạt       |
      | "chứng từ thanh toán" | gắn cờ  | không đạt |
