# language: vi
Tính năng: Nước uống phục vụ hội nghị chi theo thực tế trong dự toán (điểm b khoản 2 Điều 4 Thông tư 60/2026/TT-BTC)
  Từ 31/05/2026 (trừ nhiệm vụ 2021-2025 được kéo dài, vẫn theo Thông tư 55/2023), chi tài liệu, văn phòng
  phẩm, nước uống phục vụ hội nghị, hội thảo "thực hiện theo quy định của pháp luật về đấu thầu và trong phạm
  vi dự toán được cấp có thẩm quyền phê duyệt": chi theo thực tế có hợp đồng, hóa đơn, không áp mức tối đa mỗi
  người của khoản 3 Điều 12 Thông tư 40/2017 (legal-review-2.md W6).

  @tt60.d4.k2.nuoc_uong @tt40.d12.k3.nuoc_uong
  Khung kịch bản: Nước uống 60.000 đồng/người/ngày: trước 31/05/2026 vượt mức 40.000 đồng, từ 31/05/2026 chi theo hóa đơn
    Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
    Và khoản chi "nước uống" 50 người-ngày, đơn giá 60.000 đồng
    Và khoản chi có chứng từ "hóa đơn"
    Khi thẩm định hồ sơ
    Thì khoản chi được "<kết quả>"
    Và quy định "<quy định>" "<đánh giá>"
    Và quy định "<không áp dụng>" không áp dụng

    Dữ liệu:
      | ngày       | quy định                | đánh giá  | kết quả | không áp dụng           |
      | 30/05/2026 | tt40.d12.k3.nuoc_uong   | không đạt | gắn cờ  | tt60.d4.k2.nuoc_uong    |
      | 31/05/2026 | tt60.d4.k2.nuoc_uong    | đạt       | duyệt   | tt40.d12.k3.nuoc_uong   |

  @tt60.d4.k2.nuoc_uong
  Kịch bản: Nước uống từ 31/05/2026 không có hóa đơn, hợp đồng bị gắn cờ thiếu chứng từ
    Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và khoản chi "nước uống" 50 người-ngày, đơn giá 30.000 đồng
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và lý do là "thiếu chứng từ"
    Và quy định "tt60.d4.k2.nuoc_uong" "không đạt"
    Và trích dẫn "điểm b khoản 2 Điều 4 Thông tư 60/2026/TT-BTC"
    Và căn cứ "nguồn thứ cấp"

  @tt60.d4.k2.nuoc_uong @tt40.d12.k3.nuoc_uong
  Kịch bản: Nhiệm vụ kéo dài vẫn theo mức tối đa của Thông tư 40/2017 sau 31/05/2026
    Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
    Và hồ sơ có thuộc tính "extended_task" là "có"
    Và khoản chi "nước uống" 50 người-ngày, đơn giá 60.000 đồng
    Và khoản chi có chứng từ "hóa đơn"
    Khi thẩm định hồ sơ
    Thì khoản chi được "gắn cờ"
    Và quy định "tt40.d12.k3.nuoc_uong" "không đạt"
    Và quy định "tt60.d4.k2.nuoc_uong" không áp dụng
