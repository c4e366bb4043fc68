namespace OfficeTools.Engine.Rendering;

/// <summary>
/// Words the titles of Party and government documents are made of, for <see cref="TitleBreaker"/>: a title is never
/// broken inside one of them while another boundary exists.
/// </summary>
internal static class TitleLexicon
{
    const int Longest = 8;

    static readonly HashSet<string> Words = new(
    """
    关于 印发 转发 开展 进一步 加强 做好 切实 深入 推进 全面 贯彻 落实 实施 执行 建立 健全 完善 规范 严格 坚决 持续 扎实
    意见 通知 通报 报告 请示 批复 决定 决议 办法 方案 规定 细则 要点 纪要 公告 通告 命令 议案 函 情况 有关 相关 工作 问题
    整改 整改落实 落实情况 回头看 教育 实践 活动 教育实践活动 党的 群众 群众路线 路线 领导 小组 领导小组 办公室 班子 领导班子
    党员 干部 党员干部 领导干部 党员领导干部 自查 报告表 报告单 自查报告 督办 通知单 督办通知单 事项 办理 结果 督查 检查 考核 年度
    专项 整治 专项整治 作风 作风建设 建设 制度 制度建设 四风 形式主义 官僚主义 享乐主义 奢靡之风 问责 追究 责任 责任追究
    县委 市委 省委 区委 州委 党委 党组 党工委 委员会 人民政府 政府 人民代表大会 常务委员会 人大 政协 纪委 监委 纪律检查委员会 监察委员会
    组织部 宣传部 统战部 政法委 办公厅 中共 中国共产党 乡 镇 乡镇 村 社区 街道 党支部 支部 总支 党总支 基层 基层党组织 党组织
    单位 部门 机关 全县 全市 全省 全区 各级 各地 各部门 各单位 会议 常委会 扩大会议 民主生活会 组织生活会 专题 学习 教育活动
    进展 进度 成效 经验 做法 典型 表扬 批评 通报批评 约谈 诫勉 谈话 处理 处分 纪律 监督 巡视 巡察 反馈 整改方案 台账 清单
    问题清单 任务 任务清单 措施 承诺 兑现 销号 复核 验收 评估 评议 测评 满意度 群众满意 公示 公开 征求意见 调查 调研 统计 统计表
    进展情况 完成情况 情况表 汇总 汇总表 登记表 审批表 申请 申报 推荐 评选 评先选优 先进 集体 个人 同志 名单 安排 部署 计划
    总结 分析 研究 讨论 审议 印发 下发 上报 报送 备案 管理 服务 保障 发展 改革 稳定 安全 生产 民生 扶贫 脱贫 乡村振兴 振兴
    农业 农村 农民 教育局 民政局 财政局 人力资源 社会保障 环境保护 卫生 健康 交通 住房 城乡 城乡建设 公安 司法 法院 检察院
    第一 第二 第三 阶段 环节 以来 期间 方面 年度考核 考核评价 结果运用 长效机制 机制 体制 体系 能力 水平 质量 效率 效果
    """.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>The lexicon's words that occur in <paramref name="text"/> at <paramref name="at"/>.</summary>
    public static IEnumerable<string> StartingAt(string text, int at)
    {
        for (var length = 2; length <= Longest && at + length <= text.Length; length++)
        {
            var candidate = text.Substring(at, length);
            if (Words.Contains(candidate)) yield return candidate;
        }
    }
}
