# language: vi
Tính năng: Mã NDKT của giấy rút dự toán từ năm ngân sách 2026 (Thông tư 130/2025/TT-BTC; điểm b khoản 2 Điều 6 Nghị định 347/2025/NĐ-CP)
  Từ năm ngân sách 2026 Mục lục ngân sách nhà nước theo Thông tư 130/2025/TT-BTC, và Kho bạc kiểm tra mã nội dung
  kinh tế phù hợp với nội dung chi (điểm b khoản 2 Điều 6 Nghị định 347/2025). Điều về mã số hóa mục, tiểu mục và
  Phụ lục III của Thông tư 130/2025 chưa đọc được: bộ quy tắc giả định cách mã hóa và các mục của Thông tư
  324/2016 tiếp tục, nên mọi sai lệch — kể cả mã tận cùng bằng 0 — chỉ được chuyển thẩm định thủ công, căn cứ chưa
  xác minh, không kết luận vi phạm. Văn bản được chọn theo năm ngân sách, không theo ngày. Khoản chi không ghi Mã
  NDKT không được xét và không bị hỏi.

  Quy tắc: Mã NDKT là tiểu mục, không phải mục (giả định theo Thông tư 324/2016)

    @tt130.ndkt.tieu_muc
    Khung kịch bản: Mã NDKT có chữ số hàng đơn vị từ 1 đến 9 được chấp nhận; tận cùng bằng 0 thì chuyển thẩm định thủ công
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 300.000 đồng
      Và khoản chi có thuộc tính "ndkt" là <mã>
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt130.ndkt.tieu_muc" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | mã   | kết quả | đánh giá  | được thanh toán |
        | 6702 | duyệt   | đạt       | 600.000         |
        | 6749 | duyệt   | đạt       | 600.000         |
        | 6700 | gắn cờ  | không đạt | 0               |
        | 6740 | gắn cờ  | không đạt | 0               |

    @tt130.ndkt.tieu_muc
    Kịch bản: Mã mục 6700 ghi thay cho tiểu mục năm ngân sách 2026 cần thẩm định thủ công, chưa kết luận vi phạm
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 300.000 đồng
      Và khoản chi có thuộc tính "ndkt" là 6700
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "cần thẩm định thủ công"
      Và loại cờ là "cần thẩm định thủ công"
      Và quy định "tt130.ndkt.tieu_muc" "không đạt"
      Và trích dẫn "Thông tư 130/2025/TT-BTC"
      Và căn cứ "chưa xác minh"
      Và thông báo nêu "Mã NDKT 6700 tận cùng bằng 0"
      Và thông báo nêu "cần đối chiếu Thông tư 130/2025"
      Và quy định "tt324.d4.k3.tieu_muc" không áp dụng

    @tt130.ndkt.tieu_muc
    Kịch bản: Hoạt động tháng 12/2025 thanh toán từ năm ngân sách 2026 theo Thông tư 130/2025
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/12/2025, năm ngân sách 2026
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 300.000 đồng
      Và khoản chi có thuộc tính "ndkt" là 6700
      Khi thẩm định hồ sơ
      Thì quy định "tt130.ndkt.tieu_muc" "không đạt"
      Và quy định "tt324.d4.k3.tieu_muc" không áp dụng

  Quy tắc: Mục của Mã NDKT hợp với loại khoản chi (giả định các mục của Thông tư 324/2016 — chưa xác minh)

    Khung kịch bản: Mục của Mã NDKT năm ngân sách 2026 so với các mục thường dùng cho loại khoản chi
      Cho hồ sơ "<hoạt động>" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
      Và khoản chi "<khoản chi>" 1 lần, đơn giá 100.000 đồng
      Và khoản chi có thuộc tính "ndkt" là <mã>
      Khi thẩm định hồ sơ
      Thì quy định "<quy định>" "<đánh giá>"

      @tt130.ndkt.muc.cong_tac_phi
      Dữ liệu: phụ cấp lưu trú, khoán công tác phí theo tháng — mục 6700
        | hoạt động          | khoản chi                     | mã   | quy định                     | đánh giá  |
        | kiểm tra, giám sát | phụ cấp lưu trú               | 6702 | tt130.ndkt.muc.cong_tac_phi  | đạt       |
        | kiểm tra, giám sát | khoán công tác phí theo tháng | 6704 | tt130.ndkt.muc.cong_tac_phi  | đạt       |
        | kiểm tra, giám sát | phụ cấp lưu trú               | 6653 | tt130.ndkt.muc.cong_tac_phi  | không đạt |

      @tt130.ndkt.muc.phong_nghi_tu_tuc
      Dữ liệu: tiền thuê phòng nghỉ, khoán tự túc phương tiện — mục 6650, 6700
        | hoạt động          | khoản chi                | mã   | quy định                         | đánh giá  |
        | kiểm tra, giám sát | tiền thuê phòng nghỉ     | 6703 | tt130.ndkt.muc.phong_nghi_tu_tuc | đạt       |
        | hội nghị           | tiền thuê phòng nghỉ     | 6654 | tt130.ndkt.muc.phong_nghi_tu_tuc | đạt       |
        | kiểm tra, giám sát | khoán tự túc phương tiện | 7049 | tt130.ndkt.muc.phong_nghi_tu_tuc | không đạt |

      @tt130.ndkt.muc.di_lai
      Dữ liệu: tiền tàu xe, đi lại — mục 6650, 6700, 6750
        | hoạt động          | khoản chi           | mã   | quy định              | đánh giá  |
        | kiểm tra, giám sát | tiền tàu xe, đi lại | 6701 | tt130.ndkt.muc.di_lai | đạt       |
        | hội nghị           | tiền tàu xe, đi lại | 6751 | tt130.ndkt.muc.di_lai | đạt       |
        | kiểm tra, giám sát | tiền tàu xe, đi lại | 7049 | tt130.ndkt.muc.di_lai | không đạt |

      @tt130.ndkt.muc.thue_muon
      Dữ liệu: thuê hội trường, thiết bị, biên dịch, phiên dịch — mục 6650, 6750
        | hoạt động | khoản chi                 | mã   | quy định                 | đánh giá  |
        | hội nghị  | thuê hội trường, thiết bị | 6655 | tt130.ndkt.muc.thue_muon | đạt       |
        | hội nghị  | phiên dịch                | 6761 | tt130.ndkt.muc.thue_muon | đạt       |
        | hội nghị  | thuê hội trường, thiết bị | 7049 | tt130.ndkt.muc.thue_muon | không đạt |

      @tt130.ndkt.muc.an_uong
      Dữ liệu: tiền ăn học viên, đại biểu, nước uống — mục 6650, 7000
        | hoạt động    | khoản chi               | mã   | quy định               | đánh giá  |
        | lớp tập huấn | hỗ trợ tiền ăn học viên | 6658 | tt130.ndkt.muc.an_uong | đạt       |
        | lớp tập huấn | nước uống               | 7049 | tt130.ndkt.muc.an_uong | đạt       |
        | hội nghị     | hỗ trợ tiền ăn đại biểu | 6702 | tt130.ndkt.muc.an_uong | không đạt |

      @tt130.ndkt.muc.chuyen_mon
      Dữ liệu: thù lao giảng viên, tài liệu, in ấn, phương án và kết quả điều tra — mục 6650, 6750, 7000
        | hoạt động          | khoản chi                        | mã   | quy định                  | đánh giá  |
        | lớp tập huấn       | thù lao giảng viên, báo cáo viên | 6756 | tt130.ndkt.muc.chuyen_mon | đạt       |
        | biên soạn tài liệu | biên soạn tài liệu               | 7012 | tt130.ndkt.muc.chuyen_mon | đạt       |
        | cẩm nang           | in ấn tài liệu, cẩm nang         | 6651 | tt130.ndkt.muc.chuyen_mon | đạt       |
        | cẩm nang           | in ấn tài liệu, cẩm nang         | 6702 | tt130.ndkt.muc.chuyen_mon | không đạt |

      @tt130.ndkt.muc.dieu_tra
      Dữ liệu: chi người cung cấp thông tin, điều tra viên, rà soát viên — mục 6750, 7000, 7750
        | hoạt động        | khoản chi                       | mã   | quy định                | đánh giá  |
        | rà soát hộ nghèo | chi người cung cấp thông tin    | 7758 | tt130.ndkt.muc.dieu_tra | đạt       |
        | rà soát hộ nghèo | chi điều tra viên, rà soát viên | 6757 | tt130.ndkt.muc.dieu_tra | đạt       |
        | rà soát hộ nghèo | chi điều tra viên, rà soát viên | 6702 | tt130.ndkt.muc.dieu_tra | không đạt |

      @tt130.ndkt.muc.chuyen_gia
      Dữ liệu: thuê chuyên gia — mục 6750, 7000
        | hoạt động     | khoản chi       | mã   | quy định                  | đánh giá  |
        | khung kết quả | thuê chuyên gia | 6756 | tt130.ndkt.muc.chuyen_gia | đạt       |
        | khung kết quả | thuê chuyên gia | 6702 | tt130.ndkt.muc.chuyen_gia | không đạt |

      @tt130.ndkt.muc.phan_mem
      Dữ liệu: phần mềm, cơ sở dữ liệu — mục 6900, 7000, 9000, 9050
        | hoạt động     | khoản chi               | mã   | quy định                | đánh giá  |
        | cơ sở dữ liệu | phần mềm, cơ sở dữ liệu | 9049 | tt130.ndkt.muc.phan_mem | đạt       |
        | cơ sở dữ liệu | phần mềm, cơ sở dữ liệu | 7012 | tt130.ndkt.muc.phan_mem | đạt       |
        | cơ sở dữ liệu | phần mềm, cơ sở dữ liệu | 6757 | tt130.ndkt.muc.phan_mem | không đạt |

      @tt130.ndkt.muc.tiep_khach
      Dữ liệu: chi tiếp khách — mục 7750
        | hoạt động | khoản chi  | mã   | quy định                  | đánh giá  |
        | hội nghị  | tiếp khách | 7761 | tt130.ndkt.muc.tiep_khach | đạt       |
        | hội nghị  | tiếp khách | 6699 | tt130.ndkt.muc.tiep_khach | không đạt |

    @tt130.ndkt.muc.tiep_khach
    Kịch bản: Chi tiếp khách năm ngân sách 2026 ghi mã của mục Hội nghị cần thẩm định thủ công, chưa kết luận vi phạm
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
      Và khoản chi "tiếp khách" 10 suất, đơn giá 300.000 đồng
      Và khoản chi có thuộc tính "hospitality_kind" là "meal"
      Và khoản chi có thuộc tính "ndkt" là 6699
      Khi thẩm định hồ sơ
      Thì quy định "tt130.ndkt.muc.tiep_khach" "không đạt"
      Và trích dẫn "Thông tư 130/2025/TT-BTC"
      Và trích dẫn "điểm b khoản 2 Điều 6 Nghị định 347/2025/NĐ-CP"
      Và căn cứ "chưa xác minh"
      Và thông báo nêu "Mã NDKT 6699 thuộc mục 6650, không phải mục thường dùng cho tiếp khách (7750 «Chi khác»)"
      Và thông báo nêu "cần đối chiếu dự toán được giao chi tiết theo mục"
      Và quy định "tt324.d4.k3.muc.tiep_khach" không áp dụng

    @tt130.ndkt.muc.cong_tac_phi
    Kịch bản: Phụ cấp lưu trú năm ngân sách 2026 ghi mã của mục Hội nghị được chuyển thẩm định thủ công
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 300.000 đồng
      Và khoản chi có thuộc tính "ndkt" là 6653
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "cần thẩm định thủ công"
      Và loại cờ là "cần thẩm định thủ công"
      Và số tiền được thanh toán là 0 đồng
      Và quy định "tt130.ndkt.tieu_muc" "đạt"
      Và quy định "tt130.ndkt.muc.cong_tac_phi" "không đạt"
      Và thông báo nêu "Mã NDKT 6653 thuộc mục 6650, không phải mục thường dùng cho phụ cấp lưu trú (6700 «Công tác phí»)"

  Quy tắc: Khoản chi không ghi Mã NDKT không được xét, không bị hỏi

    @tt130.ndkt.tieu_muc
    Kịch bản: Phụ cấp lưu trú năm ngân sách 2026 không ghi Mã NDKT được duyệt mà không có phát hiện nào về Mã NDKT
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 300.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "tt130.ndkt.tieu_muc" không áp dụng
      Và quy định "tt130.ndkt.muc.cong_tac_phi" không áp dụng
