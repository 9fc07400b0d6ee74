"""Thẩm định chứng từ chi Dự án 7 theo Thông tư 46/2022/TT-BTC và các văn bản được dẫn chiếu."""
