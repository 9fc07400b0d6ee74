# language: vi
Tính năng: Khoản chi chưa có quy định áp dụng không được duyệt tự động
  Một khoản chi chỉ được duyệt khi có ít nhất một quy định áp dụng cho nó và không quy định nào
  không đạt: hoạt động phải thuộc một nội dung chi của Dự án 7 đang có hiệu lực tại ngày phát sinh
  (Điều 23, 24 Thông tư 46/2022/TT-BTC; Điều 78, 79 Thông tư 55/2023/TT-BTC; Điều 14 Thông tư 60/2026/TT-BTC
  từ 31/05/2026, trừ nhiệm vụ 2021-2025 được kéo dài — vẫn theo Thông tư 55/2023 đến hết 31/12/2026), và loại khoản chi
  phải có quy định riêng trong bộ quy tắc. Ba loại cờ được tách riêng:
  - thiếu thông tin: có quy định cho loại khoản chi nhưng hồ sơ để trống thông tin cần để biết quy định nào áp
    dụng — thông báo nêu cột cần ghi (phát hiện chung.loai_khoan_chi, lý do "thiếu thông tin");
  - cần thẩm định thủ công: loại khoản chi có quy định nhưng không quy định nào áp dụng cho trường hợp này
    (lý do "cần thẩm định thủ công");
  - chưa có quy định áp dụng: không quy định nào trong bộ quy tắc nói về loại khoản chi này.

  Quy tắc: Loại khoản chi phải có quy định áp dụng

    @chung.loai_khoan_chi
    Kịch bản: Khoản chi «khác» trong lớp tập huấn: không quy định nào áp dụng, cần thẩm định thủ công
      Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "khác" 10 lần, đơn giá 100.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "cần thẩm định thủ công"
      Và loại cờ là "cần thẩm định thủ công"
      Và quy định "chung.loai_khoan_chi" "không đạt"
      Và quy định "tt46.d23.k1" "đạt"
      Và số tiền được thanh toán là 0 đồng

    @chung.loai_khoan_chi
    Kịch bản: Chi người cung cấp thông tin trong đợt kiểm tra, giám sát: loại khoản chi có quy định nhưng không áp dụng ở đây
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "chi người cung cấp thông tin" 100 phiếu, đơn giá 40.000 đồng
      Và phiếu có 30 chỉ tiêu, đối tượng "cá nhân"
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "cần thẩm định thủ công"
      Và loại cờ là "cần thẩm định thủ công"
      Và quy định "tt109.d3.k7" không áp dụng
      Và quy định "chung.loai_khoan_chi" "không đạt"
      Và thông báo nêu "không quy định nào áp dụng trong hoạt động «kiểm tra, giám sát, đánh giá»"

    @chung.loai_khoan_chi
    Kịch bản: Tiền phòng không ghi khoán hay theo hóa đơn: hỏi cột «Hình thức thanh toán phòng»
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "tiền thuê phòng nghỉ" 2 người-đêm, đơn giá 300.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "thiếu thông tin"
      Và loại cờ là "thiếu thông tin"
      Và quy định "chung.loai_khoan_chi" "không đạt"
      Và thông báo nêu "Thiếu «Hình thức thanh toán phòng» (attributes.mode)"
      Và thông báo nêu "ghi một trong «khoán», «theo hóa đơn»"
      Và trích dẫn "khoản 2 Điều 7 Thông tư 40/2017/TT-BTC"
      Và số tiền được thanh toán là 0 đồng

    @chung.loai_khoan_chi
    Kịch bản: Loại khoản chi có quy định áp dụng được duyệt khi quy định đạt
      Cho hồ sơ "lớp tập huấn" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 15/11/2022
      Và khoản chi "phụ cấp lưu trú" 10 người-ngày, đơn giá 200.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "chung.loai_khoan_chi" không áp dụng
      Và quy định "tt40.d6.k1" "đạt"

  Quy tắc: Hoạt động phải thuộc nội dung chi của Dự án 7 đang có hiệu lực

    @chung.noi_dung_chi
    Kịch bản: Khoản chi của nhiệm vụ kéo dài phát sinh sau 31/12/2026 không còn nội dung chi nào
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 01/01/2027
      Và hồ sơ có thuộc tính "extended_task" là "có"
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và quy định "chung.noi_dung_chi" "không đạt"
      Và loại cờ là "cần thẩm định thủ công"
      Và thông báo nêu "hoạt động «kiểm tra, giám sát, đánh giá»"
      Và số tiền được thanh toán là 0 đồng

    @tt46.truoc_hieu_luc
    Kịch bản: Chi phí ngày 11/09/2022: nêu ngày, Thông tư 46/2022 và Quyết định 2681/QĐ-UBND
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 11/09/2022
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "gắn cờ"
      Và lý do là "cần thẩm định thủ công"
      Và quy định "tt46.truoc_hieu_luc" "không đạt"
      Và thông báo nêu "Chi phí ngày 11/09/2022 phát sinh trước ngày Thông tư 46/2022/TT-BTC có hiệu lực (12/09/2022"
      Và thông báo nêu "Quyết định 2681/QĐ-UBND"
      Và trích dẫn "Quyết định 2681/QĐ-UBND"
      Và căn cứ "chưa xác minh"

    @tt46.truoc_hieu_luc @chung.noi_dung_chi
    Khung kịch bản: Khoản chi phát sinh trong thời gian hiệu lực có nội dung chi áp dụng
      Cho hồ sơ "kiểm tra, giám sát" thuộc Tiểu dự án 2 của đơn vị "SLDTBXH" cấp "tỉnh", ngày <ngày>
      Và hồ sơ có thuộc tính "extended_task" là "<kéo dài>"
      Và khoản chi "phụ cấp lưu trú" 2 người-ngày, đơn giá 200.000 đồng
      Khi thẩm định hồ sơ
      Thì khoản chi được "duyệt"
      Và quy định "chung.noi_dung_chi" không áp dụng
      Và quy định "tt46.truoc_hieu_luc" không áp dụng
      Và quy định "<nội dung chi>" "đạt"

      Dữ liệu:
        | ngày       | kéo dài | nội dung chi        |
        | 12/09/2022 | không   | tt46.d24.k4         |
        | 30/05/2026 | không   | tt55.d79.k2         |
        | 31/05/2026 | không   | tt60.d14.k1.kiem_tra |
        | 31/12/2026 | có      | tt55.d79.k2         |

  Quy tắc: Kiểm tra của hồ sơ chỉ hỏi thông tin khi câu trả lời làm thay đổi kết quả

    @chung.thieu_thong_tin
    Kịch bản: Hội nghị 3 ngày không ghi loại họp: một câu hỏi chung cho các quy định về thời gian họp
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", từ ngày 08/11/2022 đến ngày 10/11/2022
      Và khoản chi "phụ cấp lưu trú" 3 người-ngày, đơn giá 200.000 đồng
      Khi thẩm định hồ sơ
      Thì hồ sơ được "gắn cờ"
      Và quy định "chung.thieu_thong_tin" "không đạt"
      Và lý do là "thiếu thông tin"
      Và thông báo nêu "«Hội nghị sơ kết, tổng kết không quá 1 ngày»"
      Và thông báo nêu "Thiếu «Loại cuộc họp» (activity.attributes.meeting_type)"

    @chung.thieu_thong_tin
    Kịch bản: Hội nghị ghi loại họp thì không cần hỏi
      Cho hồ sơ "hội nghị" thuộc Tiểu dự án 1 của đơn vị "SLDTBXH" cấp "tỉnh", ngày 08/11/2022
      Và hoạt động có thuộc tính "meeting_type" là "review"
      Và khoản chi "phụ cấp lưu trú" 1 người-ngày, đơn giá 200.000 đồng
      Khi thẩm định hồ sơ
      Thì hồ sơ được "duyệt"
      Và quy định "chung.thieu_thong_tin" không áp dụng
