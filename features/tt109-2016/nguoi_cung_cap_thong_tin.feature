# language: vi
Tính năng: Chi cho đối tượng cung cấp thông tin (khoản 7 Điều 3 Thông tư 109/2016/TT-BTC)
  Áp dụng cho rà soát hộ nghèo, hộ cận nghèo và điều tra, đánh giá của Dự án 7. Mức chi tối đa mỗi
  phiếu theo số chỉ tiêu của phiếu: cá nhân (điểm a) — đến 30 chỉ tiêu 40.000 đồng, từ 31 đến 40
  chỉ tiêu 50.000 đồng, trên 40 chỉ tiêu 60.000 đồng; tổ chức (điểm b) — 85.000, 100.000 và
  115.000 đồng theo cùng các mức chỉ tiêu; cơ quan nhà nước — 50% mức của tổ chức (42.500, 50.000 và
  57.500 đồng). Phần vượt mức không được thanh toán.

  @tt109.d3.k7
  Khung kịch bản: Đơn giá phiếu so với mức tối đa theo đối tượng và số chỉ tiêu
    Cho hồ sơ "rà soát hộ nghèo" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
    Và khoản chi "chi người cung cấp thông tin" 100 phiếu, đơn giá <đơn giá> đồng
    Và phiếu có <số chỉ tiêu> chỉ tiêu, đối tượng "<đối tượng>"
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt109.d3.k7" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu: cá nhân (điểm a)
      | đối tượng | số chỉ tiêu | đơn giá | kết quả | đánh giá  | được thanh toán |
      | cá nhân   | 30          | 40.000  | duyệt   | đạt       | 4.000.000       |
      | cá nhân   | 30          | 40.001  | gắn cờ  | không đạt | 4.000.000       |
      | cá nhân   | 30          | 50.000  | gắn cờ  | không đạt | 4.000.000       |
      | cá nhân   | 31          | 50.000  | duyệt   | đạt       | 5.000.000       |
      | cá nhân   | 40          | 50.000  | duyệt   | đạt       | 5.000.000       |
      | cá nhân   | 40          | 50.001  | gắn cờ  | không đạt | 5.000.000       |
      | cá nhân   | 41          | 60.000  | duyệt   | đạt       | 6.000.000       |
      | cá nhân   | 41          | 60.001  | gắn cờ  | không đạt | 6.000.000       |

    Dữ liệu: tổ chức (điểm b)
      | đối tượng | số chỉ tiêu | đơn giá | kết quả | đánh giá  | được thanh toán |
      | tổ chức   | 30          | 85.000  | duyệt   | đạt       | 8.500.000       |
      | tổ chức   | 30          | 85.001  | gắn cờ  | không đạt | 8.500.000       |
      | tổ chức   | 30          | 100.000 | gắn cờ  | không đạt | 8.500.000       |
      | tổ chức   | 31          | 100.000 | duyệt   | đạt       | 10.000.000      |
      | tổ chức   | 40          | 100.001 | gắn cờ  | không đạt | 10.000.000      |
      | tổ chức   | 41          | 115.000 | duyệt   | đạt       | 11.500.000      |
      | tổ chức   | 41          | 115.001 | gắn cờ  | không đạt | 11.500.000      |

  @tt109.d3.k7
  Kịch bản: Phiếu cá nhân 30 chỉ tiêu chi 50.000 đồng vượt mức, kèm trích dẫn
    Cho hồ sơ "điều tra, đánh giá" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
    Và khoản chi "chi người cung cấp thông tin" 300 phiếu, đơn giá 50.000 đồng
    Và phiếu có 30 chỉ tiêu, đối tượng "cá nhân"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "vượt mức tối đa"
    Và số tiền được thanh toán là 12.000.000 đồng
    Và quy định "tt109.d3.k7" "không đạt"
    Và trích dẫn "khoản 7 Điều 3 Thông tư 109/2016/TT-BTC"
    Và căn cứ "nguồn thứ cấp"
    Và thông báo nêu "vượt mức tối đa 40.000 đ/phiếu"

  @tt109.d3.k7.chua_ghi_chi_tieu
  Khung kịch bản: Phiếu không ghi số chỉ tiêu: đạt khi không vượt mức thấp nhất, cao hơn thì hỏi «Số chỉ tiêu»
    Cho hồ sơ "rà soát hộ nghèo" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
    Và khoản chi "chi người cung cấp thông tin" 100 phiếu, đơn giá <đơn giá> đồng
    Và phiếu của đối tượng "<đối tượng>"
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt109.d3.k7.chua_ghi_chi_tieu" "<đánh giá>"
    Và quy định "tt109.d3.k7" không áp dụng
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | đối tượng | đơn giá | kết quả | đánh giá  | được thanh toán |
      | cá nhân   | 40.000  | duyệt   | đạt       | 4.000.000       |
      | cá nhân   | 40.001  | gắn cờ  | không đạt | 0               |
      | tổ chức   | 85.000  | duyệt   | đạt       | 8.500.000       |
      | tổ chức   | 85.001  | gắn cờ  | không đạt | 0               |

  @tt109.d3.k7.chua_ghi_chi_tieu
  Kịch bản: Phiếu 50.000 đồng không ghi số chỉ tiêu: thiếu thông tin, thông báo nêu cột «Số chỉ tiêu»
    Cho hồ sơ "rà soát hộ nghèo" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
    Và khoản chi "chi người cung cấp thông tin" 100 phiếu, đơn giá 50.000 đồng
    Và phiếu của đối tượng "cá nhân"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "thiếu thông tin"
    Và loại cờ là "thiếu thông tin"
    Và thông báo nêu "thiếu «Số chỉ tiêu» (attributes.indicators)"
    Và số tiền được thanh toán là 0 đồng

  @tt109.d3.k7
  Kịch bản: Không ghi đối tượng cung cấp thông tin mà nội dung nói "hộ gia đình": suy ra cá nhân
    Cho hồ sơ "rà soát hộ nghèo" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
    Và khoản chi "chi người cung cấp thông tin" 100 phiếu, đơn giá 40.000 đồng, nội dung "Hỗ trợ hộ gia đình cung cấp thông tin phiếu B1"
    Và khoản chi có thuộc tính "indicators" là 30
    Khi thẩm định hồ sơ
    Thì khoản chi được "duyệt"
    Và quy định "tt109.d3.k7" "đạt"
    Và thông báo nêu "đối tượng suy ra từ nội dung «Hỗ trợ hộ gia đình cung cấp thông tin phiếu B1»: cá nhân"

  @tt109.d3.k7
  Kịch bản: Mức chi người cung cấp thông tin vẫn áp dụng sau khi Thông tư 55/2023 thay thế Thông tư 46/2022
    Cho hồ sơ "điều tra, đánh giá" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
    Và khoản chi "người cung cấp thông tin" 50 phiếu, đơn giá 115.000 đồng
    Và phiếu có 45 chỉ tiêu, đối tượng "tổ chức"
    Khi thẩm định hồ sơ
    Thì khoản chi được "duyệt"
    Và quy định "tt109.d3.k7" "đạt"
    Và quy định "tt55.d79.k3" "đạt"

  @tt109.d3.k7
  Khung kịch bản: Cơ quan nhà nước cung cấp thông tin được chi 50% mức của tổ chức
    Cho hồ sơ "rà soát hộ nghèo" thuộc Tiểu dự án 2 của đơn vị "HUYEN-THANGBINH" cấp "huyện", ngày 18/11/2022
    Và khoản chi "chi người cung cấp thông tin" 20 phiếu, đơn giá <đơn giá> đồng
    Và khoản chi có thuộc tính "respondent" là "state_body"
    Và khoản chi có thuộc tính "indicators" là <số chỉ tiêu>
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "tt109.d3.k7" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu:
      | số chỉ tiêu | đơn giá | kết quả | đánh giá  | được thanh toán |
      | 30          | 42.500  | duyệt   | đạt       | 850.000         |
      | 30          | 42.501  | gắn cờ  | không đạt | 850.000         |
      | 40          | 50.000  | duyệt   | đạt       | 1.000.000       |
      | 40          | 50.001  | gắn cờ  | không đạt | 1.000.000       |
      | 41          | 57.500  | duyệt   | đạt       | 1.150.000       |
      | 41          | 57.501  | gắn cờ  | không đạt | 1.150.000       |

  @tt109.d3.k7
  Kịch bản: Cơ quan nhà nước được chi theo mức tổ chức bị gắn cờ vượt mức
    Cho hồ sơ "điều tra" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
    Và khoản chi "chi người cung cấp thông tin" 10 phiếu, đơn giá 85.000 đồng
    Và khoản chi có thuộc tính "respondent" là "state_body"
    Và khoản chi có thuộc tính "indicators" là 25
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "vượt mức tối đa"
    Và số tiền được thanh toán là 425.000 đồng
    Và thông báo nêu "cơ quan nhà nước"

