# language: vi
Tính năng: Tiền công điều tra viên, rà soát viên (khoản 5 Điều 3 Thông tư 109/2016/TT-BTC)
  Điểm a: mức tiền công BÌNH QUÂN thuê ngoài một ngày tính theo mức lương tối thiểu vùng cao nhất (vùng I)
  chia 22 ngày — 4.420.000 đồng (Nghị định 90/2019, đến 30/06/2022), 4.680.000 đồng (Nghị định 38/2022, từ
  01/07/2022), 4.960.000 đồng (Nghị định 74/2024, từ 01/07/2024), 5.310.000 đồng (Nghị định 293/2025, từ
  01/01/2026); người dẫn đường không kiêm phiên dịch 70%; công chức xã 50% (điểm b); công chức của đơn vị 50%
  trong giờ, 100% ngoài giờ hành chính (điểm c). Mức bình quân là căn cứ lập dự toán: trong phạm vi dự toán,
  cơ quan chủ trì quyết định mức thanh toán theo địa bàn. Vì vậy khoản chi cao hơn mức bình quân không phải vi
  phạm mà được chuyển thẩm định thủ công, đối chiếu phương án điều tra và dự toán được duyệt (legal-review-2.md
  W2). Điểm d: thanh toán căn cứ biên bản nghiệm thu số lượng, chất lượng phiếu. Mức tính ra được làm tròn
  xuống đến đồng: 4.680.000 ÷ 22 = 212.727,27 → 212.727 đồng. Loại người làm ghi ở cột «Loại điều tra viên»
  (thuộc tính "enumerator_kind").

  @tt109.d3.k5.a @tt109.d3.k5.a.dan_duong @tt109.d3.k5.b @tt109.d3.k5.c @tt109.d3.k5.c.ngoai_gio
  Khung kịch bản: Tiền công theo loại người làm so với mức bình quân, lương tối thiểu vùng I 4.680.000 đồng
    Cho hồ sơ "rà soát hộ nghèo" thuộc Tiểu dự án 2 của đơn vị "HUYEN-NUITHANH" cấp "huyện", ngày 15/11/2022
    Và khoản chi "rà soát viên" 10 người-ngày, đơn giá <đơn giá> đồng
    Và khoản chi có thuộc tính "enumerator_kind" là "<loại>"
    Và khoản chi có chứng từ "biên bản nghiệm thu"
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "<quy định>" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | loại               | quy định                 | đơn giá | kết quả | đánh giá  | được thanh toán |
      | outsourced         | tt109.d3.k5.a            | 212.727 | duyệt   | đạt       | 2.127.270       |
      | outsourced         | tt109.d3.k5.a            | 212.728 | gắn cờ  | không đạt | 0               |
      | guide              | tt109.d3.k5.a.dan_duong  | 148.909 | duyệt   | đạt       | 1.489.090       |
      | guide              | tt109.d3.k5.a.dan_duong  | 148.910 | gắn cờ  | không đạt | 0               |
      | commune_officer    | tt109.d3.k5.b            | 106.363 | duyệt   | đạt       | 1.063.630       |
      | commune_officer    | tt109.d3.k5.b            | 106.364 | gắn cờ  | không đạt | 0               |
      | own_staff          | tt109.d3.k5.c            | 106.363 | duyệt   | đạt       | 1.063.630       |
      | own_staff          | tt109.d3.k5.c            | 106.364 | gắn cờ  | không đạt | 0               |
      | own_staff_overtime | tt109.d3.k5.c.ngoai_gio  | 212.727 | duyệt   | đạt       | 2.127.270       |
      | own_staff_overtime | tt109.d3.k5.c.ngoai_gio  | 212.728 | gắn cờ  | không đạt | 0               |

  @tt109.d3.k5.a
  Kịch bản: Tiền công cao hơn mức bình quân: không phải vi phạm, cần thẩm định thủ công, thông báo nêu mức bình quân
    Cho hồ sơ "rà soát hộ nghèo" thuộc Tiểu dự án 2 của đơn vị "HUYEN-NUITHANH" cấp "huyện", ngày 15/11/2022
    Và khoản chi "rà soát viên" 40 người-ngày, đơn giá 250.000 đồng
    Và khoản chi có thuộc tính "enumerator_kind" là "outsourced"
    Và khoản chi có chứng từ "biên bản nghiệm thu"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "cần thẩm định thủ công"
    Và loại cờ là "cần thẩm định thủ công"
    Và số tiền được thanh toán là 0 đồng
    Và quy định "tt109.d3.k5.a" "không đạt"
    Và thông báo nêu "cao hơn mức bình quân 212.727 đ/người/ngày dùng để lập dự toán"
    Và thông báo nêu "không phải mức trần từng khoản chi"
    Và trích dẫn "điểm a khoản 5 Điều 3 Thông tư 109/2016/TT-BTC"
    Và trích dẫn "Nghị định 38/2022/NĐ-CP"
    Và căn cứ "nguồn thứ cấp"

  @tt109.d3.k5.a
  Khung kịch bản: Mức lương tối thiểu vùng I theo ngày phát sinh
    Cho hồ sơ "điều tra" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
    Và khoản chi "điều tra viên" 10 người-ngày, đơn giá <đơn giá> đồng
    Và khoản chi có thuộc tính "enumerator_kind" là "outsourced"
    Và khoản chi có chứng từ "biên bản nghiệm thu"
    Khi thẩm định hồ sơ
    Thì quy định "tt109.d3.k5.a" "<đánh giá>"
    Và thông báo nêu "mức bình quân <mức>/người/ngày"
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
      | 01/01/2026 | 241.363 | đạt       | 241.363 đ | nguồn thứ cấp |
      | 01/01/2026 | 241.364 | không đạt | 241.363 đ | nguồn thứ cấp |

  @tt109.d3.k5.a
  Kịch bản: Ngày 30/06/2022 chưa có nội dung chi Dự án 7, dù tiền công đúng mức
    Cho hồ sơ "điều tra" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 30/06/2022
    Và khoản chi "điều tra viên" 10 người-ngày, đơn giá 200.909 đồng
    Và khoản chi có thuộc tính "enumerator_kind" là "outsourced"
    Và khoản chi có chứng từ "biên bản nghiệm thu"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và quy định "tt109.d3.k5.a" "đạt"
    Và quy định "tt46.truoc_hieu_luc" "không đạt"

  @tt109.d3.k5.chua_ghi_loai
  Khung kịch bản: Không ghi loại người làm: đạt khi không vượt 50% mức bình quân, cao hơn thì hỏi «Loại điều tra viên»
    Cho hồ sơ "rà soát hộ nghèo" thuộc Tiểu dự án 2 của đơn vị "HUYEN-NUITHANH" cấp "huyện", ngày 15/11/2022
    Và khoản chi "rà soát viên" 10 người-ngày, đơn giá <đơn giá> đồng
    Và khoản chi có chứng từ "biên bản nghiệm thu"
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt109.d3.k5.chua_ghi_loai" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | đơn giá | kết quả | đánh giá  | được thanh toán |
      | 106.363 | duyệt   | đạt       | 1.063.630       |
      | 106.364 | gắn cờ  | không đạt | 0               |

  @tt109.d3.k5.chua_ghi_loai
  Kịch bản: Không ghi loại người làm, đơn giá 150.000 đồng: thiếu thông tin, thông báo nêu cột cần ghi
    Cho hồ sơ "rà soát hộ nghèo" thuộc Tiểu dự án 2 của đơn vị "HUYEN-NUITHANH" cấp "huyện", ngày 15/11/2022
    Và khoản chi "rà soát viên" 10 người-ngày, đơn giá 150.000 đồng
    Và khoản chi có chứng từ "biên bản nghiệm thu"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "thiếu thông tin"
    Và loại cờ là "thiếu thông tin"
    Và quy định "chung.loai_khoan_chi" không áp dụng
    Và quy định "tt109.d3.k5.chua_ghi_loai" "không đạt"
    Và thông báo nêu "thiếu «Loại điều tra viên» (attributes.enumerator_kind)"

  @tt109.d3.k5.d
  Khung kịch bản: Tiền công điều tra viên thanh toán căn cứ biên bản nghiệm thu phiếu (điểm d khoản 5 Điều 3)
    Cho hồ sơ "rà soát hộ nghèo" thuộc Tiểu dự án 2 của đơn vị "HUYEN-NUITHANH" cấp "huyện", ngày 15/11/2022
    Và khoản chi "rà soát viên" 10 người-ngày, đơn giá 200.000 đồng
    Và khoản chi có thuộc tính "enumerator_kind" là "outsourced"
    Và khoản chi có chứng từ <chứng từ>
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt109.d3.k5.d" "<đánh giá>"

    Dữ liệu:
      | chứng từ                            | kết quả | đánh giá  |
      | "biên bản nghiệm thu", "hợp đồng"   | duyệt   | đạt       |
      | "hợp đồng", "danh sách ký nhận"     | gắn cờ  | không đạt |

  @tt109.d3.k5.d
  Kịch bản: Thiếu biên bản nghiệm thu phiếu là vi phạm "thiếu chứng từ"
    Cho hồ sơ "rà soát hộ nghèo" thuộc Tiểu dự án 2 của đơn vị "HUYEN-NUITHANH" cấp "huyện", ngày 15/11/2022
    Và khoản chi "rà soát viên" 10 người-ngày, đơn giá 200.000 đồng
    Và khoản chi có thuộc tính "enumerator_kind" là "outsourced"
    Và khoản chi có chứng từ "danh sách ký nhận"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "thiếu chứng từ"
    Và loại cờ là "vi phạm"
    Và trích dẫn "điểm d khoản 5 Điều 3 Thông tư 109/2016/TT-BTC"
    Và số tiền được thanh toán là 0 đồng
