# language: vi
Tính năng: Khoản chi chưa có quy định áp dụng không được duyệt tự động
  Một khoản chi chỉ được duyệt khi có ít nhất một quy định áp dụng cho nó và không quy định nào
  không đạt: hoạt động phải thuộc một nội dung chi của Dự án 7 đang có hiệu lực tại ngày phát sinh
  (Điều 23, 24 Thông tư 46/2022/TT-BTC; Điều 78, 79 Thông tư 55/2023/TT-BTC; Điều 14 Thông tư 60/2026/TT-BTC
  từ 31/05/2026, trừ nhiệm vụ 2021-2025 được kéo dài — vẫn theo Thông tư 55/2023 đến hết 31/12/2026), và loại khoản chi
  phải có quy định riêng trong bộ quy tắc. Thiếu một trong hai, khoản chi bị gắn cờ "chưa có quy
  định áp dụng" để thẩm định thủ công (phát hiện chung.noi_dung_chi, chung.loai_khoan_chi).

  Quy tắc: Loại khoản chi phải có quy định áp dụng

    @chung.loai_khoan_chi
    Khung kịch bản: Loại khoản chi chưa có quy định trong bộ quy tắc bị gắn cờ
      Cho hồ sơ "tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "<khoản chi>" 10 <đơn vị tính>, đơn giá 100.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "chưa có quy định áp dụng"
      Và quy định "chung.loai_khoan_chi" "không đạt"
      Và quy định "tt46.d23.k1" "đạt"
      Và số tiền được thanh toán là 0 đồng

      Dữ liệu:
        | khoản chi                        | đơn vị tính |
        | chi điều tra viên, rà soát viên  | người-ngày  |
        | khác                             | lần         |

    @chung.loai_khoan_chi
    Kịch bản: Chi người cung cấp thông tin trong đợt kiểm tra, giám sát chưa có quy định áp dụng
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "chi người cung cấp thông tin" 100 phiếu, đơn giá 40.000 đồng
      Và phiếu có 30 chỉ tiêu, đối tượng "cá nhân"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "chưa có quy định áp dụng"
      Và quy định "tt109.d3.k7" không áp dụng
      Và quy định "chung.loai_khoan_chi" "không đạt"

    @chung.loai_khoan_chi
    Kịch bản: Loại khoản chi có quy định áp dụng được duyệt khi quy định đạt
      Cho hồ sơ "tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "phụ cấp lưu trú" 10 người-ngày, đơn giá 200.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "chung.loai_khoan_chi" không áp dụng
      Và quy định "tt40.d6.k1" "đạt"

  Quy tắc: Hoạt động phải thuộc nội dung chi của Dự án 7 đang có hiệu lực

    @chung.noi_dung_chi
    Khung kịch bản: Khoản chi phát sinh trước ngày Thông tư 46/2022 có hiệu lực, hoặc của nhiệm vụ kéo dài sau 31/12/2026
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và hồ sơ có thuộc tính "extended_task" là "<kéo dài>"
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "<kết quả>"
      Và quy định "chung.noi_dung_chi" "<đánh giá>"
      Và số tiền được thanh toán là <được thanh toán> đồng

      Dữ liệu:
        | ngày       | kéo dài | kết quả | đánh giá  | được thanh toán |
        | 11/09/2022 | không   | gắn cờ  | không đạt | 0               |
        | 01/01/2027 | có      | gắn cờ  | không đạt | 0               |

    @chung.noi_dung_chi
    Khung kịch bản: Khoản chi phát sinh trong thời gian hiệu lực có nội dung chi áp dụng
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và hồ sơ có thuộc tính "extended_task" là "<kéo dài>"
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "chung.noi_dung_chi" không áp dụng
      Và quy định "<nội dung chi>" "đạt"

      Dữ liệu:
        | ngày       | kéo dài | nội dung chi        |
        | 12/09/2022 | không   | tt46.d24.k4         |
        | 30/05/2026 | không   | tt55.d79.k2         |
        | 31/05/2026 | không   | tt60.d14.k1.kiem_tra |
        | 31/12/2026 | có      | tt55.d79.k2         |
