# language: vi
Tính năng: Chi hội nghị (khoản 1, 3, 4 và 5 Điều 12 Thông tư 40/2017/TT-BTC)
  Hỗ trợ tiền ăn cho đại biểu được mời không thuộc diện hưởng lương từ cơ quan nhà nước, đơn vị sự
  nghiệp công lập, doanh nghiệp; đại biểu hưởng lương do cơ quan cử đi chi trả phụ cấp lưu trú
  (khoản 6 Điều 11). Mức hỗ trợ tiền ăn tối đa (khoản 4 Điều 12): 200.000 đồng/người/ngày tại nội
  thành thành phố trực thuộc trung ương (điểm a); 150.000 đồng tại thành phố thuộc tỉnh, thị xã,
  huyện (điểm b); 100.000 đồng cho hội nghị do cấp xã tổ chức (điểm c). Tổ chức ăn tập trung
  ("collective_meal"): chi bù tối đa 130 % mức khoản 4 (khoản 5). Nước uống tối đa 40.000
  đồng/người/ngày (khoản 3; con số chưa xác minh). Thuê hội trường, thiết bị chi theo hợp đồng, hóa
  đơn thực tế (khoản 1 Điều 12).

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
    Khung kịch bản: Hội nghị cấp huyện tổ chức tại xã theo mức điểm b, chưa xác minh
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "HUYEN-NUITHANH" cấp "huyện", ngày 15/11/2022, tại địa điểm "xã", do cấp "huyện" tổ chức
      Và khoản chi "hỗ trợ tiền ăn đại biểu" 10 người-ngày, đơn giá <đơn giá> đồng
      Và người nhận không hưởng lương
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt40.d12.k4.muc_toi_da" "<đánh giá>"
      Và căn cứ "chưa xác minh"

      Dữ liệu:
        | đơn giá | kết quả | đánh giá  |
        | 150.000 | duyệt   | đạt       |
        | 150.001 | gắn cờ  | không đạt |

    @tt40.d12.k4.muc_toi_da
    Kịch bản: Không ghi địa điểm và cấp tổ chức: thiếu thông tin, hỏi cột cần ghi
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "hỗ trợ tiền ăn đại biểu" 10 người-ngày, đơn giá 100.000 đồng
      Và người nhận không hưởng lương
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "thiếu thông tin"
      Và quy định "tt40.d12.k4.muc_toi_da" "không đạt"
      Và thông báo nêu "«Cấp tổ chức» (activity.organiser_level)"
      Và thông báo nêu "«Loại địa điểm» (activity.venue.kind)"
      Và số tiền được thanh toán là 0 đồng

    @tt40.d12.k4.muc_toi_da
    Kịch bản: Loại địa điểm suy ra từ tên địa điểm «TP Tam Kỳ» (thành phố thuộc tỉnh): mức 150.000 đồng
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022, tại "TP Tam Kỳ", do cấp "tỉnh" tổ chức
      Và khoản chi "hỗ trợ tiền ăn đại biểu" 10 người-ngày, đơn giá 150.001 đồng
      Và người nhận không hưởng lương
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "vượt mức tối đa"
      Và quy định "tt40.d12.k4.muc_toi_da" "không đạt"
      Và thông báo nêu "vượt mức tối đa 150.000 đ"
      Và thông báo nêu "Tam Kỳ"

    @tt40.d12.k4.khong_huong_luong
    Kịch bản: Không ghi «Hưởng lương»: không coi là hưởng lương, hỏi cột «Hưởng lương»
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022, tại địa điểm "thành phố thuộc tỉnh", do cấp "tỉnh" tổ chức
      Và khoản chi "hỗ trợ tiền ăn đại biểu" 10 người-ngày, đơn giá 100.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "thiếu thông tin"
      Và loại cờ là "thiếu thông tin"
      Và quy định "tt40.d12.k4.khong_huong_luong" "không đạt"
      Và thông báo nêu "Thiếu «Hưởng lương» (payee.salaried)"
      Và thông báo nêu "ghi «có» hoặc «không»"

    @tt40.d12.k4.khong_huong_luong
    Kịch bản: Tiền ăn tại lớp tập huấn là tiền ăn học viên, không xét theo đại biểu hưởng lương
      Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "hỗ trợ tiền ăn đại biểu" 10 người-ngày, đơn giá 150.000 đồng
      Và người nhận hưởng lương
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "tt40.d12.k4.khong_huong_luong" không áp dụng
      Và quy định "tt46.d4.k1.tien_an_hoc_vien" "đạt"
      Và thông báo nêu "Tiền ăn tại lớp đào tạo, tập huấn (tiền ăn học viên)"

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

  Quy tắc: Tổ chức ăn tập trung — chi bù tối đa 130 % mức hỗ trợ tiền ăn (khoản 5 Điều 12)

    @tt40.d12.k5.an_tap_trung
    Khung kịch bản: Tiền ăn tập trung so với 130 % mức của điểm a, b, c
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và hoạt động tổ chức tại địa điểm "<địa điểm>"
      Và hoạt động do cấp "<cấp tổ chức>" tổ chức
      Và khoản chi "hỗ trợ tiền ăn đại biểu" 10 người-ngày, đơn giá <đơn giá> đồng
      Và người nhận không hưởng lương
      Và khoản chi có thuộc tính "collective_meal" là "có"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt40.d12.k5.an_tap_trung" "<đánh giá>"
      Và quy định "tt40.d12.k4.muc_toi_da" không áp dụng
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu: điểm a — 130 % × 200.000 = 260.000 đồng
        | địa điểm                                  | cấp tổ chức | đơn giá | kết quả | đánh giá  | được thanh toán |
        | nội thành thành phố trực thuộc trung ương | tỉnh        | 260.000 | duyệt   | đạt       | 2.600.000       |
        | nội thành thành phố trực thuộc trung ương | tỉnh        | 260.001 | gắn cờ  | không đạt | 2.600.000       |

      Dữ liệu: điểm b — 130 % × 150.000 = 195.000 đồng
        | địa điểm             | cấp tổ chức | đơn giá | kết quả | đánh giá  | được thanh toán |
        | thành phố thuộc tỉnh | tỉnh        | 195.000 | duyệt   | đạt       | 1.950.000       |
        | huyện                | huyện       | 195.001 | gắn cờ  | không đạt | 1.950.000       |

      Dữ liệu: điểm c — 130 % × 100.000 = 130.000 đồng
        | địa điểm | cấp tổ chức | đơn giá | kết quả | đánh giá  | được thanh toán |
        | xã       | xã          | 130.000 | duyệt   | đạt       | 1.300.000       |
        | xã       | xã          | 130.001 | gắn cờ  | không đạt | 1.300.000       |

    @tt40.d12.k5.an_tap_trung
    Kịch bản: Tiền ăn tập trung vượt 130 %, kèm trích dẫn
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022, tại địa điểm "thành phố thuộc tỉnh", do cấp "tỉnh" tổ chức
      Và khoản chi "hỗ trợ tiền ăn đại biểu" 20 người-ngày, đơn giá 200.000 đồng
      Và người nhận không hưởng lương
      Và khoản chi có thuộc tính "collective_meal" là "có"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "vượt mức tối đa"
      Và số tiền được thanh toán là 3.900.000 đồng
      Và quy định "tt40.d12.k5.an_tap_trung" "không đạt"
      Và trích dẫn "khoản 5 Điều 12 Thông tư 40/2017/TT-BTC"
      Và thông báo nêu "vượt 130 % mức hỗ trợ tiền ăn, tức 195.000 đ"

    @tt40.d12.k5.an_tap_trung
    Kịch bản: Không tổ chức ăn tập trung thì chỉ được mức khoản 4, không được 130 %
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022, tại địa điểm "thành phố thuộc tỉnh", do cấp "tỉnh" tổ chức
      Và khoản chi "hỗ trợ tiền ăn đại biểu" 10 người-ngày, đơn giá 195.000 đồng
      Và người nhận không hưởng lương
      Và khoản chi có thuộc tính "collective_meal" là "không"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và quy định "tt40.d12.k5.an_tap_trung" không áp dụng
      Và quy định "tt40.d12.k4.muc_toi_da" "không đạt"
      Và số tiền được thanh toán là 1.500.000 đồng

    @tt40.d12.k5.an_tap_trung
    Kịch bản: Đại biểu hưởng lương không được chi bù tiền ăn tập trung từ kinh phí hội nghị
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022, tại địa điểm "thành phố thuộc tỉnh", do cấp "tỉnh" tổ chức
      Và khoản chi "hỗ trợ tiền ăn đại biểu" 10 người-ngày, đơn giá 150.000 đồng
      Và người nhận hưởng lương
      Và khoản chi có thuộc tính "collective_meal" là "có"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "không được chi"
      Và quy định "tt40.d12.k5.an_tap_trung" không áp dụng
      Và quy định "tt40.d12.k4.khong_huong_luong" "không đạt"

  Quy tắc: Nước uống (khoản 3 Điều 12)

    @tt40.d12.k3.nuoc_uong
    Khung kịch bản: Đơn giá nước uống so với mức tối đa 40.000 đồng/người/ngày
      Cho hồ sơ "<hoạt động>" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và khoản chi "nước uống" 60 người-ngày, đơn giá <đơn giá> đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt40.d12.k3.nuoc_uong" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | hoạt động | ngày       | đơn giá | kết quả | đánh giá  | được thanh toán |
        | hội nghị  | 15/11/2022 | 40.000  | duyệt   | đạt       | 2.400.000       |
        | hội nghị  | 15/11/2022 | 40.001  | gắn cờ  | không đạt | 2.400.000       |
        | tập huấn  | 01/12/2022 | 20.000  | duyệt   | đạt       | 1.200.000       |
        | hội nghị  | 04/05/2025 | 40.000  | duyệt   | đạt       | 2.400.000       |
        | hội nghị  | 04/05/2025 | 40.001  | gắn cờ  | không đạt | 2.400.000       |

    @tt40.d12.k3.nuoc_uong
    Kịch bản: Nước uống vượt mức bị gắn cờ; căn cứ chưa xác minh được ghi trong thông báo
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "nước uống" 60 người-ngày, đơn giá 50.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "vượt mức tối đa"
      Và số tiền được thanh toán là 2.400.000 đồng
      Và quy định "tt40.d12.k3.nuoc_uong" "không đạt"
      Và trích dẫn "khoản 3 Điều 12 Thông tư 40/2017/TT-BTC"
      Và căn cứ "chưa xác minh"
      Và thông báo nêu "vượt mức tối đa 40.000 đ/người/ngày"
      Và thông báo nêu "cần xác minh"

  Quy tắc: Sau 04/05/2025 (Thông tư 12/2025) và sau 01/07/2025 (sắp xếp đơn vị hành chính)

    @tt40.d12.k4.muc_toi_da
    Kịch bản: Từ 04/05/2025 mức tiền ăn đại biểu giữ mức cũ nhưng căn cứ chưa xác minh (Thông tư 12/2025 có sửa khoản 4 Điều 12 hay không chưa biết)
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 10/06/2025, tại địa điểm "thành phố thuộc tỉnh", do cấp "tỉnh" tổ chức
      Và khoản chi "hỗ trợ tiền ăn đại biểu" 20 người-ngày, đơn giá 150.000 đồng
      Và người nhận không hưởng lương
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "tt40.d12.k4.muc_toi_da" "đạt"
      Và căn cứ "chưa xác minh"

    @tt40.d12.k4.muc_toi_da
    Khung kịch bản: Địa điểm «TP Tam Kỳ» trước và sau 01/07/2025 (Quảng Nam nhập vào thành phố Đà Nẵng)
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>, tại "TP Tam Kỳ", do cấp "tỉnh" tổ chức
      Và hồ sơ có thuộc tính "extended_task" là "có"
      Và khoản chi "hỗ trợ tiền ăn đại biểu" 20 người-ngày, đơn giá <đơn giá> đồng
      Và người nhận không hưởng lương
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt40.d12.k4.muc_toi_da" "<đánh giá>"
      Và thông báo nêu "<suy ra>"

      Dữ liệu:
        | ngày       | đơn giá | kết quả | đánh giá  | suy ra                                      |
        | 30/06/2025 | 150.000 | duyệt   | đạt       | thành phố thuộc tỉnh Quảng Nam, đô thị loại II |
        | 30/06/2025 | 150.001 | gắn cờ  | không đạt | thành phố thuộc tỉnh Quảng Nam, đô thị loại II |
        | 01/07/2025 | 200.000 | duyệt   | đạt       | từ 01/07/2025 không còn cấp huyện           |
        | 01/07/2025 | 200.001 | gắn cờ  | không đạt | nay là phường thuộc thành phố Đà Nẵng       |
