# language: vi
Tính năng: Thông tư 55/2023/TT-BTC thay thế Thông tư 46/2022/TT-BTC từ ngày 15/08/2023
  Quy định được chọn theo ngày phát sinh khoản chi, không theo ngày thẩm định: khoản chi phát sinh
  đến hết 14/08/2023 được thẩm định và trích dẫn theo Thông tư 46/2022/TT-BTC; từ 15/08/2023 theo
  Thông tư 55/2023/TT-BTC. Số khoản của hai Thông tư khác nhau: kiểm tra, giám sát là khoản 4 Điều 24
  Thông tư 46 nhưng là khoản 2 Điều 79 Thông tư 55.

  @tt46.d23.k1 @tt55.d78.k1
  Khung kịch bản: Lớp tập huấn được thẩm định theo Thông tư có hiệu lực tại ngày phát sinh
    Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "duyệt"
    Và quy định "<không áp dụng>" không áp dụng
    Và quy định "<áp dụng>" "đạt"
    Và trích dẫn "<trích dẫn>"

    Dữ liệu:
      | ngày       | áp dụng     | không áp dụng | trích dẫn                                |
      | 14/08/2023 | tt46.d23.k1 | tt55.d78.k1   | khoản 1 Điều 23 Thông tư 46/2022/TT-BTC |
      | 15/08/2023 | tt55.d78.k1 | tt46.d23.k1   | khoản 1 Điều 78 Thông tư 55/2023/TT-BTC |

  @tt46.d24.k4 @tt55.d79.k2
  Khung kịch bản: Kiểm tra, giám sát ghi sai tiểu dự án được trích dẫn theo số khoản của Thông tư có hiệu lực
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "sai tiểu dự án"
    Và quy định "<không áp dụng>" không áp dụng
    Và quy định "<áp dụng>" "không đạt"
    Và trích dẫn "<trích dẫn>"

    Dữ liệu:
      | ngày       | áp dụng     | không áp dụng | trích dẫn                                |
      | 14/08/2023 | tt46.d24.k4 | tt55.d79.k2   | khoản 4 Điều 24 Thông tư 46/2022/TT-BTC |
      | 15/08/2023 | tt55.d79.k2 | tt46.d24.k4   | khoản 2 Điều 79 Thông tư 55/2023/TT-BTC |

  @tt46.tiep_khach @tt55.tiep_khach
  Khung kịch bản: Chi tiếp khách trong đợt kiểm tra, giám sát bị gắn cờ với trích dẫn của Thông tư có hiệu lực
    Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
    Và khoản chi "tiếp khách" 1 lần, đơn giá 1.000.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "không được chi"
    Và quy định "<không áp dụng>" không áp dụng
    Và quy định "<áp dụng>" "không đạt"
    Và trích dẫn "<trích dẫn>"

    Dữ liệu:
      | ngày       | áp dụng          | không áp dụng    | trích dẫn                        |
      | 14/08/2023 | tt46.tiep_khach  | tt55.tiep_khach  | Điều 24 Thông tư 46/2022/TT-BTC |
      | 15/08/2023 | tt55.tiep_khach  | tt46.tiep_khach  | Điều 79 Thông tư 55/2023/TT-BTC |

  @tt46.d3.in_an @tt55.d3.k2.in_an
  Khung kịch bản: In ấn có hóa đơn được duyệt theo Thông tư có hiệu lực
    Cho hồ sơ "cẩm nang" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
    Và khoản chi "in ấn" 200 bản, đơn giá 20.000 đồng
    Và khoản chi có chứng từ "hóa đơn"
    Khi thẩm định hồ sơ
    Thì khoản chi được "duyệt"
    Và quy định "<không áp dụng>" không áp dụng
    Và quy định "<áp dụng>" "đạt"
    Và trích dẫn "<trích dẫn>"

    Dữ liệu:
      | ngày       | áp dụng          | không áp dụng    | trích dẫn                                |
      | 14/08/2023 | tt46.d3.in_an    | tt55.d3.k2.in_an | Điều 3 Thông tư 46/2022/TT-BTC          |
      | 15/08/2023 | tt55.d3.k2.in_an | tt46.d3.in_an    | khoản 2 Điều 3 Thông tư 55/2023/TT-BTC |

  @tt55.d78.k1
  Kịch bản: Lớp tập huấn bắt đầu ngày 14/08/2023, khoản chi phát sinh ngày 15/08/2023 theo Thông tư 55/2023
    Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", từ ngày 14/08/2023 đến ngày 15/08/2023
    Và khoản chi "phụ cấp lưu trú" 1 người-ngày, đơn giá 200.000 đồng
    Và khoản chi "phụ cấp lưu trú" 1 người-ngày, đơn giá 200.000 đồng
    Và khoản chi phát sinh ngày 15/08/2023
    Khi thẩm định hồ sơ
    Thì khoản chi số 1 được "duyệt"
    Và quy định "tt46.d23.k1" "đạt"
    Thì khoản chi số 2 được "duyệt"
    Và quy định "tt46.d23.k1" không áp dụng
    Và quy định "tt55.d78.k1" "đạt"
    Và trích dẫn "khoản 1 Điều 78 Thông tư 55/2023/TT-BTC"

  @tt55.d78.k1
  Kịch bản: Thẩm định lại theo pháp luật có hiệu lực tại một ngày chọn trước
    Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 14/08/2023
    Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
    Khi thẩm định hồ sơ theo pháp luật tại ngày 15/08/2023
    Thì khoản chi được "duyệt"
    Và quy định "tt46.d23.k1" không áp dụng
    Và quy định "tt55.d78.k1" "đạt"
