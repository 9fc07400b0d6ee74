# language: vi
Tính năng: Tiền công điều tra viên, rà soát viên (khoản 5 Điều 3 Thông tư 109/2016/TT-BTC)
  Mức tiền công một ngày bằng mức lương tối thiểu vùng cao nhất (vùng I) chia 22 ngày: 4.420.000 đồng
  (Nghị định 90/2019, đến 30/06/2022), 4.680.000 đồng (Nghị định 38/2022, từ 01/07/2022), 4.960.000 đồng
  (Nghị định 74/2024, từ 01/07/2024), 5.310.000 đồng (Nghị định 293/2025, từ 01/01/2026). Người dẫn đường
  không kiêm phiên dịch: 70%; công chức xã: 50%; công chức của đơn vị: 50% trong giờ, 100% ngoài giờ hành
  chính. Mức tính ra được làm tròn xuống đến đồng: 4.680.000 ÷ 22 = 212.727,27 → 212.727 đồng. Loại người
  làm ghi ở thuộc tính "enumerator_kind" của khoản chi.

  @tt109.d3.k5.a @tt109.d3.k5.a.dan_duong @tt109.d3.k5.b @tt109.d3.k5.c @tt109.d3.k5.c.ngoai_gio
  Khung kịch bản: Tiền công theo loại người làm, lương tối thiểu vùng I 4.680.000 đồng
    Cho hồ sơ "rà soát hộ nghèo" thuộc Tiểu dự án 2 của đơn vị "HUYEN-NUITHANH" cấp "huyện", ngày 15/11/2022
    Và khoản chi "rà soát viên" 10 người-ngày, đơn giá <đơn giá> đồng
    Và khoản chi có thuộc tính "enumerator_kind" là "<loại>"
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "<quy định>" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | loại               | quy định                 | đơn giá | kết quả | đánh giá  | được thanh toán |
      | outsourced         | tt109.d3.k5.a            | 212.727 | duyệt   | đạt       | 2.127.270       |
      | outsourced         | tt109.d3.k5.a            | 212.728 | gắn cờ  | không đạt | 2.127.270       |
      | guide              | tt109.d3.k5.a.dan_duong  | 148.909 | duyệt   | đạt       | 1.489.090       |
      | guide              | tt109.d3.k5.a.dan_duong  | 148.910 | gắn cờ  | không đạt | 1.489.090       |
      | commune_officer    | tt109.d3.k5.b            | 106.363 | duyệt   | đạt       | 1.063.630       |
      | commune_officer    | tt109.d3.k5.b            | 106.364 | gắn cờ  | không đạt | 1.063.630       |
      | own_staff          | tt109.d3.k5.c            | 106.363 | duyệt   | đạt       | 1.063.630       |
      | own_staff          | tt109.d3.k5.c            | 106.364 | gắn cờ  | không đạt | 1.063.630       |
      | own_staff_overtime | tt109.d3.k5.c.ngoai_gio  | 212.727 | duyệt   | đạt       | 2.127.270       |
      | own_staff_overtime | tt109.d3.k5.c.ngoai_gio  | 212.728 | gắn cờ  | không đạt | 2.127.270       |

  @tt109.d3.k5.a
  Khung kịch bản: Mức lương tối thiểu vùng I theo ngày phát sinh
    Cho hồ sơ "điều tra" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
    Và khoản chi "điều tra viên" 10 người-ngày, đơn giá <đơn giá> đồng
    Và khoản chi có thuộc tính "enumerator_kind" là "outsourced"
    Khi thẩm định hồ sơ
    Thì quy định "tt109.d3.k5.a" "<đánh giá>"
    Và thông báo nêu "mức <mức>/người/ngày"
    Và căn cứ "<căn cứ>"

    Dữ liệu: Nghị định 90/2019 đến 30/06/2022, Nghị định 38/2022 từ 01/07/2022
      | ngày       | đơn giá | đánh giá  | mức       | căn cứ        |
      | 30/06/2022 | 200.909 | đạt       | 200.909 đ | nguồn thứ cấp |
      | 30/06/2022 | 200.910 | không đạt | 200.909 đ | nguồn thứ cấp |
      | 01/07/2022 | 212.727 | đạt       | 212.727 đ | nguồn thứ cấp |
      | 01/07/2022 | 212.728 | không đạt | 212.727 đ | nguồn thứ cấp |

    Dữ liệu: Nghị định 74/2024 từ 01/07/2024
      | ngày       | đơn giá | đánh giá  | mức       | căn cứ        |
      | 30/06/2024 | 212.728 | không đạt | 212.727 đ | nguồn thứ cấp |
      | 01/07/2024 | 225.454 | đạt       | 225.454 đ | nguồn thứ cấp |
      | 01/07/2024 | 225.455 | không đạt | 225.454 đ | nguồn thứ cấp |

    Dữ liệu: Nghị định 293/2025 từ 01/01/2026
      | ngày       | đơn giá | đánh giá  | mức       | căn cứ        |
      | 31/12/2025 | 225.455 | không đạt | 225.454 đ | nguồn thứ cấp |
      | 01/01/2026 | 241.363 | đạt       | 241.363 đ | văn bản gốc   |
      | 01/01/2026 | 241.364 | không đạt | 241.363 đ | văn bản gốc   |

  @tt109.d3.k5.a
  Kịch bản: Ngày 30/06/2022 chưa có nội dung chi Dự án 7, dù tiền công đúng mức
    Cho hồ sơ "điều tra" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 30/06/2022
    Và khoản chi "điều tra viên" 10 người-ngày, đơn giá 200.909 đồng
    Và khoản chi có thuộc tính "enumerator_kind" là "outsourced"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và quy định "tt109.d3.k5.a" "đạt"
    Và quy định "chung.noi_dung_chi" "không đạt"

  @tt109.d3.k5.a
  Kịch bản: Tiền công điều tra viên vượt mức bị gắn cờ, kèm trích dẫn và nguồn của mức lương tối thiểu
    Cho hồ sơ "rà soát hộ nghèo" thuộc Tiểu dự án 2 của đơn vị "HUYEN-NUITHANH" cấp "huyện", ngày 15/11/2022
    Và khoản chi "rà soát viên" 40 người-ngày, đơn giá 250.000 đồng
    Và khoản chi có thuộc tính "enumerator_kind" là "outsourced"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "vượt mức tối đa"
    Và số tiền được thanh toán là 8.509.080 đồng
    Và quy định "tt109.d3.k5.a" "không đạt"
    Và trích dẫn "điểm a khoản 5 Điều 3 Thông tư 109/2016/TT-BTC"
    Và trích dẫn "Nghị định 38/2022/NĐ-CP"
    Và căn cứ "nguồn thứ cấp"

  @chung.loai_khoan_chi
  Kịch bản: Khoản chi điều tra viên không ghi loại người làm không có quy định áp dụng
    Cho hồ sơ "rà soát hộ nghèo" thuộc Tiểu dự án 2 của đơn vị "HUYEN-NUITHANH" cấp "huyện", ngày 15/11/2022
    Và khoản chi "rà soát viên" 10 người-ngày, đơn giá 150.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "chưa có quy định áp dụng"
    Và quy định "chung.loai_khoan_chi" "không đạt"
