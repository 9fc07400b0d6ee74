# language: vi
Tính năng: Khoán tự túc phương tiện đi công tác (khoản 2 Điều 5 Thông tư 40/2017/TT-BTC; điểm b khoản 2 Điều 1 Thông tư 12/2025/TT-BTC)
  Đến hết 03/05/2025: cán bộ tự túc phương tiện đi công tác cách trụ sở từ 10 km trở lên đến xã khó
  khăn, đặc biệt khó khăn ("difficult_commune"), từ 15 km trở lên đến xã khác ("distance_km"), được
  khoán 0,2 lít xăng/km × quãng đường × giá xăng theo quy chế chi tiêu nội bộ. Bộ máy không có giá
  xăng nên không tính lại mức khoán: khoản chi phải có quyết định cử đi công tác hoặc chứng từ thanh
  toán thể hiện quãng đường và cách tính, để người thẩm định đối chiếu.
  Từ 04/05/2025: không còn công thức 0,2 lít/km và ngưỡng quãng đường; mức khoán theo quy chế chi
  tiêu nội bộ, không vượt chế độ của người có tiêu chuẩn xe ô tô — khoản chi cần quyết định phê duyệt.

  Quy tắc: Điều kiện quãng đường đến hết 03/05/2025

    @tt40.d5.k2
    Khung kịch bản: Quãng đường tối thiểu để được khoán tự túc phương tiện
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và khoản chi "khoán tự túc phương tiện" 2 lượt, đơn giá 60.000 đồng
      Và khoản chi có thuộc tính "distance_km" là <km>
      Và khoản chi có thuộc tính "difficult_commune" là "<xã khó khăn>"
      Và khoản chi có chứng từ "quyết định phê duyệt"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt40.d5.k2" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | ngày       | km | xã khó khăn | kết quả | đánh giá  | được thanh toán |
        | 15/11/2022 | 10 | có          | duyệt   | đạt       | 120.000         |
        | 15/11/2022 | 9  | có          | gắn cờ  | không đạt | 0               |
        | 15/11/2022 | 15 | không       | duyệt   | đạt       | 120.000         |
        | 15/11/2022 | 14 | không       | gắn cờ  | không đạt | 0               |
        | 03/05/2025 | 15 | không       | duyệt   | đạt       | 120.000         |
        | 03/05/2025 | 14 | không       | gắn cờ  | không đạt | 0               |

    @tt40.d5.k2
    Kịch bản: Chuyến đi chưa đủ quãng đường bị gắn cờ không được chi, kèm trích dẫn
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "khoán tự túc phương tiện" 1 lượt, đơn giá 50.000 đồng
      Và khoản chi có thuộc tính "distance_km" là 12
      Và khoản chi có chứng từ "quyết định phê duyệt"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "không được chi"
      Và quy định "tt40.d5.k2" "không đạt"
      Và trích dẫn "khoản 2 Điều 5 Thông tư 40/2017/TT-BTC"
      Và căn cứ "nguồn thứ cấp"
      Và thông báo nêu "Quãng đường 12 km"

    @tt40.d5.k2
    Kịch bản: Không ghi quãng đường thì không được duyệt khoán tự túc phương tiện
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "khoán tự túc phương tiện" 1 lượt, đơn giá 50.000 đồng
      Và khoản chi có thuộc tính "difficult_commune" là "có"
      Và khoản chi có chứng từ "quyết định phê duyệt"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và quy định "tt40.d5.k2" "không đạt"
      Và số tiền được thanh toán là 0 đồng

  Quy tắc: Chứng từ của mức khoán đến hết 03/05/2025

    @tt40.d5.k2.chung_tu
    Khung kịch bản: Mức khoán tự túc phương tiện có chứng từ thể hiện quãng đường và cách tính
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "khoán tự túc phương tiện" 2 lượt, đơn giá 60.000 đồng
      Và khoản chi có thuộc tính "distance_km" là 20
      Và khoản chi có chứng từ <chứng từ>
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt40.d5.k2.chung_tu" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | chứng từ                | kết quả | đánh giá  | được thanh toán |
        | "quyết định phê duyệt"  | duyệt   | đạt       | 120.000         |
        | "chứng từ thanh toán"   | duyệt   | đạt       | 120.000         |
        | "hóa đơn"               | gắn cờ  | không đạt | 0               |
        | "danh sách tham dự"     | gắn cờ  | không đạt | 0               |

    @tt40.d5.k2.chung_tu
    Kịch bản: Khoán tự túc phương tiện không có chứng từ bị gắn cờ thiếu chứng từ
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "khoán tự túc phương tiện" 2 lượt, đơn giá 60.000 đồng
      Và khoản chi có thuộc tính "distance_km" là 20
      Và khoản chi không có chứng từ
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "thiếu chứng từ"
      Và quy định "tt40.d5.k2" "đạt"
      Và quy định "tt40.d5.k2.chung_tu" "không đạt"
      Và thông báo nêu "0,2 lít xăng/km"

  Quy tắc: Từ 04/05/2025 — khoán theo quy chế chi tiêu nội bộ, cần quyết định phê duyệt

    @tt12.d1.k2.b @tt40.d5.k2
    Khung kịch bản: Cùng một chuyến 12 km đến xã không khó khăn trước và từ 04/05/2025
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và khoản chi "khoán tự túc phương tiện" 2 lượt, đơn giá 60.000 đồng
      Và khoản chi có thuộc tính "distance_km" là 12
      Và khoản chi có thuộc tính "difficult_commune" là "không"
      Và khoản chi có chứng từ "quyết định phê duyệt"
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "<quy định áp dụng>" "<đánh giá>"
      Và quy định "<không áp dụng>" không áp dụng
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | ngày       | quy định áp dụng | không áp dụng | kết quả | đánh giá  | được thanh toán |
        | 03/05/2025 | tt40.d5.k2       | tt12.d1.k2.b  | gắn cờ  | không đạt | 0               |
        | 04/05/2025 | tt12.d1.k2.b     | tt40.d5.k2    | duyệt   | đạt       | 120.000         |

    @tt12.d1.k2.b
    Khung kịch bản: Khoán tự túc phương tiện từ 04/05/2025 cần quyết định phê duyệt
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2025
      Và khoản chi "khoán tự túc phương tiện" 1 lượt, đơn giá 150.000 đồng
      Và khoản chi có chứng từ <chứng từ>
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "tt12.d1.k2.b" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | chứng từ                                       | kết quả | đánh giá  | được thanh toán |
        | "quyết định phê duyệt"                         | duyệt   | đạt       | 150.000         |
        | "quyết định phê duyệt", "chứng từ thanh toán"  | duyệt   | đạt       | 150.000         |
        | "chứng từ thanh toán"                          | gắn cờ  | không đạt | 0               |

    @tt12.d1.k2.b
    Kịch bản: Khoán tự túc phương tiện từ 04/05/2025 thiếu quyết định phê duyệt, kèm trích dẫn
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 04/05/2025
      Và khoản chi "khoán tự túc phương tiện" 1 lượt, đơn giá 150.000 đồng
      Và khoản chi không có chứng từ
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "thiếu chứng từ"
      Và quy định "tt12.d1.k2.b" "không đạt"
      Và quy định "tt40.d5.k2.chung_tu" không áp dụng
      Và trích dẫn "điểm b khoản 2 Điều 1 Thông tư 12/2025/TT-BTC"
      Và căn cứ "nguồn thứ cấp"
