# language: vi
Tính năng: Mã NDKT của giấy rút dự toán, năm ngân sách 2018-2025 (Điều 4 Thông tư 324/2016/TT-BTC)
  Khoản chi lấy từ một dòng của giấy rút dự toán (C2-02a/NS) mang Mã NDKT của dòng đó (cột «Mã NDKT», thuộc
  tính "ndkt"). Giấy rút chỉ ghi mã tiểu mục, có chữ số hàng đơn vị từ 1 đến 9; mục được xác định từ tiểu mục
  (khoản 2, 3 Điều 4): mã tận cùng bằng 0 là sai mã nội dung kinh tế (vi phạm, căn cứ nguồn thứ cấp).
  Mục của mã (mã trừ phần dư khi chia cho 50: 6702 thuộc mục 6700, 6699 thuộc mục 6650) phải là một mục thường
  dùng cho loại khoản chi. Danh mục tiểu mục (Phụ lục III) chưa đọc được và dự toán được giao chi tiết theo mục
  quyết định mục của từng khoản chi: mã thuộc mục khác được chuyển thẩm định thủ công, căn cứ chưa xác minh. Riêng
  chi tiếp khách (tiểu mục 7761 «Chi tiếp khách» của mục 7750 «Chi khác», nguồn thứ cấp) ghi mục khác là vi phạm.
  Tiểu mục "khác" (…49, …99) được chấp nhận trong mục của nó. Văn bản được chọn theo năm ngân sách, không theo
  ngày. Khoản chi không ghi Mã NDKT không được xét và không bị hỏi.

  Quy tắc: Mã NDKT là tiểu mục, không phải mục (khoản 2, 3 Điều 4)

    @tt324.d4.k3.tieu_muc
    Khung kịch bản: Mã NDKT có chữ số hàng đơn vị từ 1 đến 9 là tiểu mục; tận cùng bằng 0 thì không
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
      Và khoản chi có thuộc tính "ndkt" là <mã>
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt324.d4.k3.tieu_muc" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | mã   | kết quả | đánh giá  | được thanh toán |
        | 6702 | duyệt   | đạt       | 400.000         |
        | 6701 | duyệt   | đạt       | 400.000         |
        | 6749 | duyệt   | đạt       | 400.000         |
        | 6700 | gắn cờ  | không đạt | 0               |
        | 6710 | gắn cờ  | không đạt | 0               |

    @tt324.d4.k3.tieu_muc
    Kịch bản: Ghi mã mục 6700 thay cho tiểu mục là sai mã nội dung kinh tế, căn cứ nguồn thứ cấp
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
      Và khoản chi có thuộc tính "ndkt" là 6700
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "sai mã nội dung kinh tế"
      Và loại cờ là "vi phạm"
      Và quy định "tt324.d4.k3.tieu_muc" "không đạt"
      Và trích dẫn "khoản 3 Điều 4 Thông tư 324/2016/TT-BTC"
      Và trích dẫn "điểm b khoản 2 Điều 4 Thông tư 324/2016/TT-BTC"
      Và căn cứ "nguồn thứ cấp"
      Và thông báo nêu "Mã NDKT 6700 tận cùng bằng 0 nên không phải tiểu mục"
      Và quy định "tt324.d4.k3.muc.cong_tac_phi" "đạt"

  Quy tắc: Văn bản được chọn theo năm ngân sách của giấy rút, không theo ngày (điểm b khoản 1 Điều 8)

    @tt324.d4.k3.tieu_muc
    Kịch bản: Giấy rút của năm ngân sách 2025 lập tháng 01/2026 vẫn theo Thông tư 324/2016
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/01/2026, năm ngân sách 2025
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 300.000 đồng
      Và khoản chi có thuộc tính "ndkt" là 6700
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và loại cờ là "vi phạm"
      Và quy định "tt324.d4.k3.tieu_muc" "không đạt"
      Và quy định "tt130.ndkt.tieu_muc" không áp dụng

    @tt324.d4.k3.tieu_muc
    Khung kịch bản: Năm ngân sách 2017 theo Quyết định 33/2008, không theo Thông tư 324/2016: mã NDKT không được xét
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2017, năm ngân sách 2017
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
      Và khoản chi có thuộc tính "ndkt" là 6700
      Khi thẩm định hồ sơ
      Thì quy định "<quy định>" không áp dụng

      Dữ liệu:
        | quy định                     |
        | tt324.d4.k3.tieu_muc         |
        | tt324.d4.k3.muc.cong_tac_phi |
        | tt130.ndkt.tieu_muc          |

  Quy tắc: Mục của Mã NDKT hợp với loại khoản chi (khoản 3 Điều 4; Phụ lục III chưa đọc — chưa xác minh)

    Khung kịch bản: Mục của Mã NDKT so với các mục thường dùng cho loại khoản chi
      Cho hồ sơ "<hoạt động>" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "<khoản chi>" 1 lần, đơn giá 100.000 đồng
      Và khoản chi có thuộc tính "ndkt" là <mã>
      Khi thẩm định hồ sơ
      Thì quy định "<quy định>" "<đánh giá>"

      @tt324.d4.k3.muc.cong_tac_phi
      Dữ liệu: phụ cấp lưu trú, khoán công tác phí theo tháng — mục 6700
        | hoạt động          | khoản chi                     | mã   | quy định                     | đánh giá  |
        | kiểm tra, giám sát | phụ cấp lưu trú               | 6702 | tt324.d4.k3.muc.cong_tac_phi | đạt       |
        | kiểm tra, giám sát | khoán công tác phí theo tháng | 6704 | tt324.d4.k3.muc.cong_tac_phi | đạt       |
        | kiểm tra, giám sát | phụ cấp lưu trú               | 6749 | tt324.d4.k3.muc.cong_tac_phi | đạt       |
        | kiểm tra, giám sát | phụ cấp lưu trú               | 6653 | tt324.d4.k3.muc.cong_tac_phi | không đạt |
        | kiểm tra, giám sát | khoán công tác phí theo tháng | 7049 | tt324.d4.k3.muc.cong_tac_phi | không đạt |

      @tt324.d4.k3.muc.phong_nghi_tu_tuc
      Dữ liệu: tiền thuê phòng nghỉ, khoán tự túc phương tiện — mục 6650, 6700
        | hoạt động          | khoản chi                 | mã   | quy định                          | đánh giá  |
        | kiểm tra, giám sát | tiền thuê phòng nghỉ      | 6703 | tt324.d4.k3.muc.phong_nghi_tu_tuc | đạt       |
        | hội nghị           | tiền thuê phòng nghỉ      | 6654 | tt324.d4.k3.muc.phong_nghi_tu_tuc | đạt       |
        | kiểm tra, giám sát | khoán tự túc phương tiện  | 6701 | tt324.d4.k3.muc.phong_nghi_tu_tuc | đạt       |
        | kiểm tra, giám sát | tiền thuê phòng nghỉ      | 6751 | tt324.d4.k3.muc.phong_nghi_tu_tuc | không đạt |
        | kiểm tra, giám sát | khoán tự túc phương tiện  | 7049 | tt324.d4.k3.muc.phong_nghi_tu_tuc | không đạt |

      @tt324.d4.k3.muc.di_lai
      Dữ liệu: tiền tàu xe, đi lại — mục 6650, 6700, 6750
        | hoạt động          | khoản chi          | mã   | quy định               | đánh giá  |
        | kiểm tra, giám sát | tiền tàu xe, đi lại | 6701 | tt324.d4.k3.muc.di_lai | đạt       |
        | hội nghị           | tiền tàu xe, đi lại | 6653 | tt324.d4.k3.muc.di_lai | đạt       |
        | hội nghị           | tiền tàu xe, đi lại | 6751 | tt324.d4.k3.muc.di_lai | đạt       |
        | kiểm tra, giám sát | tiền tàu xe, đi lại | 7049 | tt324.d4.k3.muc.di_lai | không đạt |
        | kiểm tra, giám sát | tiền tàu xe, đi lại | 6601 | tt324.d4.k3.muc.di_lai | không đạt |

      @tt324.d4.k3.muc.thue_muon
      Dữ liệu: thuê hội trường, thiết bị, biên dịch, phiên dịch — mục 6650, 6750
        | hoạt động          | khoản chi                  | mã   | quy định                  | đánh giá  |
        | hội nghị           | thuê hội trường, thiết bị  | 6655 | tt324.d4.k3.muc.thue_muon | đạt       |
        | biên soạn tài liệu | biên dịch tài liệu         | 6761 | tt324.d4.k3.muc.thue_muon | đạt       |
        | hội nghị           | phiên dịch                 | 6656 | tt324.d4.k3.muc.thue_muon | đạt       |
        | hội nghị           | thuê hội trường, thiết bị  | 6702 | tt324.d4.k3.muc.thue_muon | không đạt |
        | hội nghị           | phiên dịch                 | 7049 | tt324.d4.k3.muc.thue_muon | không đạt |

      @tt324.d4.k3.muc.an_uong
      Dữ liệu: tiền ăn học viên, đại biểu, nước uống — mục 6650, 7000
        | hoạt động    | khoản chi               | mã   | quy định                | đánh giá  |
        | lớp tập huấn | hỗ trợ tiền ăn học viên | 6658 | tt324.d4.k3.muc.an_uong | đạt       |
        | hội nghị     | hỗ trợ tiền ăn đại biểu | 6699 | tt324.d4.k3.muc.an_uong | đạt       |
        | lớp tập huấn | nước uống               | 7049 | tt324.d4.k3.muc.an_uong | đạt       |
        | hội nghị     | hỗ trợ tiền ăn đại biểu | 6702 | tt324.d4.k3.muc.an_uong | không đạt |
        | hội nghị     | nước uống               | 7761 | tt324.d4.k3.muc.an_uong | không đạt |

      @tt324.d4.k3.muc.chuyen_mon
      Dữ liệu: thù lao giảng viên, tài liệu, in ấn, phương án và kết quả điều tra — mục 6650, 6750, 7000
        | hoạt động          | khoản chi                            | mã   | quy định                    | đánh giá  |
        | hội nghị tập huấn  | thù lao giảng viên, báo cáo viên     | 6652 | tt324.d4.k3.muc.chuyen_mon  | đạt       |
        | lớp tập huấn       | thù lao giảng viên, báo cáo viên     | 6756 | tt324.d4.k3.muc.chuyen_mon  | đạt       |
        | biên soạn tài liệu | biên soạn tài liệu                   | 7012 | tt324.d4.k3.muc.chuyen_mon  | đạt       |
        | cẩm nang           | in ấn tài liệu, cẩm nang             | 6651 | tt324.d4.k3.muc.chuyen_mon  | đạt       |
        | điều tra           | xây dựng phương án, phiếu điều tra   | 7049 | tt324.d4.k3.muc.chuyen_mon  | đạt       |
        | điều tra           | xử lý kết quả điều tra               | 7012 | tt324.d4.k3.muc.chuyen_mon  | đạt       |
        | cẩm nang           | in ấn tài liệu, cẩm nang             | 6702 | tt324.d4.k3.muc.chuyen_mon  | không đạt |
        | lớp tập huấn       | thù lao giảng viên, báo cáo viên     | 7761 | tt324.d4.k3.muc.chuyen_mon  | không đạt |
        | điều tra           | tổng hợp, phân tích kết quả điều tra | 9049 | tt324.d4.k3.muc.chuyen_mon  | không đạt |

      @tt324.d4.k3.muc.dieu_tra
      Dữ liệu: chi người cung cấp thông tin, điều tra viên, rà soát viên — mục 6750, 7000, 7750
        | hoạt động       | khoản chi                       | mã   | quy định                 | đánh giá  |
        | rà soát hộ nghèo | chi người cung cấp thông tin    | 7758 | tt324.d4.k3.muc.dieu_tra | đạt       |
        | rà soát hộ nghèo | chi điều tra viên, rà soát viên | 6757 | tt324.d4.k3.muc.dieu_tra | đạt       |
        | điều tra        | chi người cung cấp thông tin    | 7049 | tt324.d4.k3.muc.dieu_tra | đạt       |
        | rà soát hộ nghèo | chi điều tra viên, rà soát viên | 6702 | tt324.d4.k3.muc.dieu_tra | không đạt |
        | điều tra        | chi người cung cấp thông tin    | 6658 | tt324.d4.k3.muc.dieu_tra | không đạt |

      @tt324.d4.k3.muc.chuyen_gia
      Dữ liệu: thuê chuyên gia — mục 6750, 7000
        | hoạt động     | khoản chi      | mã   | quy định                   | đánh giá  |
        | khung kết quả | thuê chuyên gia | 6756 | tt324.d4.k3.muc.chuyen_gia | đạt       |
        | khung kết quả | thuê chuyên gia | 7012 | tt324.d4.k3.muc.chuyen_gia | đạt       |
        | khung kết quả | thuê chuyên gia | 6702 | tt324.d4.k3.muc.chuyen_gia | không đạt |
        | khung kết quả | thuê chuyên gia | 7761 | tt324.d4.k3.muc.chuyen_gia | không đạt |

      @tt324.d4.k3.muc.phan_mem
      Dữ liệu: phần mềm, cơ sở dữ liệu — mục 6900, 7000, 9000, 9050
        | hoạt động      | khoản chi               | mã   | quy định                 | đánh giá  |
        | cơ sở dữ liệu  | phần mềm, cơ sở dữ liệu | 9049 | tt324.d4.k3.muc.phan_mem | đạt       |
        | cơ sở dữ liệu  | phần mềm, cơ sở dữ liệu | 9099 | tt324.d4.k3.muc.phan_mem | đạt       |
        | cơ sở dữ liệu  | phần mềm, cơ sở dữ liệu | 6949 | tt324.d4.k3.muc.phan_mem | đạt       |
        | cơ sở dữ liệu  | phần mềm, cơ sở dữ liệu | 7012 | tt324.d4.k3.muc.phan_mem | đạt       |
        | cơ sở dữ liệu  | phần mềm, cơ sở dữ liệu | 6757 | tt324.d4.k3.muc.phan_mem | không đạt |
        | cơ sở dữ liệu  | phần mềm, cơ sở dữ liệu | 7761 | tt324.d4.k3.muc.phan_mem | không đạt |

      @tt324.d4.k3.muc.tiep_khach
      Dữ liệu: chi tiếp khách — mục 7750 (tiểu mục 7761 «Chi tiếp khách»)
        | hoạt động           | khoản chi  | mã   | quy định                   | đánh giá  |
        | hội nghị            | tiếp khách | 7761 | tt324.d4.k3.muc.tiep_khach | đạt       |
        | học tập kinh nghiệm | tiếp khách | 7799 | tt324.d4.k3.muc.tiep_khach | đạt       |
        | hội nghị            | tiếp khách | 6699 | tt324.d4.k3.muc.tiep_khach | không đạt |
        | học tập kinh nghiệm | tiếp khách | 6702 | tt324.d4.k3.muc.tiep_khach | không đạt |

    @tt324.d4.k3.muc.cong_tac_phi
    Kịch bản: Phụ cấp lưu trú ghi mã của mục Chi phí thuê mướn được chuyển thẩm định thủ công, căn cứ chưa xác minh
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
      Và khoản chi có thuộc tính "ndkt" là 6751
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "cần thẩm định thủ công"
      Và loại cờ là "cần thẩm định thủ công"
      Và số tiền được thanh toán là 0 đồng
      Và quy định "tt324.d4.k3.tieu_muc" "đạt"
      Và quy định "tt324.d4.k3.muc.cong_tac_phi" "không đạt"
      Và trích dẫn "khoản 3 Điều 4 Thông tư 324/2016/TT-BTC"
      Và căn cứ "chưa xác minh"
      Và thông báo nêu "Mã NDKT 6751 thuộc mục 6750, không phải mục thường dùng cho phụ cấp lưu trú (6700 «Công tác phí»)"
      Và thông báo nêu "cần đối chiếu dự toán được giao chi tiết theo mục"

    @tt324.d4.k3.muc.chuyen_mon
    Kịch bản: In ấn ghi tiểu mục "khác" của mục Chi phí nghiệp vụ chuyên môn được chấp nhận
      Cho hồ sơ "cẩm nang" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "in ấn" 500 bản, đơn giá 30.000 đồng
      Và khoản chi có chứng từ "hóa đơn"
      Và khoản chi có thuộc tính "ndkt" là 7049
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "tt324.d4.k3.tieu_muc" "đạt"
      Và quy định "tt324.d4.k3.muc.chuyen_mon" "đạt"
      Và thông báo nêu "Mã NDKT 7049 thuộc mục 7000"

    @tt324.d4.k3.muc.tiep_khach
    Khung kịch bản: Chi tiếp khách hạch toán tiểu mục 7761 «Chi tiếp khách» của mục 7750; mục khác là vi phạm
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "tiếp khách" 10 suất, đơn giá 300.000 đồng
      Và khoản chi có thuộc tính "hospitality_kind" là "meal"
      Và khoản chi có thuộc tính "ndkt" là <mã>
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt324.d4.k3.muc.tiep_khach" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | mã   | kết quả | đánh giá  | được thanh toán |
        | 7761 | duyệt   | đạt       | 3.000.000       |
        | 6699 | gắn cờ  | không đạt | 0               |

    @tt324.d4.k3.muc.tiep_khach
    Kịch bản: Chi tiếp khách ghi mã của mục Hội nghị là sai mã nội dung kinh tế, căn cứ nguồn thứ cấp
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "tiếp khách" 10 suất, đơn giá 300.000 đồng
      Và khoản chi có thuộc tính "hospitality_kind" là "meal"
      Và khoản chi có thuộc tính "ndkt" là 6699
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "sai mã nội dung kinh tế"
      Và loại cờ là "vi phạm"
      Và quy định "tt324.d4.k3.muc.tiep_khach" "không đạt"
      Và căn cứ "nguồn thứ cấp"
      Và thông báo nêu "Mã NDKT 6699 thuộc mục 6650, không phải mục 7750 «Chi khác»"
      Và thông báo nêu "tiểu mục 7761 «Chi tiếp khách»"

  Quy tắc: Khoản chi không ghi Mã NDKT không được xét, không bị hỏi

    @tt324.d4.k3.tieu_muc
    Khung kịch bản: Khoản chi lập theo sổ mẫu, không có Mã NDKT, được duyệt mà không có phát hiện nào về Mã NDKT
      Cho hồ sơ "<hoạt động>" thuộc Tiểu dự án <tiểu dự án> của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "<khoản chi>" <số lượng> <đơn vị tính>, đơn giá <đơn giá> đồng
      Và khoản chi có chứng từ "hóa đơn"
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "tt324.d4.k3.tieu_muc" không áp dụng
      Và quy định "<quy định mục>" không áp dụng

      @tt324.d4.k3.muc.cong_tac_phi
      Dữ liệu: phụ cấp lưu trú
        | hoạt động          | tiểu dự án | khoản chi       | số lượng | đơn vị tính | đơn giá | quy định mục                 |
        | kiểm tra, giám sát | 2          | phụ cấp lưu trú | 2        | người-ngày  | 200.000 | tt324.d4.k3.muc.cong_tac_phi |

      @tt324.d4.k3.muc.chuyen_mon
      Dữ liệu: in ấn
        | hoạt động | tiểu dự án | khoản chi | số lượng | đơn vị tính | đơn giá | quy định mục               |
        | cẩm nang  | 1          | in ấn     | 500      | bản         | 30.000  | tt324.d4.k3.muc.chuyen_mon |
