# language: vi
Tính năng: Dự toán kinh phí Dự án 7 năm 2022 được giao (Quyết định 2681/QĐ-UBND ngày 06/10/2022)
  Kinh phí sự nghiệp thực hiện Dự án 7 năm 2022 của tỉnh Quảng Nam: Sở LĐTBXH 1.004.012.000 đồng
  (Tiểu dự án 1) và 685.281.000 đồng (Tiểu dự án 2); các Sở Kế hoạch và Đầu tư, Tài chính, Nông
  nghiệp và Phát triển nông thôn, Thông tin và Truyền thông 308.926.000 đồng (Tiểu dự án 1) và
  229.476.000 đồng (Tiểu dự án 2); các huyện, thị xã, thành phố 5.771.858.000 đồng. Số được thanh
  toán của các hồ sơ được cộng dồn theo thứ tự trong lô; hồ sơ làm lũy kế vượt dự toán bị gắn cờ
  và chỉ được thanh toán phần còn lại của dự toán.

  @qn2022.du_toan_2681
  Khung kịch bản: Một hồ sơ dùng vừa hết hoặc vượt 1 đồng dự toán được giao
    Cho hồ sơ "<hoạt động>" thuộc Tiểu dự án <tiểu dự án> của đơn vị "<đơn vị>" cấp "<cấp>", ngày 15/11/2022
    Và khoản chi "<khoản chi>" 1 gói, đơn giá <số tiền> đồng
    Và khoản chi có chứng từ "quyết định phê duyệt", "hợp đồng", "hóa đơn"
    Khi thẩm định hồ sơ
    Thì hồ sơ được "<kết quả>"
    Và quy định "qn2022.du_toan_2681" "<đánh giá>"
    Và số tiền được thanh toán là <được thanh toán> đồng

    Dữ liệu: dự toán vừa đủ
      | hoạt động     | tiểu dự án | đơn vị        | cấp   | khoản chi | số tiền       | kết quả | đánh giá | được thanh toán |
      | cẩm nang      | 1          | SLDTBXH       | tỉnh  | in ấn     | 1.004.012.000 | duyệt   | đạt      | 1.004.012.000   |
      | cơ sở dữ liệu | 2          | SLDTBXH       | tỉnh  | phần mềm  | 685.281.000   | duyệt   | đạt      | 685.281.000     |
      | cẩm nang      | 1          | STC           | tỉnh  | in ấn     | 308.926.000   | duyệt   | đạt      | 308.926.000     |
      | cơ sở dữ liệu | 2          | SKHDT         | tỉnh  | phần mềm  | 229.476.000   | duyệt   | đạt      | 229.476.000     |
      | cẩm nang      | 1          | UBND-NUITHANH | huyện | in ấn     | 5.771.858.000 | duyệt   | đạt      | 5.771.858.000   |

    Dữ liệu: vượt dự toán 1 đồng
      | hoạt động     | tiểu dự án | đơn vị        | cấp   | khoản chi | số tiền       | kết quả | đánh giá  | được thanh toán |
      | cẩm nang      | 1          | SLDTBXH       | tỉnh  | in ấn     | 1.004.012.001 | gắn cờ  | không đạt | 1.004.012.000   |
      | cơ sở dữ liệu | 2          | SLDTBXH       | tỉnh  | phần mềm  | 685.281.001   | gắn cờ  | không đạt | 685.281.000     |
      | cẩm nang      | 1          | SNNPTNT       | tỉnh  | in ấn     | 308.926.001   | gắn cờ  | không đạt | 308.926.000     |
      | cơ sở dữ liệu | 2          | STTTT         | tỉnh  | phần mềm  | 229.476.001   | gắn cờ  | không đạt | 229.476.000     |
      | cẩm nang      | 1          | UBND-TAMKY    | huyện | in ấn     | 5.771.858.001 | gắn cờ  | không đạt | 5.771.858.000   |

  @qn2022.du_toan_2681
  Kịch bản: Các hồ sơ trong lô cộng dồn vừa đủ dự toán Tiểu dự án 1 của Sở LĐTBXH
    Cho các hồ sơ sau:
      | mã hồ sơ | hoạt động | tiểu dự án | đơn vị  | cấp  | ngày       | khoản chi | số lượng | đơn giá       | chứng từ |
      | HS-01    | cẩm nang  | 1          | SLDTBXH | tỉnh | 10/11/2022 | in ấn     | 1        | 1.000.000.000 | hóa đơn  |
      | HS-02    | cẩm nang  | 1          | SLDTBXH | tỉnh | 20/11/2022 | in ấn     | 1        | 4.012.000     | hóa đơn  |
    Khi thẩm định các hồ sơ
    Thì hồ sơ "HS-01" được "duyệt"
    Thì hồ sơ "HS-02" được "duyệt"
    Và quy định "qn2022.du_toan_2681" "đạt"
    Và thông báo nêu "lũy kế 1.004.012.000 đ trong dự toán 1.004.012.000 đ"

  @qn2022.du_toan_2681
  Kịch bản: Hồ sơ làm lũy kế vượt dự toán 1 đồng bị gắn cờ và chỉ được thanh toán phần còn lại
    Cho các hồ sơ sau:
      | mã hồ sơ | hoạt động | tiểu dự án | đơn vị  | cấp  | ngày       | khoản chi | số lượng | đơn giá       | chứng từ |
      | HS-01    | cẩm nang  | 1          | SLDTBXH | tỉnh | 10/11/2022 | in ấn     | 1        | 1.000.000.000 | hóa đơn  |
      | HS-02    | cẩm nang  | 1          | SLDTBXH | tỉnh | 20/11/2022 | in ấn     | 1        | 4.012.001     | hóa đơn  |
    Khi thẩm định các hồ sơ
    Thì hồ sơ "HS-01" được "duyệt"
    Thì hồ sơ "HS-02" được "gắn cờ"
    Và lý do là "vượt dự toán được giao"
    Và quy định "qn2022.du_toan_2681" "không đạt"
    Và số tiền được thanh toán là 4.012.000 đồng
    Và trích dẫn "Quyết định 2681/QĐ-UBND"
    Và thông báo nêu "đã sử dụng 1.000.000.000 đ trước hồ sơ này"

  @qn2022.du_toan_2681
  Kịch bản: Hồ sơ bị gắn cờ không được thanh toán nên không dùng dự toán
    Cho các hồ sơ sau:
      | mã hồ sơ | hoạt động | tiểu dự án | đơn vị  | cấp  | ngày       | khoản chi  | số lượng | đơn giá       | chứng từ |
      | HS-01    | hội nghị  | 1          | SLDTBXH | tỉnh | 10/11/2022 | tiếp khách | 1        | 500.000.000   |          |
      | HS-02    | cẩm nang  | 1          | SLDTBXH | tỉnh | 20/11/2022 | in ấn      | 1        | 1.004.012.000 | hợp đồng |
    Khi thẩm định các hồ sơ
    Thì hồ sơ "HS-01" được "gắn cờ"
    Và số tiền được thanh toán là 0 đồng
    Thì hồ sơ "HS-02" được "duyệt"
    Và quy định "qn2022.du_toan_2681" "đạt"

  @qn2022.du_toan_2681
  Kịch bản: Hồ sơ của đơn vị cấp xã và hồ sơ năm 2023 không tính vào Quyết định 2681/QĐ-UBND
    Cho các hồ sơ sau:
      | mã hồ sơ | hoạt động | tiểu dự án | đơn vị      | cấp  | ngày       | năm ngân sách | khoản chi | số lượng | đơn giá       | chứng từ |
      | HS-01    | cẩm nang  | 1          | XA-TAMTHANH | xã   | 15/11/2022 | 2022          | in ấn     | 1        | 9.000.000.000 | hóa đơn  |
      | HS-02    | cẩm nang  | 1          | SLDTBXH     | tỉnh | 15/03/2023 | 2023          | in ấn     | 1        | 2.000.000.000 | hóa đơn  |
    Khi thẩm định các hồ sơ
    Thì hồ sơ "HS-01" được "duyệt"
    Và quy định "qn2022.du_toan_2681" không áp dụng
    Thì hồ sơ "HS-02" được "duyệt"
    Và quy định "qn2022.du_toan_2681" không áp dụng
