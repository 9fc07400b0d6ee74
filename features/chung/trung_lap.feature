# language: vi
Tính năng: Không thanh toán hai lần một khoản chi (Điều 3 Thông tư 46/2022/TT-BTC; khoản 1 Điều 3 Thông tư 55/2023/TT-BTC)
  Nội dung, nhiệm vụ, hoạt động đã được quyết toán không được quyết toán lại: cùng một hóa đơn hoặc
  hợp đồng (cùng số, cùng nơi phát hành) chỉ được thanh toán ở một hồ sơ; phụ cấp lưu trú, tiền ăn
  tính theo ngày cho từng người nên cùng một người không được chi hai lần cùng một loại cho cùng một
  ngày. Hồ sơ được xét theo thứ tự trong lô: hồ sơ sau bị gắn cờ chi trùng.

  Quy tắc: Một hóa đơn, hợp đồng chỉ được thanh toán một lần

    @tt46.d3.trung_chung_tu
    Kịch bản: Cùng một hóa đơn ở hai hồ sơ: hồ sơ sau bị gắn cờ chi trùng
      Cho hồ sơ "cẩm nang" mã "HS-01" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 10/11/2022
      Và khoản chi "in ấn" 500 bản, đơn giá 30.000 đồng
      Và khoản chi có chứng từ "hóa đơn" số "0000153" do "Công ty In Quảng Nam" phát hành
      Cho hồ sơ "cẩm nang" mã "HS-02" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/11/2022
      Và khoản chi "in ấn" 500 bản, đơn giá 30.000 đồng
      Và khoản chi có chứng từ "hóa đơn" số "0000153" do "Công ty In Quảng Nam" phát hành
      Khi thẩm định các hồ sơ
      Thì hồ sơ "HS-01" được "duyệt"
      Và quy định "tt46.d3.trung_chung_tu" "đạt"
      Thì hồ sơ "HS-02" được "gắn cờ"
      Và lý do là "chi trùng"
      Và quy định "tt46.d3.trung_chung_tu" "không đạt"
      Và số tiền được thanh toán là 0 đồng
      Và thông báo nêu "đã được thanh toán tại hồ sơ HS-01, khoản 1"
      Và căn cứ "chưa xác minh"

    @tt46.d3.trung_chung_tu
    Kịch bản: Hóa đơn cùng số nhưng do nơi khác phát hành không phải chi trùng
      Cho hồ sơ "cẩm nang" mã "HS-01" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 10/11/2022
      Và khoản chi "in ấn" 500 bản, đơn giá 30.000 đồng
      Và khoản chi có chứng từ "hóa đơn" số "0000153" do "Công ty In Quảng Nam" phát hành
      Cho hồ sơ "cẩm nang" mã "HS-02" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/11/2022
      Và khoản chi "in ấn" 500 bản, đơn giá 30.000 đồng
      Và khoản chi có chứng từ "hóa đơn" số "0000153" do "Công ty In Đà Nẵng" phát hành
      Khi thẩm định các hồ sơ
      Thì hồ sơ "HS-02" được "duyệt"
      Và quy định "tt46.d3.trung_chung_tu" "đạt"

    @tt46.d3.trung_chung_tu
    Kịch bản: Một hóa đơn dùng cho hai khoản chi của cùng một hồ sơ không phải chi trùng
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "thuê hội trường" 1 gói, đơn giá 3.500.000 đồng
      Và khoản chi có chứng từ "hợp đồng" số "18/2022/HĐ-TH" do "Trung tâm Văn hóa Núi Thành" phát hành
      Và khoản chi "in ấn" 100 bản, đơn giá 20.000 đồng
      Và khoản chi có chứng từ "hợp đồng" số "18/2022/HĐ-TH" do "Trung tâm Văn hóa Núi Thành" phát hành
      Khi thẩm định hồ sơ
      Thì hồ sơ được "duyệt"
      Và quy định "tt46.d3.trung_chung_tu" "đạt"

    @tt55.d3.k1.trung_chung_tu
    Khung kịch bản: Hợp đồng đã thanh toán ở hồ sơ trước (Thông tư 55/2023)
      Cho hồ sơ "cơ sở dữ liệu" mã "HS-01" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và khoản chi "phần mềm" 1 gói, đơn giá 250.000.000 đồng
      Và khoản chi có chứng từ "quyết định phê duyệt"
      Và khoản chi có chứng từ "hợp đồng" số "05/2024/HĐ" do "Công ty Phần mềm A" phát hành
      Cho hồ sơ "cơ sở dữ liệu" mã "HS-02" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/06/2024
      Và khoản chi "phần mềm" 1 gói, đơn giá 250.000.000 đồng
      Và khoản chi có chứng từ "quyết định phê duyệt"
      Và khoản chi có chứng từ "hợp đồng" số "<số hợp đồng>" do "Công ty Phần mềm A" phát hành
      Khi thẩm định các hồ sơ
      Thì hồ sơ "HS-02" được "<kết quả>"
      Và quy định "tt55.d3.k1.trung_chung_tu" "<đánh giá>"

      Dữ liệu:
        | số hợp đồng | kết quả | đánh giá  |
        | 06/2024/HĐ  | duyệt   | đạt       |
        | 05/2024/HĐ  | gắn cờ  | không đạt |

  Quy tắc: Một người chỉ được chi một lần cho mỗi ngày

    @tt46.d3.trung_nguoi_ngay
    Khung kịch bản: Phụ cấp lưu trú của cùng một người ở hai hồ sơ
      Cho hồ sơ "kiểm tra, giám sát" mã "HS-01" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "phụ cấp lưu trú" 1 người-ngày, đơn giá 200.000 đồng
      Và người nhận là "Nguyễn Văn A"
      Cho hồ sơ "lớp tập huấn" mã "HS-02" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và khoản chi "phụ cấp lưu trú" 1 người-ngày, đơn giá 200.000 đồng
      Và người nhận là "<người nhận>"
      Khi thẩm định các hồ sơ
      Thì hồ sơ "HS-02" được "<kết quả>"
      Và quy định "tt46.d3.trung_nguoi_ngay" "<đánh giá>"

      Dữ liệu:
        | ngày       | người nhận   | kết quả | đánh giá  |
        | 16/11/2022 | Nguyễn Văn A | duyệt   | đạt       |
        | 15/11/2022 | Nguyễn Văn B | duyệt   | đạt       |
        | 15/11/2022 | Nguyễn Văn A | gắn cờ  | không đạt |
        | 15/11/2022 | nguyễn  văn a | gắn cờ | không đạt |

    @tt46.d3.trung_nguoi_ngay
    Kịch bản: Phụ cấp lưu trú nhiều ngày của một người trong một khoản chi không phải chi trùng
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", từ ngày 15/11/2022 đến ngày 16/11/2022
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
      Và người nhận là "Nguyễn Văn A"
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "tt46.d3.trung_nguoi_ngay" "đạt"

    @tt55.d3.k1.trung_nguoi_ngay
    Khung kịch bản: Tiền ăn đại biểu của cùng một người hai lần trong một ngày (Thông tư 55/2023)
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024, tại địa điểm "thành phố thuộc tỉnh", do cấp "tỉnh" tổ chức
      Và khoản chi "tiền ăn đại biểu" 1 người-ngày, đơn giá 150.000 đồng
      Và người nhận là "Trần Thị B"
      Và người nhận không hưởng lương
      Và khoản chi "tiền ăn đại biểu" 1 người-ngày, đơn giá 150.000 đồng
      Và người nhận là "<người nhận>"
      Và người nhận không hưởng lương
      Khi thẩm định hồ sơ
      Thì khoản chi số 2 được "<kết quả>"
      Và quy định "tt55.d3.k1.trung_nguoi_ngay" "<đánh giá>"

      Dữ liệu:
        | người nhận | kết quả | đánh giá  |
        | Lê Văn C   | duyệt   | đạt       |
        | Trần Thị B | gắn cờ  | không đạt |

    @tt46.d3.trung_nguoi_ngay
    Khung kịch bản: Ngày được chi nằm trong thời gian hoạt động, dù khoản chi ghi ngày phát sinh là ngày cuối
      Cho hồ sơ "kiểm tra, giám sát" mã "HS-01" thuộc Tiểu dự án 2 của đơn vị "STC" cấp "tỉnh", từ ngày 14/12/2022 đến ngày 16/12/2022
      Và khoản chi "phụ cấp lưu trú" 3 người-ngày, đơn giá 200.000 đồng
      Và người nhận là "Nguyễn Văn Hùng"
      Và khoản chi phát sinh ngày 16/12/2022
      Cho hồ sơ "kiểm tra, giám sát" mã "HS-02" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và khoản chi "phụ cấp lưu trú" 1 người-ngày, đơn giá 200.000 đồng
      Và người nhận là "Nguyễn Văn Hùng"
      Khi thẩm định các hồ sơ
      Thì hồ sơ "HS-02" được "<kết quả>"
      Và quy định "tt46.d3.trung_nguoi_ngay" "<đánh giá>"

      Dữ liệu:
        | ngày       | kết quả | đánh giá  |
        | 15/12/2022 | gắn cờ  | không đạt |
        | 17/12/2022 | duyệt   | đạt       |
