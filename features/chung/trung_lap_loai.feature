# language: vi
Tính năng: Phụ cấp lưu trú và tiền ăn học viên của cùng một người, cùng một ngày (điểm b khoản 1 Điều 4 Thông tư 55/2023/TT-BTC; điểm b khoản 1 Điều 4 Thông tư 60/2026/TT-BTC)
  Tiền ăn, đi lại, thuê chỗ nghỉ của học viên thuộc dự toán của đơn vị chủ trì lớp; đơn vị cử học viên
  chỉ thanh toán phụ cấp lưu trú, đi lại, thuê phòng khi đơn vị chủ trì thông báo bằng văn bản là không
  bố trí được. Vì vậy cùng một người, cùng một ngày không được vừa hưởng phụ cấp lưu trú (đơn vị cử) vừa
  được hỗ trợ tiền ăn học viên (đơn vị chủ trì), ở một hay hai hồ sơ: khoản chi sau (theo thứ tự trong
  lô) bị gắn cờ chi trùng. Thông tư 46/2022 (chưa đối chiếu): giả định cùng nội dung. Chỉ xét khoản chi
  theo ngày trả cho một người có tên.

  Quy tắc: Thông tư 55/2023 (15/08/2023 - 30/05/2026)

    @tt55.d4.k1.b.trung_loai
    Khung kịch bản: Đơn vị cử học viên chi phụ cấp lưu trú cho người đã được đơn vị chủ trì hỗ trợ tiền ăn
      Cho hồ sơ "tập huấn" mã "HS-01" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và hoạt động có thuộc tính "training_form" là "course"
      Và khoản chi "tiền ăn học viên" 1 người-ngày, đơn giá 200.000 đồng
      Và người nhận là "Nguyễn Văn A"
      Cho hồ sơ "tập huấn" mã "HS-02" thuộc Tiểu dự án 1 của đơn vị "PLDTBXH" cấp "huyện", ngày <ngày>
      Và hoạt động có thuộc tính "training_form" là "course"
      Và hoạt động có thuộc tính "lead_unit" là "không"
      Và khoản chi "phụ cấp lưu trú" 1 người-ngày, đơn giá 200.000 đồng
      Và người nhận là "<người nhận>"
      Và khoản chi có chứng từ "giấy mời"
      Khi thẩm định các hồ sơ
      Thì hồ sơ "HS-01" được "duyệt"
      Thì hồ sơ "HS-02" được "<kết quả>"
      Và quy định "tt55.d4.k1.b.trung_loai" "<đánh giá>"

      Dữ liệu:
        | ngày       | người nhận    | kết quả | đánh giá  |
        | 21/03/2024 | Nguyễn Văn A  | duyệt   | đạt       |
        | 20/03/2024 | Nguyễn Văn B  | duyệt   | đạt       |
        | 20/03/2024 | Nguyễn Văn A  | gắn cờ  | không đạt |
        | 20/03/2024 | nguyễn văn  a | gắn cờ  | không đạt |

    @tt55.d4.k1.b.trung_loai
    Kịch bản: Chi trùng giữa hai loại khoản chi bị gắn cờ, kèm trích dẫn và thông báo
      Cho hồ sơ "tập huấn" mã "HS-01" thuộc Tiểu dự án 1 của đơn vị "PLDTBXH" cấp "huyện", ngày 20/03/2024
      Và hoạt động có thuộc tính "training_form" là "course"
      Và hoạt động có thuộc tính "lead_unit" là "không"
      Và khoản chi "phụ cấp lưu trú" 1 người-ngày, đơn giá 200.000 đồng
      Và người nhận là "Trần Thị B"
      Và khoản chi có chứng từ "giấy mời"
      Cho hồ sơ "tập huấn" mã "HS-02" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và hoạt động có thuộc tính "training_form" là "course"
      Và khoản chi "tiền ăn học viên" 1 người-ngày, đơn giá 200.000 đồng
      Và người nhận là "Trần Thị B"
      Khi thẩm định các hồ sơ
      Thì hồ sơ "HS-02" được "gắn cờ"
      Và lý do là "chi trùng"
      Và số tiền được thanh toán là 0 đồng
      Và quy định "tt55.d4.k1.b.trung_loai" "không đạt"
      Và trích dẫn "điểm b khoản 1 Điều 4 Thông tư 55/2023/TT-BTC"
      Và căn cứ "nguồn thứ cấp"
      Và thông báo nêu "tại hồ sơ HS-01, khoản 1"

    @tt55.d4.k1.b.trung_loai
    Kịch bản: Tiền ăn học viên và phụ cấp lưu trú của cùng một người, cùng một ngày trong một hồ sơ
      Cho hồ sơ "tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và hoạt động có thuộc tính "training_form" là "course"
      Và khoản chi "tiền ăn học viên" 1 người-ngày, đơn giá 200.000 đồng
      Và người nhận là "Lê Văn C"
      Và khoản chi "phụ cấp lưu trú" 1 người-ngày, đơn giá 200.000 đồng
      Và người nhận là "Lê Văn C"
      Khi thẩm định hồ sơ
      Thì khoản chi số 1 được "duyệt"
      Và quy định "tt55.d4.k1.b.trung_loai" "đạt"
      Thì khoản chi số 2 được "gắn cờ"
      Và lý do là "chi trùng"
      Và quy định "tt55.d4.k1.b.trung_loai" "không đạt"

    @tt55.d4.k1.b.trung_loai
    Kịch bản: Phụ cấp lưu trú hai lần cùng loại không thuộc quy định này (xét ở quy định chi trùng cùng loại)
      Cho hồ sơ "kiểm tra, giám sát" mã "HS-01" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và khoản chi "phụ cấp lưu trú" 1 người-ngày, đơn giá 200.000 đồng
      Và người nhận là "Nguyễn Văn A"
      Cho hồ sơ "kiểm tra, giám sát" mã "HS-02" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024
      Và khoản chi "phụ cấp lưu trú" 1 người-ngày, đơn giá 200.000 đồng
      Và người nhận là "Nguyễn Văn A"
      Khi thẩm định các hồ sơ
      Thì hồ sơ "HS-02" được "gắn cờ"
      Và quy định "tt55.d4.k1.b.trung_loai" "đạt"
      Và quy định "tt55.d3.k1.trung_nguoi_ngay" "không đạt"

    @tt55.d4.k1.b.trung_loai
    Kịch bản: Tiền ăn đại biểu không thuộc quy định này
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 20/03/2024, tại địa điểm "thành phố thuộc tỉnh", do cấp "tỉnh" tổ chức
      Và khoản chi "phụ cấp lưu trú" 1 người-ngày, đơn giá 200.000 đồng
      Và người nhận là "Phạm Văn D"
      Và khoản chi "tiền ăn đại biểu" 1 người-ngày, đơn giá 150.000 đồng
      Và người nhận là "Phạm Văn D"
      Và người nhận không hưởng lương
      Khi thẩm định hồ sơ
      Thì khoản chi số 1 được "duyệt"
      Và quy định "tt55.d4.k1.b.trung_loai" "đạt"
      Thì khoản chi số 2 được "duyệt"
      Và quy định "tt55.d4.k1.b.trung_loai" không áp dụng

  Quy tắc: Thông tư 46/2022 (12/09/2022 - 14/08/2023, chưa đối chiếu)

    @tt46.d4.k1.trung_loai
    Khung kịch bản: Phụ cấp lưu trú của người đã được hỗ trợ tiền ăn học viên (Thông tư 46/2022)
      Cho hồ sơ "tập huấn" mã "HS-01" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và hoạt động có thuộc tính "training_form" là "course"
      Và khoản chi "tiền ăn học viên" 1 người-ngày, đơn giá 200.000 đồng
      Và người nhận là "Nguyễn Văn A"
      Cho hồ sơ "tập huấn" mã "HS-02" thuộc Tiểu dự án 1 của đơn vị "PLDTBXH" cấp "huyện", ngày <ngày>
      Và hoạt động có thuộc tính "training_form" là "course"
      Và hoạt động có thuộc tính "lead_unit" là "không"
      Và khoản chi "phụ cấp lưu trú" 1 người-ngày, đơn giá 200.000 đồng
      Và người nhận là "Nguyễn Văn A"
      Và khoản chi có chứng từ "giấy mời"
      Khi thẩm định các hồ sơ
      Thì hồ sơ "HS-02" được "<kết quả>"
      Và quy định "tt46.d4.k1.trung_loai" "<đánh giá>"
      Và căn cứ "chưa xác minh"

      Dữ liệu:
        | ngày       | kết quả | đánh giá  |
        | 16/11/2022 | duyệt   | đạt       |
        | 15/11/2022 | gắn cờ  | không đạt |

  Quy tắc: Thông tư 60/2026 (từ 31/05/2026)

    @tt60.d4.k1.b.trung_loai
    Khung kịch bản: Phụ cấp lưu trú của người đã được hỗ trợ tiền ăn học viên (Thông tư 60/2026)
      Cho hồ sơ "tập huấn" mã "HS-01" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
      Và hoạt động có thuộc tính "training_form" là "course"
      Và khoản chi "tiền ăn học viên" 1 người-ngày, đơn giá 300.000 đồng
      Và người nhận là "Nguyễn Văn A"
      Cho hồ sơ "tập huấn" mã "HS-02" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/06/2026
      Và hoạt động có thuộc tính "training_form" là "course"
      Và hoạt động có thuộc tính "lead_unit" là "không"
      Và khoản chi "phụ cấp lưu trú" 1 người-ngày, đơn giá 300.000 đồng
      Và người nhận là "<người nhận>"
      Và khoản chi có chứng từ "giấy mời"
      Khi thẩm định các hồ sơ
      Thì hồ sơ "HS-02" được "<kết quả>"
      Và quy định "tt60.d4.k1.b.trung_loai" "<đánh giá>"

      Dữ liệu:
        | người nhận   | kết quả | đánh giá  |
        | Nguyễn Văn B | duyệt   | đạt       |
        | Nguyễn Văn A | gắn cờ  | không đạt |

    @tt55.d4.k1.b.trung_loai @tt60.d4.k1.b.trung_loai
    Khung kịch bản: Quy định chi trùng theo ngày — Thông tư 55/2023 đến 30/05/2026, Thông tư 60/2026 từ 31/05/2026
      Cho hồ sơ "tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và hoạt động có thuộc tính "training_form" là "course"
      Và khoản chi "tiền ăn học viên" 1 người-ngày, đơn giá 200.000 đồng
      Và người nhận là "Lê Văn C"
      Và khoản chi "phụ cấp lưu trú" 1 người-ngày, đơn giá 200.000 đồng
      Và người nhận là "Lê Văn C"
      Khi thẩm định hồ sơ
      Thì khoản chi số 2 được "gắn cờ"
      Và lý do là "chi trùng"
      Và quy định "<áp dụng>" "không đạt"
      Và quy định "<không áp dụng>" không áp dụng

      Dữ liệu:
        | ngày       | áp dụng                   | không áp dụng             |
        | 30/05/2026 | tt55.d4.k1.b.trung_loai   | tt60.d4.k1.b.trung_loai   |
        | 31/05/2026 | tt60.d4.k1.b.trung_loai   | tt55.d4.k1.b.trung_loai   |
