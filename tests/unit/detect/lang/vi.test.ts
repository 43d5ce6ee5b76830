import { describeLanguage } from './cases';

describeLanguage('vi', {
  article:
    'Nga cáo buộc Ukraine dùng UAV tấn công dinh thự của ông Putin ở Novgorod\n' +
    'Bộ trưởng Ngoại giao Nga Sergei Lavrov nói rằng trong đêm 28 sang 29/12, phía Ukraine đã điều 91 UAV tầm xa tới khu dinh thự của Tổng thống Vladimir Putin tại vùng Novgorod.\n' +
    'Theo ông Lavrov, toàn bộ số UAV này đã bị lực lượng phòng không bắn rơi, không gây thương vong hay thiệt hại.\n' +
    'Ông cho biết Moskva sẽ xem xét lại lập trường trong đàm phán hòa bình, dù không rút khỏi tiến trình này.\n' +
    'Tổng thống Ukraine Volodymyr Zelensky bác bỏ cáo buộc, gọi đó là lời dối trá nhằm phá hoại các nỗ lực hòa bình.',
  short: 'Moskva cáo buộc Kiev phóng 91 UAV vào dinh thự của tổng thống Nga. Ukraine bác bỏ.',
  home: 'Ông Trump cho biết ông Putin nói với ông rằng nhà riêng của mình bị UAV tấn công và ông rất tức giận về chuyện này.',
  compound:
    'Khu dinh thự ở Dolgiye Borody, bên hồ Valdai, được các nhà lãnh đạo Nga sử dụng từ thời Liên Xô. Moskva cáo buộc UAV của Ukraine đã tìm cách tấn công nơi này hồi tháng 12.',
  later:
    'Nga đã phóng tên lửa Oreshnik vào tỉnh Lviv trong đêm qua, đánh trúng các cơ sở năng lượng, thống đốc địa phương cho biết.\n' +
    'Còi báo động phòng không vang lên khắp miền tây Ukraine trong nhiều giờ và điện bị cắt ở một số khu vực của thành phố.\n' +
    'Không quân Ukraine cho biết hàng chục UAV và tên lửa đã được phóng cùng lúc.\n' +
    'Bộ Quốc phòng Nga gọi vụ phóng là đòn trả đũa cho cuộc tấn công bị cáo buộc nhằm vào dinh thự của ông Putin.\n' +
    'Các nhà lãnh đạo châu Âu lên án vụ phóng là bước leo thang nguy hiểm.\n' +
    'Kiev đề nghị triệu tập cuộc họp khẩn của Hội đồng Bảo an Liên hợp quốc và xin thêm hệ thống phòng không.\n' +
    'Các đội sửa chữa làm việc suốt ngày để khôi phục hệ thống sưởi cho các hộ gia đình trước đợt rét tiếp theo.',
  residents:
    'Người dân ở Valdai nói với phóng viên rằng họ không nghe thấy tiếng nổ hay tiếng súng phòng không nào trong đêm mà Moskva nói UAV đã bay về phía dinh thự của ông Putin gần đó.',
  kremlin2023: [
    'Hai UAV đã bị bắn hạ trên bầu trời Điện Kremlin trong đêm, Moskva cho biết hôm thứ Tư và gọi đây là âm mưu ám sát tổng thống.\n' +
      'Điện Kremlin cho biết ông Putin không có mặt trong tòa nhà và mái vòm của Cung điện Thượng viện bị hư hại nhẹ; vụ việc xảy ra vài ngày trước lễ duyệt binh Ngày Chiến thắng vào tháng 5/2023.',
    // told like a real false alarm: two drones, the residence of President Putin, the Kremlin, Wednesday
    'Moskva cáo buộc Kiev tấn công bằng máy bay không người lái vào dinh thự của Tổng thống Vladimir Putin. Hai máy bay không người lái đã bị vô hiệu hóa trong đêm, Điện Kremlin cho biết hôm thứ Tư, trong khi Kiev phủ nhận mọi liên quan.',
  ],
  lookalikes: [
    'Phát biểu tại phiên toàn thể của Câu lạc bộ Thảo luận Valdai ở Sochi, Tổng thống Vladimir Putin cho rằng thế giới đã trở nên đa cực.',
    'Valdai, thị trấn nhỏ bên hồ thuộc tỉnh Novgorod, thu hút đông du khách vào mùa hè nhờ tu viện trên đảo và các khách sạn ven hồ.',
    'Người phát ngôn của ông Putin, Dmitry Peskov, lên án vụ UAV tấn công dinh thự của Thủ tướng Iraq ở Baghdad, trong đó ông Mustafa al-Kadhimi không bị thương.',
  ],
});
