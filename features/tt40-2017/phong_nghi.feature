# language: vi
Tính năng: Tiền thuê phòng nghỉ khi đi công tác (khoản 2, 3 Điều 7 Thông tư 40/2017/TT-BTC)
  Thanh toán theo hình thức khoán (khoản 2, đồng/người/ngày): Bộ trưởng, Thứ trưởng và lãnh đạo có
  hệ số phụ cấp chức vụ từ 1,25 ("leader_group" là "minister" hoặc "deputy_minister") tối đa 1.000.000
  đồng ở mọi nơi; cán bộ khác ("other") tối đa 450.000 đồng ở quận, thành phố thuộc thành phố trực
  thuộc trung ương và thành phố loại I thuộc tỉnh ("location_class" là "city_grade_1"), 350.000 đồng ở
  huyện, thị xã thuộc thành phố trực thuộc trung ương và thị xã, thành phố còn lại thuộc tỉnh ("town"),
  300.000 đồng ở vùng còn lại ("other").
  Thanh toán theo hóa đơn (khoản 3, đồng/phòng/ngày): Bộ trưởng 2.500.000 đồng (1 người/phòng); Thứ
  trưởng, lãnh đạo hệ số 1,25-1,3 1.200.000 đồng ở "city_grade_1", 1.100.000 đồng ở vùng còn lại
  (1 người/phòng); cán bộ khác 1.000.000 đồng / 700.000 đồng (2 người/phòng); phải có hóa đơn.
  Từ 04/05/2025 (Thông tư 12/2025/TT-BTC) chỉ biết mức khoán của nhóm lãnh đạo 1.600.000 đồng và mức
  hóa đơn của Bộ trưởng 4.000.000 đồng; các mức khác chưa biết nên khoản chi bị gắn cờ "chưa có quy
  định áp dụng" (không xác định được mức) để thẩm định thủ công.

  Quy tắc: Hình thức khoán (khoản 2 Điều 7)

    @tt40.d7.k2
    Khung kịch bản: Tiền phòng khoán so với mức tối đa theo nhóm chức danh, nơi đến và ngày phát sinh
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và khoản chi "tiền thuê phòng nghỉ" 2 người-ngày, đơn giá <đơn giá> đồng
      Và tiền phòng thanh toán theo "khoán"
      Và khoản chi có thuộc tính "leader_group" là "<nhóm>"
      Và khoản chi có thuộc tính "location_class" là "<nơi đến>"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt40.d7.k2" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu: điểm a — lãnh đạo, mọi nơi đến
        | ngày       | nhóm            | nơi đến      | đơn giá   | kết quả | đánh giá  | được thanh toán |
        | 15/11/2022 | minister        | other        | 1.000.000 | duyệt   | đạt       | 2.000.000       |
        | 15/11/2022 | deputy_minister | city_grade_1 | 1.000.001 | gắn cờ  | không đạt | 2.000.000       |

      Dữ liệu: điểm b — cán bộ khác, theo nơi đến
        | ngày       | nhóm  | nơi đến      | đơn giá | kết quả | đánh giá  | được thanh toán |
        | 15/11/2022 | other | city_grade_1 | 450.000 | duyệt   | đạt       | 900.000         |
        | 15/11/2022 | other | city_grade_1 | 450.001 | gắn cờ  | không đạt | 900.000         |
        | 15/11/2022 | other | town         | 350.000 | duyệt   | đạt       | 700.000         |
        | 15/11/2022 | other | town         | 350.001 | gắn cờ  | không đạt | 700.000         |
        | 15/11/2022 | other | other        | 300.000 | duyệt   | đạt       | 600.000         |
        | 15/11/2022 | other | other        | 300.001 | gắn cờ  | không đạt | 600.000         |

      Dữ liệu: lãnh đạo trước và từ 04/05/2025 (Thông tư 12/2025)
        | ngày       | nhóm            | nơi đến | đơn giá   | kết quả | đánh giá  | được thanh toán |
        | 03/05/2025 | deputy_minister | town    | 1.000.000 | duyệt   | đạt       | 2.000.000       |
        | 03/05/2025 | minister        | town    | 1.600.000 | gắn cờ  | không đạt | 2.000.000       |
        | 04/05/2025 | deputy_minister | town    | 1.600.000 | duyệt   | đạt       | 3.200.000       |
        | 04/05/2025 | minister        | other   | 1.600.001 | gắn cờ  | không đạt | 3.200.000       |

    @tt40.d7.k2
    Khung kịch bản: Mức khoán của cán bộ khác từ 04/05/2025 chưa biết — không duyệt tự động
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và khoản chi "tiền thuê phòng nghỉ" 2 người-ngày, đơn giá 300.000 đồng
      Và tiền phòng thanh toán theo "khoán"
      Và khoản chi có thuộc tính "leader_group" là "other"
      Và khoản chi có thuộc tính "location_class" là "other"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt40.d7.k2" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | ngày       | kết quả | đánh giá  | được thanh toán |
        | 03/05/2025 | duyệt   | đạt       | 600.000         |
        | 04/05/2025 | gắn cờ  | không đạt | 0               |

    @tt40.d7.k2
    Kịch bản: Tiền phòng khoán của cán bộ khác từ 04/05/2025: bộ quy tắc chưa có mức, cần thẩm định thủ công
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2025
      Và khoản chi "tiền thuê phòng nghỉ" 2 người-ngày, đơn giá 450.000 đồng
      Và tiền phòng thanh toán theo "khoán"
      Và khoản chi có thuộc tính "leader_group" là "other"
      Và khoản chi có thuộc tính "location_class" là "city_grade_1"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "cần thẩm định thủ công"
      Và loại cờ là "cần thẩm định thủ công"
      Và quy định "tt40.d7.k2" "không đạt"
      Và thông báo nêu "bộ quy tắc chưa có mức"
      Và trích dẫn "khoản 2 Điều 7 Thông tư 40/2017/TT-BTC"

    @tt40.d7.k2
    Kịch bản: Tiền phòng khoán từ 04/05/2025 của nhóm lãnh đạo trích dẫn Thông tư 12/2025
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2025
      Và khoản chi "tiền thuê phòng nghỉ" 1 người-ngày, đơn giá 1.800.000 đồng
      Và tiền phòng thanh toán theo "khoán"
      Và khoản chi có thuộc tính "leader_group" là "deputy_minister"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "vượt mức tối đa"
      Và số tiền được thanh toán là 1.600.000 đồng
      Và quy định "tt40.d7.k2" "không đạt"
      Và trích dẫn "Điều 1 Thông tư 12/2025/TT-BTC"
      Và căn cứ "nguồn thứ cấp"
      Và thông báo nêu "vượt mức tối đa 1.600.000 đ/người/ngày"

    @tt40.d7.k2
    Khung kịch bản: Không ghi «Hạng» đến 03/05/2025: mức chung của các đối tượng còn lại (khoản 2 Điều 7)
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "tiền thuê phòng nghỉ" 2 người-ngày, đơn giá <đơn giá> đồng
      Và tiền phòng thanh toán theo "khoán"
      Và khoản chi có thuộc tính "location_class" là "other"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt40.d7.k2" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | đơn giá | kết quả | đánh giá  | được thanh toán |
        | 300.000 | duyệt   | đạt       | 600.000         |
        | 300.001 | gắn cờ  | không đạt | 600.000         |

    @tt40.d7.k2
    Kịch bản: Không ghi «Hạng» từ 04/05/2025: chưa biết các nhóm của Thông tư 12/2025, hỏi «Hạng»
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2025
      Và khoản chi "tiền thuê phòng nghỉ" 2 người-ngày, đơn giá 300.000 đồng
      Và tiền phòng thanh toán theo "khoán"
      Và khoản chi có thuộc tính "location_class" là "other"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "thiếu thông tin"
      Và quy định "tt40.d7.k2" "không đạt"
      Và thông báo nêu "Thiếu «Hạng» (payee.grade)"
      Và thông báo nêu "«lãnh đạo cấp Bộ», «cấp Thứ trưởng, hệ số 1,25–1,3», «khác»"
      Và số tiền được thanh toán là 0 đồng

    @tt40.d7.k3
    Kịch bản: Hạng và nơi đến suy ra từ «Hạng» «Trưởng phòng» và địa điểm «TP Tam Kỳ»: 750.000 đồng vượt 700.000 đồng
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "UBND-DUYXUYEN" cấp "huyện", ngày 17/11/2022, tại "TP Tam Kỳ"
      Và khoản chi "tiền thuê phòng nghỉ" 2 người-ngày, đơn giá 750.000 đồng
      Và tiền phòng thanh toán theo "hóa đơn"
      Và người nhận có hạng "Trưởng phòng"
      Và khoản chi có chứng từ "hóa đơn"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "vượt mức tối đa"
      Và loại cờ là "vi phạm"
      Và quy định "tt40.d7.k3" "không đạt"
      Và thông báo nêu "vượt mức tối đa 700.000 đ/phòng/ngày"
      Và thông báo nêu "nhóm chức danh suy ra từ «Hạng» «Trưởng phòng»: khác"
      Và thông báo nêu "Tam Kỳ"
      Và số tiền được thanh toán là 1.400.000 đồng

  Quy tắc: Theo hóa đơn (khoản 3 Điều 7)

    @tt40.d7.k3
    Khung kịch bản: Tiền phòng theo hóa đơn so với mức tối đa mỗi phòng theo nhóm chức danh, nơi đến và ngày phát sinh
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và khoản chi "tiền thuê phòng nghỉ" 2 phòng-ngày, đơn giá <đơn giá> đồng
      Và tiền phòng thanh toán theo "hóa đơn"
      Và khoản chi có chứng từ "hóa đơn"
      Và khoản chi có thuộc tính "leader_group" là "<nhóm>"
      Và khoản chi có thuộc tính "location_class" là "<nơi đến>"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt40.d7.k3" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu: Bộ trưởng và tương đương, mọi nơi đến
        | ngày       | nhóm     | nơi đến      | đơn giá   | kết quả | đánh giá  | được thanh toán |
        | 15/11/2022 | minister | other        | 2.500.000 | duyệt   | đạt       | 5.000.000       |
        | 15/11/2022 | minister | city_grade_1 | 2.500.001 | gắn cờ  | không đạt | 5.000.000       |

      Dữ liệu: Thứ trưởng, lãnh đạo hệ số 1,25-1,3 — hai nhóm nơi đến
        | ngày       | nhóm            | nơi đến      | đơn giá   | kết quả | đánh giá  | được thanh toán |
        | 15/11/2022 | deputy_minister | city_grade_1 | 1.200.000 | duyệt   | đạt       | 2.400.000       |
        | 15/11/2022 | deputy_minister | city_grade_1 | 1.200.001 | gắn cờ  | không đạt | 2.400.000       |
        | 15/11/2022 | deputy_minister | town         | 1.100.000 | duyệt   | đạt       | 2.200.000       |
        | 15/11/2022 | deputy_minister | other        | 1.100.001 | gắn cờ  | không đạt | 2.200.000       |

      Dữ liệu: cán bộ khác, phòng 2 người — hai nhóm nơi đến
        | ngày       | nhóm  | nơi đến      | đơn giá   | kết quả | đánh giá  | được thanh toán |
        | 15/11/2022 | other | city_grade_1 | 1.000.000 | duyệt   | đạt       | 2.000.000       |
        | 15/11/2022 | other | city_grade_1 | 1.000.001 | gắn cờ  | không đạt | 2.000.000       |
        | 15/11/2022 | other | other        | 700.000   | duyệt   | đạt       | 1.400.000       |
        | 15/11/2022 | other | town         | 700.001   | gắn cờ  | không đạt | 1.400.000       |

      Dữ liệu: Bộ trưởng trước và từ 04/05/2025 (Thông tư 12/2025)
        | ngày       | nhóm     | nơi đến | đơn giá   | kết quả | đánh giá  | được thanh toán |
        | 03/05/2025 | minister | other   | 2.500.000 | duyệt   | đạt       | 5.000.000       |
        | 03/05/2025 | minister | other   | 4.000.000 | gắn cờ  | không đạt | 5.000.000       |
        | 04/05/2025 | minister | other   | 4.000.000 | duyệt   | đạt       | 8.000.000       |
        | 04/05/2025 | minister | other   | 4.000.001 | gắn cờ  | không đạt | 8.000.000       |

    @tt40.d7.k3
    Khung kịch bản: Mức theo hóa đơn của Thứ trưởng và cán bộ khác từ 04/05/2025 chưa biết — không duyệt tự động
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và khoản chi "tiền thuê phòng nghỉ" 1 phòng-ngày, đơn giá 700.000 đồng
      Và tiền phòng thanh toán theo "hóa đơn"
      Và khoản chi có chứng từ "hóa đơn"
      Và khoản chi có thuộc tính "leader_group" là "<nhóm>"
      Và khoản chi có thuộc tính "location_class" là "other"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt40.d7.k3" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | ngày       | nhóm            | kết quả | đánh giá  | được thanh toán |
        | 03/05/2025 | other           | duyệt   | đạt       | 700.000         |
        | 04/05/2025 | other           | gắn cờ  | không đạt | 0               |
        | 03/05/2025 | deputy_minister | duyệt   | đạt       | 700.000         |
        | 04/05/2025 | deputy_minister | gắn cờ  | không đạt | 0               |

    @tt40.d7.k3
    Kịch bản: Tiền phòng theo hóa đơn vượt mức, kèm trích dẫn và căn cứ
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "tiền thuê phòng nghỉ" 3 phòng-ngày, đơn giá 800.000 đồng
      Và tiền phòng thanh toán theo "hóa đơn"
      Và khoản chi có chứng từ "hóa đơn"
      Và khoản chi có thuộc tính "leader_group" là "other"
      Và khoản chi có thuộc tính "location_class" là "town"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "vượt mức tối đa"
      Và số tiền được thanh toán là 2.100.000 đồng
      Và quy định "tt40.d7.k3" "không đạt"
      Và trích dẫn "khoản 3 Điều 7 Thông tư 40/2017/TT-BTC"
      Và căn cứ "nguồn thứ cấp"
      Và thông báo nêu "vượt mức tối đa 700.000 đ/phòng/ngày"

    @tt40.d7.k3.hoa_don
    Khung kịch bản: Tiền phòng theo hóa đơn phải có hóa đơn
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "tiền thuê phòng nghỉ" 2 phòng-ngày, đơn giá 700.000 đồng
      Và tiền phòng thanh toán theo "hóa đơn"
      Và khoản chi có thuộc tính "leader_group" là "other"
      Và khoản chi có thuộc tính "location_class" là "other"
      Và khoản chi có chứng từ <chứng từ>
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt40.d7.k3.hoa_don" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | chứng từ                         | kết quả | đánh giá  | được thanh toán |
        | "hóa đơn"                        | duyệt   | đạt       | 1.400.000       |
        | "hóa đơn", "chứng từ thanh toán" | duyệt   | đạt       | 1.400.000       |
        | "chứng từ thanh toán"            | gắn cờ  | không đạt | 0               |

    @tt40.d7.k3.hoa_don
    Kịch bản: Tiền phòng theo hóa đơn không có hóa đơn bị gắn cờ thiếu chứng từ
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "tiền thuê phòng nghỉ" 2 phòng-ngày, đơn giá 700.000 đồng
      Và tiền phòng thanh toán theo "hóa đơn"
      Và khoản chi có thuộc tính "leader_group" là "other"
      Và khoản chi có thuộc tính "location_class" là "other"
      Và khoản chi không có chứng từ
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "thiếu chứng từ"
      Và quy định "tt40.d7.k3.hoa_don" "không đạt"
      Và quy định "tt40.d7.k3" "đạt"
      Và trích dẫn "khoản 3 Điều 7 Thông tư 40/2017/TT-BTC"

    @tt40.d7.k3.hoa_don
    Kịch bản: Tiền phòng khoán không cần hóa đơn
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "tiền thuê phòng nghỉ" 2 người-ngày, đơn giá 300.000 đồng
      Và tiền phòng thanh toán theo "khoán"
      Và khoản chi có thuộc tính "leader_group" là "other"
      Và khoản chi có thuộc tính "location_class" là "other"
      Và khoản chi không có chứng từ
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "tt40.d7.k3.hoa_don" không áp dụng

  Quy tắc: Phải ghi hình thức thanh toán tiền phòng (không ghi thì hỏi cột «Hình thức thanh toán phòng»)

    @chung.loai_khoan_chi
    Kịch bản: Không ghi khoán hay theo hóa đơn: thiếu thông tin, không quy định mức nào được chọn
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "tiền thuê phòng nghỉ" 2 người-ngày, đơn giá 300.000 đồng
      Và khoản chi có thuộc tính "leader_group" là "other"
      Và khoản chi có thuộc tính "location_class" là "other"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "thiếu thông tin"
      Và số tiền được thanh toán là 0 đồng
      Và quy định "chung.loai_khoan_chi" "không đạt"
      Và quy định "tt40.d7.k2" không áp dụng
      Và quy định "tt40.d7.k3" không áp dụng
      Và thông báo nêu "Thiếu «Hình thức thanh toán phòng» (attributes.mode)"

    @chung.loai_khoan_chi
    Khung kịch bản: Ghi hình thức thanh toán thì khoản chi được xét theo khoản 2 hoặc khoản 3
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "tiền thuê phòng nghỉ" 2 người-ngày, đơn giá 300.000 đồng
      Và tiền phòng thanh toán theo "<hình thức>"
      Và khoản chi có chứng từ "hóa đơn"
      Và khoản chi có thuộc tính "leader_group" là "other"
      Và khoản chi có thuộc tính "location_class" là "other"
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "chung.loai_khoan_chi" không áp dụng
      Và quy định "<quy định>" "đạt"

      Dữ liệu:
        | hình thức | quy định   |
        | khoán     | tt40.d7.k2 |
        | hóa đơn   | tt40.d7.k3 |
