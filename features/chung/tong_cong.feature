# language: vi
Tính năng: Tổng cộng của giấy rút dự toán và của danh sách chi trả bằng tổng thành tiền các khoản chi (khoản 1 Điều 16 Luật Kế toán 88/2015/QH13; Điều 7 Nghị định 11/2020/NĐ-CP; điểm b khoản 2 Điều 6 Nghị định 347/2025/NĐ-CP)
  Hồ sơ đọc từ giấy rút dự toán của Kho bạc mang số tiền ở dòng «Tổng cộng» của giấy rút (thuộc tính
  "declared_total") và, khi có, tổng cộng của danh sách chi trả cho đối tượng thụ hưởng kèm theo (mẫu số 20,
  thuộc tính "payee_list_total"). Mỗi số phải bằng tổng thành tiền mọi khoản chi của hồ sơ; lệch một đồng là
  sai số học và hồ sơ không được thanh toán cho đến khi đơn vị giải trình. Danh sách chi trả: Điều 7 Nghị định
  11/2020 đến năm ngân sách 2025 (căn cứ suy luận, chưa xác minh), điểm b khoản 2 Điều 6 Nghị định 347/2025 từ năm
  ngân sách 2026 (nguồn thứ cấp). Hồ sơ lập theo sổ mẫu không có các số này: không xét, không hỏi.

  Quy tắc: Dòng «Tổng cộng» của giấy rút dự toán (khoản 1 Điều 16 Luật Kế toán)

    @ktoan.d16.tong_cong
    Khung kịch bản: Dòng «Tổng cộng» của giấy rút so với tổng thành tiền các khoản chi
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
      Và khoản chi "phụ cấp lưu trú" 1 người-ngày, đơn giá 200.000 đồng
      Và hồ sơ có thuộc tính "declared_total" là <tổng cộng>
      Khi thẩm định hồ sơ
      Thì hồ sơ được "<kết quả>"
      Và quy định "ktoan.d16.tong_cong" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | tổng cộng | kết quả | đánh giá  | được thanh toán |
        | 600000    | duyệt   | đạt       | 600.000         |
        | 600001    | gắn cờ  | không đạt | 0               |
        | 599999    | gắn cờ  | không đạt | 0               |

    @ktoan.d16.tong_cong
    Kịch bản: «Tổng cộng» của giấy rút lệch 1 đồng là sai số học, căn cứ chưa xác minh
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
      Và khoản chi "phụ cấp lưu trú" 1 người-ngày, đơn giá 200.000 đồng
      Và hồ sơ có thuộc tính "declared_total" là 600001
      Khi thẩm định hồ sơ
      Thì hồ sơ được "gắn cờ"
      Và lý do là "sai số học"
      Và loại cờ là "vi phạm"
      Và quy định "ktoan.d16.tong_cong" "không đạt"
      Và trích dẫn "khoản 1 Điều 16 Luật Kế toán 88/2015/QH13"
      Và căn cứ "chưa xác minh"
      Và thông báo nêu "Tổng thành tiền các khoản chi 600.000 đ không khớp dòng «Tổng cộng» của giấy rút dự toán (600.001 đ)"
      Và khoản chi số 1 được "duyệt"

  Quy tắc: Tổng cộng của danh sách chi trả cho đối tượng thụ hưởng (Nghị định 11/2020, Nghị định 347/2025)

    Khung kịch bản: Tổng cộng của danh sách chi trả so với tổng thành tiền các khoản chi, theo năm ngân sách
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>, năm ngân sách <năm>
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá <đơn giá> đồng
      Và hồ sơ có thuộc tính "payee_list_total" là <tổng danh sách>
      Khi thẩm định hồ sơ
      Thì hồ sơ được "<kết quả>"
      Và quy định "<quy định>" "<đánh giá>"
      Và quy định "<không áp dụng>" không áp dụng

      @nd11.d7.danh_sach_chi_tra
      Dữ liệu: năm ngân sách đến 2025 — Điều 7 Nghị định 11/2020 (kể cả giấy rút lập tháng 01/2026)
        | ngày       | năm  | đơn giá | tổng danh sách | kết quả | quy định                  | đánh giá  | không áp dụng                   |
        | 15/11/2022 | 2022 | 200.000 | 400000         | duyệt   | nd11.d7.danh_sach_chi_tra | đạt       | nd347.d6.k2.b.danh_sach_chi_tra |
        | 15/11/2022 | 2022 | 200.000 | 399999         | gắn cờ  | nd11.d7.danh_sach_chi_tra | không đạt | nd347.d6.k2.b.danh_sach_chi_tra |
        | 15/01/2026 | 2025 | 300.000 | 600001         | gắn cờ  | nd11.d7.danh_sach_chi_tra | không đạt | nd347.d6.k2.b.danh_sach_chi_tra |

      @nd347.d6.k2.b.danh_sach_chi_tra
      Dữ liệu: năm ngân sách từ 2026 — điểm b khoản 2 Điều 6 Nghị định 347/2025
        | ngày       | năm  | đơn giá | tổng danh sách | kết quả | quy định                        | đánh giá  | không áp dụng             |
        | 15/06/2026 | 2026 | 300.000 | 600000         | duyệt   | nd347.d6.k2.b.danh_sach_chi_tra | đạt       | nd11.d7.danh_sach_chi_tra |
        | 15/06/2026 | 2026 | 300.000 | 600001         | gắn cờ  | nd347.d6.k2.b.danh_sach_chi_tra | không đạt | nd11.d7.danh_sach_chi_tra |

    @nd347.d6.k2.b.danh_sach_chi_tra
    Kịch bản: Danh sách chi trả năm ngân sách 2026 lệch giấy rút là sai số học, căn cứ nguồn thứ cấp
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 300.000 đồng
      Và hồ sơ có thuộc tính "payee_list_total" là 590000
      Khi thẩm định hồ sơ
      Thì hồ sơ được "gắn cờ"
      Và lý do là "sai số học"
      Và loại cờ là "vi phạm"
      Và số tiền được thanh toán là 0 đồng
      Và quy định "nd347.d6.k2.b.danh_sach_chi_tra" "không đạt"
      Và trích dẫn "điểm b khoản 2 Điều 6 Nghị định 347/2025/NĐ-CP"
      Và căn cứ "nguồn thứ cấp"
      Và thông báo nêu "Tổng thành tiền các khoản chi 600.000 đ không khớp tổng cộng của danh sách thanh toán cho đối tượng thụ hưởng (590.000 đ)"

    @nd11.d7.danh_sach_chi_tra
    Kịch bản: Danh sách chi trả năm ngân sách 2022 lệch giấy rút là sai số học, căn cứ chưa xác minh
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
      Và hồ sơ có thuộc tính "payee_list_total" là 400100
      Khi thẩm định hồ sơ
      Thì hồ sơ được "gắn cờ"
      Và lý do là "sai số học"
      Và quy định "nd11.d7.danh_sach_chi_tra" "không đạt"
      Và trích dẫn "điểm a khoản 3 Điều 7 Nghị định 11/2020/NĐ-CP"
      Và căn cứ "chưa xác minh"
      Và thông báo nêu "không khớp tổng cộng của danh sách chi trả cho đối tượng thụ hưởng (400.100 đ)"

  Quy tắc: Hồ sơ lập theo sổ mẫu, không có giấy rút hay danh sách chi trả, không bị xét, không bị hỏi

    @ktoan.d16.tong_cong @nd11.d7.danh_sach_chi_tra
    Kịch bản: Hồ sơ không ghi «Tổng cộng» và tổng danh sách chi trả được duyệt mà không có phát hiện nào về các tổng này
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
      Khi thẩm định hồ sơ
      Thì hồ sơ được "duyệt"
      Và quy định "ktoan.d16.tong_cong" không áp dụng
      Và quy định "nd11.d7.danh_sach_chi_tra" không áp dụng
      Và quy định "nd347.d6.k2.b.danh_sach_chi_tra" không áp dụng
