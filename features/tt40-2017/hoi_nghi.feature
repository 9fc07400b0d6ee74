# language: vi
Tính năng: Chi hội nghị (khoản 1 và khoản 4 Điều 12 Thông tư 40/2017/TT-BTC)
  Hỗ trợ tiền ăn cho đại biểu được mời không thuộc diện hưởng lương từ cơ quan nhà nước, đơn vị sự
  nghiệp công lập, doanh nghiệp; đại biểu hưởng lương do cơ quan cử đi chi trả phụ cấp lưu trú
  (khoản 6 Điều 11). Mức hỗ trợ tiền ăn tối đa (khoản 4 Điều 12): 200.000 đồng/người/ngày tại nội
  thành thành phố trực thuộc trung ương (điểm a); 150.000 đồng tại thành phố thuộc tỉnh, thị xã,
  huyện (điểm b); 100.000 đồng cho hội nghị do cấp xã tổ chức (điểm c). Thuê hội trường, thiết bị
  chi theo hợp đồng, hóa đơn thực tế (khoản 1 Điều 12).

  Quy tắc: Chỉ đại biểu không hưởng lương được hỗ trợ tiền ăn (khoản 4 Điều 12, khoản 6 Điều 11)

    @tt40.d12.k4.khong_huong_luong
    Kịch bản: Đại biểu không hưởng lương được hỗ trợ tiền ăn
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022, tại địa điểm "thành phố thuộc tỉnh", do cấp "tỉnh" tổ chức
      Và khoản chi "hỗ trợ tiền ăn đại biểu" 60 người-ngày, đơn giá 150.000 đồng
      Và người nhận không hưởng lương
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "tt40.d12.k4.khong_huong_luong" "đạt"
      Và số tiền được thanh toán là 9.000.000 đồng

    @tt40.d12.k4.khong_huong_luong
    Kịch bản: Đại biểu hưởng lương không được hỗ trợ tiền ăn từ kinh phí hội nghị
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022, tại địa điểm "thành phố thuộc tỉnh", do cấp "tỉnh" tổ chức
      Và khoản chi "hỗ trợ tiền ăn đại biểu" 20 người-ngày, đơn giá 150.000 đồng
      Và người nhận hưởng lương
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "không được chi"
      Và số tiền được thanh toán là 0 đồng
      Và quy định "tt40.d12.k4.khong_huong_luong" "không đạt"
      Và trích dẫn "khoản 6 Điều 11 Thông tư 40/2017/TT-BTC"
      Và quy định "tt40.d12.k4.muc_toi_da" không áp dụng

    @tt40.d12.k4.khong_huong_luong
    Kịch bản: Không ghi người nhận có hưởng lương hay không thì chưa đủ căn cứ hỗ trợ tiền ăn
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022, tại địa điểm "thành phố thuộc tỉnh", do cấp "tỉnh" tổ chức
      Và khoản chi "hỗ trợ tiền ăn đại biểu" 20 người-ngày, đơn giá 150.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và quy định "tt40.d12.k4.khong_huong_luong" "không đạt"

  Quy tắc: Mức hỗ trợ tiền ăn đại biểu theo địa điểm và cấp tổ chức (khoản 4 Điều 12)

    @tt40.d12.k4.muc_toi_da
    Khung kịch bản: Tiền ăn đại biểu không hưởng lương so với mức tối đa của điểm a, b, c
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và hoạt động tổ chức tại địa điểm "<địa điểm>"
      Và hoạt động do cấp "<cấp tổ chức>" tổ chức
      Và khoản chi "hỗ trợ tiền ăn đại biểu" 10 người-ngày, đơn giá <đơn giá> đồng
      Và người nhận không hưởng lương
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt40.d12.k4.muc_toi_da" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu: điểm a — nội thành thành phố trực thuộc trung ương, 200.000 đồng
        | địa điểm                                  | cấp tổ chức | đơn giá | kết quả | đánh giá  | được thanh toán |
        | nội thành thành phố trực thuộc trung ương | tỉnh        | 200.000 | duyệt   | đạt       | 2.000.000       |
        | nội thành thành phố trực thuộc trung ương | tỉnh        | 200.001 | gắn cờ  | không đạt | 2.000.000       |

      Dữ liệu: điểm b — thành phố thuộc tỉnh, thị xã, huyện, 150.000 đồng
        | địa điểm             | cấp tổ chức | đơn giá | kết quả | đánh giá  | được thanh toán |
        | thành phố thuộc tỉnh | tỉnh        | 150.000 | duyệt   | đạt       | 1.500.000       |
        | thành phố thuộc tỉnh | tỉnh        | 150.001 | gắn cờ  | không đạt | 1.500.000       |
        | thị xã               | huyện       | 150.000 | duyệt   | đạt       | 1.500.000       |
        | huyện                | huyện       | 150.001 | gắn cờ  | không đạt | 1.500.000       |
        | huyện                | tỉnh        | 200.000 | gắn cờ  | không đạt | 1.500.000       |

      Dữ liệu: điểm c — hội nghị do cấp xã tổ chức, 100.000 đồng
        | địa điểm             | cấp tổ chức | đơn giá | kết quả | đánh giá  | được thanh toán |
        | xã                   | xã          | 100.000 | duyệt   | đạt       | 1.000.000       |
        | xã                   | xã          | 100.001 | gắn cờ  | không đạt | 1.000.000       |
        | thành phố thuộc tỉnh | xã          | 150.000 | gắn cờ  | không đạt | 1.000.000       |

    @tt40.d12.k4.muc_toi_da
    Kịch bản: Mức cho huyện, thị xã thuộc thành phố trực thuộc trung ương chưa được xác minh
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022, tại địa điểm "huyện, thị xã thuộc thành phố trực thuộc trung ương", do cấp "tỉnh" tổ chức
      Và khoản chi "hỗ trợ tiền ăn đại biểu" 10 người-ngày, đơn giá 150.000 đồng
      Và người nhận không hưởng lương
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "tt40.d12.k4.muc_toi_da" "đạt"
      Và căn cứ "chưa xác minh"

    @tt40.d12.k4.muc_toi_da
    Kịch bản: Không ghi địa điểm và cấp tổ chức thì không xác định được mức tối đa
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "hỗ trợ tiền ăn đại biểu" 10 người-ngày, đơn giá 100.000 đồng
      Và người nhận không hưởng lương
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "chưa có quy định áp dụng"
      Và quy định "tt40.d12.k4.muc_toi_da" "không đạt"
      Và số tiền được thanh toán là 0 đồng

  Quy tắc: Thuê hội trường, thiết bị chi theo hợp đồng, hóa đơn thực tế (khoản 1 Điều 12)

    @tt40.d12.k1.thue_hoi_truong
    Khung kịch bản: Thuê hội trường có hợp đồng hoặc hóa đơn
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "thuê hội trường, thiết bị" 1 gói, đơn giá 3.500.000 đồng
      Và khoản chi có chứng từ <chứng từ>
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt40.d12.k1.thue_hoi_truong" "<đánh giá>"

      Dữ liệu:
        | chứng từ                     | kết quả | đánh giá  |
        | "hợp đồng"                   | duyệt   | đạt       |
        | "hóa đơn"                    | duyệt   | đạt       |
        | "hợp đồng", "hóa đơn"        | duyệt   | đạt       |
        | "danh sách tham dự"          | gắn cờ  | không đạt |
        | "giấy mời", "biên bản nghiệm thu" | gắn cờ  | không đạt |

    @tt40.d12.k1.thue_hoi_truong
    Kịch bản: Thuê hội trường không có hợp đồng, hóa đơn
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "thuê hội trường" 1 gói, đơn giá 3.500.000 đồng
      Và khoản chi không có chứng từ
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "thiếu chứng từ"
      Và số tiền được thanh toán là 0 đồng
      Và trích dẫn "khoản 1 Điều 12 Thông tư 40/2017/TT-BTC"
